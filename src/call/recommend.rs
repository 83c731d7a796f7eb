//! The coach's recommended next step, as an explicit policy: a table of
//! situations, each with the steps it calls for and the source it comes
//! from, read top to bottom. The first situation that holds and still has a
//! step to do (not the current one, not done) gives the advice, with the
//! reason shown beside `★ Next`. A trainer can read the table below as it
//! stands.

use super::CallState;
use crate::i18n::{I18n, args};
use crate::mood;
use crate::playbook::Pack;

/// Why the coach recommends a step: shown in a few words beside `★ Next`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The call has ended: write it down.
    Ended,
    /// The customer was abusive and the limit is not set yet.
    Abuse,
    /// The customer is hostile.
    Hostile,
    /// Repeated hostility: the relationship may cost more than it gives.
    RepeatedHostility,
    /// A cue card is open: what the customer said points to a step.
    Cue,
    /// The agent is seeking support.
    Escalating,
    /// The problem is solved.
    Resolved,
    /// The customer is upset and has not been heard yet.
    NotHeard,
    /// The usual path through a call.
    Flow,
}

impl Reason {
    /// The Fluent message id of the reason.
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::Ended => "reason-ended",
            Reason::Abuse => "reason-abuse",
            Reason::Hostile => "reason-hostile",
            Reason::RepeatedHostility => "reason-repeated-hostility",
            Reason::Cue => "reason-cue",
            Reason::Escalating => "reason-escalating",
            Reason::Resolved => "reason-resolved",
            Reason::NotHeard => "reason-not-heard",
            Reason::Flow => "reason-flow",
        }
    }
}

/// The coach's advice: the step to go to next, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    /// Index of the step in the playbook.
    pub step: usize,
    /// Why.
    pub reason: Reason,
}

impl Advice {
    /// "Next: Listen actively (not heard yet)", in the agent's language;
    /// the usual path needs no reason.
    pub fn describe(&self, call: &CallState, pack: &Pack, i18n: &I18n) -> String {
        let id = &call.steps()[self.step].id;
        let title = pack.step(id).map_or_else(|| id.clone(), |s| s.title.clone());
        let next = i18n.t_with("call-recommended", &args!["step" => title]);
        match self.reason {
            Reason::Flow => next,
            reason => format!("{next} ({})", i18n.t(reason.message_id())),
        }
    }
}

/// One row of the policy: when it holds, the steps it calls for, in order.
struct Rule {
    when: fn(&CallState) -> bool,
    steps: &'static [&'static str],
    /// Whether a step the agent chose to pass through counts as dealt with
    /// (the usual path does not nag); otherwise it must really be done.
    passed_is_enough: bool,
    reason: Reason,
    /// Where the sources say so (for the reader; see PRODUCT.md §2).
    #[allow(dead_code)]
    source: &'static str,
}

/// The policy, first match wins.
#[rustfmt::skip]
const POLICY: &[Rule] = &[
    // After the call: date, time, details, decisions, promises; then call back.
    Rule { when: |s| s.ended, steps: &["document", "follow_up"], passed_is_enough: false, reason: Reason::Ended, source: "001, 003, 004" },
    // Abuse: a firm limit, named and noted, then a pause with a promised update.
    Rule { when: |s| s.abuse_open, steps: &["limits", "pause"], passed_is_enough: false, reason: Reason::Abuse, source: "002, 003, 004" },
    // A hostile customer (mood 5, not yet down to 3): the same.
    Rule { when: |s| s.hostile && !s.resolved, steps: &["limits", "pause"], passed_is_enough: false, reason: Reason::Hostile, source: "002" },
    // What the customer said points to a step (a supervisor request → escalate).
    Rule { when: |s| s.open_cue.is_some(), steps: &[], passed_is_enough: false, reason: Reason::Cue, source: "cues" },
    // Still angry after the pause, after repeated hostility: let them go
    // courteously and firmly; never on the first hostile turn.
    Rule {
        when: |s| s.paused && !s.resolved && s.mood > mood::UPSET && s.offers_let_go(),
        steps: &["let_go"], passed_is_enough: false, reason: Reason::RepeatedHostility, source: "002",
    },
    // Seeking support: the colleague or supervisor, then close.
    Rule {
        when: |s| s.escalated && !s.resolved,
        steps: &["escalate", "close", "document"], passed_is_enough: false, reason: Reason::Escalating, source: "003, 004",
    },
    // Resolved: close, document, follow up; no boundary step.
    Rule { when: |s| s.resolved, steps: &["close", "document", "follow_up"], passed_is_enough: false, reason: Reason::Resolved, source: "000, 001" },
    // An upset customer must feel heard before any solution.
    Rule {
        when: |s| s.mood >= mood::UPSET,
        steps: &["listen", "restate", "empathy"], passed_is_enough: false, reason: Reason::NotHeard,
        source: "001, 002, 003",
    },
    // The usual path.
    Rule {
        when: |_| true,
        steps: &["calm", "listen", "restate", "empathy", "apologize", "solutions", "agreement", "close"],
        passed_is_enough: true, reason: Reason::Flow, source: "000–004",
    },
];

impl CallState {
    /// The coach's advice: the first row of the policy that holds and
    /// still has a step to do. Never the current step, never one done;
    /// on the usual path, never one the agent chose to pass through.
    pub fn advice(&self) -> Option<Advice> {
        POLICY.iter().filter(|rule| (rule.when)(self)).find_map(|rule| {
            // The cue row's step is the open card's.
            let cue_step = self.open_cue().and_then(|c| self.index(&c.step));
            if rule.reason == Reason::Cue {
                return cue_step
                    .filter(|&i| i != self.current)
                    .map(|step| Advice { step, reason: rule.reason });
            }
            let open = |i: usize| !(self.is_done(i) || (rule.passed_is_enough && self.is_visited(i)));
            let step =
                rule.steps.iter().find_map(|id| self.index(id).filter(|&i| i != self.current && open(i)))?;
            Some(Advice { step, reason: rule.reason })
        })
    }

    /// The step the coach recommends next, if any.
    pub fn recommended(&self) -> Option<usize> {
        self.advice().map(|a| a.step)
    }

    /// Letting the customer go is offered after repeated hostility: two
    /// hostile turns in this call, or a hostile turn after hostile calls.
    pub fn offers_let_go(&self) -> bool {
        self.hostile_turns >= 2 || (self.hostile_turns >= 1 && self.prior_hostile_calls >= 1)
    }
}
