//! One attempt at a scenario: where the trainee is, what was picked, and
//! the customer's mood along the way.

use crate::mood;
use crate::playbook::scenario::{Node, Quality, Scenario};

/// A response picked, at a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// The node's id.
    pub node: String,
    /// The index of the response.
    pub response: usize,
    /// Its quality.
    pub quality: Quality,
    /// The step it applies or violates.
    pub step: String,
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
}

impl Session {
    /// A new attempt, at the scenario's start.
    pub fn new(scenario: &Scenario) -> Session {
        let mood = scenario.node(&scenario.start).map_or(mood::START, |n| n.mood);
        Session { turn: Turn::Choosing(scenario.start.clone()), picks: Vec::new(), moods: vec![mood] }
    }

    /// The node being answered or just answered.
    pub fn node<'s>(&self, scenario: &'s Scenario) -> Option<&'s Node> {
        match &self.turn {
            Turn::Choosing(id) => scenario.node(id),
            Turn::Feedback(_) => scenario.node(&self.picks.last()?.node),
            Turn::Ended(_) => None,
        }
    }

    /// Picks response `i` of the current node; ignored outside a choice or
    /// for a response that does not exist.
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
        self.moods.push(mood::moved(node.mood, response.mood));
        self.picks.push(Pick {
            node: node.id.clone(),
            response: i,
            quality: response.quality,
            step: response.step.clone(),
        });
        self.turn = Turn::Feedback(response.next.clone());
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
