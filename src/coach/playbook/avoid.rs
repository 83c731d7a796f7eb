//! Lines to avoid: the classic harmful things an agent says ("calm down",
//! "it's not my fault", "that's our policy" with nothing after it,
//! sarcasm), per language, taken from the sources' avoid lists and the
//! scenarios' harmful answers. Practice looks for them in an answer given
//! in the trainee's own words; shouting in capitals is found by its shape.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::cues::Cues;
use super::{Cue, Pack, Severity, Speaker};

/// A harmful line, with the step it goes against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct AvoidLine {
    /// Stable id, the same in every language.
    pub id: String,
    /// Words or short phrases, matched as a cue's are; `*` at the end for
    /// inflected forms.
    pub when: Vec<String>,
    /// The step it goes against.
    pub step: String,
    /// It counts only when nothing but punctuation follows it: a bare
    /// "that's our policy.", not "that's our policy, so here's what I can do".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub alone: bool,
}

/// The id shouting in capitals is reported under.
pub const SHOUTING: &str = "shouting";

/// The step shouting goes against: speak softly, stay calm (001).
pub const SHOUTING_STEP: &str = super::step_id::CALM;

/// A line to avoid found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Avoided {
    /// The avoid line's id, or [`SHOUTING`].
    pub id: String,
    /// The step it goes against.
    pub step: String,
    /// The words that matched, as the playbook writes them (empty for
    /// shouting).
    pub phrase: String,
}

/// The avoid lines of a pack, compiled once like its cues.
fn matcher(pack: &Pack) -> Arc<Cues> {
    let compile = || {
        let as_cues: Vec<Cue> = pack
            .avoid_lines
            .iter()
            .map(|a| Cue {
                id: a.id.clone(),
                when: a.when.clone(),
                step: a.step.clone(),
                card: String::new(),
                speaker: Speaker::Agent,
                tick: None,
                severity: Severity::Need,
                voice: None,
            })
            .collect();
        Arc::new(Cues::compile(&as_cues))
    };
    pack.compiled_avoid.get_or_init(compile)
}

/// The lines to avoid that `text` contains, each once, in order of first
/// mention, then shouting if the text shouts.
pub fn find(pack: &Pack, text: &str) -> Vec<Avoided> {
    let mut found: Vec<Avoided> = matcher(pack)
        .find_where(text, None)
        .into_iter()
        .filter_map(|f| {
            let line = pack.avoid_lines.get(f.cue)?;
            (!line.alone || f.at_end).then(|| Avoided {
                id: line.id.clone(),
                step: line.step.clone(),
                phrase: f.pattern.trim().trim_end_matches('*').trim().to_string(),
            })
        })
        .collect();
    if shouts(text) {
        found.push(Avoided { id: SHOUTING.into(), step: SHOUTING_STEP.into(), phrase: String::new() });
    }
    found
}

/// Whether a text shouts: two words in a row in capitals ("CALM DOWN"),
/// or most of its letters capitals. A single acronym (MRI) does not.
pub fn shouts(text: &str) -> bool {
    let loud = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect();
    let in_a_row = words.windows(2).any(|pair| loud(pair[0]) && loud(pair[1]));
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = text.chars().filter(|c| c.is_uppercase()).count();
    in_a_row || (letters >= 8 && capitals * 10 >= letters * 7)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_shout_but_an_acronym_does_not() {
        assert!(shouts("CALM DOWN, sir"));
        assert!(shouts("I SAID I'M TRYING TO HELP"));
        assert!(shouts("WHY WOULD I?"));
        assert!(!shouts("Your MRI claim went out today"));
        assert!(!shouts("I'm sorry, OK? I'll call you at 3"));
        assert!(!shouts(""));
    }
}
