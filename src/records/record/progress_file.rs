//! `progress.json` in the data directory: practice attempts and best
//! scores. Updated read-modify-write under a lock, so two practice windows
//! never lose each other's results, and never overwritten when it cannot be
//! read: a damaged file is moved aside first.

use std::fs;
use std::io;
use std::path::PathBuf;

use super::files::{hold_lock, write_atomic};
use super::store::{Store, StoreError};
use crate::coach::practice::{Attempt, Progress};

const PROGRESS: &str = "progress.json";
const LOCK: &str = ".progress.lock";

impl Store {
    fn progress_path(&self) -> PathBuf {
        self.root.join(PROGRESS)
    }

    /// The practice progress, empty if there is none yet. A file that cannot
    /// be read is moved aside (`progress.json.corrupt-<time>`), never
    /// overwritten; the second value says so.
    pub fn progress(&self) -> (Progress, Option<String>) {
        let path = self.progress_path();
        let text = match fs::read(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return (Progress::default(), None),
            Err(e) => return (Progress::default(), Some(format!("{}: {e}", path.display()))),
            Ok(bytes) => bytes,
        };
        match serde_json::from_slice(&text) {
            Ok(progress) => (progress, None),
            Err(e) => {
                let stamp = jiff::Timestamp::now().as_second();
                let aside = self.root.join(format!("{PROGRESS}.corrupt-{stamp}"));
                let moved = fs::rename(&path, &aside).map_or_else(
                    |m| format!("{}: {e}; could not move it aside: {m}", path.display()),
                    |()| format!("{}: {e}; kept as {}", path.display(), aside.display()),
                );
                (Progress::default(), Some(moved))
            }
        }
    }

    /// Counts a finished attempt: reads the progress as it is on disk now,
    /// adds the attempt, writes it back atomically, all under a lock.
    /// Returns the progress as saved.
    pub fn record_progress(&self, scenario: &str, attempt: Attempt) -> Result<Progress, StoreError> {
        let lock_path = self.root.join(LOCK);
        let io = |source| StoreError::Io { path: lock_path.clone(), source };
        let lock = hold_lock(&lock_path).map_err(io)?;
        let (mut progress, _) = self.progress();
        progress.record(scenario, attempt);
        let path = self.progress_path();
        let json = serde_json::to_string_pretty(&progress)
            .map_err(|e| StoreError::Io { path: path.clone(), source: io::Error::other(e) })?;
        let written = write_atomic(&path, json.as_bytes()).map_err(|source| StoreError::Io { path, source });
        let _ = lock.unlock();
        written.map(|()| progress)
    }
}
