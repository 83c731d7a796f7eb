//! Settings (PRODUCT.md §7): each one from a flag, else the environment,
//! else the config file, else a default, and where it came from. The file
//! is `$CALMA_CONFIG`, else `config.toml` in the platform config dir
//! (`$XDG_CONFIG_HOME/calma` on Linux). Reading is a pure function of the
//! flags, the environment and the file's text; writing changes one key and
//! keeps the rest of the file, comments included.

mod file;

use std::fmt;
use std::path::{Path, PathBuf};

pub use file::{ConfigError, save_lang};

use crate::coach::i18n::I18n;
use crate::coach::lang::Lang;
use crate::coach::sanitize::clean;

/// The colour themes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Colours for a dark background.
    #[default]
    Default,
    /// Dark colours for a white background.
    Light,
    /// Bright colours and bold text, no dim grey.
    HighContrast,
}

impl ThemeName {
    /// The palette the theme draws with.
    pub fn palette(self) -> crate::shell::ui::Palette {
        match self {
            ThemeName::Light => crate::shell::ui::Palette::Light,
            ThemeName::HighContrast => crate::shell::ui::Palette::HighContrast,
            ThemeName::Default => crate::shell::ui::Palette::Default,
        }
    }

    /// The name as written in flags and the config file.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
        }
    }
}

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag.
    Flag(&'static str),
    /// An environment variable.
    Env(&'static str),
    /// The config file, at this line.
    File(usize),
    /// The locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    Locale,
    /// Nothing set it.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Env(var) => write!(f, "${var}"),
            Source::File(line) => write!(f, "config.toml:{line}"),
            Source::Locale => f.write_str("LC_ALL / LC_MESSAGES / LANG / system locale"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting<T> {
    /// The effective value.
    pub value: T,
    /// Who set it.
    pub source: Source,
}

/// The settings given as flags (`None`: not given).
#[derive(Debug, Clone, Default)]
pub struct Flags {
    /// `--lang`.
    pub lang: Option<String>,
    /// `call --customer-lang`.
    pub customer_lang: Option<String>,
    /// `--theme`.
    pub theme: Option<ThemeName>,
    /// `--data-dir`.
    pub data_dir: Option<PathBuf>,
    /// `--playbook`.
    pub playbook_dir: Option<PathBuf>,
    /// `--model`.
    pub model: Option<PathBuf>,
}

/// Every setting, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The config file read (or that would be read), if there is a place for one.
    pub file: Option<PathBuf>,
    /// Whether that file exists.
    pub file_found: bool,
    /// The UI language.
    pub lang: Setting<Lang>,
    /// The customer's language (absent: the UI language).
    pub customer_lang: Setting<Option<Lang>>,
    /// The colour theme.
    pub theme: Setting<ThemeName>,
    /// Where records are kept (absent: the platform data dir).
    pub data_dir: Setting<Option<PathBuf>>,
    /// A team playbook merged over the embedded one.
    pub playbook_dir: Setting<Option<PathBuf>>,
    /// Who takes the calls, written into every record.
    pub agent: Setting<Option<String>>,
    /// The speech model for listen mode.
    pub model: Setting<Option<PathBuf>>,
    /// Whether listen mode keeps the transcript in the record.
    pub keep_transcript: Setting<bool>,
}

/// What was wrong with a setting given as a flag or in the environment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingError {
    /// The config file does not parse or holds a bad value.
    #[error(transparent)]
    File(#[from] ConfigError),
    /// A language flag or variable names a language calma does not speak.
    #[error("{0}")]
    Lang(String),
    /// An environment variable holds a value that is not allowed.
    #[error("${var}: {reason}")]
    Env {
        /// The variable.
        var: &'static str,
        /// What is wrong.
        reason: String,
    },
}

impl SettingError {
    /// The one line to show, in the agent's language.
    pub fn message(&self, i18n: &I18n) -> String {
        match self {
            SettingError::File(e) => e.message(i18n),
            SettingError::Lang(value) => i18n.t_with(
                "error-unknown-lang",
                &crate::coach::i18n::args!["lang" => value.clone(), "supported" => Lang::supported_list()],
            ),
            SettingError::Env { .. } => self.to_string(),
        }
    }
}

/// The config file's path: `$CALMA_CONFIG`, else the platform config dir.
pub fn config_path(env: &impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    match env("CALMA_CONFIG").filter(|v| !v.is_empty()) {
        Some(path) => Some(PathBuf::from(path)),
        None => directories::ProjectDirs::from("", "", "calma").map(|d| d.config_dir().join("config.toml")),
    }
}

/// The JSON Schema of the config file (TOML editors such as Taplo read it).
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(file::ConfigFile)
}

/// Reads the config file at `path`: `Ok(None)` when there is none.
pub fn read_file(path: &Path) -> Result<Option<String>, ConfigError> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|e| {
            // Where the first byte that is not UTF-8 is: its line and column.
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = good.iter().filter(|b| **b == b'\n').count() + 1;
            let start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&good[start..]).chars().count() + 1;
            ConfigError::not_utf8(path, (line, column))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(ConfigError::unreadable(path, &e)),
    }
}

impl Settings {
    /// The settings from the flags, the environment and the file (its path
    /// and text, if there is one). Flags beat the environment, which beats
    /// the file; the locale variables (or else the `system_locale`, as on
    /// Windows) only choose the language when nothing else does.
    pub fn resolve(
        flags: Flags,
        env: &impl Fn(&str) -> Option<String>,
        system_locale: Option<String>,
        path: Option<PathBuf>,
        text: Option<&str>,
    ) -> Result<Settings, SettingError> {
        let values = match (&path, text) {
            (Some(path), Some(text)) => file::parse(path, text)?,
            _ => file::ConfigFile::default(),
        };
        let var = |name: &'static str| env(name).filter(|v| !v.is_empty()).map(|v| (name, v));
        let lang_of = |value: &str| value.parse::<Lang>().map_err(|_| SettingError::Lang(value.to_string()));

        let lang = if let Some(value) = flags.lang {
            Setting { value: lang_of(&value)?, source: Source::Flag("--lang") }
        } else if let Some((name, value)) = var("CALMA_LANG") {
            Setting { value: lang_of(&value)?, source: Source::Env(name) }
        } else if let Some((value, line)) = values.value(&values.lang) {
            Setting { value, source: Source::File(line) }
        } else {
            let locale =
                ["LC_ALL", "LC_MESSAGES", "LANG"].iter().any(|v| env(v).is_some_and(|v| !v.is_empty()));
            let source = if locale || system_locale.is_some() { Source::Locale } else { Source::Default };
            Setting { value: Lang::negotiate(|k| env(k), system_locale), source }
        };
        let customer_lang = if let Some(value) = flags.customer_lang {
            Setting { value: Some(lang_of(&value)?), source: Source::Flag("--customer-lang") }
        } else if let Some((name, value)) = var("CALMA_CUSTOMER_LANG") {
            Setting { value: Some(lang_of(&value)?), source: Source::Env(name) }
        } else {
            from_file(values.value(&values.customer_lang).map(|(l, n)| (Some(l), n)), None)
        };
        let theme = if let Some(value) = flags.theme {
            Setting { value, source: Source::Flag("--theme") }
        } else if let Some((name, value)) = var("CALMA_THEME") {
            let value = <ThemeName as clap::ValueEnum>::from_str(&value, true)
                .map_err(|_| SettingError::Env { var: name, reason: file::theme_reason(&value) })?;
            Setting { value, source: Source::Env(name) }
        } else {
            from_file(values.value(&values.theme), ThemeName::Default)
        };
        let path_setting = |flag: Option<PathBuf>, flag_name, var_name, file: Option<(PathBuf, usize)>| {
            if let Some(value) = flag {
                Setting { value: Some(value), source: Source::Flag(flag_name) }
            } else if let Some((name, value)) = var(var_name) {
                Setting { value: Some(PathBuf::from(value)), source: Source::Env(name) }
            } else {
                from_file(file.map(|(p, n)| (Some(p), n)), None)
            }
        };
        let data_dir =
            path_setting(flags.data_dir, "--data-dir", "CALMA_DATA_DIR", values.value(&values.data_dir));
        let playbook_dir = path_setting(
            flags.playbook_dir,
            "--playbook",
            "CALMA_PLAYBOOK_DIR",
            values.value(&values.playbook_dir),
        );
        let model = path_setting(flags.model, "--model", "CALMA_MODEL", values.value(&values.model));
        let agent = match var("CALMA_AGENT") {
            Some((name, value)) => Setting { value: Some(value), source: Source::Env(name) },
            None => from_file(values.value(&values.agent).map(|(a, n)| (Some(a), n)), None),
        };
        // Cleaned on the way in, as typed text is: the name goes into every
        // journal and record.
        let agent = Setting { value: agent.value.map(|a| clean(&a).trim().to_string()), ..agent };
        let keep_transcript = from_file(values.value(&values.keep_transcript), false);
        let file_found = text.is_some();
        Ok(Settings {
            file: path,
            file_found,
            lang,
            customer_lang,
            theme,
            data_dir,
            playbook_dir,
            agent,
            model,
            keep_transcript,
        })
    }

    /// `calma config`: one line per setting, its value and where it came
    /// from, after the file's path.
    pub fn describe(&self) -> String {
        let file = match (&self.file, self.file_found) {
            (Some(path), true) => path.display().to_string(),
            (Some(path), false) => format!("{} (none yet)", path.display()),
            (None, _) => "(no config directory)".to_string(),
        };
        let path = |p: &Option<PathBuf>| p.as_ref().map_or("—".to_string(), |p| p.display().to_string());
        let rows = [
            ("lang", self.lang.value.code().to_string(), &self.lang.source),
            (
                "customer_lang",
                self.customer_lang.value.map_or("(the UI language)".into(), |l| l.code().to_string()),
                &self.customer_lang.source,
            ),
            ("theme", self.theme.value.name().to_string(), &self.theme.source),
            (
                "data_dir",
                path(&self.data_dir.value.clone().or_else(|| crate::records::record::data_dir(None))),
                &self.data_dir.source,
            ),
            ("playbook_dir", path(&self.playbook_dir.value), &self.playbook_dir.source),
            ("agent", self.agent.value.clone().unwrap_or_else(|| "—".into()), &self.agent.source),
            ("model", path(&self.model.value), &self.model.source),
            ("keep_transcript", self.keep_transcript.value.to_string(), &self.keep_transcript.source),
        ];
        let mut lines = vec![format!("# config file: {file}")];
        lines.extend(rows.iter().map(|(key, value, source)| format!("{key:<16}{value}  ({source})")));
        lines.join("\n")
    }
}

/// A value from the file, at its line, or the default.
fn from_file<T>(value: Option<(T, usize)>, default: T) -> Setting<T> {
    match value {
        Some((value, line)) => Setting { value, source: Source::File(line) },
        None => Setting { value: default, source: Source::Default },
    }
}

#[cfg(test)]
mod tests;
