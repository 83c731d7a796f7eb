//! The open cue cards of a call: a stack, most severe first, each with the
//! moment it was raised (so the coach can tell a card raised after the
//! resolution from one the resolution answered).

use crate::coach::playbook::Severity;
use crate::coach::playbook::cues::{CueInfo, Cues};

/// A card on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Card {
    /// The cue's index in the call's [`Cues`].
    pub cue: usize,
    /// The call's change counter when it was raised.
    pub raised: u64,
    /// How many steps had been acted on when it was raised.
    pub acts: u64,
}

/// The open cards, most severe first; among equals, the newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cards(Vec<Card>);

impl Cards {
    /// Opens a card (or brings it back up to date if it is open already).
    pub fn open(&mut self, cues: &Cues, cue: usize, raised: u64, acts: u64) {
        self.0.retain(|c| c.cue != cue);
        let severity = |c: &Card| cues.info(c.cue).map_or(Severity::Info, |i| i.severity);
        let new = Card { cue, raised, acts };
        let at = self.0.iter().position(|c| severity(c) <= severity(&new)).unwrap_or(self.0.len());
        self.0.insert(at, new);
    }

    /// Takes the top card away.
    pub fn take_top(&mut self) -> Option<Card> {
        (!self.0.is_empty()).then(|| self.0.remove(0))
    }

    /// Closes every card pointing to `step`, returning their cue indices.
    pub fn close_step(&mut self, cues: &Cues, step: &str) -> Vec<usize> {
        let (closed, kept) = self.0.iter().partition(|c| cues.info(c.cue).is_some_and(|i| i.step == step));
        self.0 = kept;
        closed.into_iter().map(|c: Card| c.cue).collect()
    }

    /// The open cards, most severe first.
    pub fn iter(&self) -> impl Iterator<Item = &Card> {
        self.0.iter()
    }

    /// The cues of the open cards, most severe first.
    pub fn infos<'a>(&'a self, cues: &'a Cues) -> impl Iterator<Item = &'a CueInfo> {
        self.0.iter().filter_map(|c| cues.info(c.cue))
    }
}
