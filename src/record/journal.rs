//! The journal of a call: one JSON line per event, each flushed to disk
//! (fsync) before the screen confirms it.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::call::Event;
use crate::lang::Lang;

/// What is known when a call starts: the first line of its journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The call id.
    pub id: String,
    /// RFC 3339 start time.
    pub started_at: String,
    /// The agent's language.
    pub ui_lang: Lang,
    /// The customer's language at the start.
    pub customer_lang: Lang,
    /// The customer's name, if given.
    pub customer: Option<String>,
    /// The ticket id, if given.
    pub ticket: Option<String>,
    /// The playbook's content version.
    pub playbook_version: String,
}

/// One line of a journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Entry {
    /// The call started.
    Start {
        /// What is known at the start.
        meta: Meta,
    },
    /// Something happened.
    Event {
        /// RFC 3339 time.
        at: String,
        /// Seconds since the start.
        secs: u64,
        /// What happened.
        event: Event,
    },
}

/// An open journal, appended to during the call.
#[derive(Debug)]
pub struct Journal {
    file: File,
    path: PathBuf,
    id: String,
    /// Whether the directory entry of the new file is on disk yet.
    dir_synced: bool,
}

impl Journal {
    pub(super) fn new(file: File, path: PathBuf, id: String) -> Journal {
        Journal { file, path, id, dir_synced: false }
    }

    /// The id of its call.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Where it is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one line and waits until it is on disk (with every line
    /// before it, and the file's entry in its directory).
    pub fn append(&mut self, entry: &Entry) -> io::Result<()> {
        self.write(entry)?;
        self.file.sync_data()?;
        if !self.dir_synced {
            if let Some(dir) = self.path.parent() {
                File::open(dir)?.sync_all()?;
            }
            self.dir_synced = true;
        }
        Ok(())
    }

    /// Appends one line without waiting for the disk: for the start line,
    /// which holds nothing typed; the first event syncs it along.
    pub(super) fn write(&mut self, entry: &Entry) -> io::Result<()> {
        let mut line = serde_json::to_string(entry).map_err(io::Error::other)?;
        line.push('\n');
        self.file.write_all(line.as_bytes())
    }
}

/// A journal read back: its meta, its events, and what had to be skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalRead {
    /// The start line.
    pub meta: Meta,
    /// (RFC 3339 time, seconds since start, event), in order.
    pub events: Vec<(String, u64, Event)>,
    /// Lines that could not be read (a torn last line after a crash).
    pub skipped: Vec<usize>,
}

/// Reads a journal's text. `None` when even the start line is unreadable.
pub fn read_journal(text: &str) -> Option<JournalRead> {
    let mut meta = None;
    let mut events = Vec::new();
    let mut skipped = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match serde_json::from_str::<Entry>(line) {
            Ok(Entry::Start { meta: m }) if meta.is_none() => meta = Some(m),
            Ok(Entry::Event { at, secs, event }) if meta.is_some() => events.push((at, secs, event)),
            _ => skipped.push(n + 1),
        }
    }
    Some(JournalRead { meta: meta?, events, skipped })
}
