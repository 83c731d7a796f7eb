//! A line of plain-mode input, read through the key table's command words,
//! and the clear answer to a command that cannot be done.

use crate::coach::call::{CallState, Event, Note, NoteKind};
use crate::coach::i18n::{I18n, args};
use crate::coach::mood;
use crate::shell::keymap::{self, Action};

/// What a line of input asks for.
pub(super) enum Command {
    /// An event of the call.
    Event(Event),
    /// The command list.
    Help,
    /// End the call (then the form).
    End,
    /// Pause or resume listening.
    Listen,
    /// Not a command.
    Unknown,
    /// A command that cannot be done as typed.
    Refused(Refusal),
}

/// Why a command cannot be done: each gets one line that says so.
pub(super) enum Refusal {
    /// `tick N` past the checklist.
    NoItem { n: usize, count: usize },
    /// `step N` past the playbook.
    NoStep { n: usize, count: usize },
    /// `n` or `p` without the text.
    NeedsText { word: &'static str },
    /// `+` at hostile, `-` at calm.
    MoodAtBound { mood: u8 },
}

impl Refusal {
    /// The line that says why, in the UI language.
    pub(super) fn message(&self, i18n: &I18n) -> String {
        match self {
            Refusal::NoItem { n, count } => i18n.t_with("plain-no-item", &args!["n" => n, "count" => count]),
            Refusal::NoStep { n, count } => i18n.t_with("plain-no-step", &args!["n" => n, "count" => count]),
            Refusal::NeedsText { word } => i18n.t_with("plain-needs-text", &args!["command" => *word]),
            Refusal::MoodAtBound { mood } => {
                let label = i18n.t(&mood::message_id(*mood));
                i18n.t_with("plain-mood-bound", &args!["mood" => mood, "label" => label])
            }
        }
    }
}

/// Reads a command line against the call as it stands.
pub(super) fn parse(line: &str, state: &CallState, elapsed: u64) -> Command {
    let (word, rest) = line.split_once(' ').map_or((line, ""), |(w, r)| (w, r.trim()));
    let Some(binding) = keymap::by_word(word) else {
        return Command::Unknown;
    };
    let number = rest.parse::<usize>().ok().filter(|n| *n > 0);
    let note = |kind| {
        if rest.is_empty() {
            let word = binding.word.and_then(|w| w.split(' ').next()).unwrap_or_default();
            Command::Refused(Refusal::NeedsText { word })
        } else {
            Command::Event(Event::AddNote(Note { at: elapsed, kind, text: rest.to_string() }))
        }
    };
    let at_bound = |bound| Command::Refused(Refusal::MoodAtBound { mood: bound });
    let event = match binding.action {
        Action::MoodUp if state.mood() == mood::MAX => return at_bound(mood::MAX),
        Action::MoodDown if state.mood() == mood::MIN => return at_bound(mood::MIN),
        Action::Tick => match number {
            Some(n) if n <= state.current_step().items => Event::Tick { item: n - 1 },
            Some(n) => return Command::Refused(Refusal::NoItem { n, count: state.current_step().items }),
            None => return Command::Unknown,
        },
        Action::Jump => match number {
            Some(n) if n <= state.steps().len() => Event::Jump { step: n - 1 },
            Some(n) => return Command::Refused(Refusal::NoStep { n, count: state.steps().len() }),
            None => return Command::Unknown,
        },
        Action::Note => return note(NoteKind::Note),
        Action::Promise => return note(NoteKind::Promise),
        Action::Help => return Command::Help,
        Action::End => return Command::End,
        Action::Listen => return Command::Listen,
        other => match other.call_event() {
            Some(event) => event,
            None => return Command::Unknown,
        },
    };
    Command::Event(event)
}
