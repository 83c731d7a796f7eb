//! The config file: its keys read with their lines, its errors with file,
//! line, column and key, and the one write calma makes (the language
//! picked on the home screen), which keeps the rest of the file as it is.

use std::path::{Path, PathBuf};

use toml_edit::{Document, DocumentMut, Item};

use super::ThemeName;
use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;

/// The keys the file may hold.
const KEYS: [&str; 8] =
    ["lang", "customer_lang", "theme", "data_dir", "playbook_dir", "agent", "model", "keep_transcript"];

/// The keys found in the file, each with its line (for `calma config`'s
/// "where each came from"); its JSON Schema (`calma schema config`) is the
/// file's layout. The keys are read one by one in [`parse`], so that each
/// error names its key and place in the agent's language.
#[derive(Debug, Default, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "calma settings",
    description = "calma's config.toml: every key optional; flags and CALMA_* variables beat it."
)]
pub(super) struct ConfigFile {
    /// The UI language.
    #[schemars(with = "Option<Lang>")]
    pub lang: Option<(Lang, usize)>,
    /// The customer's language for phrasings (default: the UI language).
    #[schemars(with = "Option<Lang>")]
    pub customer_lang: Option<(Lang, usize)>,
    /// The colour theme.
    #[schemars(with = "Option<ThemeName>")]
    pub theme: Option<(ThemeName, usize)>,
    /// Where call records are kept.
    #[schemars(with = "Option<String>")]
    pub data_dir: Option<(PathBuf, usize)>,
    /// A team playbook merged over the embedded one.
    #[schemars(with = "Option<String>")]
    pub playbook_dir: Option<(PathBuf, usize)>,
    /// Who takes the calls, written into every record.
    #[schemars(with = "Option<String>")]
    pub agent: Option<(String, usize)>,
    /// The speech model for listen mode (a whisper.cpp ggml file).
    #[schemars(with = "Option<String>")]
    pub model: Option<(PathBuf, usize)>,
    /// Whether listen mode keeps the transcript in the record.
    #[schemars(with = "Option<bool>")]
    pub keep_transcript: Option<(bool, usize)>,
}

/// What is wrong with a config file, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {problem:?}", self.place())]
pub struct ConfigError {
    /// The file.
    pub file: PathBuf,
    /// 1-based line and column, when the problem has a place.
    pub at: Option<(usize, usize)>,
    /// What is wrong.
    pub problem: Problem,
}

/// The kinds of problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file cannot be read (the system's reason).
    Unreadable(String),
    /// A byte that is not UTF-8.
    NotUtf8,
    /// Not TOML (the parser's reason).
    Syntax(String),
    /// A key calma does not know.
    UnknownKey(String),
    /// A key whose value must be text.
    NotText(String),
    /// A key whose value must be true or false.
    NotBool(String),
    /// A language calma does not speak, for this key.
    BadLang(String, String),
    /// A theme calma does not have.
    BadTheme(String),
}

impl ConfigError {
    pub(super) fn unreadable(file: &Path, e: &std::io::Error) -> ConfigError {
        ConfigError { file: file.to_path_buf(), at: None, problem: Problem::Unreadable(e.to_string()) }
    }

    pub(super) fn not_utf8(file: &Path, at: (usize, usize)) -> ConfigError {
        ConfigError { file: file.to_path_buf(), at: Some(at), problem: Problem::NotUtf8 }
    }

    /// `file:line:column`.
    fn place(&self) -> String {
        match self.at {
            Some((line, column)) => format!("{}:{line}:{column}", self.file.display()),
            None => self.file.display().to_string(),
        }
    }

    /// The one line to show, in the agent's language.
    pub fn message(&self, i18n: &I18n) -> String {
        let reason = match &self.problem {
            Problem::Unreadable(why) | Problem::Syntax(why) => sentence(why),
            Problem::NotUtf8 => i18n.t("config-not-utf8"),
            Problem::UnknownKey(key) => {
                i18n.t_with("config-unknown-key", &args!["key" => key.clone(), "known" => KEYS.join(", ")])
            }
            Problem::NotText(key) => i18n.t_with("config-not-text", &args!["key" => key.clone()]),
            Problem::NotBool(key) => i18n.t_with("config-not-bool", &args!["key" => key.clone()]),
            Problem::BadLang(key, value) => i18n.t_with(
                "config-bad-lang",
                &args!["key" => key.clone(), "value" => value.clone(), "supported" => Lang::supported_list()],
            ),
            Problem::BadTheme(value) => theme_reason_in(value, i18n),
        };
        i18n.t_with("error-config", &args!["place" => self.place(), "reason" => reason])
    }
}

/// A reason from the system or the TOML parser, ended with a full stop
/// (the message goes on with the next sentence).
fn sentence(why: &str) -> String {
    let why = why.trim_end();
    if why.ends_with(['.', '!', '?']) { why.to_string() } else { format!("{why}.") }
}

fn theme_names() -> String {
    <ThemeName as clap::ValueEnum>::value_variants().iter().map(|t| t.name()).collect::<Vec<_>>().join(", ")
}

fn theme_reason_in(value: &str, i18n: &I18n) -> String {
    i18n.t_with("config-bad-theme", &args!["value" => value.to_string(), "themes" => theme_names()])
}

/// Why `value` is not a theme, in English (for an environment variable).
pub(super) fn theme_reason(value: &str) -> String {
    theme_reason_in(value, &I18n::new(Lang::En))
}

/// Line and column (1-based) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Reads the keys of a config file's text.
pub(super) fn parse(file: &Path, text: &str) -> Result<ConfigFile, ConfigError> {
    let fail = |offset: Option<usize>, problem| ConfigError {
        file: file.to_path_buf(),
        at: offset.map(|o| line_column(text, o)),
        problem,
    };
    let doc = Document::parse(text).map_err(|e| {
        let reason = e.message().trim().to_string();
        fail(e.span().map(|s| s.start), Problem::Syntax(reason))
    })?;
    let mut values = ConfigFile::default();
    for (key, item) in doc.as_table().iter() {
        let key_at = doc.as_table().key(key).and_then(|k| k.span()).map(|s| s.start);
        let value_at = item.span().map(|s| s.start).or(key_at);
        let line = key_at.map_or(0, |o| line_column(text, o).0);
        let text_of = |item: &Item| {
            item.as_str().map(str::to_string).ok_or_else(|| fail(value_at, Problem::NotText(key.to_string())))
        };
        let lang_of = |item: &Item| {
            let value = text_of(item)?;
            value.parse::<Lang>().map_err(|_| fail(value_at, Problem::BadLang(key.to_string(), value)))
        };
        match key {
            "lang" => values.lang = Some((lang_of(item)?, line)),
            "customer_lang" => values.customer_lang = Some((lang_of(item)?, line)),
            "theme" => {
                let value = text_of(item)?;
                let theme = <ThemeName as clap::ValueEnum>::from_str(&value, true)
                    .map_err(|_| fail(value_at, Problem::BadTheme(value)))?;
                values.theme = Some((theme, line));
            }
            "data_dir" => values.data_dir = Some((PathBuf::from(text_of(item)?), line)),
            "playbook_dir" => values.playbook_dir = Some((PathBuf::from(text_of(item)?), line)),
            "model" => values.model = Some((PathBuf::from(text_of(item)?), line)),
            "agent" => values.agent = Some((text_of(item)?, line)),
            "keep_transcript" => {
                let on = item.as_bool().ok_or_else(|| fail(value_at, Problem::NotBool(key.to_string())))?;
                values.keep_transcript = Some((on, line));
            }
            _ => return Err(fail(key_at, Problem::UnknownKey(key.to_string()))),
        }
    }
    Ok(values)
}

/// Saves the UI language picked on the home screen into the config file,
/// creating it if need be and keeping everything else in it, comments
/// included. The new file replaces the old one atomically; a config that
/// is a symbolic link (dotfiles kept elsewhere) is written where it points,
/// and stays a link; one that points nowhere is refused.
pub fn save_lang(path: &Path, lang: Lang) -> std::io::Result<()> {
    let target;
    let path = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            target = std::fs::canonicalize(path).map_err(|e| {
                std::io::Error::other(format!("{} is a symbolic link to nowhere ({e})", path.display()))
            })?;
            target.as_path()
        }
        _ => path,
    };
    let old = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    let mut doc: DocumentMut = old.parse().map_err(std::io::Error::other)?;
    doc["lang"] = toml_edit::value(lang.code());
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    crate::records::record::write_atomic(path, doc.to_string().as_bytes())
}
