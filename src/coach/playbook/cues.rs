//! The cue matcher: one pure function from a text (a typed note, or in
//! listen mode a transcribed utterance) and its speaker to the cues it
//! raises. Patterns are folded (no case, no accents) and compiled into an
//! Aho-Corasick automaton once per loaded pack, shared by every call and
//! every replayed record; a match counts only on word boundaries, and a
//! pattern ending in `*` takes any ending. Punctuation counts as a space:
//! "desculpa, por" matches "desculpa por", as a transcription writes it.

use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasick;

use super::{Cue, Pack, Severity, Speaker, Voice};
use crate::coach::text::fold;

/// What a call needs to know of one cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueInfo {
    /// The cue id.
    pub id: String,
    /// The step id it points to.
    pub step: String,
    /// Who says its words.
    pub speaker: Speaker,
    /// The item of its step an agent cue ticks.
    pub tick: Option<usize>,
    /// How much it matters.
    pub severity: Severity,
    /// A voice cue's rule (raised from levels, not words).
    pub voice: Option<Voice>,
}

/// One pattern of the automaton: its cue, and whether any ending may follow.
#[derive(Debug)]
struct Pattern {
    cue: usize,
    /// Its place in the cue's list of patterns.
    word: usize,
    open_end: bool,
}

/// The cues of one language: what each is, and the matcher over their
/// patterns, built when first needed (a call's first frame needs none, and
/// building it is half of start-up's work; the runtime warms it after).
#[derive(Debug)]
pub struct Cues {
    infos: Vec<CueInfo>,
    /// Each cue's patterns, as written.
    when: Vec<Vec<String>>,
    matcher: OnceLock<Matcher>,
}

/// The patterns of every cue compiled into one automaton.
#[derive(Debug)]
struct Matcher {
    patterns: Vec<Pattern>,
    automaton: Option<AhoCorasick>,
}

impl Clone for Cues {
    fn clone(&self) -> Cues {
        Cues { infos: self.infos.clone(), when: self.when.clone(), matcher: OnceLock::new() }
    }
}

impl PartialEq for Cues {
    fn eq(&self, other: &Cues) -> bool {
        self.infos == other.infos
    }
}

impl Eq for Cues {}

impl Cues {
    /// The cues of a pack, shared by every call and replayed record.
    pub fn of(pack: &Pack) -> Arc<Cues> {
        pack.compiled.0.get_or_init(|| Arc::new(Cues::compile(&pack.cues))).clone()
    }

    /// The cues of a list (their matcher is built when first used).
    pub fn compile(cues: &[Cue]) -> Cues {
        let infos = cues
            .iter()
            .map(|c| CueInfo {
                id: c.id.clone(),
                step: c.step.clone(),
                speaker: c.speaker,
                tick: c.tick,
                severity: c.severity,
                voice: c.voice,
            })
            .collect();
        Cues { infos, when: cues.iter().map(|c| c.when.clone()).collect(), matcher: OnceLock::new() }
    }

    /// Builds the matcher now, if it is not built yet (off the screen's
    /// thread, so that the first note does not wait for it).
    pub fn warm(&self) {
        self.matcher();
    }

    fn matcher(&self) -> &Matcher {
        self.matcher.get_or_init(|| {
            let mut needles = Vec::new();
            let mut patterns = Vec::new();
            for (i, when) in self.when.iter().enumerate() {
                for (k, word) in when.iter().enumerate() {
                    let (stem, open_end) = match word.trim().strip_suffix('*') {
                        Some(stem) => (stem, true),
                        None => (word.trim(), false),
                    };
                    let stem = words(stem);
                    if !stem.is_empty() {
                        needles.push(stem);
                        patterns.push(Pattern { cue: i, word: k, open_end });
                    }
                }
            }
            // An automaton that cannot be built (it cannot, for a few short
            // needles) leaves the call without cues, never without its screen.
            Matcher { patterns, automaton: AhoCorasick::new(&needles).ok() }
        })
    }

    /// The cue at this index.
    pub fn info(&self, i: usize) -> Option<&CueInfo> {
        self.infos.get(i)
    }

    /// The voice cues and their rules (listen mode feeds them levels).
    pub fn voices(&self) -> impl Iterator<Item = (&CueInfo, Voice)> {
        self.infos.iter().filter_map(|c| c.voice.map(|v| (c, v)))
    }

    /// The cue with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.infos.iter().position(|c| c.id == id)
    }

    /// The cues that `text` raises, each once, in order of first mention.
    /// `speaker` is who said it; `None` (a typed note) matches both.
    pub fn find(&self, text: &str, speaker: Option<Speaker>) -> Vec<usize> {
        self.find_where(text, speaker).into_iter().map(|m| m.cue).collect()
    }

    /// The cues that `text` raises, each once, in order of first mention,
    /// with the pattern that matched first and whether the cue's words
    /// also end the text (nothing but punctuation after them).
    pub fn find_where(&self, text: &str, speaker: Option<Speaker>) -> Vec<Found> {
        let Matcher { patterns, automaton } = self.matcher();
        let Some(automaton) = automaton else {
            return Vec::new();
        };
        let text = words(text);
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let mut found: Vec<Found> = Vec::new();
        for m in automaton.find_overlapping_iter(&text) {
            let pattern = &patterns[m.pattern().as_usize()];
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            let bounded = !word(before) && (pattern.open_end || !word(after));
            let heard_from = speaker.is_none_or(|s| s == self.infos[pattern.cue].speaker);
            if !(bounded && heard_from) {
                continue;
            }
            // The rest is one word at most: the open ending of this one.
            let at_end = !text[m.end()..].contains(' ');
            match found.iter_mut().find(|f| f.cue == pattern.cue) {
                Some(f) => f.at_end |= at_end,
                None => found.push(Found {
                    cue: pattern.cue,
                    pattern: self.when[pattern.cue].get(pattern.word).cloned().unwrap_or_default(),
                    at_end,
                }),
            }
        }
        found
    }
}

/// A cue found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The cue's index.
    pub cue: usize,
    /// The pattern that matched first, as written.
    pub pattern: String,
    /// Whether one of its matches ends the text.
    pub at_end: bool,
}

/// A text as the matcher sees it: folded, its punctuation (but for the
/// apostrophe of "I'm") made spaces, one space between words.
fn words(text: &str) -> String {
    let spaced: String =
        fold(text).chars().map(|c| if c.is_alphanumeric() || c == '\'' { c } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a pack keeps its compiled cues: not part of its content, so it
/// neither compares nor serialises.
#[derive(Debug, Clone, Default)]
pub struct CompiledCues(OnceLock<Arc<Cues>>);

impl PartialEq for CompiledCues {
    fn eq(&self, _: &CompiledCues) -> bool {
        true
    }
}

impl Eq for CompiledCues {}

impl CompiledCues {
    /// What is compiled, compiling it with `compile` the first time.
    pub fn get_or_init(&self, compile: impl FnOnce() -> Arc<Cues>) -> Arc<Cues> {
        self.0.get_or_init(compile).clone()
    }
}

#[cfg(test)]
mod tests;
