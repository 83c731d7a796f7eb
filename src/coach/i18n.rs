//! UI strings: embedded Fluent bundles, one per language, with English as
//! the fallback for any message a locale lacks.

use std::cell::OnceCell;

use fluent::{FluentArgs, FluentBundle, FluentResource};

use crate::coach::assets::{self, Locales};
use crate::coach::lang::Lang;

pub use fluent::fluent_args as args;

/// The UI strings of one language.
pub struct I18n {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// English, parsed only if a message is missing (never, when the
    /// locale is complete: it saves start-up time).
    fallback: OnceCell<Option<FluentBundle<FluentResource>>>,
}

/// The bundle of a language from its embedded `.ftl` file.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.langid()]);
    // Without this, Fluent wraps every placeable in U+2068/U+2069; the marks
    // would leak into records, the clipboard and terminal output.
    bundle.set_use_isolating(false);
    let source = assets::text::<Locales>(&format!("{lang}/calma.ftl")).unwrap_or_default();
    // A resource with syntax errors still yields its good messages; the
    // parity test catches the broken ones.
    let resource = FluentResource::try_new(source.into_owned()).unwrap_or_else(|(res, _)| res);
    // Adding to a new bundle only fails on duplicate ids, which the parity
    // test rules out; the first definition wins either way.
    let _ = bundle.add_resource(resource);
    bundle
}

impl I18n {
    /// The strings of `lang`, falling back to English.
    pub fn new(lang: Lang) -> I18n {
        I18n { lang, bundle: bundle(lang), fallback: OnceCell::new() }
    }

    /// The language of these strings.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments (see [`args!`]).
    pub fn t_with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// The name of a language in this UI language.
    pub fn lang_name(&self, lang: Lang) -> String {
        self.t(&format!("lang-{lang}"))
    }

    /// Formats from this language, else English, else shows the id so a
    /// missing string is visible rather than blank.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let from = |bundle: &FluentBundle<FluentResource>| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
        };
        from(&self.bundle)
            .or_else(|| {
                let fallback =
                    self.fallback.get_or_init(|| (self.lang != Lang::En).then(|| bundle(Lang::En)));
                fallback.as_ref().and_then(from)
            })
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether this language's own file defines `id` (for parity tests).
    pub fn has_own(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats `id` from this language only, returning Fluent's errors
    /// (for parity tests).
    pub fn check(&self, id: &str, args: &FluentArgs) -> Result<String, String> {
        let pattern = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("{}: message `{id}` is missing", self.lang))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors).into_owned();
        if errors.is_empty() { Ok(text) } else { Err(format!("{}: message `{id}`: {errors:?}", self.lang)) }
    }
}

/// The ids of every message in the English file, the reference for parity.
pub fn message_ids() -> Vec<String> {
    let source = assets::text::<Locales>("en/calma.ftl").unwrap_or_default();
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}
