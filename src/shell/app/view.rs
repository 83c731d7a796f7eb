//! The one shape of every screen: it reacts to a key and draws itself,
//! given the [`Context`] every screen shares, and says what comes next in
//! one [`Outcome`]. The app holds the screen on display as a `Box<dyn
//! View>` and dispatches without knowing its insides.

use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::CallScreen;
use crate::coach::i18n::I18n;
use crate::coach::playbook::Playbook;
use crate::coach::practice::Progress;
use crate::records::record::{Draft, Listing};
use crate::shell::keymap::Key;
use crate::shell::ui::Theme;

/// What every screen may read: the content, the agent's strings, today,
/// practice progress, and how calma was opened.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// The playbook in every language.
    pub playbook: &'a Playbook,
    /// UI strings in the agent's language.
    pub i18n: &'a I18n,
    /// Today's date (follow-ups, dates in the form).
    pub today: Date,
    /// Practice progress, as last read or written.
    pub progress: &'a Progress,
    /// Whether calma opened on the home screen (or straight on a call or
    /// practice, which `Back` then leaves).
    pub from_home: bool,
}

/// What the runtime must do after a key; the app itself does nothing on
/// disk or on the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Task {
    /// Start a new call: open its session ([`App::call_start`](super::App::call_start))
    /// and hand it to [`App::open_call`](super::App::open_call).
    Begin,
    /// Copy this text to the clipboard.
    Copy(String),
    /// The form is filled in: write the record, then call
    /// [`App::saved`](super::App::saved).
    Save(crate::coach::call::Documentation),
    /// Go on with the interrupted call of this id: reopen its session and
    /// hand it to [`App::open_call`](super::App::open_call).
    Resume(String),
    /// File the interrupted call of this id as interrupted.
    File(String),
    /// A practice attempt finished: count it in the progress on disk and
    /// put the result in [`App::progress`](super::App::progress).
    RecordProgress(String, crate::coach::practice::Attempt),
    /// The records are wanted (history, follow-ups): read them and hand
    /// them to [`App::loaded`](super::App::loaded).
    Load,
    /// Mark the follow-up of this call done, with the note typed if any,
    /// then load the records again.
    FollowUpDone(String, Option<String>),
    /// Open the follow-up of this call again (`u`), then load the records
    /// again.
    FollowUpReopen(String),
    /// The agent picked this UI language: speak it, and keep it in the
    /// config file.
    SaveLanguage(crate::coach::lang::Lang),
    /// Start listen mode for practice (`calma practice --listen`): hand
    /// what the listener reports to [`App::listened`](super::App::listened).
    Listen,
    /// Leave calma.
    Quit,
}

/// Where a key leads.
pub enum Next {
    /// This screen: the same one, changed, or another it opened.
    Show(Box<dyn View>),
    /// Home, or out of calma when it opened on a screen of its own.
    Back,
    /// The practice scenario at this index, in the next shuffled order,
    /// with listen mode when practice listens.
    Play(usize, Option<crate::listen::Spoken>),
}

/// What a key did: the screen that comes next and what the runtime must do.
pub struct Outcome {
    /// The screen that comes next.
    pub next: Next,
    /// What the runtime must do, in order.
    pub tasks: Vec<Task>,
}

impl Outcome {
    /// This screen, with nothing to do.
    pub fn show(view: Box<dyn View>) -> Outcome {
        Outcome { next: Next::Show(view), tasks: Vec::new() }
    }

    /// Somewhere else, with nothing to do.
    pub fn to(next: Next) -> Outcome {
        Outcome { next, tasks: Vec::new() }
    }

    /// The same, and then this task.
    pub fn and(mut self, task: Task) -> Outcome {
        self.tasks.push(task);
        self
    }

    /// The same, and then these tasks.
    pub fn and_all(mut self, tasks: impl IntoIterator<Item = Task>) -> Outcome {
        self.tasks.extend(tasks);
        self
    }
}

/// A screen.
pub trait View: std::fmt::Debug {
    /// Reacts to one key: the screen that comes next (often itself) and
    /// what the runtime must do.
    fn handle(self: Box<Self>, key: Key, cx: &Context) -> Outcome;

    /// Draws the screen into `area`.
    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect);

    /// A paste: text for the field that has the focus (line breaks are
    /// already spaces). Outside a text field nothing happens.
    fn paste(&mut self, _text: &str) {}

    /// The terminal's size before a draw, for screens that move by pages.
    fn resize(&mut self, _width: u16, _height: u16) {}

    /// The records the runtime read after [`Task::Load`], with what
    /// happened when a task changed them.
    fn loaded(&mut self, _listing: Listing, _status: Option<String>, _cx: &Context) {}

    /// The call behind this screen, live or being documented.
    fn call(&self) -> Option<&CallScreen> {
        None
    }

    /// The call behind this screen, to change.
    fn call_mut(&mut self) -> Option<&mut CallScreen> {
        None
    }

    /// What is typed here and not journaled yet.
    fn draft(&self) -> Option<Draft> {
        None
    }

    /// Whether a call's clock is on screen (it must tick).
    fn ticking(&self) -> bool {
        false
    }

    /// Whether the listener should hear now.
    fn listening(&self) -> bool {
        false
    }

    /// What the listener reported, for a screen that listens without a
    /// call (practice); a call's screen takes it through [`View::call_mut`].
    fn listened(&mut self, _report: crate::listen::Report, _cx: &Context) {}
}
