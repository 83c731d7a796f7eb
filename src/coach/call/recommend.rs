//! The coach's recommended next step, as an explicit policy: a table of
//! situations, each with the steps it calls for and the source it comes
//! from, read top to bottom. The first situation that holds and still has a
//! step to do gives the advice, with the reason shown beside `★ Next`. A
//! step is still to do when it is not done and was not passed through
//! since the last change (so `→` never loops); a boundary step asked for
//! by abuse, and a card's step, are asked for again even if done earlier.
//! The README's "The coach's judgement" is this table in a trainer's words;
//! `judged.rs` holds the situations an experienced team lead judged.

use super::CallState;
use crate::coach::i18n::{I18n, args};
use crate::coach::mood;
use crate::coach::playbook::step_id::{
    AGREEMENT, APOLOGIZE, CALM, CLOSE, DOCUMENT, EMPATHY, ESCALATE, EXPLAIN, FIRM, FOLLOW_UP, LET_GO, LIMITS,
    LISTEN, PAUSE, RESTATE, SOLUTIONS,
};
use crate::coach::playbook::{Pack, Severity};

/// Why the coach recommends a step: shown in a few words beside `★ Next`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The call has ended: write it down.
    Ended,
    /// Safety or legal action was raised.
    Critical,
    /// The customer was abusive: set the limit.
    Abuse,
    /// Abuse went on after the limit: pause.
    AbuseGoesOn,
    /// Abuse went on after limits and a pause: let them go.
    RepeatedHostility,
    /// A cue card is open: what the customer said points to a step.
    Cue,
    /// The agent is seeking support.
    Escalating,
    /// The problem is solved.
    Resolved,
    /// The customer is hostile (shouting) but not abusive: calm, listen.
    Hostile,
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
            Reason::Critical => "reason-critical",
            Reason::Abuse => "reason-abuse",
            Reason::AbuseGoesOn => "reason-abuse-goes-on",
            Reason::RepeatedHostility => "reason-repeated-hostility",
            Reason::Cue => "reason-cue",
            Reason::Escalating => "reason-escalating",
            Reason::Resolved => "reason-resolved",
            Reason::Hostile => "reason-hostile",
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

/// Where a row of the policy finds its steps.
enum Steps {
    /// These steps, in order.
    These(&'static [&'static str]),
    /// The boundary step abuse asks for now.
    Ladder,
    /// The steps of the open cards of these severities, most severe first
    /// (on a resolved call, only cards raised since).
    Cards(&'static [Severity]),
    /// Forward along this path, after the furthest step done or visited
    /// (a step off the path counts where [`ALONG`] puts it).
    Path(&'static [&'static str]),
}

/// One row of the policy.
struct Rule {
    when: fn(&CallState) -> bool,
    steps: Steps,
    reason: Reason,
    /// Steps the row accepts as well as the one it names: hearing an upset
    /// customer out goes in the order the agent likes, and staying calm
    /// or listening again is never wrong then.
    also: &'static [&'static str],
    /// Where the sources say so (for the reader; see PRODUCT.md §2).
    #[allow(dead_code)]
    source: &'static str,
}

/// The hearing steps (see `CallState::heard`).
const HEARING: [&str; 3] = [LISTEN, RESTATE, EMPATHY];

/// What hearing an upset customer out may take, in any order; in the
/// conversation, listening again is never wrong.
pub(super) const HEAR_OUT: [&str; 4] = [CALM, LISTEN, RESTATE, EMPATHY];

/// Steps off the usual path that take the call as far as a step on it:
/// explaining our side comes with the apology, standing firm is the
/// answer in place of a solution, and a hand-over is what was agreed
/// (000, 002, 003).
const ALONG: &[(&str, &str)] = &[(EXPLAIN, APOLOGIZE), (FIRM, SOLUTIONS), (ESCALATE, AGREEMENT)];

/// The policy, first match wins.
#[rustfmt::skip]
const POLICY: &[Rule] = &[
    // After the call: date, time, details, decisions, promises; then call back.
    Rule { when: |s| s.ended, steps: Steps::These(&[DOCUMENT, FOLLOW_UP]), reason: Reason::Ended, also: &[], source: "001, 003, 004" },
    // Safety or legal action: stand firm on safety, bring in support on legal.
    Rule { when: |_| true, steps: Steps::Cards(&[Severity::Critical]), reason: Reason::Critical, also: &[], source: "000, 003, 004" },
    // Abuse: limits; if it goes on, a pause with a promised update; if it
    // goes on after both, let them go courteously and firmly.
    Rule { when: |s| s.ladder.due() == Some(LIMITS), steps: Steps::Ladder, reason: Reason::Abuse, also: &[], source: "002, 003, 004" },
    Rule { when: |s| s.ladder.due() == Some(PAUSE), steps: Steps::Ladder, reason: Reason::AbuseGoesOn, also: &[], source: "002" },
    Rule { when: |s| s.ladder.due() == Some(LET_GO), steps: Steps::Ladder, reason: Reason::RepeatedHostility, also: &[], source: "002" },
    // Seeking support: the colleague or supervisor, then close.
    Rule { when: |s| s.escalated && !s.resolved(), steps: Steps::These(&[ESCALATE, CLOSE, DOCUMENT]), reason: Reason::Escalating, also: &[], source: "003, 004" },
    // Shouting without abuse: stay calm, speak softly, listen (no limits).
    Rule { when: |s| s.mood == mood::MAX && !s.resolved() && s.abusive_turns() == 0, steps: Steps::These(&[CALM, LISTEN, RESTATE, EMPATHY]), reason: Reason::Hostile, also: &HEAR_OUT, source: "001" },
    // Upset and not heard yet: heard before any solution, whatever a note says.
    Rule { when: |s| s.mood >= mood::UPSET && !s.resolved() && !s.heard(), steps: Steps::These(&HEARING), reason: Reason::NotHeard, also: &HEAR_OUT, source: "001, 002, 003" },
    // They ask for someone else: seek support, once they were heard (the
    // supervisor must be briefed).
    Rule { when: |_| true, steps: Steps::Cards(&[Severity::Supervisor]), reason: Reason::Cue, also: &HEAR_OUT, source: "003, 004" },
    // What the customer needs (a fact, such as a deadline, informs only).
    Rule { when: |_| true, steps: Steps::Cards(&[Severity::Need]), reason: Reason::Cue, also: &HEAR_OUT, source: "cues" },
    // Resolved: close, document, follow up; nothing else unless something new.
    Rule { when: |s| s.resolved(), steps: Steps::These(&[CLOSE, DOCUMENT, FOLLOW_UP]), reason: Reason::Resolved, also: &[], source: "000, 001" },
    // The usual path.
    Rule {
        when: |_| true,
        steps: Steps::Path(&[CALM, LISTEN, RESTATE, EMPATHY, APOLOGIZE, SOLUTIONS, AGREEMENT, CLOSE]),
        reason: Reason::Flow, also: &HEAR_OUT, source: "000–004",
    },
];

impl CallState {
    /// The coach's advice: where `→` goes. Never the current step.
    pub fn advice(&self) -> Option<Advice> {
        self.judge(Some(self.current)).map(|(advice, _)| advice)
    }

    /// What the coach wants done now, the current step included: the
    /// current step when the agent is on it, else the advice.
    pub fn focus(&self) -> Option<Advice> {
        self.judge(None).map(|(advice, _)| advice)
    }

    /// The step the coach recommends next, if any.
    pub fn recommended(&self) -> Option<usize> {
        self.advice().map(|a| a.step)
    }

    /// Whether the coach accepts step `id` as what to do now: its focus,
    /// its advice, or a step its row accepts as well.
    pub fn accepts(&self, id: &str) -> bool {
        let Some(i) = self.index(id) else { return false };
        [self.judge(None), self.judge(Some(self.current))]
            .into_iter()
            .flatten()
            .any(|(advice, rule)| advice.step == i || rule.also.contains(&id))
    }

    /// An upset customer is heard once one of listen, restate and empathy
    /// is done; an angry or hostile one once two are (PRODUCT.md §3).
    fn heard(&self) -> bool {
        let done = HEARING.iter().filter(|id| self.index(id).is_some_and(|i| self.is_done(i))).count();
        done >= if self.mood > mood::UPSET { 2 } else { 1 }
    }

    /// The first row that holds and has a step still to do, and that row.
    fn judge<'a>(&'a self, skip: Option<usize>) -> Option<(Advice, &'static Rule)> {
        // Once the call has ended, only its first row speaks.
        let rows = if self.ended { &POLICY[..1] } else { POLICY };
        rows.iter().filter(|rule| (rule.when)(self)).find_map(|rule| {
            let fresh = |i: usize| Some(i) != skip && !self.passed[i];
            let step = match rule.steps {
                Steps::These(ids) => {
                    ids.iter().filter_map(|id| self.index(id)).find(|&i| fresh(i) && !self.is_done(i))
                }
                Steps::Ladder => self.ladder.due().and_then(|id| self.index(id)).filter(|&i| fresh(i)),
                // A need leads while it is news: until the agent has done a
                // step since, beyond hearing them out; safety, legal and a
                // supervisor lead until their own step is done.
                Steps::Cards(classes) => self
                    .cards
                    .iter()
                    .filter(|c| self.resolved_at.is_none_or(|at| c.raised > at))
                    .filter_map(|c| Some((c, self.cues.info(c.cue)?)))
                    .filter(|(c, info)| {
                        classes.contains(&info.severity)
                            && (info.severity > Severity::Need || c.acts == self.acts)
                    })
                    .find_map(|(_, info)| self.index(&info.step).filter(|&i| fresh(i))),
                Steps::Path(ids) => {
                    let reached = |i: usize| self.is_done(i) || self.is_visited(i);
                    let on_path =
                        |id: &'a str| ALONG.iter().find(|(off, _)| *off == id).map_or(id, |(_, on)| *on);
                    let far = (0..self.steps.len())
                        .filter(|&i| reached(i))
                        .filter_map(|i| ids.iter().position(|id| *id == on_path(&self.steps[i].id)))
                        .max();
                    ids[far.map_or(0, |f| f + 1)..]
                        .iter()
                        .filter_map(|id| self.index(id))
                        .find(|&i| fresh(i) && !self.is_done(i))
                }
            }?;
            Some((Advice { step, reason: rule.reason }, rule))
        })
    }
}
