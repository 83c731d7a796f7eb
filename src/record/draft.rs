//! The note being typed: on screen but not yet in the journal, so kept
//! beside it (`calls/<id>.draft`, JSON written atomically at each change)
//! until it is saved or dropped. A call resumed after a crash reopens it;
//! a call filed as interrupted keeps it as a note.

use std::fs;
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::files::write_atomic;
use super::{RecordNote, Store, StoreError};
use crate::call::NoteKind;

/// Not `.json`: the listing reads those as records.
pub(super) const DRAFT: &str = ".draft";

/// A note or promise half typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Note or promise.
    pub kind: NoteKind,
    /// What is typed so far.
    pub text: String,
    /// RFC 3339 time of the last change.
    pub at: String,
}

impl Store {
    fn draft_path(&self, id: &str) -> PathBuf {
        self.dir().join(format!("{id}{DRAFT}"))
    }

    /// Keeps what is typed in call `id`'s note field; `None` (the field
    /// closed, or emptied) removes it.
    pub fn keep_draft(&self, id: &str, draft: Option<&Draft>) -> Result<(), StoreError> {
        let path = self.draft_path(id);
        let io = |source| StoreError::Io { path: path.clone(), source };
        match draft.filter(|d| !d.text.trim().is_empty()) {
            Some(draft) => {
                let json = serde_json::to_vec(draft).map_err(|e| io(io::Error::other(e)))?;
                write_atomic(&path, &json).map_err(io)
            }
            None => match fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io(e)),
                _ => Ok(()),
            },
        }
    }

    /// The note call `id` was typing when it stopped, if any (a file that
    /// cannot be read is as good as none: it was never confirmed).
    pub fn draft(&self, id: &str) -> Option<Draft> {
        let bytes = fs::read(self.draft_path(id)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

impl From<Draft> for RecordNote {
    fn from(d: Draft) -> RecordNote {
        RecordNote { at: d.at, kind: d.kind, text: crate::sanitize::clean(&d.text) }
    }
}
