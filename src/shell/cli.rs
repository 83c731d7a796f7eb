//! The command line (PRODUCT.md §6): clap definitions, and the dispatch to
//! the interactive app or a non-interactive command.

mod error;
mod export;
mod export_all;
mod followups;
mod help;
mod history;
mod listen;
mod model;
mod playbook;

use std::path::PathBuf;
use std::process::ExitCode;

use std::io::{IsTerminal, Write};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use error::CliError;
pub use export::markdown;
pub use history::history;
pub use playbook::{check, export as export_playbook, playbook_error};

pub use crate::shell::config::ThemeName;

use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;
use crate::coach::playbook::Playbook;
use crate::records::record::{self, Listing, Store};
use crate::records::session::{CallSession, CallStart};
use crate::shell::app::{App, CallOptions, PracticeScreen};
use crate::shell::config::{self, Flags, SettingError, Settings};
use crate::shell::plain::{self, Console};
use crate::shell::runtime::{self, RuntimeError};
use crate::shell::ui::Theme;

/// Examples and exit codes, after the options in `--help`.
const AFTER_HELP: &str = "\
Examples:
  calma                                   open the home screen
  calma call --lang hr --customer-lang en --ticket T-1043
  calma call --plain                      line by line, for screen readers and scripts
  calma practice sunday_delivery
  calma history --json
  calma export latest --format md
  calma followups --due --format ics > followups.ics
  calma --playbook ./our-playbook playbook check

Exit codes: 0 success, 1 error (one line on stderr), 2 wrong usage.
Settings: flags beat the environment (CALMA_LANG, CALMA_CUSTOMER_LANG,
CALMA_THEME, CALMA_DATA_DIR, CALMA_PLAYBOOK_DIR, CALMA_AGENT, CALMA_MODEL),
which beats the config file ($CALMA_CONFIG, else config.toml in the config
directory; see `calma config`). NO_COLOR, TERM=dumb (plain mode), and
LC_ALL / LC_MESSAGES / LANG (the UI language when nothing else sets it).";

/// calma: a calm coach for difficult customer calls.
#[derive(Debug, Parser)]
#[command(name = "calma", about, long_about = None, after_help = AFTER_HELP, disable_version_flag = true)]
pub struct Cli {
    /// Print the version of calma and of its playbook.
    #[arg(short = 'V', long, global = true)]
    pub version: bool,
    /// Colours: default (dark background), light (white background), or
    /// high-contrast (default: $CALMA_THEME, else the config file).
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeName>,
    /// UI language: pt, es, it, hr or en (default: $CALMA_LANG, else the
    /// config file, else LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "L")]
    pub lang: Option<String>,
    /// Where call records are kept (default: $CALMA_DATA_DIR, else the
    /// config file, else ~/.local/share/calma).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// A team playbook merged over the embedded one (default:
    /// $CALMA_PLAYBOOK_DIR, else the config file's playbook_dir).
    #[arg(long, global = true, value_name = "DIR")]
    pub playbook: Option<PathBuf>,
    /// The speech model for listen mode (a whisper.cpp ggml file).
    #[arg(long, global = true, value_name = "PATH")]
    pub model: Option<PathBuf>,
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
        /// Plain lines instead of a full screen (also when TERM=dumb).
        #[arg(long)]
        plain: bool,
        #[command(flatten)]
        /// Listen mode.
        listen: ListenArgs,
    },
    /// Print what a recording says, utterance by utterance, with start
    /// times (listen mode's engine, offline).
    Transcribe {
        /// A WAV file (any rate and channels; 16 kHz mono is read as is).
        file: PathBuf,
    },
    /// Practise a scenario (without one, pick from the list).
    Practice {
        /// The scenario id (see --list).
        scenario: Option<String>,
        /// Print one line per scenario: id, a tab, the title.
        #[arg(long)]
        list: bool,
        /// Plain lines instead of a full screen (also when TERM=dumb).
        #[arg(long)]
        plain: bool,
        /// The seed of the order the answers are shown in (the debrief
        /// shows it; default: from the clock).
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        #[command(flatten)]
        /// Listen mode.
        listen: PracticeListenArgs,
    },
    /// List the recorded calls, newest first.
    History {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Only the calls whose customer, ticket, id, summary or a note
        /// contains every word of TEXT (accents and capitals ignored).
        #[arg(long, value_name = "TEXT")]
        grep: Option<String>,
    },
    /// Print one call record, ready to paste into a ticket.
    Export {
        /// The call id (see `calma history`), or `latest`.
        #[arg(required_unless_present = "all")]
        id: Option<String>,
        /// md (Markdown, localised) or json (the full record); jsonl with --all.
        #[arg(long, value_enum, default_value_t = Format::Md)]
        format: Format,
        /// Send it to the clipboard through the terminal (OSC 52) instead
        /// of printing it, to paste into the ticket.
        #[arg(long, conflicts_with = "all")]
        copy: bool,
        /// Every record, one JSON object per line (with --format jsonl).
        #[arg(long, conflicts_with = "id")]
        all: bool,
        /// With --all: only calls started on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", requires = "all", value_parser = parse_day)]
        since: Option<jiff::civil::Date>,
        /// With --all: only calls started on or before this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", requires = "all", value_parser = parse_day)]
        until: Option<jiff::civil::Date>,
    },
    /// List the follow-ups still open, overdue first.
    Followups {
        /// Mark one done.
        #[command(subcommand)]
        command: Option<FollowupsCmd>,
        /// Only those due today or earlier.
        #[arg(long)]
        due: bool,
        /// text, or ics (an iCalendar file to import into a calendar).
        #[arg(long, value_enum, default_value_t = FollowupFormat::Text)]
        format: FollowupFormat,
        /// Name the customer in calendar events (by default only the ticket,
        /// so that shared calendars do not show customers' names).
        #[arg(long)]
        with_names: bool,
    },
    /// The speech models for listen mode: which to get, where from, and
    /// where calma looks for them.
    Model {
        /// check FILE, or fetch NAME.
        #[command(subcommand)]
        command: Option<ModelCmd>,
    },
    /// Check or export the playbook.
    Playbook {
        /// check or export.
        #[command(subcommand)]
        command: PlaybookCmd,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
    /// Print the effective settings and where each came from.
    Config,
    /// Print the JSON Schema of a file calma reads or writes.
    Schema {
        /// playbook, scenario, record or config.
        #[arg(value_enum)]
        kind: crate::shell::schema::SchemaKind,
    },
}

/// Listen mode's options of `calma call`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListenArgs {
    /// Listen to the call: what is said ticks the checklist and raises
    /// cues, transcribed on this machine (needs the `listen` feature).
    #[arg(long)]
    pub listen: bool,
    /// The customer's audio: an input device, such as the softphone's
    /// monitor source (default: only the agent's microphone).
    #[arg(long, value_name = "DEVICE", requires = "listen")]
    pub customer_audio: Option<String>,
    /// Replay this WAV file as the agent's voice, in real time, instead of
    /// the microphone (tests, demos, training).
    #[arg(long, value_name = "FILE", requires = "listen")]
    pub audio_file: Option<PathBuf>,
    /// Replay this WAV file as the customer's audio, in real time.
    #[arg(long, value_name = "FILE", requires = "listen", conflicts_with = "customer_audio")]
    pub customer_audio_file: Option<PathBuf>,
    /// Keep what was heard in the journal and the record (default: the
    /// config file's keep_transcript, else only ticks and cues are kept).
    #[arg(long, requires = "listen")]
    pub keep_transcript: bool,
}

/// Listen mode's options of `calma practice`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PracticeListenArgs {
    /// Say the answers out loud: they are transcribed on this machine and
    /// scored like typed ones, and the words are never kept (needs the
    /// `listen` feature).
    #[arg(long)]
    pub listen: bool,
    /// Replay this WAV file as your voice, in real time, instead of the
    /// microphone (tests, demos).
    #[arg(long, value_name = "FILE", requires = "listen")]
    pub audio_file: Option<PathBuf>,
}

/// The formats of `calma export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Localised Markdown.
    Md,
    /// The full record as JSON.
    Json,
    /// JSON Lines: one record per line (`--all`).
    Jsonl,
}

/// A day as `YYYY-MM-DD`, for `--since` and `--until`.
fn parse_day(value: &str) -> Result<jiff::civil::Date, String> {
    value.parse().map_err(|_| format!("`{value}` is not a day as YYYY-MM-DD"))
}

/// The formats of `calma followups`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FollowupFormat {
    /// A localised list.
    Text,
    /// iCalendar.
    Ics,
}

/// `calma followups …`
#[derive(Debug, Subcommand)]
pub enum FollowupsCmd {
    /// Mark the follow-up of a call done: it leaves the list and the calendar.
    Done {
        /// The call id (see `calma followups`).
        id: String,
        /// How it went, kept in the call's record.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
}

/// `calma model …`
#[derive(Debug, Subcommand)]
pub enum ModelCmd {
    /// Check a model file against the sums the model repository publishes.
    Check {
        /// The model file (ggml-NAME.bin).
        file: PathBuf,
    },
    /// Download a model into the data directory's models/ (resumes,
    /// checks the checksum; CALMA_MODEL_URL replaces the source).
    Fetch {
        /// The model's name, as `calma model` lists it (base, small-q5_1…).
        name: String,
    },
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
    let env = |k: &str| std::env::var(k).ok();
    if let Err(line) = crate::shell::log::init(&env) {
        print_err(&line);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The settings file and the system locale are read once, for --help's
    // language and then for the settings themselves.
    let file = ConfigFile::read(&env);
    let parse =
        |command: clap::Command| command.try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m));
    // The help is translated only when it is shown: --help, --version of
    // clap, or wrong usage (exit code 2), parsed again to say it.
    let cli = match parse(Cli::command()) {
        Ok(cli) => cli,
        Err(_) => {
            let i18n = I18n::new(help_lang(&args, &env, &file));
            match parse(help::localized(Cli::command(), &i18n)) {
                Ok(cli) => cli,
                Err(e) => return clap_exit(&e, &i18n),
            }
        }
    };
    // Errors are told in the settings' language or, when the settings
    // themselves are wrong, in the one the locale asks for.
    let locale = file.system_locale.clone();
    let (lang, done) = match settings(&cli, &env, file) {
        Ok(settings) => {
            let lang = settings.lang.value;
            let done = run(cli, settings)
                .and_then(|out| out.map_or(Ok(()), |out| print_out(&out).map_err(CliError::Output)));
            (lang, done)
        }
        Err(e) => (Lang::negotiate(env, locale), Err(e)),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            print_err(&e.message(&I18n::new(lang)));
            ExitCode::FAILURE
        }
    }
}

/// Prints clap's help or usage error and gives its exit code, unless the
/// help could not be written (a full disk): then one line and 1. clap's
/// own `exit` ignores the write and says 0.
fn clap_exit(e: &clap::Error, i18n: &I18n) -> ExitCode {
    let printed = e.print().and_then(|()| std::io::stdout().flush());
    match printed {
        Err(w) if w.kind() != std::io::ErrorKind::BrokenPipe => {
            print_err(&CliError::Output(w).message(i18n));
            ExitCode::FAILURE
        }
        _ => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1)),
    }
}

/// Prints a command's output, cleaned of anything a file could use to
/// drive the terminal. A closed stdout (`| head`) ends it quietly; any
/// other write error (a full disk) is returned.
fn print_out(out: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    let out = crate::coach::sanitize::clean_output(out);
    // Output that ends its own lines (an iCalendar file ends in CRLF) gets
    // no bare line feed after it.
    let end = if out.ends_with('\n') { "" } else { "\n" };
    match write!(stdout, "{out}{end}").and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        written => written,
    }
}

/// Prints an error or a warning on stderr, cleaned like the output.
fn print_err(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "calma: {}", crate::coach::sanitize::clean_output(line));
}

/// The UI language for `--help`, before the command line is parsed: a
/// `--lang` among the arguments, else what the settings say.
fn help_lang(args: &[std::ffi::OsString], env: &impl Fn(&str) -> Option<String>, file: &ConfigFile) -> Lang {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| match a.strip_prefix("--lang") {
        Some("") => args.get(i + 1).map(|v| v.to_string()),
        Some(rest) => rest.strip_prefix('=').map(str::to_string),
        None => None,
    });
    let text = file.text.as_ref().ok().and_then(Option::as_deref);
    let flags = Flags { lang: flag, ..Flags::default() };
    Settings::resolve(flags, env, file.system_locale.clone(), file.path.clone(), text)
        .map_or_else(|_| Lang::negotiate(env, file.system_locale.clone()), |s| s.lang.value)
}

/// What the settings are read from besides flags and variables: the
/// config file (its path, and its text or why it cannot be read) and the
/// system locale.
struct ConfigFile {
    path: Option<PathBuf>,
    text: Result<Option<String>, config::ConfigError>,
    system_locale: Option<String>,
}

impl ConfigFile {
    fn read(env: &impl Fn(&str) -> Option<String>) -> ConfigFile {
        let path = config::config_path(env);
        let text = path.as_deref().map_or(Ok(None), config::read_file);
        ConfigFile { path, text, system_locale: sys_locale::get_locale() }
    }
}

/// The settings from the flags, the environment and the config file, or
/// what is wrong with them (before any screen).
fn settings(
    cli: &Cli,
    env: &impl Fn(&str) -> Option<String>,
    file: ConfigFile,
) -> Result<Settings, CliError> {
    let customer_lang = match &cli.command {
        Some(Cmd::Call { customer_lang, .. }) => customer_lang.clone(),
        _ => None,
    };
    let flags = Flags {
        lang: cli.lang.clone(),
        customer_lang,
        theme: cli.theme,
        data_dir: cli.data_dir.clone(),
        playbook_dir: cli.playbook.clone().filter(|d| !d.as_os_str().is_empty()),
        model: cli.model.clone(),
    };
    let text = file.text.map_err(SettingError::File)?;
    Ok(Settings::resolve(flags, env, file.system_locale, file.path, text.as_deref())?)
}

/// Runs the command; `Ok` carries text to print.
fn run(cli: Cli, settings: Settings) -> Result<Option<String>, CliError> {
    let lang = settings.lang.value;
    let i18n = I18n::new(lang);
    let team = settings.playbook_dir.value.clone();
    if let Some(answer) = before_the_playbook(&cli, &settings, &i18n) {
        return answer;
    }
    let theme = Theme::named(settings.theme.value.palette());
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let command = cli.command;
    // A team playbook with errors stops calma here, before any screen.
    let playbook = load(team.as_deref()).map_err(CliError::Playbook)?;
    if cli.version {
        return Ok(Some(format!("calma {} (playbook {})", env!("CARGO_PKG_VERSION"), playbook.version())));
    }
    // Reading commands never create or change the data directory.
    let read_only = matches!(
        command,
        Some(
            Cmd::History { .. }
                | Cmd::Export { .. }
                | Cmd::Followups { command: None, .. }
                | Cmd::Practice { list: true, .. }
                | Cmd::Transcribe { .. }
                | Cmd::Model { .. }
        )
    );
    let store = open_store(settings.data_dir.value.clone(), read_only)?;
    let agent = settings.agent.value.clone();
    let customer_lang = settings.customer_lang.value;
    if !read_only {
        for removed in store.tidy() {
            print_err(&i18n.t_with("warning-removed", &args!["what" => removed]));
        }
    }
    match command {
        Some(Cmd::Practice { list: true, .. }) => Ok(Some(
            playbook
                .scenarios()
                .iter()
                .map(|s| format!("{}\t{}", s.id, crate::coach::sanitize::clean(s.title.get(lang))))
                .collect::<Vec<_>>()
                .join("\n"),
        )),
        Some(Cmd::Practice { scenario, plain, seed, listen, .. }) => {
            let seed = seed.unwrap_or_else(PracticeScreen::clock_seed);
            let listen = listen::practice_setup(&listen, &settings, store.root());
            let how = Practising { plain: plain || dumb, seed, listen };
            practice(scenario, how, playbook, store, i18n, theme)
        }
        Some(Cmd::History { json, grep }) => {
            history::history(&store, &playbook, &i18n, json, grep.as_deref())
        }
        Some(Cmd::Export { all: true, format, since, until, .. }) => {
            if format != Format::Jsonl {
                return Err(CliError::AllNeedsJsonl);
            }
            export_all::export_all(&store, &playbook, &i18n, since, until).map(|()| None)
        }
        Some(Cmd::Export { id, format, copy, .. }) => {
            let id = id.unwrap_or_else(|| "latest".into());
            if format == Format::Jsonl {
                return Err(CliError::AllNeedsJsonl);
            }
            let text = export::export(&store, &playbook, &i18n, &id, format)?;
            if copy { export::copy(&text, &i18n).map(Some) } else { Ok(Some(text)) }
        }
        Some(Cmd::Followups { command: Some(FollowupsCmd::Done { id, note }), .. }) => {
            let at = crate::records::record::timestamp(&crate::coach::clock::now());
            followups::done(&store, &i18n, &id, at, note).map(Some)
        }
        Some(Cmd::Followups { command: None, due, format, with_names }) => {
            let today = crate::coach::clock::now().date();
            let list = followups::List { today, due_only: due, format, with_names };
            followups::followups(&store, &playbook, &i18n, &list)
        }
        Some(Cmd::Call { customer, ticket, plain, listen, .. }) if plain || dumb => {
            let start = CallStart::new(lang, customer_lang, cleaned(customer), cleaned(ticket), agent);
            let listen = listen::setup(&listen, &settings, store.root());
            plain_call(&playbook, &store, &i18n, &start, listen)
        }
        None if dumb => {
            let start = CallStart::new(lang, customer_lang, None, None, agent);
            plain_call(&playbook, &store, &i18n, &start, None)
        }
        Some(command @ (Cmd::Transcribe { .. } | Cmd::Model { .. })) => {
            speech(command, &settings, store.root(), customer_lang.unwrap_or(lang), &i18n)
        }
        Some(Cmd::Call { customer, ticket, listen, .. }) => {
            let listen = listen::setup(&listen, &settings, store.root());
            let (customer, ticket) = (cleaned(customer), cleaned(ticket));
            let options = CallOptions { customer_lang, customer, ticket, agent, listen };
            interactive(App::call(playbook, i18n, options), store, theme, settings.file)
        }
        None => {
            let options = CallOptions { customer_lang, agent, ..CallOptions::default() };
            interactive(App::home(playbook, i18n, options), store, theme, settings.file)
        }
        // Answered before the playbook was loaded.
        Some(
            Cmd::Playbook { .. } | Cmd::Completions { .. } | Cmd::Man | Cmd::Config | Cmd::Schema { .. },
        ) => Ok(None),
    }
}

/// The commands answered without the playbook or the records: the shell
/// completions, the manual, the settings, the schemas, and the playbook's
/// own commands (check and export read it themselves).
fn before_the_playbook(
    cli: &Cli,
    settings: &Settings,
    i18n: &I18n,
) -> Option<Result<Option<String>, CliError>> {
    let team = settings.playbook_dir.value.as_deref();
    Some(match cli.command.as_ref()? {
        Cmd::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut help::localized(Cli::command(), i18n), "calma", &mut out);
            Ok(Some(String::from_utf8_lossy(&out).trim_end().to_string()))
        }
        Cmd::Man => help::man(help::localized(Cli::command(), i18n))
            .map(|page| Some(page.trim_end().to_string()))
            .map_err(CliError::Manual),
        Cmd::Config => Ok(Some(settings.describe())),
        Cmd::Schema { kind } => Ok(Some(crate::shell::schema::schema(*kind))),
        Cmd::Playbook { command: PlaybookCmd::Check { dir } } => {
            check(dir.as_deref().or(team), i18n).map(Some)
        }
        Cmd::Playbook { command: PlaybookCmd::Export { dir } } => export_playbook(dir, team, i18n).map(Some),
        _ => return None,
    })
}

/// The speech commands: `transcribe FILE` in `lang`, `model`, `model
/// check FILE` and `model fetch NAME`.
fn speech(
    command: Cmd,
    settings: &Settings,
    data_dir: &std::path::Path,
    lang: Lang,
    i18n: &I18n,
) -> Result<Option<String>, CliError> {
    let model = crate::listen::model_path(settings.model.value.clone(), data_dir);
    match command {
        Cmd::Transcribe { file } => listen::transcribe(&file, model, lang),
        Cmd::Model { command: Some(ModelCmd::Check { file }) } => model::check(&file, i18n).map(Some),
        Cmd::Model { command: Some(ModelCmd::Fetch { name }) } => {
            model::fetch(&name, data_dir, i18n).map(Some)
        }
        _ => Ok(Some(model::list(data_dir, &model, i18n))),
    }
}

/// How `calma practice` runs: in plain mode or not, the seed of its first
/// attempt, and listening for answers said out loud.
struct Practising {
    plain: bool,
    seed: u64,
    listen: Option<crate::listen::ListenSetup>,
}

/// `calma practice [ID]`: one scenario in plain mode (an id is needed), or
/// the practice screens, on the list or on the scenario.
fn practice(
    id: Option<String>,
    how: Practising,
    playbook: Playbook,
    store: Store,
    i18n: I18n,
    theme: Theme,
) -> Result<Option<String>, CliError> {
    let unknown = |id: &str| CliError::UnknownScenario(id.to_string());
    if how.plain {
        let id = id.ok_or(CliError::PracticeNeedsId)?;
        let scenario = playbook.scenario(&id).ok_or_else(|| unknown(&id))?.clone();
        return plain_practice(&playbook, &scenario, &store, &i18n, how.seed, how.listen);
    }
    let index = match id {
        Some(id) => Some(playbook.scenarios().iter().position(|s| s.id == id).ok_or_else(|| unknown(&id))?),
        None => None,
    };
    interactive(App::practice(playbook, i18n, index, how.seed, how.listen), store, theme, None)
}

/// A flag's text cleaned on the way in, as typed text is (it goes into
/// the journal and the record); nothing left is no value.
fn cleaned(flag: Option<String>) -> Option<String> {
    flag.map(|f| crate::coach::sanitize::clean(&f).trim().to_string()).filter(|f| !f.is_empty())
}

/// The embedded playbook, with the team's merged over it if given.
pub fn load(team: Option<&std::path::Path>) -> Result<Playbook, crate::coach::playbook::Problems> {
    match team {
        Some(dir) => Playbook::with_team(dir),
        None => Playbook::embedded(),
    }
}

/// The store of the data directory.
fn open_store(flag: Option<PathBuf>, read_only: bool) -> Result<Store, CliError> {
    let dir = record::data_dir(flag).ok_or(CliError::NoHome)?;
    let opened = if read_only { Store::open_read_only(&dir) } else { Store::open(&dir) };
    opened.map_err(|e| match e {
        e @ record::StoreError::Unusable { .. } => CliError::Store(e),
        other => CliError::Store(record::StoreError::Unusable { dir, source: std::io::Error::other(other) }),
    })
}

/// A call in plain mode on stdin and stdout; with listen mode, the typed
/// lines are read by a thread of their own.
fn plain_call(
    playbook: &Playbook,
    store: &Store,
    i18n: &I18n,
    start: &CallStart,
    listen: Option<crate::listen::ListenSetup>,
) -> Result<Option<String>, CliError> {
    let session = CallSession::begin(store, playbook, start).map_err(RuntimeError::Start)?;
    let listening = listen.as_ref().map(|l| crate::listen::Listening::starting(l.keep_transcript));
    let listener = match listen.map(|l| l.start(start.customer_lang, i18n)) {
        Some(Err(why)) => {
            print_err(&i18n.t_with("listen-stopped", &args!["reason" => why.message(i18n)]));
            None
        }
        Some(Ok(listener)) => Some(listener),
        None => None,
    };
    let listening = listening.filter(|_| listener.is_some());
    let result = match listener {
        // The typed lines come from a thread that reads stdin itself.
        Some(listener) => {
            let (mut none, mut stdout) = (std::io::empty(), std::io::stdout());
            let mut console = Console::new(&mut none, &mut stdout, std::io::stdin().is_terminal(), i18n);
            console.listen(listener, plain::stdin_lines());
            plain::call(&mut console, playbook, store, session, listening)
        }
        None => on_console(i18n, |console| plain::call(console, playbook, store, session, None)),
    };
    result?;
    Ok(None)
}

/// A practice scenario in plain mode on stdin and stdout; with listen
/// mode, answers may be said out loud (the typed lines are then read by a
/// thread of their own). Listening that cannot start is one line, and
/// the practice goes on typed.
fn plain_practice(
    playbook: &Playbook,
    scenario: &crate::coach::playbook::Scenario,
    store: &Store,
    i18n: &I18n,
    seed: u64,
    listen: Option<crate::listen::ListenSetup>,
) -> Result<Option<String>, CliError> {
    let listener = match listen.map(|l| l.start(i18n.lang(), i18n)) {
        Some(Err(why)) => {
            print_err(&i18n.t_with("listen-stopped", &args!["reason" => why.message(i18n)]));
            None
        }
        Some(Ok(listener)) => Some(listener),
        None => None,
    };
    let result = match listener {
        Some(listener) => {
            let (mut none, mut stdout) = (std::io::empty(), std::io::stdout());
            let mut console = Console::new(&mut none, &mut stdout, std::io::stdin().is_terminal(), i18n);
            console.listen(listener, plain::stdin_lines());
            plain::practice(&mut console, playbook, scenario, store, seed)
        }
        None => on_console(i18n, |console| plain::practice(console, playbook, scenario, store, seed)),
    };
    result?;
    Ok(None)
}

/// Runs `f` on a plain-mode console over stdin and stdout.
fn on_console<T>(i18n: &I18n, f: impl FnOnce(&mut Console) -> T) -> T {
    let (stdin, mut stdout) = (std::io::stdin(), std::io::stdout());
    let interactive = stdin.is_terminal();
    let mut input = stdin.lock();
    f(&mut Console::new(&mut input, &mut stdout, interactive, i18n))
}

/// The full screen; the language picked on the home screen is saved in
/// the config file `config`.
fn interactive(
    mut app: App,
    store: Store,
    theme: Theme,
    config: Option<PathBuf>,
) -> Result<Option<String>, CliError> {
    if app.offers_recovery() {
        let pending = runtime::pending(&store, &app);
        app.offer(pending);
    }
    let (progress, problem) = store.progress();
    app.progress = progress;
    app.alert = problem.map(|p| app.i18n.t_with("warning-skipped", &args!["what" => p]));
    Ok(runtime::run(app, store, theme, config).map(|()| None)?)
}

/// Prints the warnings of a listing to stderr: each skipped file is named.
fn warn(listing: &Listing, i18n: &I18n) {
    for w in &listing.warnings {
        print_err(&i18n.t_with("warning-skipped", &args!["what" => w.clone()]));
    }
}
