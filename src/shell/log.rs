//! Opt-in logging: with `CALMA_LOG=FILE`, what calma does (calls opened
//! and saved, listen mode's timings, whisper.cpp's own lines) is appended
//! to FILE, for a bug report. Off, nothing is written anywhere: the screen
//! and stdout are never a log's place.

use std::fs::OpenOptions;
use std::path::Path;
use std::sync::Mutex;

use tracing::Level;

/// Starts logging to the file `CALMA_LOG` names, if it names one; the
/// reason it cannot, as one line for stderr.
pub fn init(env: &impl Fn(&str) -> Option<String>) -> Result<(), String> {
    let Some(path) = env("CALMA_LOG").filter(|p| !p.is_empty()) else { return Ok(()) };
    let file = open(Path::new(&path)).map_err(|e| format!("CALMA_LOG={path}: {e}"))?;
    let subscriber = tracing_subscriber::fmt()
        .with_writer(Mutex::new(file))
        .with_ansi(false)
        .with_max_level(Level::DEBUG)
        .finish();
    tracing::subscriber::set_global_default(subscriber).map_err(|e| e.to_string())?;
    tracing::info!(version = env!("CARGO_PKG_VERSION"), "calma started");
    Ok(())
}

/// The log file, appended to, readable by its owner alone (it names
/// customers and calls).
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_off_unless_a_file_is_named() {
        assert_eq!(init(&|_| None), Ok(()));
        assert_eq!(init(&|_| Some(String::new())), Ok(()));
    }

    #[test]
    fn a_log_that_cannot_be_opened_is_one_line_naming_it() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let missing = dir.path().join("no/such/dir/calma.log").display().to_string();
        let error = init(&|_| Some(missing.clone())).expect_err("no such directory");
        assert!(error.starts_with(&format!("CALMA_LOG={missing}: ")), "{error}");
        assert!(!error.contains('\n'));
    }
}
