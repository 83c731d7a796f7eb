//! Listen mode as the call screen sees it: whether calma is listening,
//! what each speaker said last, and how what was heard becomes a call
//! event (its cues matched first, the words kept only when asked); the
//! voice's levels become voice cues and talk time (issue 31).

use super::voice::{VoiceCues, VoiceMoment};
use super::{Heard, Report};
use crate::coach::call::{CallState, Event, Talk};
use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::{Phase, Speaker};

/// Talk time is written down at the end of a turn, at most this often
/// (seconds of audio): the record's is at most this old.
const TALK_EVERY: f64 = 5.0;

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
pub fn lost(side: Speaker, why: &str, i18n: &I18n) -> String {
    let id = match side {
        Speaker::Agent => "listen-lost-agent",
        Speaker::Customer => "listen-lost-customer",
    };
    i18n.t_with(id, &args!["reason" => crate::coach::sanitize::clean(why)])
}

impl ListenState {
    /// Whether what is heard is taken in: not when paused nor stopped.
    pub fn hears(&self) -> bool {
        matches!(self, ListenState::Starting | ListenState::On)
    }

    /// Pauses or resumes; whether it is paused now, or `None` when
    /// listening stopped (there is nothing to pause).
    pub fn toggle(&mut self) -> Option<bool> {
        *self = match self {
            ListenState::Starting | ListenState::On => ListenState::Paused,
            ListenState::Paused => ListenState::On,
            ListenState::Stopped(_) | ListenState::Lost(..) => return None,
        };
        Some(*self == ListenState::Paused)
    }

    /// The line that says why listening stopped, if it did.
    pub fn stopped(&self, i18n: &I18n) -> Option<String> {
        match self {
            ListenState::Stopped(why) => Some(i18n.t_with("listen-stopped", &args!["reason" => why.clone()])),
            ListenState::Lost(side, why) => Some(lost(*side, why, i18n)),
            _ => None,
        }
    }
}

/// Listen mode on a call.
#[derive(Debug, Clone, PartialEq)]
pub struct Listening {
    /// Listening, paused or stopped.
    pub state: ListenState,
    /// What the agent said last, as transcribed.
    pub agent: Option<String>,
    /// What the customer said last, as transcribed.
    pub customer: Option<String>,
    /// Whether the words go into the journal and the record.
    pub keep_transcript: bool,
    /// Why only the voice is heard, not the words (no model), if so.
    pub voice_only: Option<String>,
    /// The loaded model's size (`base`, `small`…), once known.
    pub model: Option<String>,
    /// Whether listening fell behind and dropped what was said: said
    /// once, and kept on screen for the rest of the call.
    pub behind: bool,
    /// Whether anything was heard yet (the note on a weak model is for
    /// the start).
    heard_any: bool,
    /// This machine's cores: which model to name instead of a weak one.
    pub cores: usize,
    /// The voice cues, once the sources are known.
    voice: Option<VoiceCues>,
    /// The talk time last written, and when (seconds of audio).
    talk_written: (Talk, f64),
}

impl Listening {
    /// Listen mode starting, the model loading.
    pub fn starting(keep_transcript: bool) -> Listening {
        Listening {
            state: ListenState::Starting,
            agent: None,
            customer: None,
            keep_transcript,
            voice_only: None,
            model: None,
            behind: false,
            heard_any: false,
            cores: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            voice: None,
            talk_written: (Talk::default(), 0.0),
        }
    }

    /// Talk time so far, while the voice is heard.
    pub fn talk(&self) -> Option<Talk> {
        self.voice.as_ref().map(VoiceCues::talk)
    }

    /// The call ends (or is left): talk time as heard to the last frame,
    /// as the event that writes it down, unless it was written already.
    /// Written only at the end of a turn, now and then, it would be up to
    /// a turn short when the call ends mid-speech.
    pub fn finish(&mut self) -> Option<Event> {
        let voice = self.voice.as_mut()?;
        // Voice cues due in the last frames are of no use any more.
        voice.flush();
        let talk = voice.talk();
        (talk != self.talk_written.0).then(|| {
            self.talk_written.0 = talk;
            Event::Talk(talk)
        })
    }

    /// Pauses or resumes; `None` when stopped (there is nothing to pause).
    pub fn toggle(&mut self) -> Option<bool> {
        self.state.toggle()
    }

    /// Takes in a report of the listener; what it comes to for the call
    /// (cues heard, voice cues, talk time, words to keep) comes back as
    /// the events to journal and apply, in order.
    pub fn report(&mut self, report: Report, call: &CallState) -> Vec<Event> {
        match report {
            Report::Ready => {
                if self.state == ListenState::Starting {
                    self.state = ListenState::On;
                }
                Vec::new()
            }
            Report::NoWords(why) => {
                if self.state == ListenState::Starting {
                    self.state = ListenState::On;
                }
                self.voice_only = Some(crate::coach::sanitize::clean(&why));
                Vec::new()
            }
            Report::Failed(why) => {
                self.state = ListenState::Stopped(crate::coach::sanitize::clean(&why));
                Vec::new()
            }
            Report::Model(model) => {
                self.model = Some(crate::coach::sanitize::clean(&model));
                Vec::new()
            }
            Report::Behind => {
                self.behind = true;
                Vec::new()
            }
            Report::Sources { customer } => {
                let rules = call.cues().voices().map(|(_, rule)| rule).collect();
                self.voice = Some(VoiceCues::new(rules, customer));
                Vec::new()
            }
            Report::Levels(speaker, levels) => {
                if !self.state.hears() {
                    return Vec::new(); // paused, or listening stopped
                }
                let Some(voice) = &mut self.voice else { return Vec::new() };
                voice.set_listening(call.current_step().phase == Phase::Listen);
                let moments = voice.push(speaker, &levels);
                let at = levels.last().map_or(0.0, |l| l.at);
                self.voiced(moments, at, call)
            }
            Report::Ended(speaker) => {
                let Some(voice) = &mut self.voice else { return Vec::new() };
                let moments = voice.end(speaker);
                let mut events = self.voiced(moments, f64::MAX, call);
                // The last word on talk time, should no turn end again.
                if let Some(talk) = self.talk()
                    && talk != self.talk_written.0
                {
                    self.talk_written.0 = talk;
                    events.push(Event::Talk(talk));
                }
                events
            }
            Report::Lost(side, why) => {
                self.state = ListenState::Lost(side, crate::coach::sanitize::clean(&why));
                Vec::new()
            }
            Report::Heard(heard) => self.heard(heard, call).into_iter().collect(),
        }
    }

    /// The voice cues whose conditions held, as the events that raise
    /// them; and talk time, at the end of a turn now and then.
    fn voiced(&mut self, moments: Vec<VoiceMoment>, at: f64, call: &CallState) -> Vec<Event> {
        let mut events: Vec<Event> = moments
            .iter()
            .filter_map(|m| call.cues().voices().find(|(_, rule)| rule.kind == m.kind))
            .map(|(cue, _)| Event::Heard { speaker: cue.speaker, cues: vec![cue.id.clone()], text: None })
            .collect();
        if let Some(voice) = &mut self.voice
            && voice.take_turn_ended()
            && at - self.talk_written.1 >= TALK_EVERY
        {
            let talk = voice.talk();
            if talk != self.talk_written.0 {
                self.talk_written = (talk, at);
                events.push(Event::Talk(talk));
            }
        }
        events
    }

    /// The model that hears the call's customer language better than the
    /// one loaded, while listening is starting out (nothing heard yet),
    /// when the loaded one is weak in it.
    pub fn better_model(&self, lang: crate::coach::lang::Lang) -> Option<&'static super::models::Model> {
        (!self.heard_any).then_some(())?;
        super::strength::better(self.model.as_deref()?, lang, self.cores)
    }

    /// The line that says the model hears `lang` poorly and names the one
    /// that does better, while that matters ([`Listening::better_model`]).
    pub fn weak_model_line(&self, lang: crate::coach::lang::Lang, i18n: &I18n) -> Option<String> {
        let better = self.better_model(lang)?;
        let name = self.model.clone().unwrap_or_default();
        Some(i18n.t_with("listen-weak", &args!["name" => name, "file" => better.file()]))
    }

    fn heard(&mut self, heard: Heard, call: &CallState) -> Option<Event> {
        if !self.state.hears() {
            return None; // heard just before the pause or the failure: dropped
        }
        self.heard_any = true;
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
        assert_eq!(l.report(Report::Ready, &call), vec![]);
        assert_eq!(l.state, ListenState::On);
        assert_eq!(l.report(said(Speaker::Agent, "Bom dia, tudo bem?"), &call), vec![]);
        assert_eq!(l.agent.as_deref(), Some("Bom dia, tudo bem?"));
        let event = l.report(said(Speaker::Customer, "Vou chamar o meu advogado."), &call);
        assert_eq!(
            event,
            vec![Event::Heard { speaker: Speaker::Customer, cues: vec!["legal".into()], text: None }]
        );
        // Kept: the words go with the event, even without a cue.
        let mut kept = Listening::starting(true);
        let event = kept.report(said(Speaker::Agent, "Bom dia\u{1b}[2J"), &call);
        assert_eq!(
            event,
            vec![Event::Heard { speaker: Speaker::Agent, cues: vec![], text: Some("Bom dia[2J".into()) }]
        );
    }

    /// Frames of `secs` of speech (or silence), from `from` seconds on.
    fn levels(from: f64, secs: f64, loud: bool) -> Vec<crate::listen::voice::Level> {
        let n = (secs / 0.03).round() as usize;
        let rms = if loud { 0.1 } else { 0.0 };
        (0..n).map(|i| crate::listen::voice::Level { at: from + i as f64 * 0.03, rms, loud }).collect()
    }

    #[test]
    fn the_voice_becomes_voice_cues_and_talk_time_without_a_model() {
        let call = call();
        let mut l = Listening::starting(false);
        l.report(Report::Sources { customer: true }, &call);
        l.report(Report::NoWords("no model at /m".into()), &call);
        assert_eq!((&l.state, l.voice_only.as_deref()), (&ListenState::On, Some("no model at /m")));
        // The customer talks for 4 s; the agent cuts in at 2 s, for 3 s.
        let mut events = Vec::new();
        let (customer, agent) = (
            [levels(0.0, 4.0, true), levels(4.0, 2.0, false)],
            [levels(0.0, 2.0, false), levels(2.0, 3.0, true), levels(5.0, 1.0, false)],
        );
        let (customer, agent) = (customer.concat(), agent.concat());
        for (c, a) in customer.chunks(4).zip(agent.chunks(4)) {
            events.extend(l.report(Report::Levels(Speaker::Customer, c.to_vec()), &call));
            events.extend(l.report(Report::Levels(Speaker::Agent, a.to_vec()), &call));
        }
        events.extend(l.report(Report::Ended(Speaker::Agent), &call));
        let interruption =
            Event::Heard { speaker: Speaker::Agent, cues: vec!["interruption".into()], text: None };
        assert_eq!(events.first(), Some(&interruption), "{events:?}");
        let talk = events.iter().rev().find_map(|e| if let Event::Talk(t) = e { Some(*t) } else { None });
        assert_eq!(talk.map(|t| (t.agent_secs, t.customer_secs)), Some((3, 4)), "{events:?}");
        assert_eq!(l.talk(), talk);
    }

    #[test]
    fn the_end_of_the_call_mid_speech_writes_the_talk_time_down_to_the_last_frame() {
        let call = call();
        let mut l = Listening::starting(false);
        assert_eq!(l.finish(), None, "nothing heard yet: nothing to write");
        l.report(Report::Sources { customer: true }, &call);
        // The customer talks for 6 s (written down at the end of the turn);
        // the agent answers and is still talking 4 s on, a frame ahead of
        // the customer's channel, when the call ends.
        let customer = [levels(0.0, 6.0, true), levels(6.0, 5.0, false)].concat();
        let agent = [levels(0.0, 7.0, false), levels(7.0, 4.2, true)].concat();
        let mut events = Vec::new();
        for (c, a) in customer.chunks(3).zip(agent.chunks(3)) {
            events.extend(l.report(Report::Levels(Speaker::Agent, a.to_vec()), &call));
            events.extend(l.report(Report::Levels(Speaker::Customer, c.to_vec()), &call));
        }
        events.extend(l.report(Report::Levels(Speaker::Agent, agent[customer.len()..].to_vec()), &call));
        let written = |events: &[Event]| {
            events.iter().rev().find_map(|e| if let Event::Talk(t) = e { Some(*t) } else { None })
        };
        assert_eq!(written(&events).map(|t| (t.agent_secs, t.customer_secs)), Some((0, 6)), "{events:?}");
        let Some(Event::Talk(last)) = l.finish() else { panic!("the last talk time is written") };
        assert_eq!((last.agent_secs, last.customer_secs), (4, 6));
        assert_eq!(l.finish(), None, "written once");
    }

    #[test]
    fn falling_behind_is_kept_and_a_weak_model_is_said_until_something_is_heard() {
        use crate::coach::lang::Lang;
        let call = call();
        let mut l = Listening::starting(false);
        l.cores = 2;
        l.report(Report::Ready, &call);
        assert_eq!(l.better_model(Lang::Hr), None, "no model named yet");
        l.report(Report::Model("base".into()), &call);
        assert_eq!(l.better_model(Lang::Pt), None, "base hears pt well enough");
        assert_eq!(l.better_model(Lang::Hr).map(|m| m.name), Some("small-q5_1"));
        assert!(!l.behind);
        l.report(Report::Behind, &call);
        l.report(Report::Behind, &call);
        assert!(l.behind);
        l.report(said(Speaker::Customer, "Bom dia."), &call);
        assert_eq!(l.better_model(Lang::Hr), None, "said at the start only");
        assert!(l.behind, "kept for the rest of the call");
    }

    #[test]
    fn paused_hears_nothing_and_stopped_cannot_be_paused() {
        let call = call();
        let mut l = Listening::starting(false);
        assert_eq!(l.toggle(), Some(true));
        assert!(l.report(said(Speaker::Customer, "advogado"), &call).is_empty());
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
            assert_eq!(l.report(said(Speaker::Agent, "Vou chamar o meu advogado."), &call), Vec::new());
            assert_eq!(l.agent, None, "nothing shown");
            assert_eq!(l.toggle(), None, "nothing to pause");
        }
    }
}
