//! The command line (PRODUCT.md §6): clap definitions, and the dispatch to
//! the interactive app or a non-interactive command.

mod export;
mod history;
mod playbook;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use export::markdown;
pub use history::history;
pub use playbook::{check, export as export_playbook, parse_lang, playbook_error};

use crate::app::{App, CallOptions};
use crate::i18n::{I18n, args};
use crate::lang::Lang;
use crate::playbook::Playbook;
use crate::record::{self, Store};
use crate::runtime::{self, RuntimeError};

/// calma: a calm coach for difficult customer calls.
#[derive(Debug, Parser)]
#[command(name = "calma", version, about, long_about = None)]
pub struct Cli {
    /// UI language: pt, es, it, hr or en (default: from LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "L")]
    pub lang: Option<String>,
    /// Where call records are kept (default: $CALMA_DATA_DIR, else ~/.local/share/calma).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// A team playbook merged over the embedded one (default: $CALMA_PLAYBOOK_DIR).
    #[arg(long, global = true, value_name = "DIR", env = "CALMA_PLAYBOOK_DIR")]
    pub playbook: Option<PathBuf>,
    /// What to do; without one, the home screen opens.
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Open the live-call coach directly.
    Call {
        /// The customer's language for phrasings (default: the UI language).
        #[arg(long, value_name = "L")]
        customer_lang: Option<String>,
        /// The customer's name, for the record.
        #[arg(long, value_name = "NAME")]
        customer: Option<String>,
        /// The ticket id, for the record.
        #[arg(long, value_name = "ID")]
        ticket: Option<String>,
    },
    /// Practise a scenario (without one, pick from the list).
    Practice {
        /// The scenario id (see --list).
        scenario: Option<String>,
        /// Print one line per scenario: id, a tab, the title.
        #[arg(long)]
        list: bool,
    },
    /// List the recorded calls, newest first.
    History {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print one call record, ready to paste into a ticket.
    Export {
        /// The call id (see `calma history`), or `latest`.
        id: String,
        /// md (Markdown, localised) or json (the full record).
        #[arg(long, value_enum, default_value_t = Format::Md)]
        format: Format,
    },
    /// List the follow-ups, overdue first.
    Followups {
        /// Only those due today or earlier.
        #[arg(long)]
        due: bool,
        /// text, or ics (an iCalendar file to import into a calendar).
        #[arg(long, value_enum, default_value_t = FollowupFormat::Text)]
        format: FollowupFormat,
    },
    /// Check or export the playbook.
    Playbook {
        /// check or export.
        #[command(subcommand)]
        command: PlaybookCmd,
    },
}

/// The formats of `calma export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Localised Markdown.
    Md,
    /// The full record as JSON.
    Json,
}

/// The formats of `calma followups`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FollowupFormat {
    /// A localised list.
    Text,
    /// iCalendar.
    Ics,
}

/// `calma playbook …`
#[derive(Debug, Subcommand)]
pub enum PlaybookCmd {
    /// Validate the embedded playbook, or a playbook directory.
    Check {
        /// A directory with the layout of playbooks/.
        dir: Option<PathBuf>,
    },
    /// Write the embedded playbook out for editing.
    Export {
        /// Where to write it (created if missing).
        dir: PathBuf,
    },
}

/// Parses the command line, runs the command, prints its result or one
/// clear error line, and gives the exit code (0 ok, 1 error, 2 usage).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let env_lang = Lang::negotiate(|k| std::env::var(k).ok());
    match run(cli, env_lang) {
        Ok(Some(out)) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(line) => {
            eprintln!("calma: {line}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the command; `Ok` carries text to print, `Err` the error line.
fn run(cli: Cli, env_lang: Lang) -> Result<Option<String>, String> {
    let lang = match &cli.lang {
        Some(value) => parse_lang(value, &I18n::new(env_lang))?,
        None => env_lang,
    };
    let i18n = I18n::new(lang);
    let team = cli.playbook.filter(|d| !d.as_os_str().is_empty());
    let command = match cli.command {
        Some(Cmd::Playbook {
            command: PlaybookCmd::Check { dir },
        }) => {
            return check(dir.as_deref().or(team.as_deref()), &i18n).map(Some);
        }
        Some(Cmd::Playbook {
            command: PlaybookCmd::Export { dir },
        }) => {
            return export_playbook(&dir, team.as_deref(), &i18n).map(Some);
        }
        command => command,
    };
    // A team playbook with errors stops calma here, before any screen.
    let playbook = load(team.as_deref()).map_err(|p| playbook_error(&p, &i18n))?;
    let store = open_store(cli.data_dir, &i18n)?;
    match command {
        Some(Cmd::Practice { list: true, .. }) => Ok(Some(
            playbook
                .scenarios()
                .iter()
                .map(|s| format!("{}\t{}", s.id, crate::sanitize::clean(s.title.get(lang))))
                .collect::<Vec<_>>()
                .join("\n"),
        )),
        Some(Cmd::Practice { scenario, .. }) => {
            let index = match scenario {
                Some(id) => Some(
                    playbook
                        .scenarios()
                        .iter()
                        .position(|s| s.id == id)
                        .ok_or_else(|| i18n.t_with("practice-unknown", &args!["id" => id]))?,
                ),
                None => None,
            };
            interactive(App::practice(playbook, i18n, index), store)
        }
        Some(Cmd::History { json }) => history::history(&store, &playbook, &i18n, json).map(Some),
        Some(Cmd::Export { id, format }) => {
            export::export(&store, &playbook, &i18n, &id, format).map(Some)
        }
        Some(Cmd::Followups { due, format }) => {
            let today = crate::clock::now().date();
            history::followups(&store, &playbook, &i18n, today, due, format).map(Some)
        }
        Some(Cmd::Call {
            customer_lang,
            customer,
            ticket,
        }) => {
            let customer_lang = customer_lang.map(|l| parse_lang(&l, &i18n)).transpose()?;
            let options = CallOptions {
                customer_lang,
                customer,
                ticket,
            };
            interactive(App::call(playbook, i18n, options), store)
        }
        None => interactive(App::home(playbook, i18n), store),
        Some(Cmd::Playbook { .. }) => Ok(None),
    }
}

/// The embedded playbook, with the team's merged over it if given.
pub fn load(team: Option<&std::path::Path>) -> Result<Playbook, crate::playbook::Problems> {
    match team {
        Some(dir) => Playbook::with_team(dir),
        None => Playbook::embedded(),
    }
}

/// The store of the data directory, or one clear line.
fn open_store(flag: Option<PathBuf>, i18n: &I18n) -> Result<Store, String> {
    let fail = |dir: String, reason: String| {
        i18n.t_with("error-data-dir", &args!["dir" => dir, "reason" => reason])
    };
    let dir = record::data_dir(flag).ok_or_else(|| fail("?".into(), "no home directory".into()))?;
    Store::open(&dir).map_err(|e| match e {
        record::StoreError::Unusable { dir, source } => {
            fail(dir.display().to_string(), source.to_string())
        }
        other => fail(dir.display().to_string(), other.to_string()),
    })
}

fn interactive(mut app: App, store: Store) -> Result<Option<String>, String> {
    if app.in_call() || matches!(app.screen, crate::app::Screen::Home(_)) {
        let pending = runtime::pending(&store, &app);
        app.offer(pending);
    }
    let (progress, problem) = store.progress();
    app.progress = progress;
    app.alert = problem.map(|p| app.i18n.t_with("warning-skipped", &args!["what" => p]));
    let lang = app.i18n.lang();
    runtime::run(app, store).map(|()| None).map_err(|e| {
        let i18n = I18n::new(lang);
        match e {
            RuntimeError::NotATerminal => i18n.t("error-not-a-terminal"),
            RuntimeError::Io(e) => i18n.t_with("error-terminal", &args!["reason" => e.to_string()]),
            RuntimeError::Store(e) => i18n.t_with("error-save", &args!["reason" => e.to_string()]),
        }
    })
}
