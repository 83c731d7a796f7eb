//! `calma model fetch NAME`: where a model comes from, what a partial
//! download (`ggml-NAME.bin.part`) and the server's answer to a Range
//! request make of it, and the progress line. Plain functions, tested
//! without a network; the download itself (ureq) comes with the `listen`
//! feature.

#[cfg(feature = "listen")]
mod download;

#[cfg(feature = "listen")]
pub use download::{Fetched, fetch};

use std::path::{Path, PathBuf};

use super::models::{MODELS, Model};

/// Where the files are downloaded from: the whisper.cpp model repository.
pub const DEFAULT_BASE: &str = "https://huggingface.co/ggerganov/whisper.cpp/resolve/main";

/// The environment variable that replaces [`DEFAULT_BASE`] (a mirror, or a
/// test's local server).
pub const BASE_ENV: &str = "CALMA_MODEL_URL";

/// The base URL: `CALMA_MODEL_URL` when set and not empty, else the model
/// repository.
pub fn base_url(env: Option<String>) -> String {
    env.map(|b| b.trim().trim_end_matches('/').to_string())
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| DEFAULT_BASE.to_string())
}

/// The URL of a model's file under `base`.
pub fn url(base: &str, model: &Model) -> String {
    format!("{}/{}", base.trim_end_matches('/'), model.file())
}

/// The model called `name`: `base`, or its file name as typed from the
/// list (`ggml-base.bin`, `ggml-base`).
pub fn find(name: &str) -> Option<&'static Model> {
    let name = name.trim();
    let name = name.strip_prefix("ggml-").unwrap_or(name);
    let name = name.strip_suffix(".bin").unwrap_or(name);
    MODELS.iter().find(|m| m.name.eq_ignore_ascii_case(name))
}

/// Where a model is downloaded to until it is whole and checked: its final
/// name with `.part`, which listen mode never picks up (it takes `.bin`).
pub fn part_path(dir: &Path, model: &Model) -> PathBuf {
    dir.join(format!("{}.part", model.file()))
}

/// The Range header that asks for what a partial download lacks, if any of
/// it is there.
pub fn range(have: u64) -> Option<String> {
    (have > 0).then(|| format!("bytes={have}-"))
}

/// What to do with the partial download, given the server's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    /// Append the body: it goes on where the part ends; the whole file is
    /// `total` bytes, when the server says.
    Append {
        /// The whole file's size.
        total: Option<u64>,
    },
    /// Write the body from the start (the server sent the whole file).
    FromStart {
        /// The whole file's size.
        total: Option<u64>,
    },
    /// Nothing left to get (the part is as long as the file, or longer):
    /// check it as it is.
    Complete,
    /// The server answered a range other than the one asked: ask again for
    /// the whole file.
    Again,
    /// No such file on the server (404).
    NotFound,
    /// Any other answer: the status.
    Refused(u16),
}

/// What the answer `status` (with its `Content-Range` and `Content-Length`)
/// to a request for everything from byte `have` on means for the part.
pub fn resume(have: u64, status: u16, content_range: Option<&str>, length: Option<u64>) -> Resume {
    match status {
        200 => Resume::FromStart { total: length },
        206 => match content_range.and_then(parse_content_range) {
            Some((start, total)) if start == have => Resume::Append { total },
            _ => Resume::Again,
        },
        416 if have > 0 => Resume::Complete,
        404 | 410 => Resume::NotFound,
        other => Resume::Refused(other),
    }
}

/// `bytes START-END/TOTAL` (TOTAL may be `*`): the start, and the total
/// when known.
fn parse_content_range(value: &str) -> Option<(u64, Option<u64>)> {
    let rest = value.trim().strip_prefix("bytes")?.trim_start();
    let (span, total) = rest.split_once('/')?;
    let (start, _end) = span.split_once('-')?;
    let start = start.trim().parse().ok()?;
    Some((start, total.trim().parse().ok()))
}

/// Why a download did not end in a checked model file. Each leaves at
/// most the resumable `.part` behind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The server has no such file.
    #[error("{url}: not found")]
    NotFound {
        /// What was asked for.
        url: String,
    },
    /// The server answered something else than the file.
    #[error("{url}: HTTP {status}")]
    Refused {
        /// What was asked for.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The download stopped (network, server gone): the `.part` is kept
    /// and the same command carries on from it.
    #[error("{}: stopped at {done} bytes: {reason}", part.display())]
    Broken {
        /// The partial file kept.
        part: PathBuf,
        /// The bytes it holds.
        done: u64,
        /// The whole file's size, when known.
        total: Option<u64>,
        /// What went wrong.
        reason: String,
    },
    /// The whole file came, but its sum is not the published one: the
    /// `.part` was removed.
    #[error("{}: checksum does not match", file.display())]
    Damaged {
        /// The file it would have been.
        file: PathBuf,
    },
    /// A file could not be written (a full disk, no permission).
    #[error("{}: {reason}", path.display())]
    Disk {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// Another calma is downloading the same model.
    #[error("{}: being downloaded by another calma", part.display())]
    Busy {
        /// The partial file it holds.
        part: PathBuf,
    },
}

/// A size as people read it: KiB under a MiB, then MiB.
pub fn size(bytes: u64) -> String {
    const MIB: u64 = 1 << 20;
    if bytes < MIB { format!("{} KiB", bytes.div_ceil(1024)) } else { format!("{} MiB", bytes / MIB) }
}

/// How far a download is, in whole percent, when the total is known.
pub fn percent(done: u64, total: Option<u64>) -> Option<u64> {
    total.filter(|t| *t > 0).map(|t| (done.min(t) * 100) / t)
}

/// Whether a plain progress line is due: every tenth, and at the end.
pub fn plain_due(last: Option<u64>, now: Option<u64>) -> bool {
    match (last, now) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(last), Some(now)) => now / 10 > last / 10 || (now == 100 && last < 100),
    }
}

/// The plain progress line (not a terminal): `  45 %  64 MiB / 142 MiB`.
pub fn plain_line(done: u64, total: Option<u64>) -> String {
    match (percent(done, total), total) {
        (Some(p), Some(t)) => format!("{p:>3} %  {} / {}", size(done), size(t)),
        _ => size(done),
    }
}

/// The progress bar on a terminal `width` columns wide, one column short
/// of it (no wrap): `[#######-------]  45 %  64 MiB / 142 MiB`; the bar
/// goes first when there is no room for it, then the sizes.
pub fn bar_line(done: u64, total: Option<u64>, width: usize) -> String {
    let room = width.saturating_sub(1);
    let Some(p) = percent(done, total) else {
        return cut(size(done), room);
    };
    let text = plain_line(done, total);
    let inner = room.saturating_sub(text.chars().count() + 3).min(40);
    if inner < 5 {
        let short = format!("{p:>3} %");
        return cut(if text.chars().count() <= room { text } else { short }, room);
    }
    let filled = (inner as u64 * p / 100) as usize;
    format!("[{}{}] {text}", "#".repeat(filled), "-".repeat(inner - filled))
}

fn cut(text: String, room: usize) -> String {
    text.chars().take(room).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_is_found_by_its_name_or_its_file_name() {
        for typed in ["base", "ggml-base.bin", "ggml-base", " BASE "] {
            assert_eq!(find(typed).map(|m| m.name), Some("base"), "{typed}");
        }
        assert_eq!(find("small-q5_1").map(|m| m.name), Some("small-q5_1"));
        assert_eq!(find("large-v3-turbo").map(|m| m.name), Some("large-v3-turbo"));
        for typed in ["", "base.en", "huge", "ggml-.bin"] {
            assert_eq!(find(typed), None, "{typed}");
        }
    }

    #[test]
    fn the_url_is_the_file_under_the_base_and_the_env_replaces_the_base() {
        let base = find("base").expect("listed");
        assert_eq!(
            url(&base_url(None), base),
            "https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.bin"
        );
        assert_eq!(
            url(&base_url(Some("http://127.0.0.1:9/m/".into())), base),
            "http://127.0.0.1:9/m/ggml-base.bin"
        );
        assert_eq!(base_url(Some("  ".into())), DEFAULT_BASE);
        let dir = Path::new("/d/models");
        assert_eq!(part_path(dir, base), Path::new("/d/models/ggml-base.bin.part"));
    }

    #[test]
    fn a_partial_download_is_asked_for_from_where_it_ends() {
        assert_eq!(range(0), None);
        assert_eq!(range(1234).as_deref(), Some("bytes=1234-"));
    }

    #[test]
    fn the_answer_says_whether_to_append_start_over_or_check() {
        // The part's length, the status, Content-Range, Content-Length.
        type Answer = (u64, u16, Option<&'static str>, Option<u64>);
        let cases: [(Answer, Resume); 11] = [
            ((0, 200, None, Some(10)), Resume::FromStart { total: Some(10) }),
            // A server that ignores Range sends it all: start over.
            ((5, 200, None, Some(10)), Resume::FromStart { total: Some(10) }),
            ((5, 206, Some("bytes 5-9/10"), Some(5)), Resume::Append { total: Some(10) }),
            ((5, 206, Some("bytes 5-9/*"), Some(5)), Resume::Append { total: None }),
            ((5, 206, Some("bytes 0-9/10"), Some(10)), Resume::Again),
            ((5, 206, Some("nonsense"), None), Resume::Again),
            ((5, 206, None, None), Resume::Again),
            ((10, 416, Some("bytes */10"), None), Resume::Complete),
            ((0, 416, None, None), Resume::Refused(416)),
            ((0, 404, None, None), Resume::NotFound),
            ((0, 503, None, None), Resume::Refused(503)),
        ];
        for ((have, status, range, length), want) in cases {
            assert_eq!(resume(have, status, range, length), want, "{have} {status} {range:?}");
        }
    }

    #[test]
    fn progress_is_a_bar_that_fits_or_a_line_every_tenth() {
        const MIB: u64 = 1 << 20;
        assert_eq!(percent(64 * MIB, Some(142 * MIB)), Some(45));
        assert_eq!(percent(5, None), None);
        assert_eq!(plain_line(64 * MIB, Some(142 * MIB)), " 45 %  64 MiB / 142 MiB");
        assert_eq!(plain_line(3000, None), "3 KiB");
        for width in [20, 40, 60, 80, 200] {
            let line = bar_line(64 * MIB, Some(142 * MIB), width);
            assert!(line.chars().count() < width, "{width}: {line}");
            assert!(line.contains("45 %"), "{width}: {line}");
        }
        assert!(bar_line(64 * MIB, Some(142 * MIB), 40).starts_with("[#"));
        assert_eq!(bar_line(0, Some(10), 80), format!("[{}]   0 %  0 KiB / 1 KiB", "-".repeat(40)));
        let steps: Vec<u64> = [0, 3, 9, 10, 15, 20, 99, 100]
            .iter()
            .scan(None, |last, now| {
                let due = plain_due(*last, Some(*now));
                if due {
                    *last = Some(*now);
                }
                Some(due.then_some(*now))
            })
            .flatten()
            .collect();
        assert_eq!(steps, [0, 10, 20, 99, 100]);
    }
}
