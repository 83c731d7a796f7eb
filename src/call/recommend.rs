//! The coach's recommended next step: a pure function of the call state,
//! following the logic of the sources.

use super::CallState;
use crate::mood::{self, UPSET};

/// The usual path through a call when nothing special happens.
const FLOW: [&str; 8] =
    ["calm", "listen", "restate", "empathy", "apologize", "solutions", "agreement", "close"];

/// An upset customer must feel heard before any solution (sources 001, 003).
const HEARD_FIRST: [&str; 3] = ["calm", "listen", "empathy"];

impl CallState {
    /// The step the coach recommends next, if any: never the current one,
    /// never one already done.
    pub fn recommended(&self) -> Option<usize> {
        let want = |id: &str| self.index(id).filter(|&i| i != self.current && !self.is_done(i));
        let first = |ids: &[&str]| ids.iter().find_map(|id| want(id));

        if self.ended {
            return first(&["document", "follow_up"]);
        }
        // Abuse or a hostile customer: a firm limit, then a pause with a
        // promised update (source 002).
        let hostile =
            (self.boundary_open || self.mood == mood::MAX).then(|| first(&["limits", "pause"])).flatten();
        if hostile.is_some() {
            return hostile;
        }
        // After the pause the call can resume or end; a customer still angry
        // after repeated hostility may be let go (source 002), never on the
        // first hostile turn.
        if self.paused && self.mood > UPSET {
            let let_go = self.offers_let_go().then(|| want("let_go")).flatten();
            return let_go.or_else(|| first(&["close", "document"]));
        }
        let support = self.escalated.then(|| want("escalate")).flatten();
        if support.is_some() {
            return support;
        }
        if self.resolved {
            return first(&["close", "document", "follow_up"]);
        }
        // An upset customer must feel heard before any solution.
        let heard = (self.mood >= UPSET).then(|| first(&HEARD_FIRST)).flatten();
        heard.or_else(|| first(&FLOW))
    }

    /// Letting the customer go is offered after repeated hostility: two
    /// hostile turns in this call, or a hostile turn after hostile calls.
    pub fn offers_let_go(&self) -> bool {
        self.hostile_turns >= 2 || (self.hostile_turns >= 1 && self.prior_hostile_calls >= 1)
    }
}
