//! The download: over HTTP(S) with ureq into `ggml-NAME.bin.part`,
//! resumed with a Range request, checked against the published SHA-1
//! and only then renamed to `ggml-NAME.bin`, so that listen mode never
//! finds half a model under its name.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{FetchError, Resume, part_path, range, resume, url};
use crate::listen::models::{Model, sha1_of};

/// What `fetch` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// Downloaded and checked: the model file.
    Downloaded(PathBuf),
    /// The model was already there, whole: nothing downloaded.
    AlreadyThere(PathBuf),
}

/// Downloads `model` from `base` into `dir`, carrying on from a partial
/// download there, and tells `progress` the bytes so far and the total
/// (when the server says) as they come.
pub fn fetch(
    model: &Model,
    base: &str,
    dir: &Path,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Fetched, FetchError> {
    let disk =
        |path: &Path, e: std::io::Error| FetchError::Disk { path: path.to_path_buf(), reason: e.to_string() };
    std::fs::create_dir_all(dir).map_err(|e| disk(dir, e))?;
    let target = dir.join(model.file());
    if target.is_file() && sha1_of(&target).is_ok_and(|sum| sum == model.sha1) {
        return Ok(Fetched::AlreadyThere(target));
    }
    let part = part_path(dir, model);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&part)
        .map_err(|e| disk(&part, e))?;
    // Two calmas appending to one part would make a file that fails its sum.
    if file.try_lock().is_err() {
        return Err(FetchError::Busy { part });
    }
    let url = url(base, model);
    let got = download(&url, &mut file, &part, progress);
    let kept = file.metadata().map_or(0, |m| m.len());
    drop(file);
    if let Err(e) = got {
        // Nothing to carry on from: no file left either.
        if kept == 0 {
            let _ = std::fs::remove_file(&part);
        }
        return Err(e);
    }
    if !sha1_of(&part).is_ok_and(|sum| sum == model.sha1) {
        let _ = std::fs::remove_file(&part);
        return Err(FetchError::Damaged { file: target });
    }
    std::fs::rename(&part, &target).map_err(|e| disk(&target, e))?;
    Ok(Fetched::Downloaded(target))
}

/// Gets what the part lacks (all of it, if the server ignores the Range)
/// and writes it to the part, synced: Ok when the whole file is there.
fn download(
    url: &str,
    file: &mut File,
    part: &Path,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<(), FetchError> {
    let disk = |e: std::io::Error| FetchError::Disk { path: part.to_path_buf(), reason: e.to_string() };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(Duration::from_secs(20)))
        // A server that stops sending: the part is kept, run it again.
        .timeout_per_read(Some(Duration::from_secs(30)))
        .user_agent(concat!("calma/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    // Twice at most: the second time without a Range, when the server
    // answered another range than the one asked.
    for _ in 0..2 {
        let have = file.metadata().map_err(disk)?.len();
        let mut request = agent.get(url);
        if let Some(range) = range(have) {
            request = request.header("Range", range);
        }
        let broken = |done: u64, total: Option<u64>, reason: String| FetchError::Broken {
            part: part.to_path_buf(),
            done,
            total,
            reason,
        };
        let response = request.call().map_err(|e| broken(have, None, e.to_string()))?;
        let header =
            |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let length = header("content-length").and_then(|l| l.trim().parse().ok());
        let (from, total) =
            match resume(have, response.status().as_u16(), header("content-range").as_deref(), length) {
                Resume::Append { total } => (have, total),
                Resume::FromStart { total } => (0, total),
                Resume::Complete => return Ok(()),
                Resume::Again => {
                    file.set_len(0).map_err(disk)?;
                    continue;
                }
                Resume::NotFound => return Err(FetchError::NotFound { url: url.to_string() }),
                Resume::Refused(status) => return Err(FetchError::Refused { url: url.to_string(), status }),
            };
        file.set_len(from).map_err(disk)?;
        file.seek(SeekFrom::Start(from)).map_err(disk)?;
        let mut body = response.into_body().into_reader();
        let mut done = from;
        let mut buffer = vec![0u8; 1 << 16];
        progress(done, total);
        let ended = loop {
            match body.read(&mut buffer) {
                Ok(0) => break None,
                Ok(read) => {
                    file.write_all(&buffer[..read]).map_err(disk)?;
                    done += read as u64;
                    progress(done, total);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => break Some(e.to_string()),
            }
        };
        // What came is kept, for the next run to carry on from.
        file.sync_all().map_err(disk)?;
        if let Some(reason) = ended {
            return Err(broken(done, total, reason));
        }
        if let Some(total) = total.filter(|t| done < *t) {
            return Err(broken(done, Some(total), "the connection closed early".into()));
        }
        return Ok(());
    }
    Err(FetchError::Refused { url: url.to_string(), status: 206 })
}
