//! The data directory: `calls/<id>.journal.jsonl` while a call runs,
//! `calls/<id>.json` once it is documented or filed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::files::{hold_lock, new_private_file, private_dir, write_atomic};
use super::journal::{Entry, FileSink, Journal, JournalRead, Meta, read_journal, whole_lines};
use super::{Record, Status};
use crate::coach::call::Documentation;
use crate::coach::playbook::Playbook;
use crate::coach::playbook::step_id;

const JOURNAL: &str = ".journal.jsonl";
const RECORD: &str = ".json";
/// Held while a record is read, changed and written back.
const RECORDS_LOCK: &str = ".records.lock";
/// How many files one thread reads before handing them over.
const BATCH: usize = 64;

/// Why the data directory cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The directory cannot be created or written.
    #[error("{dir}: {source}")]
    Unusable {
        /// The directory.
        dir: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// No record has this id.
    #[error("no call record `{0}`")]
    NotFound(String),
    /// The call has no follow-up to mark done.
    #[error("call `{0}` has no follow-up")]
    NoFollowUp(String),
    /// Another calma has this call open.
    #[error("call `{0}` is open in another calma window")]
    Busy(String),
    /// The follow-up was marked done before: its first time and note are
    /// kept, and nothing is added.
    #[error("the follow-up of call `{id}` was already marked done at {at}")]
    AlreadyDone {
        /// The call.
        id: String,
        /// When it was marked done (RFC 3339).
        at: String,
    },
    /// Another calma filed or resumed this call a moment ago.
    #[error("call `{0}` was just filed or resumed in another calma window")]
    Gone(String),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

/// The data directory given in the settings, else the platform's
/// (`~/.local/share/calma` on Linux).
pub fn data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| directories::ProjectDirs::from("", "", "calma").map(|d| d.data_dir().to_path_buf()))
}

/// Records and what could not be read, newest first.
#[derive(Debug, Default)]
pub struct Listing {
    /// Complete and interrupted records, newest first.
    pub records: Vec<Record>,
    /// Files skipped or partly read, each named.
    pub warnings: Vec<String>,
}

/// The call records in a data directory.
#[derive(Debug, Clone)]
pub struct Store {
    pub(super) root: PathBuf,
    calls: PathBuf,
}

impl Store {
    /// Opens (creating if need be, mode 0700) the data directory, and
    /// checks that it can be written.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        let calls = data_dir.join("calls");
        let unusable = |source| StoreError::Unusable { dir: data_dir.to_path_buf(), source };
        refuse_symlink(data_dir).map_err(unusable)?;
        refuse_symlink(&calls).map_err(unusable)?;
        private_dir(data_dir).map_err(unusable)?;
        private_dir(&calls).map_err(unusable)?;
        let probe = calls.join(format!(".probe.{}", std::process::id()));
        new_private_file().open(&probe).map_err(unusable)?;
        fs::remove_file(&probe).map_err(unusable)?;
        Ok(Store { root: data_dir.to_path_buf(), calls })
    }

    /// Opens the data directory to read it only (`history`, `export`,
    /// `followups`): nothing is created or changed, and a directory that
    /// does not exist yet simply holds no calls.
    pub fn open_read_only(data_dir: &Path) -> Result<Store, StoreError> {
        let calls = data_dir.join("calls");
        let unusable = |source| StoreError::Unusable { dir: data_dir.to_path_buf(), source };
        for dir in [data_dir, &calls] {
            match fs::metadata(dir) {
                Ok(m) if !m.is_dir() => return Err(unusable(io::Error::other("is not a directory"))),
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(unusable(e)),
                _ => {}
            }
        }
        refuse_symlink(data_dir).map_err(unusable)?;
        refuse_symlink(&calls).map_err(unusable)?;
        Ok(Store { root: data_dir.to_path_buf(), calls })
    }

    /// Clears what killed or failed saves leave behind, and says what it
    /// removed: temporary files older than a minute, journals and drafts
    /// (what was being typed) whose record exists (the record wins), and empty journals (a
    /// full disk before the first line). Journals held by a live call are
    /// never touched.
    pub fn tidy(&self) -> Vec<String> {
        let mut removed = Vec::new();
        let Ok(entries) = fs::read_dir(&self.calls) else {
            return removed;
        };
        let stale = |path: &Path| {
            fs::metadata(path)
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() > 60))
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
            let leftover = if name.starts_with('.') && name.ends_with(".tmp") {
                stale(&path)
            } else if let Some(id) = name.strip_suffix(JOURNAL) {
                !Self::is_held(&path)
                    && (self.record_path(id).exists() || fs::metadata(&path).is_ok_and(|m| m.len() == 0))
            } else if let Some(id) = name.strip_suffix(super::draft::DRAFT) {
                self.record_path(id).exists() // the call was documented or filed
            } else {
                false
            };
            if leftover && fs::remove_file(&path).is_ok() {
                removed.push(path.display().to_string());
            }
        }
        removed.sort();
        removed
    }

    /// The directory holding the calls.
    pub fn dir(&self) -> &Path {
        &self.calls
    }

    /// The data directory itself (`calls/` is in it, and `models/`).
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn journal_path(&self, id: &str) -> PathBuf {
        self.calls.join(format!("{id}{JOURNAL}"))
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.calls.join(format!("{id}{RECORD}"))
    }

    fn io(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
        move |source| StoreError::Io { path: path.to_path_buf(), source }
    }

    /// Starts the journal of a new call. The id is `base` (a UTC time
    /// stamp) and the process id, with a counter should another call of
    /// this process have started in the same second: files are created
    /// exclusively, so two calls never share one. The journal is locked
    /// from the moment it exists under its name (it is created, locked and
    /// given its start line as `.<id>.journal.tmp`, then renamed), so
    /// another calma tidying the folder as it starts never takes it for an
    /// empty leftover. The start line is made durable with the first event.
    pub fn start(&self, base: &str, mut meta: Meta) -> Result<Journal, StoreError> {
        let pid = std::process::id();
        for n in 0u32.. {
            let id = if n == 0 { format!("{base}-{pid}") } else { format!("{base}-{pid}-{n}") };
            let path = self.journal_path(&id);
            let tmp = self.calls.join(format!(".{id}{JOURNAL}.tmp"));
            // Holding the temporary name reserves the id: whoever held it
            // before renamed it into place (or failed and removed it).
            let file = match new_private_file().append(true).open(&tmp) {
                Ok(file) => file,
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(Self::io(&tmp)(e)),
            };
            if self.record_path(&id).exists() || fs::symlink_metadata(&path).is_ok() {
                let _ = fs::remove_file(&tmp);
                continue;
            }
            meta.id = id.clone();
            // A journal without its start line would warn for ever.
            return Self::begin(file, &tmp, &path, &id, meta).inspect_err(|_| {
                let _ = fs::remove_file(&tmp);
            });
        }
        unreachable!("the counter finds a free id")
    }

    /// Locks the new journal `file` (at `tmp`), writes its start line and
    /// renames it to `path`.
    fn begin(file: fs::File, tmp: &Path, path: &Path, id: &str, meta: Meta) -> Result<Journal, StoreError> {
        // Nobody else opens a file by a name it did not create.
        file.try_lock().map_err(|_| StoreError::Busy(id.to_string()))?;
        let sink = FileSink::new(file, path.to_path_buf(), 0);
        let mut journal = Journal::new(Box::new(sink), path.to_path_buf(), id.to_string());
        journal.begin(&Entry::Start { meta }).map_err(Self::io(tmp))?;
        // The lock belongs to the open file, and goes with it under its name.
        fs::rename(tmp, path).map_err(Self::io(path))?;
        Ok(journal)
    }

    /// Reopens the journal of an interrupted call to go on with it: locked,
    /// and with a torn last line (a crash mid-write) cut off first, so the
    /// next line starts on a line of its own.
    pub fn resume(&self, id: &str) -> Result<Journal, StoreError> {
        let (file, path) = self.hold(id)?;
        let bytes = fs::read(&path).map_err(Self::io(&path))?;
        let whole = whole_lines(&bytes) as u64;
        if whole < bytes.len() as u64 {
            file.set_len(whole).and_then(|()| file.sync_data()).map_err(Self::io(&path))?;
        }
        Ok(Journal::new(Box::new(FileSink::new(file, path.clone(), whole)), path, id.to_string()))
    }

    /// Opens and locks the journal of call `id`, for as long as the file
    /// is open: refused when another calma holds it, and when it was filed
    /// (or replaced) before the open or between the open and the lock. A
    /// symlink is refused: the journal must be the data directory's own
    /// file.
    fn hold(&self, id: &str) -> Result<(fs::File, PathBuf), StoreError> {
        let path = self.journal_path(id);
        // No journal any more: another window filed or finished the call
        // since it was offered here.
        let gone = |e: io::Error| match e.kind() {
            io::ErrorKind::NotFound => StoreError::Gone(id.to_string()),
            _ => Self::io(&path)(e),
        };
        if fs::symlink_metadata(&path).map_err(gone)?.file_type().is_symlink() {
            let refused = io::Error::other("is a symbolic link; calma only writes its own files");
            return Err(Self::io(&path)(refused));
        }
        let file = fs::OpenOptions::new().read(true).append(true).open(&path).map_err(gone)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Err(StoreError::Busy(id.to_string())),
            Err(fs::TryLockError::Error(e)) => return Err(Self::io(&path)(e)),
        }
        if self.record_path(id).exists() || !still_named(&file, &path) {
            return Err(StoreError::Gone(id.to_string()));
        }
        Ok((file, path))
    }

    /// Whether another calma holds the journal at `path` (a live call).
    pub(super) fn is_held(path: &Path) -> bool {
        match fs::File::open(path) {
            Ok(file) => match file.try_lock_shared() {
                Ok(()) => {
                    let _ = file.unlock();
                    false
                }
                Err(fs::TryLockError::WouldBlock) => true,
                Err(fs::TryLockError::Error(_)) => false,
            },
            Err(_) => false,
        }
    }

    /// Journals without a record that nobody holds: calls that were
    /// interrupted, oldest first.
    pub fn interrupted(&self) -> Vec<(JournalRead, PathBuf)> {
        let mut found = Vec::new();
        for path in self.files(JOURNAL) {
            if Self::is_held(&path) {
                continue;
            }
            let Ok(bytes) = fs::read(&path) else {
                continue;
            };
            if let Some(read) = read_journal(&bytes)
                && !self.record_path(&read.meta.id).exists()
            {
                found.push((read, path));
            }
        }
        found.sort_by(|a, b| a.0.meta.id.cmp(&b.0.meta.id));
        found
    }

    /// Writes a record atomically and removes its journal; returns where
    /// the record is.
    pub fn save(&self, record: &Record) -> Result<PathBuf, StoreError> {
        let path = self.record_path(&record.id);
        let mut json =
            serde_json::to_string_pretty(record).map_err(|e| Self::io(&path)(io::Error::other(e)))?;
        json.push('\n');
        write_atomic(&path, json.as_bytes()).map_err(Self::io(&path))?;
        let journal = self.journal_path(&record.id);
        match fs::remove_file(&journal) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Self::io(&journal)(e)),
            _ => Ok(path),
        }
    }

    /// Every record, complete or interrupted, newest first; unreadable
    /// files are named in the warnings and skipped.
    pub fn list(&self, playbook: &Playbook) -> Listing {
        let mut listing = Listing::default();
        let warnings = self.each(playbook, |record| {
            listing.records.push(record);
            Ok(())
        });
        listing.warnings = warnings.unwrap_or_default();
        listing.records.sort_by(|a, b| b.started_at.cmp(&a.started_at).then(b.id.cmp(&a.id)));
        listing
    }

    /// Hands every record to `each`, one at a time, newest id first (ids
    /// sort by start time): complete records as written, interrupted and
    /// live calls replayed from their journals. Memory stays flat however
    /// many there are. `T` is what is read of each: the [`Record`], or its
    /// [`Head`](super::Head) for a list. Returns the warnings (files
    /// skipped, lines unreadable); stops at the first error `each` returns.
    pub fn each<T: DeserializeOwned + From<Record> + Send>(
        &self,
        playbook: &Playbook,
        mut each: impl FnMut(T) -> io::Result<()>,
    ) -> io::Result<Vec<String>> {
        let mut warnings = Vec::new();
        // One pass over the folder; sorted by id, a plain string (sorting
        // 100,000 paths by their components took a tenth of the time).
        let mut files: Vec<(String, PathBuf, bool)> = fs::read_dir(&self.calls)
            .into_iter()
            .flatten()
            .filter_map(|entry| {
                let entry = entry.ok()?;
                let name = entry.file_name().into_string().ok()?;
                if name.starts_with('.') {
                    return None;
                }
                let (id, journal) = match name.strip_suffix(JOURNAL) {
                    Some(id) => (id, true),
                    None => (name.strip_suffix(RECORD)?, false),
                };
                Some((id.to_string(), entry.path(), journal))
            })
            .collect();
        files.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
        // Reading and parsing is most of the time: a second thread reads
        // every other batch of files, a few batches ahead, and hands them
        // over in order (a batch at a time, so that handing over is cheap).
        let read = |(_, path, journal): &(String, PathBuf, bool)| {
            let mut found = Vec::new();
            let read = if *journal {
                self.replay_file(path, playbook, &mut found).map(|r| r.map(T::from))
            } else {
                record_file(path, &mut found)
            };
            (read.map_err(|e| format!("{}: {e}", path.display())), found)
        };
        let read_batch = |batch: &[(String, PathBuf, bool)]| batch.iter().map(read).collect::<Vec<_>>();
        std::thread::scope(|scope| {
            let batches: Vec<&[(String, PathBuf, bool)]> = files.chunks(BATCH).collect();
            let (ahead, handed) = std::sync::mpsc::sync_channel(4);
            let odd: Vec<&[(String, PathBuf, bool)]> = batches.iter().skip(1).step_by(2).copied().collect();
            scope.spawn(move || {
                for batch in odd {
                    if ahead.send(read_batch(batch)).is_err() {
                        break; // the caller stopped
                    }
                }
            });
            for (i, batch) in batches.iter().enumerate() {
                let done = if i % 2 == 0 {
                    read_batch(batch)
                } else {
                    handed.recv().map_err(|_| io::Error::other("the reading thread stopped"))?
                };
                for (read, found) in done {
                    warnings.extend(found);
                    match read {
                        Ok(Some(record)) => each(record)?,
                        Ok(None) => {}
                        Err(e) => warnings.push(e),
                    }
                }
            }
            Ok(warnings)
        })
    }

    /// An interrupted (or live) call, replayed from its journal; `None`
    /// when its record exists (the journal is a leftover).
    fn replay_file(
        &self,
        path: &Path,
        playbook: &Playbook,
        warnings: &mut Vec<String>,
    ) -> Result<Option<Record>, String> {
        let text = fs::read(path).map_err(|e| e.to_string())?;
        let read = read_journal(&text).ok_or("no start line")?;
        if self.record_path(&read.meta.id).exists() {
            return Ok(None);
        }
        for line in &read.skipped {
            warnings.push(format!("{}:{line}: unreadable line skipped", path.display()));
        }
        let (_, mut record) = Record::replay(&read, playbook);
        if Self::is_held(path) {
            record.status = Status::Live;
        }
        Ok(Some(record))
    }

    /// The record with this id, or the newest for `latest`.
    pub fn find(&self, id: &str, playbook: &Playbook) -> Result<(Record, Vec<String>), StoreError> {
        let listing = self.list(playbook);
        let found = if id == "latest" {
            listing.records.into_iter().next()
        } else {
            listing.records.into_iter().find(|r| r.id == id)
        };
        found.map(|r| (r, listing.warnings)).ok_or_else(|| StoreError::NotFound(id.to_string()))
    }

    /// Completes call `id` with what the documentation form says: replays
    /// its journal, writes the record atomically, removes the journal.
    pub fn complete(
        &self,
        id: &str,
        playbook: &Playbook,
        form: &Documentation,
        now: String,
    ) -> Result<(PathBuf, Record), StoreError> {
        let (call, mut record) = Record::replay(&self.read(id)?, playbook);
        record.status = Status::Complete;
        record.ended_at = record.ended_at.or(Some(now));
        record.outcome = Some(form.outcome);
        record.summary = Some(form.summary.trim().to_string()).filter(|s| !s.is_empty());
        record.follow_up = form.follow_up.map(|d| d.to_string());
        record.follow_up_time = form.follow_up_time.map(|t| t.strftime("%H:%M").to_string());
        // The form is the documentation of the call.
        if !record.steps_done.iter().any(|s| s == step_id::DOCUMENT) {
            record.steps_done.push(step_id::DOCUMENT.into());
            record.steps_visited.retain(|s| s != step_id::DOCUMENT);
            record.adherence = super::replay::adherence(&record, &call);
        }
        self.save(&record).map(|path| (path, record))
    }

    /// Marks the follow-up of the complete record `id` done at `at`, with
    /// an optional note: the record file is rewritten atomically (the
    /// journal is long gone, nothing of the call changes), read and written
    /// under a lock, so two at once never overwrite each other. A follow-up
    /// done already keeps its first time and note, and is refused
    /// ([`StoreError::AlreadyDone`]): a second note is never dropped
    /// without a word.
    pub fn follow_up_done(&self, id: &str, at: String, note: Option<String>) -> Result<Record, StoreError> {
        self.change_record(id, |record| {
            if record.follow_up.is_none() {
                return Err(StoreError::NoFollowUp(id.to_string()));
            }
            if let Some(done) = &record.follow_up_done {
                return Err(StoreError::AlreadyDone { id: id.to_string(), at: done.at.clone() });
            }
            let note = note.map(|n| crate::coach::sanitize::clean(n.trim())).filter(|n| !n.is_empty());
            record.follow_up_done = Some(super::FollowUpDone { at, note });
            Ok(true)
        })
    }

    /// Reads the complete record `id`, changes it and writes it back
    /// atomically if `change` says it changed, all under the records'
    /// lock, so two windows never overwrite each other's change.
    fn change_record(
        &self,
        id: &str,
        change: impl FnOnce(&mut Record) -> Result<bool, StoreError>,
    ) -> Result<Record, StoreError> {
        let path = self.record_path(id);
        // An id is a file name: nothing that could lead out of `calls`.
        let plain = !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !plain || !path.exists() {
            return Err(StoreError::NotFound(id.to_string()));
        }
        let lock_path = self.calls.join(RECORDS_LOCK);
        let _held = hold_lock(&lock_path).map_err(Self::io(&lock_path))?;
        let text = fs::read_to_string(&path).map_err(Self::io(&path))?;
        let mut record: Record =
            serde_json::from_str(&text).map_err(|e| Self::io(&path)(io::Error::other(e)))?;
        if change(&mut record)? {
            self.save(&record)?;
        }
        Ok(record)
    }

    /// Opens again the follow-up of call `id` that was marked done (the
    /// follow-ups screen's `u`): it is back in the list and the calendar,
    /// its close and note gone. One not marked done is left as it is.
    pub fn follow_up_reopen(&self, id: &str) -> Result<Record, StoreError> {
        self.change_record(id, |record| Ok(record.follow_up_done.take().is_some()))
    }

    /// Reads back the journal of call `id`.
    pub fn read(&self, id: &str) -> Result<JournalRead, StoreError> {
        let path = self.journal_path(id);
        let bytes = fs::read(&path).map_err(Self::io(&path))?;
        read_journal(&bytes).ok_or_else(|| Self::io(&path)(io::Error::other("no start line")))
    }

    /// Files an interrupted call as a record with status interrupted. The
    /// journal is held from the read to its removal: a call another window
    /// has resumed is refused ([`StoreError::Busy`]), never filed under it.
    pub fn file_interrupted(&self, id: &str, playbook: &Playbook) -> Result<PathBuf, StoreError> {
        let (_held, path) = self.hold(id)?;
        let bytes = fs::read(&path).map_err(Self::io(&path))?;
        let read = read_journal(&bytes).ok_or_else(|| Self::io(&path)(io::Error::other("no start line")))?;
        let (_, mut record) = Record::replay(&read, playbook);
        record.status = Status::Interrupted;
        // What it was typing is kept too: it was on screen.
        self.file_draft(id, &mut record);
        let path = self.save(&record)?;
        let _ = self.keep_draft(id, None); // else `tidy` removes it later
        Ok(path)
    }

    fn files(&self, suffix: &str) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.calls) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(suffix) && !n.starts_with('.'))
            })
            .collect();
        files.sort();
        files
    }
}

/// A record file read; one whose bytes are not all UTF-8 (a disk error, a
/// careless edit) or that holds a raw control character in a string (a
/// tab or an escape typed in an editor, which JSON forbids) is read with
/// those replaced, and named in the warnings, rather than hiding the whole
/// call and its follow-up.
fn record_file<T: DeserializeOwned>(path: &Path, warnings: &mut Vec<String>) -> Result<Option<T>, String> {
    let bytes = fs::read(path).map_err(|e| e.to_string())?;
    let e = match serde_json::from_slice(&bytes) {
        Ok(record) => return Ok(Some(record)),
        Err(e) => e,
    };
    // Outside a string a space is whitespace too, so every control but
    // the line breaks can become one.
    let text: String = String::from_utf8_lossy(&bytes)
        .chars()
        .map(|c| if c < ' ' && c != '\n' && c != '\r' { ' ' } else { c })
        .collect();
    if text.as_bytes() == bytes.as_slice() {
        return Err(e.to_string());
    }
    let record = serde_json::from_str(&text).map_err(|_| e.to_string())?;
    let why = std::str::from_utf8(&bytes).map_or_else(|bad| bad.to_string(), |_| e.to_string());
    warnings.push(format!("{}: {why}; read with it replaced", path.display()));
    Ok(Some(record))
}

/// Whether `file` is still the one named `path` (not removed or replaced
/// since it was opened).
fn still_named(file: &fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(open), Ok(named)) => (open.dev(), open.ino()) == (named.dev(), named.ino()),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

/// Refuses a data directory or a `calls` directory that is a symbolic
/// link: records go only into the data directory's own folder, never where
/// a link points (and a link's target is never made private).
fn refuse_symlink(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(io::Error::other(format!(
            "{} is a symbolic link; calma only writes its own folder",
            path.display()
        ))),
        _ => Ok(()),
    }
}
