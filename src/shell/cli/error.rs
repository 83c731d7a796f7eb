//! Why a command failed, as a type: each command says what went wrong, and
//! [`CliError::message`] says it once, in the agent's language, at the
//! edge (`calma: …` on stderr, exit code 1).

use std::io;
use std::path::PathBuf;

use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::Problems;
use crate::listen::ListenError;
use crate::listen::fetch::{self, FetchError};
use crate::listen::models::MODELS;
use crate::records::record::StoreError;
use crate::shell::config::SettingError;
use crate::shell::plain::PlainError;
use crate::shell::runtime::{self, RuntimeError};

/// What stopped a command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A flag, a variable or the config file holds a bad value.
    #[error(transparent)]
    Settings(#[from] SettingError),
    /// The team playbook (or the one checked) has problems.
    #[error("the playbook has {} problems", .0.0.len())]
    Playbook(Problems),
    /// There is no home directory to keep the records in.
    #[error("no home directory")]
    NoHome,
    /// The records could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The follow-up was marked done already; `noted` says whether a note
    /// was given now (and is not kept).
    #[error("the follow-up of {id} was already done at {at}")]
    AlreadyDone {
        /// The call id.
        id: String,
        /// When it was marked done.
        at: String,
        /// Whether this attempt came with a note.
        noted: bool,
    },
    /// The output could not be written (a full disk, a broken device).
    #[error("output: {0}")]
    Output(io::Error),
    /// The playbook could not be written out to `dir`.
    #[error("{dir}: {source}")]
    ExportDir {
        /// Where it was to go.
        dir: PathBuf,
        /// Why it could not.
        source: io::Error,
    },
    /// `--all` without `--format jsonl`, or the other way round.
    #[error("--all goes with --format jsonl")]
    AllNeedsJsonl,
    /// `--copy` with an output that is not a terminal.
    #[error("--copy needs a terminal")]
    CopyNeedsTerminal,
    /// Practice in plain mode without a scenario id.
    #[error("plain practice needs a scenario id")]
    PracticeNeedsId,
    /// No scenario has this id.
    #[error("no scenario {0}")]
    UnknownScenario(String),
    /// The model file given is no whisper.cpp model.
    #[error("{0}: not a model")]
    NotAModel(PathBuf),
    /// The model file is named like a published model but is not it
    /// (its checksum differs: a download cut short or damaged).
    #[error("{file}: not the published {name}")]
    ModelDamaged {
        /// The file.
        file: PathBuf,
        /// The model it is named after.
        name: String,
    },
    /// The model file could not be read.
    #[error("{file}: {source}")]
    ModelUnreadable {
        /// The file.
        file: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// `model fetch` of a name that is no model calma lists.
    #[error("no model {0}")]
    UnknownModel(String),
    /// `model fetch` did not end in a checked file.
    #[error("{name}: {error}")]
    Fetch {
        /// The model asked for.
        name: String,
        /// What happened.
        error: FetchError,
    },
    /// `model fetch` in a build without listen mode: the file to get by
    /// hand, and where it goes.
    #[error("model fetch needs the listen build")]
    FetchNotBuilt {
        /// The model file's address.
        url: String,
        /// Where it goes.
        dir: PathBuf,
    },
    /// Listen mode could not do what was asked.
    #[error(transparent)]
    Listen(#[from] ListenError),
    /// The manual page could not be made.
    #[error("manual: {0}")]
    Manual(io::Error),
    /// The full screen could not run.
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    /// Plain mode stopped.
    #[error(transparent)]
    Plain(#[from] PlainError),
}

impl CliError {
    /// The line to show (the playbook's problems follow its line, one per
    /// line), in the agent's language.
    pub fn message(&self, i18n: &I18n) -> String {
        match self {
            CliError::Settings(e) => e.message(i18n),
            CliError::Playbook(problems) => super::playbook_error(problems, i18n),
            CliError::NoHome => data_dir_error("?", "no home directory", i18n),
            CliError::Store(e) => store_error(e, i18n),
            CliError::AlreadyDone { id, at, noted } => runtime::already_done(id, at, *noted, i18n),
            CliError::Output(e) => i18n.t_with("error-output", &args!["reason" => e.to_string()]),
            CliError::ExportDir { dir, source } => i18n.t_with(
                "error-export-dir",
                &args!["dir" => dir.display().to_string(), "reason" => source.to_string()],
            ),
            CliError::AllNeedsJsonl => i18n.t("error-all-needs-jsonl"),
            CliError::CopyNeedsTerminal => i18n.t("error-copy-needs-terminal"),
            CliError::PracticeNeedsId => i18n.t("plain-practice-needs-id"),
            CliError::UnknownScenario(id) => i18n.t_with("practice-unknown", &args!["id" => id.clone()]),
            CliError::NotAModel(file) => {
                i18n.t_with("model-check-not-a-model", &args!["file" => file.display().to_string()])
            }
            CliError::ModelDamaged { file, name } => i18n.t_with(
                "model-check-damaged",
                &args!["file" => file.display().to_string(), "name" => name.clone()],
            ),
            CliError::ModelUnreadable { file, source } => i18n.t_with(
                "model-check-unreadable",
                &args!["file" => file.display().to_string(), "reason" => source.to_string()],
            ),
            CliError::UnknownModel(name) => {
                let names: Vec<&str> = MODELS.iter().map(|m| m.name).collect();
                i18n.t_with(
                    "model-fetch-unknown",
                    &args!["name" => name.clone(), "names" => names.join(", ")],
                )
            }
            CliError::Fetch { name, error } => fetch_error(name, error, i18n),
            CliError::FetchNotBuilt { url, dir } => i18n.t_with(
                "model-fetch-not-built",
                &args!["url" => url.clone(), "dir" => dir.display().to_string()],
            ),
            CliError::Listen(e) => e.message(i18n),
            CliError::Manual(e) => e.to_string(),
            CliError::Runtime(e) => runtime_error(e, i18n),
            CliError::Plain(PlainError::Io(e)) => terminal_error(e, i18n),
            CliError::Plain(PlainError::Store(e)) => runtime::save_error(i18n, e.to_string()),
            CliError::Plain(PlainError::Unsaved(e)) => {
                i18n.t_with("error-save-kept", &args!["reason" => e.to_string()])
            }
        }
    }
}

/// Why a model download did not end in a checked file, and what to do.
fn fetch_error(name: &str, error: &FetchError, i18n: &I18n) -> String {
    let path = |p: &std::path::Path| p.display().to_string();
    let name = name.to_string();
    match error {
        FetchError::NotFound { url } => i18n.t_with("model-fetch-not-found", &args!["url" => url.clone()]),
        FetchError::Refused { url, status } => {
            i18n.t_with("model-fetch-refused", &args!["url" => url.clone(), "status" => *status])
        }
        FetchError::Broken { part, done, reason, .. } => i18n.t_with(
            "model-fetch-broken",
            &args!["part" => path(part), "done" => fetch::size(*done), "reason" => reason.clone(), "name" => name],
        ),
        FetchError::Damaged { file } => {
            i18n.t_with("model-fetch-damaged", &args!["file" => path(file), "name" => name])
        }
        FetchError::Disk { path: at, reason } => {
            i18n.t_with("model-fetch-disk", &args!["path" => path(at), "reason" => reason.clone()])
        }
        FetchError::Busy { part } => i18n.t_with("model-fetch-busy", &args!["part" => path(part)]),
    }
}

/// A store's failure, in the words the agent knows.
fn store_error(e: &StoreError, i18n: &I18n) -> String {
    // What another window did is said as the screens say it.
    if let Some(line) = runtime::elsewhere(e, false, i18n) {
        return line;
    }
    match e {
        StoreError::Unusable { dir, source } => {
            data_dir_error(&dir.display().to_string(), &source.to_string(), i18n)
        }
        StoreError::NotFound(id) => i18n.t_with("error-no-record", &args!["id" => id.clone()]),
        StoreError::NoFollowUp(id) => i18n.t_with("error-no-follow-up", &args!["id" => id.clone()]),
        _ => e.to_string(),
    }
}

fn data_dir_error(dir: &str, reason: &str, i18n: &I18n) -> String {
    i18n.t_with("error-data-dir", &args!["dir" => dir.to_string(), "reason" => reason.to_string()])
}

/// What stopped the full screen or plain mode.
fn runtime_error(e: &RuntimeError, i18n: &I18n) -> String {
    match e {
        RuntimeError::NotATerminal => i18n.t("error-not-a-terminal"),
        RuntimeError::Io(e) => terminal_error(e, i18n),
        RuntimeError::Store(e) => runtime::save_error(i18n, e.to_string()),
        RuntimeError::Start(e) => i18n.t_with("error-call-start", &args!["reason" => e.to_string()]),
    }
}

fn terminal_error(e: &io::Error, i18n: &I18n) -> String {
    i18n.t_with("error-terminal", &args!["reason" => e.to_string()])
}
