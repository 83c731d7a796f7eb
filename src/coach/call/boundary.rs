//! The abuse ladder (source 002, with 003 and 004): the first abusive turn
//! asks for firm limits; abuse that goes on after the limits asks for a
//! pause with a promised update; abuse that goes on after limits and a
//! pause asks to let the customer go. A rung is climbed only once the one
//! below was taken, so one turn is never counted twice (an `!` pressed
//! over a note that already named the insult), and letting go is never
//! the answer to a first incident. A customer who calms down (mood ≤ 2)
//! closes the rung that is due: the call goes back to the conversation.

use crate::coach::playbook::step_id;

/// The boundary steps, in the order abuse asks for them.
pub const RUNGS: [&str; 3] = [step_id::LIMITS, step_id::PAUSE, step_id::LET_GO];

/// Where a call stands on the ladder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ladder {
    /// How many rungs were taken in answer to abuse.
    taken: usize,
    /// The rung asked for and not taken yet.
    due: Option<usize>,
    /// Abusive turns in this call.
    turns: u32,
    /// The highest rung abuse asked for in this call, if any.
    asked: Option<usize>,
}

impl Ladder {
    /// An abusive turn: asks for the next rung, unless one is still due.
    pub fn abuse(&mut self) {
        self.turns += 1;
        if self.due.is_none() {
            let rung = self.taken.min(RUNGS.len() - 1);
            self.due = Some(rung);
            self.asked = self.asked.max(Some(rung));
        }
    }

    /// A boundary step was taken: if it is the rung due, the ladder climbs.
    pub fn taken(&mut self, step: &str) {
        if self.due.is_some_and(|r| RUNGS[r] == step) {
            self.due = None;
            self.taken += 1;
        }
    }

    /// The customer calmed down, or the problem was solved: nothing is due.
    pub fn settle(&mut self) {
        self.due = None;
    }

    /// The boundary step abuse asks for now, if any.
    pub fn due(&self) -> Option<&'static str> {
        self.due.map(|r| RUNGS[r])
    }

    /// How many abusive turns the call had.
    pub fn turns(&self) -> u32 {
        self.turns
    }

    /// The boundary steps abuse asked for in this call, lowest first.
    pub fn asked(&self) -> &'static [&'static str] {
        self.asked.map_or(&[], |r| &RUNGS[..=r])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rung_needs_the_one_below_taken() {
        let mut l = Ladder::default();
        l.abuse();
        l.abuse();
        assert_eq!(l.due(), Some("limits"), "two turns before the limit is set are one rung");
        l.taken("pause");
        assert_eq!(l.due(), Some("limits"), "another step does not climb");
        l.taken("limits");
        assert_eq!(l.due(), None);
        l.abuse();
        assert_eq!(l.due(), Some("pause"));
        l.taken("pause");
        l.abuse();
        assert_eq!(l.due(), Some("let_go"));
        assert_eq!(l.asked(), RUNGS);
        assert_eq!(l.turns(), 4);
    }

    #[test]
    fn calming_down_settles_what_is_due() {
        let mut l = Ladder::default();
        l.abuse();
        l.settle();
        assert_eq!(l.due(), None);
        l.abuse();
        assert_eq!(l.due(), Some("limits"), "the limit was never set");
        assert_eq!(l.asked(), &["limits"]);
    }
}
