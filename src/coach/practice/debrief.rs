//! The debrief at the end of a scenario, as data: built once here, drawn by
//! the practice screen and printed by plain mode.

use super::{PASS_MARK, Score, Session, Turn};
use crate::coach::lang::Lang;
use crate::coach::mood;
use crate::coach::playbook::scenario::Quality;
use crate::coach::playbook::{Pack, Scenario};

/// A step named in the debrief, with the playbook's own words for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebriefStep {
    /// The step's title.
    pub title: String,
    /// Why the step matters (the lesson, for a missed step).
    pub why: String,
}

/// What the trainee reads at the end of a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debrief {
    /// How the call ended, in the trainee's language.
    pub ending: Option<String>,
    /// The score, 0–100.
    pub percent: u8,
    /// Whether it reaches [`PASS_MARK`].
    pub passed: bool,
    /// The pass mark, in percent.
    pub pass_mark: u8,
    /// Steps applied well, in order.
    pub applied: Vec<DebriefStep>,
    /// Steps missed or violated, in order.
    pub missed: Vec<DebriefStep>,
    /// Steps done well once and badly once.
    pub mixed: Vec<DebriefStep>,
    /// The customer's mood along the way, as shown (`3 → 4 → 2`).
    pub curve: String,
    /// The seed of the order the responses were shown in: the same seed
    /// (`--seed`) shows them in the same order again.
    pub seed: u64,
    /// The steps the trainee's own words did where they were wanted.
    pub own_hit: Vec<DebriefStep>,
    /// The steps wanted where the trainee's own words did not do them.
    pub own_missed: Vec<DebriefStep>,
}

impl Debrief {
    /// The debrief of `session`, with step titles from `pack` (the
    /// trainee's language `lang`).
    pub fn of(scenario: &Scenario, session: &Session, pack: &Pack, lang: Lang) -> Debrief {
        let score = Score::of(session);
        let step = |id: &String| match pack.step(id) {
            Some(s) => DebriefStep { title: s.title.clone(), why: s.why.clone() },
            None => DebriefStep { title: id.clone(), why: String::new() },
        };
        let ending = match &session.turn {
            Turn::Ended(id) => scenario.ending(id).map(|e| e.text.get(lang).to_string()),
            _ => None,
        };
        Debrief {
            ending,
            percent: score.percent,
            passed: score.passed(),
            pass_mark: PASS_MARK,
            applied: score.applied.iter().map(step).collect(),
            missed: score.missed.iter().map(step).collect(),
            mixed: score.mixed.iter().map(step).collect(),
            curve: mood::curve(session.moods.iter().copied()),
            seed: session.seed,
            own_hit: own(session, true).iter().map(step).collect(),
            own_missed: own(session, false).iter().map(step).collect(),
        }
    }

    /// Whether any answer was in the trainee's own words.
    pub fn in_own_words(&self) -> bool {
        !self.own_hit.is_empty() || !self.own_missed.is_empty()
    }

    /// The message id of the verdict: passed or not.
    pub fn verdict_id(&self) -> &'static str {
        if self.passed { "practice-passed" } else { "practice-failed" }
    }
}

/// The wanted steps of the answers in the trainee's own words that were
/// good (`hit`) or not, each once, in order.
fn own(session: &Session, hit: bool) -> Vec<String> {
    let mut steps = Vec::new();
    for pick in &session.picks {
        if let Some(words) = &pick.own
            && (pick.quality == Quality::Good) == hit
            && !words.wanted.is_empty()
            && !steps.contains(&words.wanted)
        {
            steps.push(words.wanted.clone());
        }
    }
    steps
}
