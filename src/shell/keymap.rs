//! Keys as data: one table of (mode, keys, action, help message, footer
//! word, plain-mode word) for every screen. The footers, the `?` overlay
//! and plain mode's command list are generated from it, and key labels are
//! generated from the keys, so none of them can disagree with what the keys
//! do. Turning a terminal event into a [`Key`] is the runtime's job: no
//! terminal library is imported here.

use crate::coach::call::Event;
use crate::coach::i18n::I18n;

/// A key, as calma distinguishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// A printable character (letters, digits, symbols).
    Char(char),
    /// A letter pressed with Ctrl.
    Ctrl(char),
    /// → arrow.
    Right,
    /// ← arrow.
    Left,
    /// ↑ arrow.
    Up,
    /// ↓ arrow.
    Down,
    /// Home.
    Home,
    /// End.
    End,
    /// Enter.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// Page Down.
    PageDown,
    /// Page Up.
    PageUp,
}

impl Key {
    /// Ctrl-C: quit at once, on every screen.
    pub const CTRL_C: Key = Key::Ctrl('c');

    /// The digit of a digit key, if it is one.
    pub fn digit(self) -> Option<usize> {
        match self {
            Key::Char(c) => c.to_digit(10).map(|d| d as usize),
            _ => None,
        }
    }

    /// How the key is written in help and footers; `Enter`, `Space` and
    /// `Backspace` in the UI language.
    pub fn label(self, i18n: &I18n) -> String {
        match self {
            Key::Char(' ') => i18n.t("keyname-space"),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Right => "→".into(),
            Key::Left => "←".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Enter => i18n.t("keyname-enter"),
            Key::Esc => "Esc".into(),
            Key::Tab => "Tab".into(),
            Key::Backspace => i18n.t("keyname-backspace"),
            Key::Delete => "Del".into(),
            Key::PageDown => "PgDn".into(),
            Key::PageUp => "PgUp".into(),
        }
    }
}

/// Where the keys are read: each screen, overlay and field has its own
/// bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The home menu.
    Home,
    /// An interrupted call is offered for recovery.
    Recover,
    /// The call screen.
    Call,
    /// The `?` overlay over the call.
    Help,
    /// Asking whether to end the call.
    Confirm,
    /// Typing a note or a promise.
    Input,
    /// Going to a step by its number or a few letters of its title.
    Jump,
    /// The documentation form after the call.
    Form,
    /// The summary after the call.
    Summary,
    /// The history of calls: the list.
    History,
    /// Typing the filter of the history.
    HistoryFilter,
    /// A call record opened from the history.
    Record,
    /// The follow-ups still open.
    Followups,
    /// The list of practice scenarios.
    PracticeList,
    /// A practice turn: pick a response.
    Practice,
    /// The feedback on a pick.
    Feedback,
    /// The debrief at the end of a scenario.
    Debrief,
    /// The editing keys of a text field, a layer under the modes that
    /// have one ([`Mode::edits_text`]).
    TextEdit,
}

impl Mode {
    /// Whether the mode has a text field, whose editing keys
    /// ([`Mode::TextEdit`]) it takes under its own.
    pub fn edits_text(self) -> bool {
        matches!(self, Mode::Input | Mode::Form | Mode::HistoryFilter)
    }

    /// Every mode, for the tests that walk the table.
    pub const ALL: [Mode; 17] = [
        Mode::Home,
        Mode::Recover,
        Mode::Call,
        Mode::Help,
        Mode::Confirm,
        Mode::Input,
        Mode::Jump,
        Mode::Form,
        Mode::Summary,
        Mode::History,
        Mode::HistoryFilter,
        Mode::Record,
        Mode::Followups,
        Mode::PracticeList,
        Mode::Practice,
        Mode::Feedback,
        Mode::Debrief,
    ];
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
    /// Go to step N (plain mode: `step N`).
    Jump,
    /// Move down the checklist.
    ItemDown,
    /// Move up the checklist.
    ItemUp,
    /// Tick or untick the checklist item (plain mode: `tick N`).
    Tick,
    /// Show the next phrasing.
    NextPhrasing,
    /// Copy to the clipboard (OSC 52): the phrasing on a call, a call's
    /// Markdown summary in the history.
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
    /// Go to the step the cue card points to.
    FollowCue,
    /// Put the cue card away.
    DismissCue,
    /// Pause or resume listening (listen mode).
    Listen,
    /// Show all keys.
    Help,
    /// Close an overlay, cancel an input, go back.
    Cancel,
    /// End the call (asks to confirm).
    End,
    /// Yes to a question.
    Confirm,
    /// Quit at once; nothing is lost.
    ForceQuit,
    /// Move down a menu or list.
    MenuDown,
    /// Move up a menu or list.
    MenuUp,
    /// Move down a list or text by a screenful.
    PageDown,
    /// Move up a list or text by a screenful.
    PageUp,
    /// Go to the first row of a list, the top of a text.
    First,
    /// Go to the last row of a list, the end of a text.
    Last,
    /// Filter the history by what is typed.
    Filter,
    /// Choose the highlighted item; in practice pick the highlighted
    /// response or go on after feedback; in the form, the next field.
    Choose,
    /// Pick by number: a practice response, an outcome of the form.
    Pick,
    /// Play the scenario again.
    Retry,
    /// Answer a practice turn in your own words (plain mode: `say TEXT`).
    OwnWords,
    /// Save what is typed.
    Save,
    /// Delete the character before the cursor.
    DeleteBack,
    /// Delete the character under the cursor.
    DeleteForward,
    /// Delete the word before the cursor.
    DeleteWord,
    /// Delete the whole line.
    DeleteLine,
    /// Move the cursor one character left.
    CursorLeft,
    /// Move the cursor one character right.
    CursorRight,
    /// Move the cursor to the start.
    CursorHome,
    /// Move the cursor to the end.
    CursorEnd,
    /// Go to the next field of the form.
    NextField,
    /// Go on with the interrupted call.
    Resume,
    /// File the interrupted call as interrupted.
    File,
    /// Decide about the interrupted call later.
    Later,
    /// Leave the summary.
    Continue,
    /// Home menu: start a live call.
    StartCall,
    /// Home menu: practise.
    StartPractice,
    /// Home menu: the history of calls.
    OpenHistory,
    /// Home menu: switch the UI language.
    SwitchLanguage,
    /// Home menu: the follow-ups still open.
    OpenFollowups,
    /// Mark the highlighted follow-up done.
    MarkDone,
    /// Open again the follow-up closed last.
    Undo,
    /// Leave calma (home menu).
    Quit,
}

impl Action {
    /// The call event of an action that needs nothing but itself (the full
    /// screen and plain mode share this).
    pub fn call_event(self) -> Option<Event> {
        Some(match self {
            Action::Next => Event::Next,
            Action::Previous => Event::Previous,
            Action::ItemDown => Event::ItemDown,
            Action::ItemUp => Event::ItemUp,
            Action::NextPhrasing => Event::NextPhrasing,
            Action::MoodUp => Event::MoodUp,
            Action::MoodDown => Event::MoodDown,
            Action::Abusive => Event::Abusive,
            Action::Escalate => Event::Escalate,
            Action::Resolved => Event::Resolved,
            Action::CycleLang => Event::CycleLang,
            Action::FollowCue => Event::FollowCue,
            Action::DismissCue => Event::DismissCue,
            _ => return None,
        })
    }
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub mode: Mode,
    /// The keys that trigger it, as shown in help.
    pub keys: &'static [Key],
    /// More keys that trigger it, not shown (e.g. `s` for sì, `d` for da).
    pub aliases: &'static [Key],
    /// What it does.
    pub action: Action,
    /// The Fluent message that explains it.
    pub help: &'static str,
    /// The short word for the one-line footer, if it is shown there.
    pub hint: Option<&'static str>,
    /// The command word of plain mode, if it has one (`tick N`).
    pub word: Option<&'static str>,
    /// A message whose text is the key as this language writes it (the
    /// letter for "yes": y, s, d), shown instead of the first key.
    pub localized: Option<&'static str>,
}

impl Binding {
    /// Whether `key` triggers it.
    pub fn matches(&self, key: Key) -> bool {
        self.keys.contains(&key) || self.aliases.contains(&key)
    }

    /// Its keys as shown: `→ l`, `Ctrl-C`, `1–4`.
    pub fn label(&self, i18n: &I18n) -> String {
        if let Some(id) = self.localized {
            return i18n.t(id);
        }
        let digits: Vec<usize> = self.keys.iter().filter_map(|k| k.digit()).collect();
        if digits.len() > 2 && digits.len() == self.keys.len() && digits.windows(2).all(|w| w[1] == w[0] + 1)
        {
            return format!("{}–{}", digits[0], digits[digits.len() - 1]);
        }
        self.keys.iter().map(|k| k.label(i18n)).collect::<Vec<_>>().join(" ")
    }

    const fn hint(self, hint: &'static str) -> Binding {
        Binding { hint: Some(hint), ..self }
    }

    const fn word(self, word: &'static str) -> Binding {
        Binding { word: Some(word), ..self }
    }

    const fn localized(self, id: &'static str) -> Binding {
        Binding { localized: Some(id), ..self }
    }

    const fn aliases(self, aliases: &'static [Key]) -> Binding {
        Binding { aliases, ..self }
    }
}

const fn bind(mode: Mode, keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding { mode, keys, aliases: &[], action, help, hint: None, word: None, localized: None }
}

use Key::Char as C;
use Mode::{
    Call, Confirm, Debrief, Feedback, Followups, Form, Help, History, HistoryFilter, Home, Input, Jump,
    Practice, PracticeList, Record, Recover, Summary,
};

const DIGITS_4: &[Key] = &[C('1'), C('2'), C('3'), C('4')];
const DIGITS_5: &[Key] = &[C('1'), C('2'), C('3'), C('4'), C('5')];
const QUIT: &[Key] = &[Key::CTRL_C];

/// The editing keys of every text field (the note, the form's fields, the
/// history's filter): one layer, under the keys of the mode that has the
/// field.
#[rustfmt::skip]
const TEXT_EDITING: &[Binding] = &[
    bind(Mode::TextEdit, &[Key::Backspace], Action::DeleteBack, "key-delete"),
    bind(Mode::TextEdit, &[Key::Delete], Action::DeleteForward, "key-delete-forward"),
    bind(Mode::TextEdit, &[Key::Ctrl('w')], Action::DeleteWord, "key-delete-word"),
    bind(Mode::TextEdit, &[Key::Ctrl('u')], Action::DeleteLine, "key-delete-line"),
    bind(Mode::TextEdit, &[Key::Left], Action::CursorLeft, "key-cursor-left"),
    bind(Mode::TextEdit, &[Key::Right], Action::CursorRight, "key-cursor-right"),
    bind(Mode::TextEdit, &[Key::Home], Action::CursorHome, "key-cursor-home").aliases(&[Key::Ctrl('a')]),
    bind(Mode::TextEdit, &[Key::End], Action::CursorEnd, "key-cursor-end").aliases(&[Key::Ctrl('e')]),
];

/// The keymap. PRODUCT.md §3 fixes the call keys; more may be added.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    bind(Home, &[Key::Down], Action::MenuDown, "key-menu-down").aliases(&[C('j')]),
    bind(Home, &[Key::Up], Action::MenuUp, "key-menu-up").aliases(&[C('k')]),
    bind(Home, &[Key::Enter], Action::Choose, "key-menu-choose").hint("hint-choose").aliases(&[Key::Right]),
    bind(Home, &[C('c')], Action::StartCall, "home-call"),
    bind(Home, &[C('p')], Action::StartPractice, "home-practice"),
    bind(Home, &[C('h')], Action::OpenHistory, "home-history"),
    bind(Home, &[C('f')], Action::OpenFollowups, "home-followups"),
    bind(Home, &[C('l')], Action::SwitchLanguage, "key-home-language"),
    bind(Home, &[C('q')], Action::Quit, "home-quit").hint("hint-quit"),
    bind(Home, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Recover, &[C('r')], Action::Resume, "key-resume").hint("hint-resume").aliases(&[Key::Enter]),
    bind(Recover, &[C('f')], Action::File, "key-file").hint("hint-file"),
    bind(Recover, &[Key::Esc], Action::Later, "key-later").hint("hint-later"),
    bind(Recover, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Call, &[Key::Right, C('l')], Action::Next, "key-next").hint("hint-next").word("l"),
    bind(Call, &[Key::Left, C('h')], Action::Previous, "key-previous").word("h"),
    bind(Call, &[Key::Down, C('j')], Action::ItemDown, "key-item-down"),
    bind(Call, &[Key::Up, C('k')], Action::ItemUp, "key-item-up"),
    bind(Call, &[C(' ')], Action::Tick, "key-tick").hint("hint-tick").word("tick N"),
    bind(Call, &[Key::Tab], Action::NextPhrasing, "key-phrasing").hint("hint-phrasing").word("say"),
    bind(Call, &[C('y')], Action::Copy, "key-copy"),
    bind(Call, &[C(']')], Action::StepDown, "key-step-down"),
    bind(Call, &[C('[')], Action::StepUp, "key-step-up"),
    bind(Call, &[C('g')], Action::Jump, "key-jump").aliases(&[C('/')]).word("step N"),
    bind(Call, &[C('+')], Action::MoodUp, "key-mood-up").aliases(&[C('=')]).word("+"),
    bind(Call, &[C('-')], Action::MoodDown, "key-mood-down").word("-"),
    bind(Call, &[C('!')], Action::Abusive, "key-abusive").word("!"),
    bind(Call, &[C('e')], Action::Escalate, "key-escalate").word("e"),
    bind(Call, &[C('r')], Action::Resolved, "key-resolved").word("r"),
    bind(Call, &[C('n')], Action::Note, "key-note").hint("hint-note").word("n TEXT"),
    bind(Call, &[C('p')], Action::Promise, "key-promise").word("p TEXT"),
    bind(Call, &[C('L')], Action::CycleLang, "key-lang").word("L"),
    bind(Call, &[C('c')], Action::FollowCue, "key-cue-follow").word("c"),
    bind(Call, &[C('x')], Action::DismissCue, "key-cue-dismiss").word("x"),
    bind(Call, &[C('m')], Action::Listen, "key-listen").word("m"),
    bind(Call, &[C('?')], Action::Help, "key-help").hint("hint-help").word("?"),
    bind(Call, &[C('q')], Action::End, "key-end").hint("hint-end").word("q"),
    bind(Call, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Help, &[Key::Esc], Action::Cancel, "key-cancel").hint("hint-close").aliases(&[C('?'), C('q')]),
    bind(Help, &[Key::Down], Action::MenuDown, "key-menu-down").hint("hint-scroll").aliases(&[C('j'), Key::PageDown]),
    bind(Help, &[Key::Up], Action::MenuUp, "key-menu-up").aliases(&[C('k'), Key::PageUp]),
    bind(Help, QUIT, Action::ForceQuit, "key-force-quit"),

    // `s` (sì, sí, sim) and `d` (da) say yes too: a native "yes" never cancels.
    bind(Confirm, &[C('y')], Action::Confirm, "key-confirm").hint("hint-confirm")
        .aliases(&[Key::Enter, C('s'), C('d')]).localized("key-yes-letter"),
    bind(Confirm, &[C('n')], Action::Cancel, "key-cancel").hint("hint-cancel").aliases(&[Key::Esc]),
    bind(Confirm, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Input, &[Key::Enter], Action::Save, "key-save").hint("hint-save"),
    bind(Input, &[Key::Esc], Action::Cancel, "key-cancel").hint("hint-discard"),
    bind(Input, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Jump, &[Key::Enter], Action::Choose, "key-jump-go").hint("hint-go"),
    bind(Jump, &[Key::Down], Action::MenuDown, "key-menu-down").aliases(&[Key::Tab]),
    bind(Jump, &[Key::Up], Action::MenuUp, "key-menu-up"),
    bind(Jump, &[Key::Esc], Action::Cancel, "key-cancel").hint("hint-discard"),
    bind(Jump, &[Key::Backspace], Action::DeleteBack, "key-delete"),
    bind(Jump, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Form, DIGITS_5, Action::Pick, "key-form-outcome").hint("hint-choose"),
    bind(Form, &[Key::Down], Action::MenuDown, "key-menu-down").aliases(&[C('j')]),
    bind(Form, &[Key::Up], Action::MenuUp, "key-menu-up").aliases(&[C('k')]),
    bind(Form, &[Key::Enter], Action::Choose, "key-form-enter").hint("hint-save"),
    bind(Form, &[Key::Tab], Action::NextField, "key-next-field").hint("hint-next-field"),
    bind(Form, &[Key::Esc], Action::Cancel, "key-back").hint("hint-back"),
    bind(Form, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Summary, &[Key::Enter], Action::Continue, "key-continue-on").hint("hint-continue")
        .aliases(&[Key::Esc, C('q'), C(' ')]),
    bind(Summary, &[C('y')], Action::Copy, "key-history-copy").hint("hint-copy"),
    bind(Summary, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(History, &[Key::Down], Action::MenuDown, "key-menu-down").aliases(&[C('j')]),
    bind(History, &[Key::Up], Action::MenuUp, "key-menu-up").aliases(&[C('k')]),
    bind(History, &[Key::PageDown], Action::PageDown, "key-page-down"),
    bind(History, &[Key::PageUp], Action::PageUp, "key-page-up"),
    bind(History, &[Key::Home], Action::First, "key-first"),
    bind(History, &[Key::End], Action::Last, "key-last"),
    bind(History, &[Key::Enter], Action::Choose, "key-history-open").hint("hint-open"),
    bind(History, &[C('/')], Action::Filter, "key-history-filter").hint("hint-filter"),
    bind(History, &[C('y')], Action::Copy, "key-history-copy").hint("hint-copy"),
    bind(History, &[C('q')], Action::Cancel, "key-back").hint("hint-back").aliases(&[Key::Esc]),
    bind(History, QUIT, Action::ForceQuit, "key-force-quit"),

    // Letters go to the field; ↓ ↑ still move through the calls it finds.
    bind(HistoryFilter, &[Key::Enter], Action::Save, "key-filter-keep").hint("hint-done"),
    bind(HistoryFilter, &[Key::Esc], Action::Cancel, "key-filter-clear").hint("hint-clear"),
    bind(HistoryFilter, &[Key::Down], Action::MenuDown, "key-menu-down"),
    bind(HistoryFilter, &[Key::Up], Action::MenuUp, "key-menu-up"),
    bind(HistoryFilter, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Record, &[Key::Down], Action::MenuDown, "key-menu-down").hint("hint-scroll").aliases(&[C('j')]),
    bind(Record, &[Key::Up], Action::MenuUp, "key-menu-up").aliases(&[C('k')]),
    bind(Record, &[Key::PageDown], Action::PageDown, "key-page-down"),
    bind(Record, &[Key::PageUp], Action::PageUp, "key-page-up"),
    bind(Record, &[Key::Home], Action::First, "key-first"),
    bind(Record, &[Key::End], Action::Last, "key-last"),
    bind(Record, &[C('y')], Action::Copy, "key-history-copy").hint("hint-copy"),
    bind(Record, &[C('q')], Action::Cancel, "key-back").hint("hint-back").aliases(&[Key::Esc]),
    bind(Record, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Followups, &[Key::Down], Action::MenuDown, "key-menu-down").aliases(&[C('j')]),
    bind(Followups, &[Key::Up], Action::MenuUp, "key-menu-up").aliases(&[C('k')]),
    bind(Followups, &[C('d')], Action::MarkDone, "key-followup-done").hint("hint-followup-done"),
    bind(Followups, &[C('u')], Action::Undo, "key-followup-undo").hint("hint-undo"),
    bind(Followups, &[C('q')], Action::Cancel, "key-back").hint("hint-back").aliases(&[Key::Esc]),
    bind(Followups, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(PracticeList, &[Key::Down], Action::MenuDown, "key-menu-down").aliases(&[C('j')]),
    bind(PracticeList, &[Key::Up], Action::MenuUp, "key-menu-up").aliases(&[C('k')]),
    bind(PracticeList, &[Key::Enter], Action::Choose, "key-menu-choose").hint("hint-choose")
        .aliases(&[Key::Right]),
    bind(PracticeList, &[C('q')], Action::Cancel, "key-back").hint("hint-back").aliases(&[Key::Esc]),
    bind(PracticeList, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Practice, DIGITS_4, Action::Pick, "key-pick").hint("hint-pick"),
    bind(Practice, &[C('w')], Action::OwnWords, "key-own-words").hint("hint-own-words").word("say TEXT"),
    bind(Practice, &[Key::Down], Action::MenuDown, "key-menu-down").aliases(&[C('j')]),
    bind(Practice, &[Key::Up], Action::MenuUp, "key-menu-up").aliases(&[C('k')]),
    bind(Practice, &[Key::Enter], Action::Choose, "key-continue"),
    bind(Practice, &[C('L')], Action::CycleLang, "key-lang").hint("hint-lang"),
    bind(Practice, &[C('m')], Action::Listen, "key-listen"),
    bind(Practice, &[C('q')], Action::Cancel, "key-back").hint("hint-back").aliases(&[Key::Esc]),
    bind(Practice, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Feedback, &[Key::Enter], Action::Choose, "key-continue").hint("hint-continue"),
    bind(Feedback, &[C('L')], Action::CycleLang, "key-lang").hint("hint-lang"),
    bind(Feedback, &[C('q')], Action::Cancel, "key-back").hint("hint-back").aliases(&[Key::Esc]),
    bind(Feedback, QUIT, Action::ForceQuit, "key-force-quit"),

    bind(Debrief, &[C('r')], Action::Retry, "key-retry").hint("hint-retry"),
    bind(Debrief, &[C('q')], Action::Cancel, "key-back").hint("hint-back").aliases(&[Key::Esc]),
    bind(Debrief, QUIT, Action::ForceQuit, "key-force-quit"),
];

/// The action of a key in a mode, if any.
pub fn resolve(mode: Mode, key: Key) -> Option<Action> {
    bindings(mode).find(|b| b.matches(key)).map(|b| b.action)
}

/// The bindings of a mode, in table order, then the editing layer's when
/// the mode has a text field.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    let editing = if mode.edits_text() { TEXT_EDITING } else { &[] };
    KEYMAP.iter().filter(move |b| b.mode == mode).chain(editing)
}

/// The binding of an action in a mode (for messages that name its key).
pub fn binding(mode: Mode, action: Action) -> Option<&'static Binding> {
    bindings(mode).find(|b| b.action == action)
}

/// The label of the keys of an action in a mode, for a message argument
/// ("n adds a note"); empty if it has none.
pub fn label_of(mode: Mode, action: Action, i18n: &I18n) -> String {
    binding(mode, action).map(|b| b.label(i18n)).unwrap_or_default()
}

/// The binding of a plain-mode command word (`tick` of `tick N`).
pub fn by_word(word: &str) -> Option<&'static Binding> {
    bindings(Mode::Call).find(|b| b.word.and_then(|w| w.split(' ').next()) == Some(word))
}

#[cfg(test)]
mod tests;
