//! Private files and directories (records hold customers' details), and
//! atomic writes.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` (and its parents) readable by the owner only. A
/// directory that already exists is left as it is: one calma did not
/// create (`--data-dir /tmp`) is not calma's to change.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    if fs::symlink_metadata(dir).is_ok() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)?;
    // Whatever the umask took away, the owner can use it.
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
/// a lock on it would stay with the old file. A symbolic link in its place
/// (dangling or not) is not calma's lock: it is removed, never followed.
pub fn hold_lock(path: &Path) -> io::Result<fs::File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true);
    #[cfg(unix)]
    options.mode(0o600).custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    let mut tries = 0;
    let file = loop {
        match options.open(path) {
            Ok(file) => break file,
            Err(e) if tries < 3 && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) => {
                tries += 1;
                match fs::remove_file(path) {
                    Err(gone) if gone.kind() != io::ErrorKind::NotFound => return Err(e),
                    _ => {}
                }
            }
            Err(e) => return Err(e),
        }
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
