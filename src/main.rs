//! The calma binary: parses the command line and runs the chosen command.

use std::process::ExitCode;

use calma::app::{App, CallOptions};
use calma::cli::{self, Cli, Cmd, PlaybookCmd};
use calma::i18n::{I18n, args};
use calma::lang::Lang;
use calma::playbook::Playbook;
use calma::runtime::{self, RuntimeError};
use clap::Parser;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let env_lang = Lang::negotiate(|k| std::env::var(k).ok());
    match run(cli, env_lang) {
        Ok(Some(line)) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(line) => {
            eprintln!("calma: {line}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the command; `Ok` carries a line to print, `Err` the error line.
fn run(cli: Cli, env_lang: Lang) -> Result<Option<String>, String> {
    let lang = match &cli.lang {
        Some(value) => cli::parse_lang(value, &I18n::new(env_lang))?,
        None => env_lang,
    };
    let i18n = I18n::new(lang);
    match cli.command {
        Some(Cmd::Playbook {
            command: PlaybookCmd::Check { dir },
        }) => cli::check(dir.as_deref(), &i18n).map(Some),
        Some(Cmd::Playbook {
            command: PlaybookCmd::Export { dir },
        }) => cli::export(&dir, &i18n).map(Some),
        Some(Cmd::Call {
            customer_lang,
            customer,
            ticket,
        }) => {
            let customer_lang = customer_lang
                .map(|l| cli::parse_lang(&l, &i18n))
                .transpose()?;
            let playbook = Playbook::embedded().map_err(|p| cli::playbook_error(&p, &i18n))?;
            let options = CallOptions {
                customer_lang,
                customer,
                ticket,
            };
            interactive(App::call(playbook, i18n, options))
        }
        None => {
            let playbook = Playbook::embedded().map_err(|p| cli::playbook_error(&p, &i18n))?;
            interactive(App::home(playbook, i18n))
        }
    }
}

fn interactive(app: App) -> Result<Option<String>, String> {
    let lang = app.i18n.lang();
    runtime::run(app).map(|()| None).map_err(|e| {
        let i18n = I18n::new(lang);
        match e {
            RuntimeError::NotATerminal => i18n.t("error-not-a-terminal"),
            RuntimeError::Io(e) => i18n.t_with("error-terminal", &args!["reason" => e.to_string()]),
        }
    })
}
