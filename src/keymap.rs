//! Keys as data: one table of (mode, keys, action, help message). The
//! footer hint and the `?` overlay are generated from it, so they can never
//! disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// A key, as calma distinguishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// A printable character (letters, digits, symbols).
    Char(char),
    /// → arrow.
    Right,
    /// ← arrow.
    Left,
    /// ↑ arrow.
    Up,
    /// ↓ arrow.
    Down,
    /// Enter.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Backspace.
    Backspace,
    /// Ctrl-C.
    CtrlC,
}

impl Key {
    /// The key of a crossterm event: presses only (not releases or
    /// repeats, on terminals that report them).
    pub fn from_event(event: KeyEvent) -> Option<Key> {
        if event.kind != KeyEventKind::Press {
            return None;
        }
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        Some(match event.code {
            KeyCode::Char('c') if ctrl => Key::CtrlC,
            KeyCode::Char(_) if ctrl => return None,
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Right => Key::Right,
            KeyCode::Left => Key::Left,
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::Tab => Key::Tab,
            KeyCode::Backspace => Key::Backspace,
            _ => return None,
        })
    }
}

/// Where the keys are read: each mode has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The home menu.
    Home,
    /// The call screen.
    Call,
    /// The `?` overlay.
    Help,
    /// Asking whether to end the call.
    Confirm,
    /// The list of practice scenarios.
    PracticeList,
    /// A practice scenario being played.
    Practice,
    /// The history of calls.
    History,
}

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Go to the recommended next step.
    Next,
    /// Go back to the previous step.
    Previous,
    /// Go to the step below in the rail.
    StepDown,
    /// Go to the step above in the rail.
    StepUp,
    /// Move down the checklist.
    ItemDown,
    /// Move up the checklist.
    ItemUp,
    /// Tick or untick the checklist item.
    Tick,
    /// Show the next phrasing.
    NextPhrasing,
    /// Copy the phrasing to the clipboard (OSC 52).
    Copy,
    /// The customer is more upset.
    MoodUp,
    /// The customer is calmer.
    MoodDown,
    /// The customer is abusive.
    Abusive,
    /// Seek support.
    Escalate,
    /// The problem is resolved.
    Resolved,
    /// Type a note.
    Note,
    /// Type a promise.
    Promise,
    /// Switch the customer's language.
    CycleLang,
    /// Show all keys.
    Help,
    /// Close an overlay, cancel an input.
    Cancel,
    /// End the call (asks to confirm).
    End,
    /// Confirm a question.
    Confirm,
    /// Quit at once; nothing is lost.
    ForceQuit,
    /// Move down a menu.
    MenuDown,
    /// Move up a menu.
    MenuUp,
    /// Choose the menu item (in practice: pick the highlighted response,
    /// or go on after feedback).
    Choose,
    /// Pick response 1–4 of a practice turn (0-based here).
    Pick(usize),
    /// Play the scenario again.
    Retry,
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub mode: Mode,
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// How the keys are written in help (not localised: the keys are the same everywhere).
    pub label: &'static str,
    /// What it does.
    pub action: Action,
    /// The Fluent message that explains it.
    pub help: &'static str,
    /// The short word for the one-line footer, if it is shown there.
    pub hint: Option<&'static str>,
}

const fn bind(
    mode: Mode,
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding { mode, keys, label, action, help, hint }
}

use Key::Char as C;
use Mode::{Call, Confirm, Help, History, Home, Practice, PracticeList};

/// The keymap. PRODUCT.md §3 fixes the call keys; more may be added.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    bind(Call, &[Key::Right, C('l')], "→ l", Action::Next, "key-next", Some("hint-next")),
    bind(Call, &[Key::Left, C('h')], "← h", Action::Previous, "key-previous", None),
    bind(Call, &[Key::Down, C('j')], "↓ j", Action::ItemDown, "key-item-down", None),
    bind(Call, &[Key::Up, C('k')], "↑ k", Action::ItemUp, "key-item-up", None),
    bind(Call, &[C(' ')], "Space", Action::Tick, "key-tick", Some("hint-tick")),
    bind(Call, &[Key::Tab], "Tab", Action::NextPhrasing, "key-phrasing", Some("hint-phrasing")),
    bind(Call, &[C('y')], "y", Action::Copy, "key-copy", None),
    bind(Call, &[C(']')], "]", Action::StepDown, "key-step-down", None),
    bind(Call, &[C('[')], "[", Action::StepUp, "key-step-up", None),
    bind(Call, &[C('+'), C('=')], "+", Action::MoodUp, "key-mood-up", None),
    bind(Call, &[C('-')], "-", Action::MoodDown, "key-mood-down", None),
    bind(Call, &[C('!')], "!", Action::Abusive, "key-abusive", None),
    bind(Call, &[C('e')], "e", Action::Escalate, "key-escalate", None),
    bind(Call, &[C('r')], "r", Action::Resolved, "key-resolved", None),
    bind(Call, &[C('n')], "n", Action::Note, "key-note", Some("hint-note")),
    bind(Call, &[C('p')], "p", Action::Promise, "key-promise", None),
    bind(Call, &[C('L')], "L", Action::CycleLang, "key-lang", None),
    bind(Call, &[C('?')], "?", Action::Help, "key-help", Some("hint-help")),
    bind(Call, &[C('q')], "q", Action::End, "key-end", Some("hint-end")),
    bind(Call, &[Key::CtrlC], "Ctrl-C", Action::ForceQuit, "key-force-quit", None),
    bind(Help, &[Key::Esc, C('?'), C('q')], "Esc", Action::Cancel, "key-cancel", Some("hint-close")),
    bind(Help, &[Key::CtrlC], "Ctrl-C", Action::ForceQuit, "key-force-quit", None),
    bind(Confirm, &[C('y'), Key::Enter], "y", Action::Confirm, "key-confirm", Some("hint-confirm")),
    bind(Confirm, &[C('n'), Key::Esc], "n Esc", Action::Cancel, "key-cancel", Some("hint-cancel")),
    bind(Confirm, &[Key::CtrlC], "Ctrl-C", Action::ForceQuit, "key-force-quit", None),
    bind(Home, &[Key::Down, C('j')], "↓", Action::MenuDown, "key-menu-down", None),
    bind(Home, &[Key::Up, C('k')], "↑", Action::MenuUp, "key-menu-up", None),
    bind(Home, &[Key::Enter, Key::Right], "Enter", Action::Choose, "key-menu-choose", Some("hint-choose")),
    bind(Home, &[Key::CtrlC], "Ctrl-C", Action::ForceQuit, "key-force-quit", None),
    bind(PracticeList, &[Key::Down, C('j')], "↓", Action::MenuDown, "key-menu-down", None),
    bind(PracticeList, &[Key::Up, C('k')], "↑", Action::MenuUp, "key-menu-up", None),
    bind(PracticeList, &[Key::Enter, Key::Right], "Enter", Action::Choose, "key-menu-choose", Some("hint-choose")),
    bind(PracticeList, &[C('q'), Key::Esc], "q", Action::Cancel, "key-back", Some("hint-back")),
    bind(PracticeList, &[Key::CtrlC], "Ctrl-C", Action::ForceQuit, "key-force-quit", None),
    bind(Practice, &[C('1')], "1–4", Action::Pick(0), "key-pick", Some("hint-pick")),
    bind(Practice, &[C('2')], "2", Action::Pick(1), "key-pick", None),
    bind(Practice, &[C('3')], "3", Action::Pick(2), "key-pick", None),
    bind(Practice, &[C('4')], "4", Action::Pick(3), "key-pick", None),
    bind(Practice, &[Key::Down, C('j')], "↓", Action::MenuDown, "key-menu-down", None),
    bind(Practice, &[Key::Up, C('k')], "↑", Action::MenuUp, "key-menu-up", None),
    bind(Practice, &[Key::Enter], "Enter", Action::Choose, "key-continue", Some("hint-continue")),
    bind(Practice, &[C('L')], "L", Action::CycleLang, "key-lang", Some("hint-lang")),
    bind(Practice, &[C('r')], "r", Action::Retry, "key-retry", Some("hint-retry")),
    bind(Practice, &[C('q'), Key::Esc], "q", Action::Cancel, "key-back", Some("hint-back")),
    bind(Practice, &[Key::CtrlC], "Ctrl-C", Action::ForceQuit, "key-force-quit", None),
    bind(History, &[Key::Down, C('j')], "↓", Action::MenuDown, "key-menu-down", Some("hint-scroll")),
    bind(History, &[Key::Up, C('k')], "↑", Action::MenuUp, "key-menu-up", None),
    bind(History, &[C('q'), Key::Esc], "q", Action::Cancel, "key-back", Some("hint-back")),
    bind(History, &[Key::CtrlC], "Ctrl-C", Action::ForceQuit, "key-force-quit", None),
];

/// The action of a key in a mode, if any.
pub fn resolve(mode: Mode, key: Key) -> Option<Action> {
    KEYMAP.iter().find(|b| b.mode == mode && b.keys.contains(&key)).map(|b| b.action)
}

/// The bindings of a mode, in table order.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    KEYMAP.iter().filter(move |b| b.mode == mode)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent { code, modifiers, kind: KeyEventKind::Press, state: KeyEventState::NONE }
    }

    #[test]
    fn product_keys_keep_their_meaning() {
        let table = [
            (Key::Right, Action::Next),
            (C('l'), Action::Next),
            (Key::Left, Action::Previous),
            (C('h'), Action::Previous),
            (Key::Down, Action::ItemDown),
            (C('j'), Action::ItemDown),
            (Key::Up, Action::ItemUp),
            (C('k'), Action::ItemUp),
            (C(' '), Action::Tick),
            (Key::Tab, Action::NextPhrasing),
            (C('y'), Action::Copy),
            (C('+'), Action::MoodUp),
            (C('-'), Action::MoodDown),
            (C('!'), Action::Abusive),
            (C('e'), Action::Escalate),
            (C('r'), Action::Resolved),
            (C('n'), Action::Note),
            (C('p'), Action::Promise),
            (C('L'), Action::CycleLang),
            (C('?'), Action::Help),
            (C('q'), Action::End),
            (Key::CtrlC, Action::ForceQuit),
        ];
        for (key, action) in table {
            assert_eq!(resolve(Mode::Call, key), Some(action), "{key:?}");
        }
        assert_eq!(resolve(Mode::Help, Key::Esc), Some(Action::Cancel));
        assert_eq!(resolve(Mode::Call, C('x')), None);
    }

    #[test]
    fn only_presses_count() {
        let mut e = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(Key::from_event(e), Some(C('q')));
        e.kind = KeyEventKind::Release;
        assert_eq!(Key::from_event(e), None);
        e.kind = KeyEventKind::Repeat;
        assert_eq!(Key::from_event(e), None);
        assert_eq!(Key::from_event(press(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Key::CtrlC));
        assert_eq!(Key::from_event(press(KeyCode::Char('L'), KeyModifiers::SHIFT)), Some(C('L')));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for a in KEYMAP {
            for b in KEYMAP {
                if !std::ptr::eq(a, b) && a.mode == b.mode {
                    assert!(!a.keys.iter().any(|k| b.keys.contains(k)), "{:?} in {:?}", a.keys, a.mode);
                }
            }
        }
    }
}
