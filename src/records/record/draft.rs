//! What is being typed: on screen but not yet in the journal (a note, or
//! the documentation form), so kept beside it (`calls/<id>.draft`, JSON
//! written atomically at each change) until it is saved or dropped. A
//! call resumed after a crash opens it again; a call filed as interrupted
//! keeps the note, or the form's summary.

use std::fs;
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::files::write_atomic;
use super::{Record, RecordNote, Store, StoreError};
use crate::coach::call::{NoteKind, Outcome};

/// Not `.json`: the listing reads those as records.
pub(super) const DRAFT: &str = ".draft";

/// What a call was typing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "draft", rename_all = "snake_case")]
pub enum Draft {
    /// A note or promise half typed.
    Note {
        /// Note or promise.
        kind: NoteKind,
        /// What is typed so far.
        text: String,
    },
    /// The documentation form half filled.
    Form {
        /// The outcome picked.
        outcome: Outcome,
        /// The summary typed so far.
        summary: String,
        /// The follow-up as typed.
        follow_up: String,
    },
}

impl Draft {
    /// The draft with its texts as calma takes typed text in: a file
    /// may have been edited, and what is read back goes on screen and into
    /// the journal.
    fn cleaned(self) -> Draft {
        let clean = |text: String| crate::coach::sanitize::clean(&text);
        match self {
            Draft::Note { kind, text } => Draft::Note { kind, text: clean(text) },
            Draft::Form { outcome, summary, follow_up } => {
                Draft::Form { outcome, summary: clean(summary), follow_up: clean(follow_up) }
            }
        }
    }

    /// The text typed, as the recovery screen shows it.
    pub fn text(&self) -> &str {
        match self {
            Draft::Note { text, .. } => text,
            Draft::Form { summary, .. } => summary,
        }
    }
}

impl Store {
    fn draft_path(&self, id: &str) -> PathBuf {
        self.dir().join(format!("{id}{DRAFT}"))
    }

    /// Keeps what call `id` is typing; `None` (the field closed, the form
    /// saved) removes it.
    pub fn keep_draft(&self, id: &str, draft: Option<&Draft>) -> Result<(), StoreError> {
        let path = self.draft_path(id);
        let io = |source| StoreError::Io { path: path.clone(), source };
        match draft {
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

    /// What call `id` was typing when it stopped, if anything (a file that
    /// cannot be read is as good as none: it was never confirmed).
    pub fn draft(&self, id: &str) -> Option<Draft> {
        let bytes = fs::read(self.draft_path(id)).ok()?;
        serde_json::from_slice::<Draft>(&bytes).ok().map(Draft::cleaned)
    }

    /// Puts call `id`'s draft into its record: a note as a note (at the
    /// time it was last changed), a form's summary as the summary.
    pub(super) fn file_draft(&self, id: &str, record: &mut Record) {
        let Some(draft) = self.draft(id) else { return };
        let changed = fs::metadata(self.draft_path(id)).and_then(|m| m.modified()).ok();
        let at = changed
            .and_then(|t| jiff::Timestamp::try_from(t).ok())
            .map(|t| super::timestamp(&t.to_zoned(jiff::tz::TimeZone::system())))
            .unwrap_or_else(|| record.started_at.clone());
        match draft {
            Draft::Note { kind, text } if !text.trim().is_empty() => {
                record.notes.push(RecordNote { at, kind, text: text.trim().to_string() });
            }
            Draft::Form { summary, .. } if !summary.trim().is_empty() => {
                record.summary = Some(summary.trim().to_string());
            }
            _ => {}
        }
    }
}
