//! The screen after a call: the summary of the saved record, where it is,
//! and its Markdown, which `y` copies for the ticket.

use crate::coach::i18n::I18n;
use crate::coach::playbook::Playbook;
use crate::records::record::{Record, Summary};

/// The end-of-call screen's state.
#[derive(Debug)]
pub struct EndScreen {
    /// What the record says, for the screen.
    pub summary: Summary,
    /// Where the record was saved.
    pub path: String,
    /// The record as Markdown in the agent's language (`calma export`'s).
    pub markdown: String,
    /// Whether it was sent to the clipboard.
    pub copied: bool,
}

impl EndScreen {
    /// The screen for a record just saved at `path`.
    pub fn new(record: &Record, path: String, playbook: &Playbook, i18n: &I18n) -> EndScreen {
        EndScreen {
            summary: Summary::of(record, playbook.pack(i18n.lang())),
            path,
            markdown: crate::records::history::markdown(record, playbook, i18n),
            copied: false,
        }
    }
}
