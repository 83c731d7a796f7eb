//! Listen mode in practice (`calma practice --listen`): the trainee says
//! the answer out loud instead of typing it. What the listener hears of
//! the trainee, while a turn waits for an answer, is that answer, to be
//! judged as one typed in the trainee's own words. The words are shown
//! with the feedback and never kept: only the progress is written.

use super::{ListenState, Report};
use crate::coach::playbook::Speaker;

/// Listen mode on the practice screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    /// Listening, paused or stopped.
    pub state: ListenState,
}

impl Default for Spoken {
    fn default() -> Spoken {
        Spoken::starting()
    }
}

impl Spoken {
    /// Listen mode starting, the model loading.
    pub fn starting() -> Spoken {
        Spoken { state: ListenState::Starting }
    }

    /// Whether an answer can be heard now: listening (or the model still
    /// loading: what is said meanwhile waits for it), not paused.
    pub fn hears(&self) -> bool {
        self.state.hears()
    }

    /// Pauses or resumes; `None` when stopped (there is nothing to pause).
    pub fn toggle(&mut self) -> Option<bool> {
        self.state.toggle()
    }

    /// Takes in a report of the listener; what the trainee said comes back
    /// as the answer when `waiting` (a turn waits for one) and listening
    /// is not paused. Said during the feedback, it is dropped: the answer
    /// to the next turn is said after reading the next line.
    pub fn report(&mut self, report: Report, waiting: bool) -> Option<String> {
        match report {
            Report::Ready => {
                if self.state == ListenState::Starting {
                    self.state = ListenState::On;
                }
                None
            }
            // Practice needs the words: without a model nothing is heard.
            Report::Failed(why) | Report::NoWords(why) => {
                self.state = ListenState::Stopped(crate::coach::sanitize::clean(&why));
                None
            }
            Report::Lost(side, why) => {
                self.state = ListenState::Lost(side, crate::coach::sanitize::clean(&why));
                None
            }
            Report::Ended(_)
            | Report::Levels(..)
            | Report::Sources { .. }
            | Report::Model(_)
            | Report::Behind => None,
            Report::Heard(heard) => {
                let text = crate::coach::sanitize::clean(&heard.text).trim().to_string();
                let answer = waiting && self.hears() && heard.speaker == Speaker::Agent && !text.is_empty();
                answer.then_some(text)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listen::Heard;

    fn said(speaker: Speaker, text: &str) -> Report {
        Report::Heard(Heard { speaker, start: 0.0, text: text.into() })
    }

    #[test]
    fn what_the_trainee_says_while_a_turn_waits_is_the_answer() {
        let mut s = Spoken::starting();
        assert!(s.hears(), "heard while the model loads: it waits for it");
        assert_eq!(s.report(Report::Ready, true), None);
        assert_eq!(s.state, ListenState::On);
        assert_eq!(
            s.report(said(Speaker::Agent, " I understand,\u{7} let me check. "), true).as_deref(),
            Some("I understand, let me check.")
        );
        // During the feedback, or from anyone else: not an answer.
        assert_eq!(s.report(said(Speaker::Agent, "I understand."), false), None);
        assert_eq!(s.report(said(Speaker::Customer, "I understand."), true), None);
        assert_eq!(s.report(said(Speaker::Agent, "\u{1b}"), true), None, "nothing left to judge");
        assert_eq!(s.report(Report::Ended(Speaker::Agent), true), None);
    }

    #[test]
    fn paused_hears_nothing_and_stopped_says_why_and_cannot_be_paused() {
        let mut s = Spoken::starting();
        assert_eq!(s.toggle(), Some(true));
        assert!(!s.hears());
        assert_eq!(s.report(Report::Ready, true), None);
        assert_eq!(s.state, ListenState::Paused, "ready while paused stays paused");
        assert_eq!(s.report(said(Speaker::Agent, "I understand."), true), None);
        assert_eq!(s.toggle(), Some(false));
        assert_eq!(s.report(said(Speaker::Agent, "I understand."), true).as_deref(), Some("I understand."));
        s.report(Report::Failed("no model at /m/ggml-base.bin\u{1b}[2J".into()), true);
        assert_eq!(s.state, ListenState::Stopped("no model at /m/ggml-base.bin[2J".into()));
        assert_eq!(s.toggle(), None);
        assert_eq!(s.report(said(Speaker::Agent, "I understand."), true), None);
    }
}
