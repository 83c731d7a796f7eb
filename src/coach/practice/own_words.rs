//! An answer in the trainee's own words, typed (or, in listen mode,
//! spoken), scored against the playbook with the matcher calls use: the
//! agent cues it contains say which steps it does; the pack's lines to
//! avoid (and shouting in capitals) say what it must not do. A line to
//! avoid spoils any answer: "I understand, but calm down" is harmful.
//! The scenario goes on along the response closest to it.

use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;
use crate::coach::playbook::avoid::{self, Avoided};
use crate::coach::playbook::cues::Cues;
use crate::coach::playbook::scenario::{Node, Quality};
use crate::coach::playbook::{Pack, Speaker};
use crate::coach::text::fold;

/// What was recognised in an answer in the trainee's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnWords {
    /// What the trainee said (kept for the attempt on screen only).
    pub text: String,
    /// The steps its agent cues point to, each once, in order of mention.
    pub steps: Vec<String>,
    /// The lines to avoid it contains.
    pub avoided: Vec<Avoided>,
    /// The step of the good response at this node: what was wanted.
    pub wanted: String,
}

/// An answer judged: what was recognised, how good it is, and the
/// response the scenario goes on from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judged {
    /// What was recognised.
    pub words: OwnWords,
    /// How good it is.
    pub quality: Quality,
    /// The index of the closest response at the node.
    pub closest: usize,
}

impl Judged {
    /// The step the answer is scored under: the wanted step when it was
    /// done or missed, the step a line to avoid goes against when harmful.
    pub fn step(&self) -> String {
        match (self.quality, self.words.avoided.first()) {
            (Quality::Harmful, Some(a)) => a.step.clone(),
            _ => self.words.wanted.clone(),
        }
    }
}

/// Judges `text`, an answer at `node`, with the cues and lines to avoid of
/// `pack` (the language `lang` the trainee answered in).
pub fn judge(node: &Node, pack: &Pack, lang: Lang, text: &str) -> Judged {
    let steps = steps_in(pack, text);
    let avoided = avoid::find(pack, text);
    let good = node.responses.iter().find(|r| r.quality == Quality::Good);
    let wanted = good.map_or_else(String::new, |r| r.step.clone());
    // Not every step has agent cues (firm, solutions…): what the model
    // answer is heard doing counts as well, and so does saying most of it.
    let model = good.map_or("", |r| r.text.get(lang));
    let mut accepted = steps_in(pack, model);
    accepted.push(wanted.clone());
    let said = vocabulary(text);
    let model_words = vocabulary(model);
    let shared = model_words.iter().filter(|w| said.contains(w)).count();
    let quality = if !avoided.is_empty() {
        Quality::Harmful
    } else if steps.iter().any(|s| accepted.contains(s)) || (shared > 0 && shared * 2 >= model_words.len()) {
        Quality::Good
    } else {
        Quality::Weak
    };
    let words = OwnWords { text: text.to_string(), steps, avoided, wanted };
    let closest = closest(node, &words, quality, lang);
    Judged { words, quality, closest }
}

/// The steps the agent cues in `text` point to, each once, in order.
fn steps_in(pack: &Pack, text: &str) -> Vec<String> {
    let cues = Cues::of(pack);
    let mut steps: Vec<String> = Vec::new();
    for i in cues.find(text, Some(Speaker::Agent)) {
        if let Some(step) = cues.info(i).map(|c| c.step.clone())
            && !steps.contains(&step)
        {
            steps.push(step);
        }
    }
    steps
}

/// The response the answer is closest to: of its quality (a weak answer
/// with no weak response goes the good way, a harmful one the weak way
/// first), the one whose step was recognised, then the one sharing the
/// most words.
fn closest(node: &Node, words: &OwnWords, quality: Quality, lang: Lang) -> usize {
    let fallback: &[Quality] = match quality {
        Quality::Good => &[Quality::Good],
        Quality::Weak => &[Quality::Weak, Quality::Good, Quality::Harmful],
        Quality::Harmful => &[Quality::Harmful, Quality::Weak, Quality::Good],
    };
    let Some(&wanted) = fallback.iter().find(|q| node.responses.iter().any(|r| r.quality == **q)) else {
        return 0;
    };
    let said = vocabulary(&words.text);
    let mut best: Option<(usize, (bool, usize))> = None;
    for (i, r) in node.responses.iter().enumerate().filter(|(_, r)| r.quality == wanted) {
        let named = words.steps.contains(&r.step) || words.avoided.iter().any(|a| a.step == r.step);
        let shared = vocabulary(r.text.get(lang)).iter().filter(|w| said.contains(w)).count();
        if best.is_none_or(|(_, b)| (named, shared) > b) {
            best = Some((i, (named, shared)));
        }
    }
    best.map_or(0, |(i, _)| i)
}

/// The words of a text that carry meaning: folded, three letters or more.
fn vocabulary(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The feedback on an answer in the trainee's own words, one line each:
/// what was heard, the lines to avoid it contains, the step wanted here
/// and a model answer (the good response, in the trainee's language).
pub fn feedback(words: &OwnWords, node: &Node, pack: &Pack, i18n: &I18n) -> Vec<String> {
    let title = |id: &str| pack.step(id).map_or_else(|| id.to_string(), |s| s.title.clone());
    let mut lines = Vec::new();
    if words.steps.is_empty() {
        lines.push(i18n.t("practice-own-nothing"));
    } else {
        let steps: Vec<String> = words.steps.iter().map(|s| title(s)).collect();
        lines.push(i18n.t_with("practice-own-heard", &args!["steps" => steps.join(" · ")]));
    }
    for a in &words.avoided {
        lines.push(if a.id == avoid::SHOUTING {
            i18n.t_with("practice-own-shouting", &args!["step" => title(&a.step)])
        } else {
            i18n.t_with("practice-own-avoid", &args!["phrase" => a.phrase.clone(), "step" => title(&a.step)])
        });
    }
    lines.push(i18n.t_with("practice-own-wanted", &args!["step" => title(&words.wanted)]));
    if let Some(good) = node.responses.iter().find(|r| r.quality == Quality::Good) {
        lines.push(
            i18n.t_with("practice-own-model", &args!["text" => good.text.get(i18n.lang()).to_string()]),
        );
    }
    lines
}
