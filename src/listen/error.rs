//! Why listen mode cannot do what was asked, as a type: said once, in the
//! agent's language, where it is shown ([`ListenError::message`]).

use std::path::PathBuf;

use crate::coach::i18n::{I18n, args};

/// What stops listen mode before it starts, or `calma transcribe`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListenError {
    /// This calma was built without the `listen` feature.
    #[error("built without listen mode")]
    NotBuilt,
    /// No model file at this path.
    #[error("{}: no speech model", .0.display())]
    NoModel(PathBuf),
    /// The file is not a whisper.cpp model.
    #[error("{}: not a whisper.cpp model", .0.display())]
    NotAModel(PathBuf),
    /// whisper.cpp could not load the file (cut short, damaged).
    #[error("{}: the speech model did not load", .0.display())]
    Unloadable(PathBuf),
    /// An audio file or device that cannot be read, or a transcription
    /// that failed: the system's reason, naming the file.
    #[error("{0}")]
    Audio(String),
}

impl ListenError {
    /// The one line to show, in the agent's language.
    pub fn message(&self, i18n: &I18n) -> String {
        let path = |p: &PathBuf| args!["path" => p.display().to_string()];
        match self {
            ListenError::NotBuilt => i18n.t("listen-not-built"),
            ListenError::NoModel(p) => i18n.t_with("listen-no-model", &path(p)),
            ListenError::NotAModel(p) => i18n.t_with("listen-not-a-model", &path(p)),
            ListenError::Unloadable(p) => i18n.t_with("listen-model-unloadable", &path(p)),
            ListenError::Audio(reason) => reason.clone(),
        }
    }
}
