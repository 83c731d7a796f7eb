//! The call screen's own state around the pure call: overlays, the line
//! being typed, the status line and the clock the runtime sets.

use super::Command;
use crate::call::{CallState, Effect, Event, Note, NoteKind, phrasing_in};
use crate::keymap::{self, Action, Key, Mode};
use crate::lang::Lang;
use crate::playbook::Playbook;

/// What covers the call screen, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the call screen itself.
    None,
    /// The `?` key list.
    Help,
    /// A note or promise being typed.
    Input {
        /// Note or promise.
        kind: NoteKind,
        /// What has been typed so far.
        text: String,
    },
    /// "End the call?"
    Confirm,
}

/// A short confirmation under the call: a message id and, for the language
/// switch, the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    /// The Fluent message id.
    pub id: &'static str,
    /// The `$language` argument, where the message has one.
    pub lang: Option<Lang>,
}

impl Status {
    fn of(id: &'static str) -> Option<Status> {
        Some(Status { id, lang: None })
    }
}

/// A live call as shown on screen.
#[derive(Debug, Clone)]
pub struct CallScreen {
    /// The call itself.
    pub call: CallState,
    /// The overlay on top.
    pub overlay: Overlay,
    /// The last confirmation.
    pub status: Option<Status>,
    /// Seconds since the call started (set by the runtime).
    pub elapsed: u64,
    /// The mood over time: (seconds, mood), starting with the first mood.
    pub moods: Vec<(u64, u8)>,
    /// Where the record was saved, once it is.
    pub saved: Option<String>,
}

impl CallScreen {
    /// The screen of a new call.
    pub fn new(call: CallState) -> CallScreen {
        let moods = vec![(0, call.mood())];
        CallScreen { call, overlay: Overlay::None, status: None, elapsed: 0, moods, saved: None }
    }

    /// The phrasing on screen, in the customer's language.
    pub fn phrasing<'p>(&self, playbook: &'p Playbook) -> Option<&'p str> {
        phrasing_in(&self.call, playbook, self.call.customer_lang())
    }

    /// Reacts to a key; the flag is true when the call has just ended.
    pub fn handle(&mut self, key: Key, playbook: &Playbook) -> (Vec<Command>, bool) {
        if let Overlay::Input { kind, text } = &mut self.overlay {
            // Text input gets the first pick of keys.
            match key {
                Key::Enter => {
                    let note = Note { at: self.elapsed, kind: *kind, text: std::mem::take(text) };
                    self.overlay = Overlay::None;
                    let id = match note.kind {
                        NoteKind::Note => "status-note-saved",
                        NoteKind::Promise => "status-promise-saved",
                    };
                    let commands = self.apply(Event::AddNote(note));
                    self.status =
                        if commands.is_empty() { Status::of("status-cancelled") } else { Status::of(id) };
                    return (commands, false);
                }
                Key::Esc => {
                    self.overlay = Overlay::None;
                    self.status = Status::of("status-cancelled");
                }
                Key::Backspace => {
                    text.pop();
                }
                Key::Char(c) => text.push(c),
                Key::CtrlC => return (vec![Command::Quit], false),
                _ => {}
            }
            return (Vec::new(), false);
        }
        let mode = match self.overlay {
            Overlay::Help => Mode::Help,
            Overlay::Confirm => Mode::Confirm,
            _ => Mode::Call,
        };
        let Some(action) = keymap::resolve(mode, key) else {
            return (Vec::new(), false);
        };
        self.status = None;
        let event = match action {
            Action::ForceQuit => return (vec![Command::Quit], false),
            Action::Cancel => {
                self.overlay = Overlay::None;
                return (Vec::new(), false);
            }
            Action::Confirm => {
                self.overlay = Overlay::None;
                return (self.apply(Event::EndCall), true);
            }
            Action::Help => {
                self.overlay = Overlay::Help;
                return (Vec::new(), false);
            }
            Action::End => {
                self.overlay = Overlay::Confirm;
                return (Vec::new(), false);
            }
            Action::Note | Action::Promise => {
                let kind = if action == Action::Note { NoteKind::Note } else { NoteKind::Promise };
                self.overlay = Overlay::Input { kind, text: String::new() };
                return (Vec::new(), false);
            }
            Action::Copy => {
                let Some(text) = self.phrasing(playbook) else {
                    return (Vec::new(), false);
                };
                self.status = Status::of("status-copied");
                return (vec![Command::Copy(crate::sanitize::clean(text))], false);
            }
            Action::Next => Event::Next,
            Action::Previous => Event::Previous,
            Action::StepDown => Event::Jump { step: self.call.current() + 1 },
            Action::StepUp => Event::Jump { step: self.call.current().saturating_sub(1) },
            Action::ItemDown => Event::ItemDown,
            Action::ItemUp => Event::ItemUp,
            Action::Tick => Event::Tick { item: self.call.item() },
            Action::NextPhrasing => Event::NextPhrasing,
            Action::MoodUp => Event::MoodUp,
            Action::MoodDown => Event::MoodDown,
            Action::Abusive => {
                self.status = Status::of("status-abusive");
                Event::Abusive
            }
            Action::Escalate => {
                self.status = Status::of("status-escalate");
                Event::Escalate
            }
            Action::Resolved => {
                self.status = Status::of("status-resolved");
                Event::Resolved
            }
            Action::CycleLang => Event::CycleLang,
            Action::MenuDown | Action::MenuUp | Action::Choose | Action::Pick(_) | Action::Retry => {
                return (Vec::new(), false);
            }
        };
        (self.apply(event), false)
    }

    /// Applies an event to the call; returns it for the journal when it
    /// changed anything.
    fn apply(&mut self, event: Event) -> Vec<Command> {
        let effects = self.call.apply(event.clone());
        for effect in &effects {
            match effect {
                Effect::MoodChanged(m) => self.moods.push((self.elapsed, *m)),
                Effect::LangChanged(lang) => {
                    self.status = Some(Status { id: "status-lang", lang: Some(*lang) })
                }
                _ => {}
            }
        }
        if effects.is_empty() { Vec::new() } else { vec![Command::Record(event)] }
    }
}
