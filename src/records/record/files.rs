//! Private files and directories (records hold customers' details), and
//! atomic writes.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` (and its parents) readable by the owner only, and makes
/// sure an existing one is too.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)?;
    #[cfg(unix)]
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    Ok(())
}

/// Options for a new private file (0600) that must not exist yet.
pub fn new_private_file() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    options
}

/// Opens (creating it, 0600, if need be) the lock file `path` and waits
/// for its exclusive lock, held until the file is closed. A lock file of
/// its own, never the file it guards: that one is replaced by renames, and
/// a lock on it would stay with the old file.
pub fn hold_lock(path: &Path) -> io::Result<fs::File> {
    let file = match new_private_file().open(path) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => OpenOptions::new().write(true).open(path)?,
        opened => opened?,
    };
    file.lock()?;
    Ok(file)
}

/// Writes `data` to `path` atomically: a temporary file beside it, fsync,
/// rename over the target, fsync of the directory.
pub fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("record");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = new_private_file().open(&tmp)?;
        file.write_all(data)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Waits until the directory entry of `path` is on disk. Windows cannot
/// open a directory as a file; its file system commits entries itself.
pub fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = path.parent().unwrap_or(Path::new("."));
        fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
