//! Listen mode as the call screen sees it: whether calma is listening,
//! what each speaker said last, and how what was heard becomes a call
//! event (its cues matched first, the words kept only when asked).

use super::{Heard, Report};
use crate::coach::call::{CallState, Event};
use crate::coach::playbook::Speaker;

/// Whether calma is listening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListenState {
    /// The model is loading.
    Starting,
    /// Listening.
    On,
    /// Paused by the agent: nothing is transcribed.
    Paused,
    /// Not listening, and why (one line: no model, no microphone…).
    Stopped(String),
    /// Not listening: a side's audio could not be read, and why.
    Lost(Speaker, String),
}

/// The line that says listening stopped because `side`'s audio could not
/// be read.
pub fn lost(side: Speaker, why: &str, i18n: &crate::coach::i18n::I18n) -> String {
    let id = match side {
        Speaker::Agent => "listen-lost-agent",
        Speaker::Customer => "listen-lost-customer",
    };
    i18n.t_with(id, &crate::coach::i18n::args!["reason" => crate::coach::sanitize::clean(why)])
}

impl ListenState {
    /// Whether what is heard is taken in: not when paused nor stopped.
    pub fn hears(&self) -> bool {
        matches!(self, ListenState::Starting | ListenState::On)
    }

    /// The line that says why listening stopped, if it did.
    pub fn stopped(&self, i18n: &crate::coach::i18n::I18n) -> Option<String> {
        match self {
            ListenState::Stopped(why) => {
                Some(i18n.t_with("listen-stopped", &crate::coach::i18n::args!["reason" => why.clone()]))
            }
            ListenState::Lost(side, why) => Some(lost(*side, why, i18n)),
            _ => None,
        }
    }
}

/// Listen mode on a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listening {
    /// Listening, paused or stopped.
    pub state: ListenState,
    /// What the agent said last, as transcribed.
    pub agent: Option<String>,
    /// What the customer said last, as transcribed.
    pub customer: Option<String>,
    /// Whether the words go into the journal and the record.
    pub keep_transcript: bool,
}

impl Listening {
    /// Listen mode starting, the model loading.
    pub fn starting(keep_transcript: bool) -> Listening {
        Listening { state: ListenState::Starting, agent: None, customer: None, keep_transcript }
    }

    /// Pauses or resumes; `None` when stopped (there is nothing to pause).
    pub fn toggle(&mut self) -> Option<bool> {
        self.state = match self.state {
            ListenState::Starting | ListenState::On => ListenState::Paused,
            ListenState::Paused => ListenState::On,
            ListenState::Stopped(_) | ListenState::Lost(..) => return None,
        };
        Some(self.state == ListenState::Paused)
    }

    /// Takes in a report of the listener; an utterance that raised cues
    /// (or is to be kept) comes back as the event to journal and apply.
    pub fn report(&mut self, report: Report, call: &CallState) -> Option<Event> {
        match report {
            Report::Ready => {
                if self.state == ListenState::Starting {
                    self.state = ListenState::On;
                }
                None
            }
            Report::Failed(why) => {
                self.state = ListenState::Stopped(crate::coach::sanitize::clean(&why));
                None
            }
            Report::Lost(side, why) => {
                self.state = ListenState::Lost(side, crate::coach::sanitize::clean(&why));
                None
            }
            Report::Ended(_) => None,
            Report::Heard(heard) => self.heard(heard, call),
        }
    }

    fn heard(&mut self, heard: Heard, call: &CallState) -> Option<Event> {
        if !self.state.hears() {
            return None; // heard just before the pause or the failure: dropped
        }
        let text = crate::coach::sanitize::clean(&heard.text);
        let cues: Vec<String> = call
            .cues()
            .find(&text, Some(heard.speaker))
            .into_iter()
            .filter_map(|i| call.cues().info(i).map(|c| c.id.clone()))
            .collect();
        let keep = self.keep_transcript.then(|| text.clone());
        match heard.speaker {
            Speaker::Agent => self.agent = Some(text),
            Speaker::Customer => self.customer = Some(text),
        }
        (!cues.is_empty() || keep.is_some()).then_some(Event::Heard {
            speaker: heard.speaker,
            cues,
            text: keep,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::lang::Lang;
    use crate::coach::playbook::Playbook;

    fn call() -> CallState {
        let playbook = Playbook::embedded().expect("valid");
        CallState::new(playbook.pack(Lang::Pt), Lang::Pt)
    }

    fn said(speaker: Speaker, text: &str) -> Report {
        Report::Heard(Heard { speaker, start: 0.0, text: text.into() })
    }

    #[test]
    fn an_utterance_becomes_an_event_only_when_it_raises_a_cue_or_is_kept() {
        let call = call();
        let mut l = Listening::starting(false);
        assert_eq!(l.report(Report::Ready, &call), None);
        assert_eq!(l.state, ListenState::On);
        assert_eq!(l.report(said(Speaker::Agent, "Bom dia, tudo bem?"), &call), None);
        assert_eq!(l.agent.as_deref(), Some("Bom dia, tudo bem?"));
        let event = l.report(said(Speaker::Customer, "Vou chamar o meu advogado."), &call);
        assert_eq!(
            event,
            Some(Event::Heard { speaker: Speaker::Customer, cues: vec!["legal".into()], text: None })
        );
        // Kept: the words go with the event, even without a cue.
        let mut kept = Listening::starting(true);
        let event = kept.report(said(Speaker::Agent, "Bom dia\u{1b}[2J"), &call);
        assert_eq!(
            event,
            Some(Event::Heard { speaker: Speaker::Agent, cues: vec![], text: Some("Bom dia[2J".into()) })
        );
    }

    #[test]
    fn paused_hears_nothing_and_stopped_cannot_be_paused() {
        let call = call();
        let mut l = Listening::starting(false);
        assert_eq!(l.toggle(), Some(true));
        assert_eq!(l.report(said(Speaker::Customer, "advogado"), &call), None);
        assert_eq!(l.customer, None);
        assert_eq!(l.toggle(), Some(false));
        l.report(Report::Failed("no model at /m/ggml-base.bin".into()), &call);
        assert_eq!(l.toggle(), None);
        assert!(matches!(l.state, ListenState::Stopped(_)));
    }

    #[test]
    fn after_a_failure_nothing_heard_is_taken_in() {
        let call = call();
        for failure in
            [Report::Failed("whisper: out of memory".into()), Report::Lost(Speaker::Customer, "gone".into())]
        {
            let mut l = Listening::starting(true);
            l.report(Report::Ready, &call);
            l.report(failure, &call);
            assert!(!l.state.hears());
            assert_eq!(l.report(said(Speaker::Agent, "Vou chamar o meu advogado."), &call), None);
            assert_eq!(l.agent, None, "nothing shown");
            assert_eq!(l.toggle(), None, "nothing to pause");
        }
    }
}
