//! `calma model`: the speech models that suit listen mode, which one this
//! computer should get for each language, and where calma looks; `calma
//! model check FILE` checks a file against the published sums; `calma
//! model fetch NAME` downloads one (listen build), with its progress on
//! stderr.

#[cfg(feature = "listen")]
use std::io::Write;
use std::path::Path;

use super::CliError;
use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;
use crate::listen::fetch;
use crate::listen::models::{self, Checked, MODELS, Model};

/// The list, with the model recommended for each language on this
/// computer, where the file goes and which one listen mode would use.
pub fn list(data_dir: &Path, in_use: &Path, i18n: &I18n) -> String {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut lines = vec![i18n.t_with("model-list-title", &args!["source" => models::SOURCE])];
    for model in &MODELS {
        let langs: Vec<&str> =
            Lang::ALL.iter().filter(|l| models::recommended(**l, cores) == model).map(|l| l.code()).collect();
        let mut line = format!("  {:<20} {:>5} MiB", model.name, model.mib);
        if !langs.is_empty() {
            let langs = langs.join(", ");
            line.push_str("  ");
            line.push_str(&i18n.t_with("model-list-recommended", &args!["langs" => langs, "cores" => cores]));
        }
        lines.push(line);
    }
    let dir = crate::listen::models_dir(data_dir).display().to_string();
    lines.push(i18n.t_with("model-list-where", &args!["dir" => dir]));
    lines.push(i18n.t_with("model-list-in-use", &args!["path" => in_use.display().to_string()]));
    lines.join("\n")
}

/// One line on what the file is; an error when it is no model at all.
pub fn check(file: &Path, i18n: &I18n) -> Result<String, CliError> {
    let name = file.display().to_string();
    match models::check(file) {
        Ok(Checked::Known(model)) => Ok(i18n.t_with(
            "model-check-known",
            &args!["file" => name, "name" => model.name, "size" => format!("{} MiB", model.mib)],
        )),
        Ok(Checked::Unknown) => Ok(i18n.t_with("model-check-unknown", &args!["file" => name])),
        Ok(Checked::Damaged(model)) => {
            Err(CliError::ModelDamaged { file: file.to_path_buf(), name: model.name.to_string() })
        }
        Ok(Checked::NotAModel) => Err(CliError::NotAModel(file.to_path_buf())),
        Err(source) => Err(CliError::ModelUnreadable { file: file.to_path_buf(), source }),
    }
}

/// `calma model fetch NAME`: the model downloaded into `models/` of the
/// data directory, checked, in one line; or one line on what went wrong
/// and what to do.
pub fn fetch(name: &str, data_dir: &Path, i18n: &I18n) -> Result<String, CliError> {
    let model = fetch::find(name).ok_or_else(|| CliError::UnknownModel(name.to_string()))?;
    let dir = crate::listen::models_dir(data_dir);
    download(model, &fetch::base_url(std::env::var(fetch::BASE_ENV).ok()), &dir, i18n)
}

#[cfg(feature = "listen")]
fn download(model: &Model, base: &str, dir: &Path, i18n: &I18n) -> Result<String, CliError> {
    use crate::listen::fetch::Fetched;

    let url = &fetch::url(base, model);
    let have = std::fs::metadata(fetch::part_path(dir, model)).map_or(0, |m| m.len());
    let start = if have > 0 {
        i18n.t_with(
            "model-fetch-resume",
            &args!["file" => model.file(), "done" => fetch::size(have), "url" => url.to_string()],
        )
    } else {
        let size = format!("{} MiB", model.mib);
        i18n.t_with(
            "model-fetch-start",
            &args!["file" => model.file(), "size" => size, "url" => url.to_string()],
        )
    };
    let mut shown = Progress::new(model.file(), i18n.t("model-fetch-checking"));
    shown.say(&start);
    let got = fetch::fetch(model, base, dir, &mut |done, total| shown.update(done, total));
    shown.end();
    let path = |p: &Path| p.display().to_string();
    match got {
        Ok(Fetched::Downloaded(file)) => Ok(i18n.t_with("model-fetch-done", &args!["path" => path(&file)])),
        Ok(Fetched::AlreadyThere(file)) => {
            Ok(i18n.t_with("model-fetch-already", &args!["path" => path(&file)]))
        }
        Err(error) => Err(CliError::Fetch { name: model.name.to_string(), error }),
    }
}

/// Without the `listen` feature: one line that says it needs the listen
/// build, and the file to get by hand.
#[cfg(not(feature = "listen"))]
fn download(model: &Model, base: &str, dir: &Path, _i18n: &I18n) -> Result<String, CliError> {
    Err(CliError::FetchNotBuilt { url: fetch::url(base, model), dir: dir.to_path_buf() })
}

/// The progress on stderr: a bar redrawn in place on a terminal, else a
/// plain line every tenth (a log, a pipe).
#[cfg(feature = "listen")]
struct Progress {
    file: String,
    terminal: bool,
    drawn: String,
    last: Option<u64>,
    /// Said once the last byte is in: the checksum of a large file takes
    /// some seconds, which should not look like a hang.
    checking: Option<String>,
}

#[cfg(feature = "listen")]
impl Progress {
    fn new(file: String, checking: String) -> Progress {
        use std::io::IsTerminal;
        let terminal = std::io::stderr().is_terminal();
        Progress { file, terminal, drawn: String::new(), last: None, checking: Some(checking) }
    }

    fn say(&self, line: &str) {
        let _ = writeln!(std::io::stderr().lock(), "{}", crate::coach::sanitize::clean_output(line));
    }

    fn update(&mut self, done: u64, total: Option<u64>) {
        if self.terminal {
            let width = crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w));
            let line = fetch::bar_line(done, total, width);
            // Redrawn only when it changes: a fast download is not slowed
            // by a terminal flooded with the same bar.
            if line != self.drawn {
                let _ = write!(std::io::stderr().lock(), "\r{line}\x1b[K");
                self.drawn = line;
            }
        } else {
            let now = fetch::percent(done, total);
            if fetch::plain_due(self.last, now) {
                self.last = now;
                self.say(&format!("{}  {}", self.file, fetch::plain_line(done, total)));
            }
        }
        if total.is_some_and(|t| done >= t)
            && let Some(checking) = self.checking.take()
        {
            self.end();
            self.say(&checking);
        }
    }

    /// Ends the bar's line, once.
    fn end(&mut self) {
        if self.terminal && !std::mem::take(&mut self.drawn).is_empty() {
            let _ = writeln!(std::io::stderr().lock());
        }
    }
}
