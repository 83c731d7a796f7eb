//! The call screen's own state around the call session: overlays, the line
//! being typed and the status line. Every event goes through the session,
//! which journals it before it is applied; what could not be written is
//! never confirmed.

mod cards;
mod draw;
mod overlay;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Context, FormScreen, Outcome, Task, View};
use crate::coach::call::{CallState, Effect, Event, Note, NoteKind, find_steps, phrasing_in};
use crate::coach::lang::Lang;
use crate::coach::playbook::Playbook;
use crate::listen::Listening;
use crate::records::record::Draft;
use crate::records::session::CallSession;
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::{TextField, Theme};

/// What covers the call screen, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the call screen itself.
    None,
    /// The `?` key list, scrolled by this many lines.
    Help(usize),
    /// A note or promise being typed.
    Input {
        /// Note or promise.
        kind: NoteKind,
        /// What has been typed so far, with its cursor.
        text: TextField,
    },
    /// "End the call?"
    Confirm,
    /// Going to a step: what is typed, and the highlighted match.
    Jump {
        /// The number or letters typed so far.
        query: TextField,
        /// Index into the matches.
        selected: usize,
    },
}

impl Overlay {
    /// The key-table mode of this overlay.
    pub fn mode(&self) -> Mode {
        match self {
            Overlay::None => Mode::Call,
            Overlay::Help(_) => Mode::Help,
            Overlay::Input { .. } => Mode::Input,
            Overlay::Confirm => Mode::Confirm,
            Overlay::Jump { .. } => Mode::Jump,
        }
    }
}

/// A short confirmation under the call: a message id and, for the language
/// switch, the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice {
    /// The Fluent message id.
    pub id: &'static str,
    /// The `$language` argument, where the message has one.
    pub lang: Option<Lang>,
}

impl Notice {
    fn of(id: &'static str) -> Option<Notice> {
        Some(Notice { id, lang: None })
    }
}

/// A live call as shown on screen.
#[derive(Debug)]
pub struct CallScreen {
    /// The call itself: state, journal and clock.
    pub session: CallSession,
    /// The overlay on top.
    pub overlay: Overlay,
    /// The last confirmation.
    pub status: Option<Notice>,
    /// Why the journal cannot be written, while the last write failed.
    pub not_saved: Option<String>,
    /// Whether a phrasing was sent to the clipboard before.
    copied: bool,
    /// Listen mode, when the call listens.
    pub listening: Option<Listening>,
}

impl CallScreen {
    /// The screen of a call.
    pub fn new(session: CallSession) -> CallScreen {
        CallScreen {
            session,
            overlay: Overlay::None,
            status: None,
            not_saved: None,
            copied: false,
            listening: None,
        }
    }

    /// The call as it stands.
    pub fn call(&self) -> &CallState {
        self.session.state()
    }

    /// Takes in what the listener reports: what was heard goes through
    /// the session like a key, journaled first. Whether the screen may
    /// have changed: the voice's levels alone change only the talk time,
    /// which the clock's redraw shows each second.
    pub fn listened(&mut self, report: crate::listen::Report) -> bool {
        let Some(listening) = &mut self.listening else { return false };
        let levels = matches!(report, crate::listen::Report::Levels(..));
        let events = listening.report(report, self.session.state());
        let changed = !levels || !events.is_empty();
        for event in events {
            self.apply(event);
        }
        changed
    }

    /// The call ends, or calma quits: the talk time heard to the last
    /// frame goes into the journal, so the record's matches the audio.
    fn finish_listening(&mut self) {
        if let Some(event) = self.listening.as_mut().and_then(Listening::finish) {
            self.apply(event);
        }
    }

    /// The phrasing on screen, in the customer's language.
    pub fn phrasing<'p>(&self, playbook: &'p Playbook) -> Option<&'p str> {
        phrasing_in(self.call(), playbook, self.call().customer_lang())
    }

    /// Reacts to a key; the flag is true when the call has just ended.
    pub fn react(&mut self, key: Key, playbook: &Playbook) -> (Vec<Task>, bool) {
        if let Overlay::Input { text: field, .. } | Overlay::Jump { query: field, .. } = &mut self.overlay
            && let Key::Char(c) = key
        {
            // Text input gets the first pick of keys.
            field.insert(c);
            if let Overlay::Jump { selected, .. } = &mut self.overlay {
                *selected = 0;
            }
            return (Vec::new(), false);
        }
        if let Overlay::Jump { .. } = self.overlay {
            return (self.jump(key, playbook), false);
        }
        let Some(action) = keymap::resolve(self.overlay.mode(), key) else {
            return (Vec::new(), false);
        };
        self.status = None;
        // The note field's editing keys are the field's.
        if let Overlay::Input { text, .. } = &mut self.overlay
            && text.edit(action)
        {
            return (Vec::new(), false);
        }
        let event = match action {
            Action::ForceQuit => {
                self.finish_listening();
                return (vec![Task::Quit], false);
            }
            Action::Save => {
                self.save_input();
                return (Vec::new(), false);
            }
            Action::Cancel => {
                if matches!(self.overlay, Overlay::Input { .. }) {
                    self.status = Notice::of("status-cancelled");
                }
                self.overlay = Overlay::None;
                return (Vec::new(), false);
            }
            Action::Confirm => {
                self.overlay = Overlay::None;
                self.finish_listening();
                let ended = self.apply(Event::EndCall).is_some_and(|e| e.contains(&Effect::Ended));
                return (Vec::new(), ended);
            }
            Action::MenuDown | Action::MenuUp if matches!(self.overlay, Overlay::Help(_)) => {
                if let Overlay::Help(scroll) = &mut self.overlay {
                    // The screen clamps it to what there is to show.
                    *scroll = if action == Action::MenuDown { *scroll + 1 } else { scroll.saturating_sub(1) };
                }
                return (Vec::new(), false);
            }
            Action::Jump => {
                self.overlay = Overlay::Jump { query: TextField::default(), selected: 0 };
                return (Vec::new(), false);
            }
            Action::Help => {
                self.overlay = Overlay::Help(0);
                return (Vec::new(), false);
            }
            Action::End => {
                self.overlay = Overlay::Confirm;
                return (Vec::new(), false);
            }
            Action::Note | Action::Promise => {
                let kind = if action == Action::Note { NoteKind::Note } else { NoteKind::Promise };
                self.overlay = Overlay::Input { kind, text: TextField::default() };
                return (Vec::new(), false);
            }
            Action::Listen => {
                // The runtime's next poll pauses or resumes the listener.
                // Stopped, the listening row says why; without listen
                // mode, how to get it.
                if self.listening.is_none() {
                    self.status = Notice::of("status-not-listening");
                } else {
                    self.listening.as_mut().and_then(Listening::toggle);
                }
                return (Vec::new(), false);
            }
            Action::Copy => {
                let Some(text) = self.phrasing(playbook) else {
                    return (Vec::new(), false);
                };
                // The first time, say what the terminal must do for it.
                self.status = Notice::of(if self.copied { "status-copied" } else { "status-copied-first" });
                self.copied = true;
                return (vec![Task::Copy(crate::coach::sanitize::clean(text))], false);
            }
            Action::StepDown => Event::Jump { step: self.call().current() + 1 },
            Action::StepUp => Event::Jump { step: self.call().current().saturating_sub(1) },
            Action::Tick => Event::Tick { item: self.call().item() },
            other => match other.call_event() {
                Some(event) => event,
                None => return (Vec::new(), false),
            },
        };
        let status = match action {
            Action::Abusive => Notice::of("status-abusive"),
            Action::Escalate => Notice::of("status-escalate"),
            Action::Resolved => Notice::of("status-resolved"),
            _ => None,
        };
        if self.apply(event).is_some() && self.status.is_none() {
            self.status = status;
        }
        (Vec::new(), false)
    }

    /// The steps the jump query names, best first.
    pub fn jump_matches(&self, playbook: &Playbook) -> Vec<usize> {
        let Overlay::Jump { query, .. } = &self.overlay else {
            return Vec::new();
        };
        find_steps(self.call(), playbook.pack(self.session.ui_lang()), query.value())
    }

    /// A key while going to a step.
    fn jump(&mut self, key: Key, playbook: &Playbook) -> Vec<Task> {
        let matches = self.jump_matches(playbook);
        let Overlay::Jump { query, selected } = &mut self.overlay else {
            return Vec::new();
        };
        match keymap::resolve(Mode::Jump, key) {
            Some(Action::ForceQuit) => return vec![Task::Quit],
            Some(Action::Cancel) => self.overlay = Overlay::None,
            Some(Action::DeleteBack) => {
                query.edit(Action::DeleteBack);
                *selected = 0;
            }
            Some(Action::MenuDown) => *selected = (*selected + 1).min(matches.len().saturating_sub(1)),
            Some(Action::MenuUp) => *selected = selected.saturating_sub(1),
            Some(Action::Choose) => {
                if let Some(&step) = matches.get(*selected) {
                    self.overlay = Overlay::None;
                    self.apply(Event::Jump { step });
                }
            }
            _ => {}
        }
        Vec::new()
    }

    /// The note or promise being typed, if the field is open.
    pub fn typing(&self) -> Option<(NoteKind, &str)> {
        match &self.overlay {
            Overlay::Input { kind, text } => Some((*kind, text.value())),
            _ => None,
        }
    }

    /// Opens the note field again with what was typed before a crash.
    pub fn reopen_draft(&mut self, kind: NoteKind, text: &str) {
        self.overlay = Overlay::Input { kind, text: TextField::with(text) };
    }

    /// Enter in the note field: the note is confirmed only once it is in
    /// the journal; if it could not be written it stays in the field, to
    /// try again.
    fn save_input(&mut self) {
        let Overlay::Input { kind, text } = &self.overlay else {
            return;
        };
        let (kind, text) = (*kind, text.value().to_string());
        let note = Note { at: self.session.elapsed(), kind, text };
        let Some(effects) = self.apply(Event::AddNote(note)) else {
            return;
        };
        self.overlay = Overlay::None;
        self.status =
            Notice::of(if effects.is_empty() { "status-cancelled" } else { kind.saved_message_id() });
    }

    /// Applies an event through the session and returns what changed; a
    /// write that failed leaves the call as it was, says so, and gives
    /// `None`.
    fn apply(&mut self, event: Event) -> Option<Vec<Effect>> {
        match self.session.apply(event) {
            Ok(effects) => {
                self.not_saved = None;
                for effect in &effects {
                    if let Effect::LangChanged(lang) = effect {
                        self.status = Some(Notice { id: "status-lang", lang: Some(*lang) });
                    }
                }
                Some(effects)
            }
            Err(e) => {
                self.not_saved = Some(e.source.to_string());
                self.status = Notice::of("status-not-saved");
                None
            }
        }
    }
}

impl View for CallScreen {
    fn handle(mut self: Box<Self>, key: Key, cx: &Context) -> Outcome {
        let (tasks, ended) = self.react(key, cx.playbook);
        let next: Box<dyn View> = if ended { Box::new(FormScreen::new(self, cx)) } else { self };
        Outcome::show(next).and_all(tasks)
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw::render(self, cx.playbook, cx.i18n, theme, frame, area);
    }

    fn paste(&mut self, text: &str) {
        if let Overlay::Input { text: typed, .. } = &mut self.overlay {
            typed.paste(text);
        }
    }

    fn call(&self) -> Option<&CallScreen> {
        Some(self)
    }

    fn call_mut(&mut self) -> Option<&mut CallScreen> {
        Some(self)
    }

    fn draft(&self) -> Option<Draft> {
        let (kind, text) = self.typing().filter(|(_, text)| !text.trim().is_empty())?;
        Some(Draft::Note { kind, text: text.to_string() })
    }

    fn ticking(&self) -> bool {
        true
    }

    fn listening(&self) -> bool {
        self.listening.as_ref().is_some_and(|l| l.state.hears())
    }
}

#[cfg(test)]
mod tests {
    use std::io;

    use super::*;
    use crate::records::record::{Journal, MemorySink};

    fn screen(sink: MemorySink) -> (CallScreen, Playbook) {
        let playbook = Playbook::embedded().expect("the embedded playbook is valid");
        let state = CallState::new(playbook.pack(Lang::Hr), Lang::Hr);
        (CallScreen::new(CallSession::over(Journal::in_memory("t", sink), state, Lang::Hr)), playbook)
    }

    fn type_note(screen: &mut CallScreen, playbook: &Playbook, text: &str) {
        screen.react(Key::Char('n'), playbook);
        for c in text.chars() {
            screen.react(Key::Char(c), playbook);
        }
        screen.react(Key::Enter, playbook);
    }

    #[test]
    fn m_after_listening_stopped_says_nothing_misleading() {
        let (mut screen, playbook) = screen(MemorySink::default());
        screen.react(Key::Char('m'), &playbook);
        assert_eq!(screen.status, Notice::of("status-not-listening"), "no listen mode: how to get it");
        screen.listening = Some(Listening::starting(false));
        screen.listened(crate::listen::Report::Lost(
            crate::coach::playbook::Speaker::Agent,
            "unplugged".into(),
        ));
        screen.react(Key::Char('m'), &playbook);
        assert_eq!(screen.status, None, "stopped: the listening row says why");
        assert!(!screen.listening(), "and it stays stopped");
    }

    #[test]
    fn ending_the_call_mid_speech_writes_the_last_talk_time() {
        use crate::listen::Report;
        use crate::listen::voice::Level;
        let (mut screen, playbook) = screen(MemorySink::default());
        screen.listening = Some(Listening::starting(false));
        screen.listened(Report::Sources { customer: false });
        // The agent talks for 3 s and is still talking: no turn ended, so
        // no talk time was written yet.
        let speech: Vec<Level> =
            (0..100).map(|i| Level { at: f64::from(i) * 0.03, rms: 0.1, loud: true }).collect();
        screen.listened(Report::Levels(crate::coach::playbook::Speaker::Agent, speech));
        assert_eq!(screen.call().talk(), None);
        // q, then the native yes: the call ends, its talk time written first.
        screen.react(Key::Char('q'), &playbook);
        let (_, ended) = screen.react(Key::Char('d'), &playbook);
        assert!(ended, "{:?}", screen.overlay);
        assert_eq!(screen.call().talk().map(|t| t.agent_secs), Some(3));
    }

    #[test]
    fn a_note_that_cannot_be_written_stays_in_its_field() {
        let (mut screen, playbook) = screen(MemorySink::failing(io::ErrorKind::StorageFull));
        let before = screen.call().clone();
        type_note(&mut screen, &playbook, "Kupac čeka povrat");
        assert_eq!(screen.call(), &before, "nothing unsaved is applied");
        assert_eq!(
            screen.overlay,
            Overlay::Input { kind: NoteKind::Note, text: TextField::with("Kupac čeka povrat") }
        );
        assert_eq!(screen.status, Notice::of("status-not-saved"));
        assert!(screen.not_saved.is_some(), "the alert stays while writes fail");
        screen.react(Key::Esc, &playbook);
        screen.react(Key::Char('+'), &playbook);
        assert_eq!(screen.call().mood(), before.mood(), "a mood change that was not written is not shown");
    }

    #[test]
    fn g_or_slash_goes_to_a_step_by_number_or_letters() {
        let (mut screen, playbook) = screen(MemorySink::default());
        for (keys, step) in
            [("g5", "apologize"), ("/zaklj", "close"), ("/ISPRIC", "apologize"), ("g16", "let_go")]
        {
            for c in keys.chars() {
                screen.react(Key::Char(c), &playbook);
            }
            screen.react(Key::Enter, &playbook);
            assert_eq!(screen.call().current_step().id, step, "{keys}");
            assert_eq!(screen.overlay, Overlay::None);
        }
        screen.react(Key::Char('g'), &playbook);
        screen.react(Key::Char('9'), &playbook);
        screen.react(Key::Char('9'), &playbook);
        screen.react(Key::Enter, &playbook);
        assert!(matches!(screen.overlay, Overlay::Jump { .. }), "no step 99: the query stays");
        screen.react(Key::Esc, &playbook);
        assert_eq!(screen.overlay, Overlay::None);
    }

    #[test]
    fn a_written_note_is_confirmed() {
        let sink = MemorySink::default();
        let (mut screen, playbook) = screen(sink.clone());
        type_note(&mut screen, &playbook, "Kupac čeka povrat");
        assert_eq!(screen.overlay, Overlay::None);
        assert_eq!(screen.status, Notice::of("status-note-saved"));
        assert!(sink.text().contains("Kupac čeka povrat"));
    }
}
