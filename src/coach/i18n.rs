//! UI strings: embedded Fluent bundles, one per language, with English as
//! the fallback for any message a locale lacks.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use fluent::{FluentArgs, FluentBundle, FluentResource};

use crate::coach::assets::{self, Locales};
use crate::coach::lang::Lang;

pub use fluent::fluent_args as args;

/// The UI strings of one language. Each message is parsed the first time
/// it is shown: a call's first frame needs a few dozen of the ~500, and
/// parsing the whole file was a third of start-up (issue 34). The files
/// have no terms and no message references, so a message parses alone.
pub struct I18n {
    lang: Lang,
    /// The `.ftl` text, and where each message's lines are in it.
    source: Cow<'static, str>,
    at: Vec<(Range<usize>, Range<usize>)>,
    /// The messages parsed so far.
    bundle: RefCell<FluentBundle<FluentResource>>,
    /// English, made only if a message is missing (never, when the locale
    /// is complete).
    fallback: OnceCell<Option<Box<I18n>>>,
}

/// Where each message of an `.ftl` text is, in file order: its id, and its
/// lines from the id's to the next message or comment (indented lines,
/// variants, a closing brace and blank lines go with it). Built from line
/// starts only, so that it costs a small part of parsing the file (and
/// not sorted: sorting cost more than the few dozen lookups it saves).
fn index(source: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut entries: Vec<(Range<usize>, usize)> = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        // An entry starts with an identifier or a comment at the start of
        // a line; a comment is kept with no id, to end the message before.
        match line.as_bytes().first() {
            Some(c) if c.is_ascii_alphabetic() => {
                let id_len = line.find([' ', '=']).unwrap_or(line.len());
                entries.push((offset..offset + id_len, offset));
            }
            Some(b'#' | b'-') => entries.push((offset..offset, offset)),
            _ => {}
        }
        offset += line.len();
    }
    let ends: Vec<usize> = entries.iter().skip(1).map(|(_, start)| *start).chain([source.len()]).collect();
    entries
        .into_iter()
        .zip(ends)
        .filter(|((id, _), _)| !id.is_empty())
        .map(|((id, start), end)| (id, start..end))
        .collect()
}

impl I18n {
    /// The strings of `lang`, falling back to English.
    pub fn new(lang: Lang) -> I18n {
        let source = assets::text::<Locales>(&format!("{lang}/calma.ftl")).unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![lang.langid()]);
        // Without this, Fluent wraps every placeable in U+2068/U+2069; the
        // marks would leak into records, the clipboard and terminal output.
        bundle.set_use_isolating(false);
        I18n { lang, at: index(&source), source, bundle: RefCell::new(bundle), fallback: OnceCell::new() }
    }

    /// Parses message `id` into the bundle if it is not there yet; false
    /// when this language's file has no such message.
    fn load(&self, id: &str) -> bool {
        if self.bundle.borrow().has_message(id) {
            return true;
        }
        let Some((_, lines)) = self.at.iter().find(|(name, _)| self.source.get(name.clone()) == Some(id))
        else {
            return false;
        };
        let text = self.source.get(lines.clone()).unwrap_or_default().to_string();
        // A message with a syntax error still yields what parses; the
        // parity test catches the broken ones.
        let resource = FluentResource::try_new(text).unwrap_or_else(|(res, _)| res);
        // Only a duplicate id fails, which `has_message` ruled out.
        let _ = self.bundle.borrow_mut().add_resource(resource);
        self.bundle.borrow().has_message(id)
    }

    /// Formats `id` from this language's own file, with Fluent's errors.
    fn own(&self, id: &str, args: Option<&FluentArgs>) -> Option<(String, Vec<fluent::FluentError>)> {
        if !self.load(id) {
            return None;
        }
        let bundle = self.bundle.borrow();
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        Some((text, errors))
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
        self.own(id, args)
            .or_else(|| {
                let fallback = self
                    .fallback
                    .get_or_init(|| (self.lang != Lang::En).then(|| Box::new(I18n::new(Lang::En))));
                fallback.as_ref().and_then(|en| en.own(id, args))
            })
            .map_or_else(|| id.to_string(), |(text, _)| text)
    }

    /// Whether this language's own file defines `id` (for parity tests).
    pub fn has_own(&self, id: &str) -> bool {
        self.load(id)
    }

    /// Formats `id` from this language only, returning Fluent's errors
    /// (for parity tests).
    pub fn check(&self, id: &str, args: &FluentArgs) -> Result<String, String> {
        let (text, errors) =
            self.own(id, Some(args)).ok_or_else(|| format!("{}: message `{id}` is missing", self.lang))?;
        if errors.is_empty() { Ok(text) } else { Err(format!("{}: message `{id}`: {errors:?}", self.lang)) }
    }
}

/// The ids of every message in the English file, the reference for parity.
pub fn message_ids() -> Vec<String> {
    let source = assets::text::<Locales>("en/calma.ftl").unwrap_or_default();
    index(&source).into_iter().filter_map(|(id, _)| source.get(id).map(str::to_string)).collect()
}

#[cfg(test)]
mod lazy_tests {
    use super::*;

    /// Parsed one message at a time, every message reads as it does when
    /// the whole file is parsed at once.
    #[test]
    fn each_message_alone_reads_as_in_the_whole_file() {
        for lang in Lang::ALL {
            let source = assets::text::<Locales>(&format!("{lang}/calma.ftl")).unwrap_or_default();
            let mut whole = FluentBundle::new(vec![lang.langid()]);
            whole.set_use_isolating(false);
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
            let _ = whole.add_resource(resource);
            let lazy = I18n::new(lang);
            let ids = message_ids();
            assert!(ids.len() > 400, "{lang}: {} messages", ids.len());
            for id in &ids {
                let mut errors = Vec::new();
                let expected = whole
                    .get_message(id)
                    .and_then(|m| m.value())
                    .map(|p| whole.format_pattern(p, None, &mut errors).into_owned());
                assert_eq!(lazy.own(id, None).map(|(text, _)| text), expected, "{lang}: {id}");
            }
        }
    }
}
