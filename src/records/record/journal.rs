//! The journal of a call: one JSON line per event, each on disk (fsync)
//! before the screen confirms it. A line is written whole or not at all: a
//! failed or partial write is cut off again, so the next line never lands
//! on a fragment.

use std::fmt;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::coach::call::Event;
use crate::coach::lang::Lang;

/// What is known when a call starts: the first line of its journal. Its
/// fields are the [`Record`](super::Record)'s that a call starts with, under the
/// same names and types (a test keeps them so), and become the record's
/// in [`Record::opened`](super::Record::opened).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
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
    /// Who took the call (from the settings), if known.
    #[serde(default)]
    pub agent: Option<String>,
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

/// Where a journal's lines go.
pub trait Sink: fmt::Debug + Send {
    /// Appends one whole line and waits until it is durable. On failure,
    /// nothing of the line remains.
    fn append(&mut self, line: &[u8]) -> io::Result<()>;

    /// Appends one whole line that the next [`Sink::append`] makes durable
    /// with it (a journal's start line: nothing is confirmed by it, and the
    /// call's first frame need not wait for the disk).
    fn append_later(&mut self, line: &[u8]) -> io::Result<()> {
        self.append(line)
    }
}

/// A journal file on disk, held under an exclusive lock for as long as the
/// call is open, so no other calma offers it for recovery or resumes it.
#[derive(Debug)]
pub(super) struct FileSink {
    file: File,
    path: PathBuf,
    /// The length of what is safely written: a failed write is cut back to it.
    len: u64,
    /// Whether the directory entry of the file is on disk yet.
    dir_synced: bool,
}

impl FileSink {
    /// A sink over an open, locked journal file of length `len`.
    pub(super) fn new(file: File, path: PathBuf, len: u64) -> FileSink {
        FileSink { file, path, len, dir_synced: false }
    }

    /// Writes a line, then, if `sync`, makes it and every line before it
    /// durable with the file's entry in its directory.
    fn write(&mut self, line: &[u8], sync: bool) -> io::Result<()> {
        self.file.write_all(line)?;
        if sync {
            self.file.sync_data()?;
            if !self.dir_synced {
                super::files::sync_dir(&self.path)?;
                self.dir_synced = true;
            }
        }
        Ok(())
    }

    fn append_line(&mut self, line: &[u8], sync: bool) -> io::Result<()> {
        match self.write(line, sync) {
            Ok(()) => {
                self.len += line.len() as u64;
                Ok(())
            }
            Err(e) => {
                // A full disk may have taken half the line: cut it off, so
                // that the journal still ends on a whole line.
                let _ = self.file.set_len(self.len);
                let _ = self.file.sync_data();
                Err(e)
            }
        }
    }
}

impl Sink for FileSink {
    fn append(&mut self, line: &[u8]) -> io::Result<()> {
        self.append_line(line, true)
    }

    fn append_later(&mut self, line: &[u8]) -> io::Result<()> {
        self.append_line(line, false)
    }
}

/// A journal kept in memory: for tests, benchmarks and a call that must go
/// on when nothing can be written (its lines can be read back).
#[derive(Debug, Clone, Default)]
pub struct MemorySink {
    lines: Arc<Mutex<Vec<u8>>>,
    /// When set, every append fails with this error kind (fault injection).
    fail: Option<io::ErrorKind>,
}

impl MemorySink {
    /// A sink whose every append fails, as on a full disk.
    pub fn failing(kind: io::ErrorKind) -> MemorySink {
        MemorySink { fail: Some(kind), ..MemorySink::default() }
    }

    /// What has been written so far.
    pub fn text(&self) -> String {
        let lines = self.lines.lock().map(|l| l.clone()).unwrap_or_default();
        String::from_utf8_lossy(&lines).into_owned()
    }
}

impl Sink for MemorySink {
    fn append(&mut self, line: &[u8]) -> io::Result<()> {
        if let Some(kind) = self.fail {
            return Err(io::Error::from(kind));
        }
        self.lines.lock().map_err(|_| io::Error::other("poisoned"))?.extend_from_slice(line);
        Ok(())
    }
}

/// An open journal, appended to during the call.
#[derive(Debug)]
pub struct Journal {
    sink: Box<dyn Sink>,
    path: PathBuf,
    id: String,
}

impl Journal {
    /// A journal for call `id` over any sink; `path` names it in messages.
    pub fn new(sink: Box<dyn Sink>, path: PathBuf, id: String) -> Journal {
        Journal { sink, path, id }
    }

    /// A journal kept in memory (see [`MemorySink`]).
    pub fn in_memory(id: &str, sink: MemorySink) -> Journal {
        Journal::new(Box::new(sink), PathBuf::from(format!("(memory)/{id}")), id.to_string())
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
    /// before it, and the file's entry in its directory). On error nothing
    /// of the line is kept.
    pub fn append(&mut self, entry: &Entry) -> io::Result<()> {
        self.sink.append(&Self::line(entry)?)
    }

    /// Appends the start line, made durable with the first event (see
    /// [`Sink::append_later`]).
    pub fn begin(&mut self, entry: &Entry) -> io::Result<()> {
        self.sink.append_later(&Self::line(entry)?)
    }

    fn line(entry: &Entry) -> io::Result<Vec<u8>> {
        let mut line = serde_json::to_vec(entry).map_err(io::Error::other)?;
        line.push(b'\n');
        Ok(line)
    }
}

/// A journal read back: its meta, its events, and what had to be skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalRead {
    /// The start line.
    pub meta: Meta,
    /// (RFC 3339 time, seconds since start, event), in order.
    pub events: Vec<(String, u64, Event)>,
    /// Lines that could not be read (a torn last line after a crash, a
    /// byte that is not UTF-8), 1-based.
    pub skipped: Vec<usize>,
}

/// Reads a journal's bytes line by line: a line that is not UTF-8 or not
/// an entry is skipped and named, every other line counts. `None` when even
/// the start line is unreadable.
pub fn read_journal(bytes: &[u8]) -> Option<JournalRead> {
    let mut meta = None;
    let mut events = Vec::new();
    let mut skipped = Vec::new();
    for (n, line) in bytes.split(|b| *b == b'\n').enumerate() {
        let Ok(line) = std::str::from_utf8(line) else {
            skipped.push(n + 1);
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Entry>(line) {
            Ok(Entry::Start { meta: m }) if meta.is_none() => meta = Some(m),
            Ok(Entry::Event { at, secs, event }) if meta.is_some() => events.push((at, secs, event)),
            _ => skipped.push(n + 1),
        }
    }
    Some(JournalRead { meta: meta?, events, skipped })
}

/// The length of `bytes` up to and including its last newline: what is
/// left of a journal once a torn last line is cut off.
pub(super) fn whole_lines(bytes: &[u8]) -> usize {
    bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1)
}
