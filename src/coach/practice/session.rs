//! One attempt at a scenario: where the trainee is, what was picked, and
//! the customer's mood along the way. Each attempt has a seed that decides
//! the order its responses are shown in (see [`super::shuffle`]).

use super::own_words::{self, Judged, OwnWords};
use super::shuffle;
use crate::coach::lang::Lang;
use crate::coach::mood;
use crate::coach::playbook::Pack;
use crate::coach::playbook::scenario::{Node, Quality, Scenario};

/// A response picked, at a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// The node's id.
    pub node: String,
    /// The index of the response in the scenario (whatever its place);
    /// for an answer in the trainee's own words, the closest response.
    pub response: usize,
    /// The place it was shown at, from 0.
    pub place: usize,
    /// Its quality.
    pub quality: Quality,
    /// The step it applies or violates.
    pub step: String,
    /// The trainee's own words, when they answered in them.
    pub own: Option<OwnWords>,
}

/// What the trainee sees now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Turn {
    /// The customer has spoken; pick a response.
    Choosing(String),
    /// The feedback on the last pick; then go on to this node or ending.
    Feedback(String),
    /// The scenario ended here.
    Ended(String),
}

/// An attempt at a scenario. Invariant: it only names nodes and endings of
/// its scenario (validation guarantees the links resolve).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Where the trainee is.
    pub turn: Turn,
    /// The picks so far.
    pub picks: Vec<Pick>,
    /// The customer's mood: at the start, then after each pick.
    pub moods: Vec<u8>,
    /// The seed of the order responses are shown in; the same seed shows
    /// the same order again.
    pub seed: u64,
}

impl Session {
    /// A new attempt, at the scenario's start, its responses shown in the
    /// order of `seed`.
    pub fn new(scenario: &Scenario, seed: u64) -> Session {
        let mood = scenario.node(&scenario.start).map_or(mood::START, |n| n.mood);
        Session { turn: Turn::Choosing(scenario.start.clone()), picks: Vec::new(), moods: vec![mood], seed }
    }

    /// The order this attempt shows `node`'s responses in: entry `place` is
    /// the index of the response shown there.
    pub fn order(&self, node: &Node) -> Vec<usize> {
        shuffle::order(self.seed, &node.id, node.responses.len())
    }

    /// Picks the response shown at `place` (from 0) of the current node;
    /// ignored outside a choice or for a place that does not exist.
    pub fn pick_shown(&mut self, scenario: &Scenario, place: usize) {
        let Some(node) = self.node(scenario) else {
            return;
        };
        if let Some(&i) = self.order(node).get(place) {
            self.pick(scenario, i);
        }
    }

    /// The node being answered or just answered.
    pub fn node<'s>(&self, scenario: &'s Scenario) -> Option<&'s Node> {
        match &self.turn {
            Turn::Choosing(id) => scenario.node(id),
            Turn::Feedback(_) => scenario.node(&self.picks.last()?.node),
            Turn::Ended(_) => None,
        }
    }

    /// Picks response `i` of the current node (its index in the scenario,
    /// not its place on screen); ignored outside a choice or for a response
    /// that does not exist.
    pub fn pick(&mut self, scenario: &Scenario, i: usize) {
        let Turn::Choosing(id) = &self.turn else {
            return;
        };
        let Some(node) = scenario.node(id) else {
            return;
        };
        let Some(response) = node.responses.get(i) else {
            return;
        };
        let place = self.order(node).iter().position(|&r| r == i).unwrap_or(i);
        self.moods.push(mood::moved(node.mood, response.mood));
        self.picks.push(Pick {
            node: node.id.clone(),
            response: i,
            place,
            quality: response.quality,
            step: response.step.clone(),
            own: None,
        });
        self.turn = Turn::Feedback(response.next.clone());
    }

    /// Answers the current node in the trainee's own words (`text`, in
    /// `lang`, judged with the cues of `pack`): scored as judged, the
    /// customer's mood and the path those of the closest response. Ignored
    /// outside a choice; returns the judgement.
    pub fn answer(&mut self, scenario: &Scenario, pack: &Pack, lang: Lang, text: &str) -> Option<Judged> {
        let Turn::Choosing(id) = &self.turn else {
            return None;
        };
        let node = scenario.node(id)?;
        let judged = own_words::judge(node, pack, lang, text);
        let response = node.responses.get(judged.closest)?;
        let place = self.order(node).iter().position(|&r| r == judged.closest).unwrap_or(judged.closest);
        self.moods.push(mood::moved(node.mood, response.mood));
        self.picks.push(Pick {
            node: node.id.clone(),
            response: judged.closest,
            place,
            quality: judged.quality,
            step: judged.step(),
            own: Some(judged.words.clone()),
        });
        self.turn = Turn::Feedback(response.next.clone());
        Some(judged)
    }

    /// Whether any answer of this attempt was in the trainee's own words.
    pub fn in_own_words(&self) -> bool {
        self.picks.iter().any(|p| p.own.is_some())
    }

    /// After the feedback: on to the next node, or to the ending.
    pub fn proceed(&mut self, scenario: &Scenario) {
        let Turn::Feedback(next) = &self.turn else {
            return;
        };
        self.turn = if scenario.ending(next).is_some() {
            Turn::Ended(next.clone())
        } else {
            Turn::Choosing(next.clone())
        };
    }

    /// Whether the scenario has ended.
    pub fn ended(&self) -> bool {
        matches!(self.turn, Turn::Ended(_))
    }
}
