//! The five languages calma speaks, and negotiation of the UI language.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// A supported language. `En` is the fallback.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Brazilian Portuguese.
    Pt,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Croatian.
    Hr,
    /// English, the fallback.
    En,
}

impl Lang {
    /// Every supported language, in the order `L` cycles through them.
    pub const ALL: [Lang; 5] = [Lang::Pt, Lang::Es, Lang::It, Lang::Hr, Lang::En];

    /// The language code used in file names and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pt => "pt",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Hr => "hr",
            Lang::En => "en",
        }
    }

    /// `text` between this language's quotation marks, as its house style
    /// sets them (each glossary): “…” in English and Portuguese, «…» in
    /// Spanish and Italian, „…“ in Croatian.
    pub fn quote(self, text: &str) -> String {
        let (open, close) = match self {
            Lang::Pt | Lang::En => ('“', '”'),
            Lang::Es | Lang::It => ('«', '»'),
            Lang::Hr => ('„', '“'),
        };
        format!("{open}{text}{close}")
    }

    /// The language after this one in [`Lang::ALL`], wrapping around.
    pub fn next(self) -> Lang {
        let i = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(i + 1) % Lang::ALL.len()]
    }

    /// The Unicode language identifier, for Fluent's plural rules.
    pub fn langid(self) -> LanguageIdentifier {
        let tag = match self {
            Lang::Pt => "pt-BR",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Hr => "hr",
            Lang::En => "en-US",
        };
        // The tags above are constants known to parse.
        tag.parse().unwrap_or_default()
    }

    /// The codes of all languages, comma separated, for error messages.
    pub fn supported_list() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    /// Reads a locale value such as `hr_HR.UTF-8`, `pt-BR` or `es_MX`.
    /// `None` when it names no supported language.
    pub fn from_locale(value: &str) -> Option<Lang> {
        let tag = value.split(['.', '@']).next()?.replace('_', "-");
        let id: LanguageIdentifier = tag.parse().ok()?;
        Lang::ALL.into_iter().find(|l| l.code() == id.language.as_str())
    }

    /// Picks the UI language from locale variables, in POSIX precedence:
    /// the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (and not `C`
    /// or `POSIX`) decides; when none is, the `system` locale (a BCP 47 tag
    /// such as `hr-HR`, from `sys-locale`: Windows has no `LANG`) does. A
    /// language calma does not speak gives English.
    pub fn negotiate(var: impl Fn(&str) -> Option<String>, system: Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .chain(system)
            .find(|v| !v.is_empty() && !matches!(v.split('.').next(), Some("C" | "POSIX")))
            .and_then(|v| Lang::from_locale(&v))
            .unwrap_or(Lang::En)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code calma does not speak.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLang(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn locale_values_map_to_languages() {
        assert_eq!(Lang::from_locale("hr_HR.UTF-8"), Some(Lang::Hr));
        assert_eq!(Lang::from_locale("pt_PT.UTF-8"), Some(Lang::Pt));
        assert_eq!(Lang::from_locale("pt_BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_locale("es_MX"), Some(Lang::Es));
        assert_eq!(Lang::from_locale("it_IT@euro"), Some(Lang::It));
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn negotiation_follows_posix_precedence() {
        assert_eq!(Lang::negotiate(env(&[("LANG", "hr_HR.UTF-8")]), None), Lang::Hr);
        assert_eq!(Lang::negotiate(env(&[("LC_ALL", "es_MX"), ("LANG", "hr_HR")]), None), Lang::Es);
        assert_eq!(Lang::negotiate(env(&[("LC_MESSAGES", "it_IT"), ("LANG", "hr_HR")]), None), Lang::It);
        assert_eq!(Lang::negotiate(env(&[("LC_ALL", "C.UTF-8"), ("LANG", "pt_PT.UTF-8")]), None), Lang::Pt);
    }

    #[test]
    fn the_system_locale_decides_when_no_variable_does() {
        let system = |tag: &str| Some(tag.to_string());
        // Windows: no variables, the user's display language.
        assert_eq!(Lang::negotiate(env(&[]), system("hr-HR")), Lang::Hr);
        assert_eq!(Lang::negotiate(env(&[]), system("pt-BR")), Lang::Pt);
        assert_eq!(Lang::negotiate(env(&[("LANG", "C")]), system("es-ES")), Lang::Es);
        // A variable that is set wins, even naming a language calma lacks.
        assert_eq!(Lang::negotiate(env(&[("LANG", "it_IT")]), system("hr-HR")), Lang::It);
        assert_eq!(Lang::negotiate(env(&[("LANG", "de_DE")]), system("hr-HR")), Lang::En);
    }

    #[test]
    fn negotiation_falls_back_to_english() {
        assert_eq!(Lang::negotiate(env(&[]), None), Lang::En);
        assert_eq!(Lang::negotiate(env(&[("LANG", "de_DE.UTF-8")]), None), Lang::En);
        assert_eq!(Lang::negotiate(env(&[("LANG", "C")]), None), Lang::En);
        assert_eq!(Lang::negotiate(env(&[]), Some("de-DE".into())), Lang::En);
    }

    #[test]
    fn codes_parse_and_cycle() {
        assert_eq!("HR".parse::<Lang>(), Ok(Lang::Hr));
        assert!("de".parse::<Lang>().is_err());
        assert_eq!(Lang::En.next(), Lang::Pt);
        assert_eq!(Lang::supported_list(), "pt, es, it, hr, en");
    }
}
