//! The config file: its keys read with their lines, its errors with file,
//! line, column and key, and the one write calma makes (the language
//! picked on the home screen), which keeps the rest of the file as it is.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};
use serde_spanned::Spanned;
use toml_edit::{Document, DocumentMut};

use super::ThemeName;
use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;

/// A key's value and where it is in the file (its bytes).
type At<T> = Option<Spanned<T>>;

/// The config file as serde reads it, and its JSON Schema (`calma schema
/// config`): one definition for both. Languages and themes are checked as
/// they are read; any error is then told with its file, line, column and
/// key, in the agent's language ([`parse`]).
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "calma settings",
    description = "calma's config.toml: every key optional; flags and CALMA_* variables beat it."
)]
pub(super) struct ConfigFile {
    /// The UI language.
    #[serde(default, deserialize_with = "lang")]
    #[schemars(with = "Option<Lang>")]
    pub lang: At<Lang>,
    /// The customer's language for phrasings (default: the UI language).
    #[serde(default, deserialize_with = "lang")]
    #[schemars(with = "Option<Lang>")]
    pub customer_lang: At<Lang>,
    /// The colour theme.
    #[serde(default, deserialize_with = "theme")]
    #[schemars(with = "Option<ThemeName>")]
    pub theme: At<ThemeName>,
    /// Where call records are kept.
    #[schemars(with = "Option<String>")]
    pub data_dir: At<PathBuf>,
    /// A team playbook merged over the embedded one.
    #[schemars(with = "Option<String>")]
    pub playbook_dir: At<PathBuf>,
    /// Who takes the calls, written into every record.
    #[schemars(with = "Option<String>")]
    pub agent: At<String>,
    /// The speech model for listen mode (a whisper.cpp ggml file).
    #[schemars(with = "Option<String>")]
    pub model: At<PathBuf>,
    /// Whether listen mode keeps the transcript in the record.
    #[schemars(with = "Option<bool>")]
    pub keep_transcript: At<bool>,
    /// Where each line of the file starts (to name a key's line).
    #[serde(skip)]
    lines: Vec<usize>,
}

impl ConfigFile {
    /// A key's value and its line (for `calma config`'s "where each came
    /// from").
    pub fn value<T: Clone>(&self, key: &At<T>) -> Option<(T, usize)> {
        let at = key.as_ref()?;
        Some((at.get_ref().clone(), self.lines.partition_point(|&start| start <= at.span().start)))
    }
}

/// The keys the file may hold, as its schema names them.
fn keys() -> Vec<String> {
    let schema = schemars::schema_for!(ConfigFile);
    schema
        .get("properties")
        .and_then(|p| p.as_object())
        .map_or_else(Vec::new, |p| p.keys().cloned().collect())
}

/// A value read as text and then parsed; one that does not parse is an
/// error at the value (its key says which problem it is: see [`parse`]).
fn parsed<'de, D: Deserializer<'de>, T>(d: D, parse: impl Fn(&str) -> Option<T>) -> Result<At<T>, D::Error> {
    let text = Spanned::<String>::deserialize(d)?;
    let span = text.span();
    match parse(text.get_ref()) {
        Some(value) => Ok(Some(Spanned::new(span, value))),
        None => Err(serde::de::Error::custom("not one of the values calma knows")),
    }
}

fn lang<'de, D: Deserializer<'de>>(d: D) -> Result<At<Lang>, D::Error> {
    parsed(d, |text| text.parse().ok())
}

fn theme<'de, D: Deserializer<'de>>(d: D) -> Result<At<ThemeName>, D::Error> {
    parsed(d, |text| <ThemeName as clap::ValueEnum>::from_str(text, true).ok())
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
                i18n.t_with("config-unknown-key", &args!["key" => key.clone(), "known" => keys().join(", ")])
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

/// Reads a config file's text: TOML first (a syntax error at its place),
/// then its keys, each error named by its key and place.
pub(super) fn parse(file: &Path, text: &str) -> Result<ConfigFile, ConfigError> {
    let fail = |(offset, problem): (Option<usize>, Problem)| ConfigError {
        file: file.to_path_buf(),
        at: offset.map(|o| line_column(text, o)),
        problem,
    };
    let doc = Document::parse(text)
        .map_err(|e| fail((e.span().map(|s| s.start), Problem::Syntax(e.message().trim().to_string()))))?;
    let mut values = ConfigFile::deserialize(toml_edit::de::Deserializer::from(doc.clone()))
        .map_err(|e| fail(problem_at(&doc, &e)))?;
    values.lines = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    Ok(values)
}

/// What serde's error `e` means for the agent, and where: traced through
/// its span to the key it is at (the key itself, or its value).
fn problem_at(doc: &Document<&str>, e: &toml_edit::de::Error) -> (Option<usize>, Problem) {
    let at = e.span().map_or(0, |s| s.start);
    let table = doc.as_table();
    let within = |span: Option<std::ops::Range<usize>>| span.is_some_and(|s| s.contains(&at));
    let Some((key, item)) =
        table.iter().find(|(key, item)| within(table.key(key).and_then(|k| k.span())) || within(item.span()))
    else {
        return (e.span().map(|s| s.start), Problem::Syntax(e.message().trim().to_string()));
    };
    let key_at = table.key(key).and_then(|k| k.span()).map(|s| s.start);
    if !keys().iter().any(|k| k == key) {
        return (key_at, Problem::UnknownKey(key.into()));
    }
    let problem = match (key, item.as_str().map(str::to_string)) {
        ("lang" | "customer_lang", Some(value)) => Problem::BadLang(key.into(), value),
        ("theme", Some(value)) => Problem::BadTheme(value),
        ("keep_transcript", _) => Problem::NotBool(key.into()),
        _ => Problem::NotText(key.into()),
    };
    (item.span().map(|s| s.start).or(key_at), problem)
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
