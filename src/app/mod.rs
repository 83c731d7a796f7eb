//! The application as plain data: which screen is open, and how a key
//! changes it. The runtime performs the [`Command`]s it returns; nothing
//! here touches the terminal, the clock or the disk.

mod call_screen;
mod form;
mod home;
mod practice;

pub use call_screen::{CallScreen, Overlay, Status};
pub use form::{Field, Form};
pub use home::{Home, MenuItem};
pub use practice::{PracticeOutcome, PracticeScreen, ScenarioList};

use jiff::civil::Date;

use crate::call::{CallState, DateWords, Documentation, Event};
use crate::i18n::I18n;
use crate::keymap::{self, Action, Key, Mode};
use crate::lang::Lang;
use crate::playbook::Playbook;
use crate::practice::Progress;

/// What the runtime must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// A call started: open its journal.
    Begin,
    /// Record this event of the open call (journal) — it has been applied.
    Record(Event),
    /// Copy this text to the clipboard.
    Copy(String),
    /// The form is filled in: write the record, then call [`App::saved`].
    Save(Documentation),
    /// Go on with the interrupted call of this id (reopen its journal).
    Resume(String),
    /// File the interrupted call of this id as interrupted.
    File(String),
    /// Practice progress changed: write [`App::progress`].
    SaveProgress,
    /// The history screen opened: fill [`App::history`].
    LoadHistory,
    /// Leave calma.
    Quit,
}

/// An interrupted call found at start-up, replayed from its journal.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The call id.
    pub id: String,
    /// When it started (RFC 3339).
    pub started_at: String,
    /// The call as it was.
    pub state: CallState,
    /// Seconds it had lasted.
    pub elapsed: u64,
}

/// The screen on display.
#[derive(Debug, Clone)]
pub enum Screen {
    /// The home menu.
    Home(Home),
    /// An interrupted call is offered for recovery.
    Recover,
    /// A live call.
    Call(Box<CallScreen>),
    /// The documentation form after a call.
    Form(Box<CallScreen>, Form),
    /// The summary after a call.
    Summary(Box<CallScreen>),
    /// The practice scenarios.
    PracticeList(ScenarioList),
    /// A practice scenario being played.
    Practice(Box<PracticeScreen>),
    /// The history of calls, scrolled by this many lines.
    History(usize),
}

/// Options of a new call, from the command line.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// The customer's language; the UI language when absent.
    pub customer_lang: Option<Lang>,
    /// The customer's name, for the record.
    pub customer: Option<String>,
    /// The ticket id, for the record.
    pub ticket: Option<String>,
}

/// The whole application state.
pub struct App {
    /// The playbook in every language.
    pub playbook: Playbook,
    /// UI strings in the agent's language.
    pub i18n: I18n,
    /// What is on screen.
    pub screen: Screen,
    /// Options for the next call.
    pub options: CallOptions,
    /// Interrupted calls still to offer, oldest first.
    pub pending: Vec<Pending>,
    /// A problem the agent must see (e.g. the journal cannot be written).
    pub alert: Option<String>,
    /// Today's date, for the follow-up (set by the runtime).
    pub today: Date,
    /// Practice progress (loaded and saved by the runtime).
    pub progress: Progress,
    /// The history of calls as a table (filled by the runtime when the
    /// history screen opens).
    pub history: String,
    /// Whether leaving the summary goes home (or quits).
    from_home: bool,
}

impl App {
    /// The app on its home screen (after offering interrupted calls).
    pub fn home(playbook: Playbook, i18n: I18n) -> App {
        App::new(playbook, i18n, CallOptions::default(), true)
    }

    /// The app with a call open at once (`calma call`), after offering
    /// interrupted calls.
    pub fn call(playbook: Playbook, i18n: I18n, options: CallOptions) -> App {
        App::new(playbook, i18n, options, false)
    }

    /// The app on the practice screens (`calma practice [ID]`): the list,
    /// or the scenario at this index.
    pub fn practice(playbook: Playbook, i18n: I18n, scenario: Option<usize>) -> App {
        let mut app = App::new(playbook, i18n, CallOptions::default(), false);
        app.screen = Screen::PracticeList(ScenarioList::default());
        if let Some(i) = scenario {
            app.play(i);
        }
        app
    }

    fn play(&mut self, index: usize) {
        if let Some(scenario) = self.playbook.scenarios().get(index) {
            let screen = PracticeScreen::new(index, scenario, self.i18n.lang());
            self.screen = Screen::Practice(Box::new(screen));
        }
    }

    fn new(playbook: Playbook, i18n: I18n, options: CallOptions, from_home: bool) -> App {
        let mut app = App {
            playbook,
            i18n,
            screen: Screen::Home(Home::default()),
            options,
            pending: Vec::new(),
            alert: None,
            today: jiff::civil::date(2026, 1, 1),
            progress: Progress::default(),
            history: String::new(),
            from_home,
        };
        app.leave_recovery();
        app
    }

    /// Offers these interrupted calls before anything else (called before
    /// the first key, so a fresh call it replaces has not begun).
    pub fn offer(&mut self, pending: Vec<Pending>) {
        if !pending.is_empty() {
            self.pending = pending;
            self.screen = Screen::Recover;
        }
    }

    /// After recovery: home, or a new call for `calma call`.
    fn leave_recovery(&mut self) {
        if self.from_home {
            self.screen = Screen::Home(Home::default());
        } else {
            self.start_call();
        }
    }

    fn start_call(&mut self) {
        let lang = self.i18n.lang();
        let customer_lang = self.options.customer_lang.unwrap_or(lang);
        let state = CallState::new(self.playbook.pack(lang), customer_lang);
        self.screen = Screen::Call(Box::new(CallScreen::new(state)));
    }

    /// Tells the app how long the open call has lasted (whole seconds).
    pub fn set_elapsed(&mut self, seconds: u64) {
        if let Screen::Call(call) = &mut self.screen {
            call.elapsed = seconds;
        }
    }

    /// The seconds the open call has lasted.
    pub fn elapsed(&self) -> u64 {
        match &self.screen {
            Screen::Call(call) | Screen::Form(call, _) | Screen::Summary(call) => call.elapsed,
            _ => 0,
        }
    }

    /// Whether a call is open (the clock must tick).
    pub fn in_call(&self) -> bool {
        matches!(self.screen, Screen::Call(_))
    }

    /// The runtime's answer to [`Command::Save`]: where the record is, or
    /// why it could not be written (the form stays, to try again).
    pub fn saved(&mut self, result: Result<String, String>) {
        match result {
            Ok(path) => {
                if let Screen::Form(call, _) =
                    std::mem::replace(&mut self.screen, Screen::Home(Home::default()))
                {
                    let mut call = call;
                    call.saved = Some(path);
                    self.screen = Screen::Summary(call);
                }
                self.alert = None;
            }
            Err(message) => self.alert = Some(message),
        }
    }

    /// Reacts to one key.
    pub fn handle(&mut self, key: Key) -> Vec<Command> {
        match &mut self.screen {
            Screen::Home(home) => match home.handle(key) {
                Some(MenuItem::Call) => {
                    self.start_call();
                    vec![Command::Begin]
                }
                Some(MenuItem::Practice) => {
                    self.screen = Screen::PracticeList(ScenarioList::default());
                    Vec::new()
                }
                Some(MenuItem::History) => {
                    self.screen = Screen::History(0);
                    vec![Command::LoadHistory]
                }
                Some(MenuItem::Language) => {
                    self.i18n = I18n::new(self.i18n.lang().next());
                    Vec::new()
                }
                Some(MenuItem::Quit) => vec![Command::Quit],
                None => Vec::new(),
            },
            Screen::Recover => self.recover(key),
            Screen::Call(call) => {
                let (commands, ended) = call.handle(key, &self.playbook);
                if ended && let Screen::Call(call) = std::mem::replace(&mut self.screen, Screen::Recover) {
                    let words = DateWords {
                        today: vec![self.i18n.t("date-today")],
                        tomorrow: vec![self.i18n.t("date-tomorrow")],
                    };
                    let form = Form::new(call.call.likely_outcome(), self.today, words);
                    self.screen = Screen::Form(call, form);
                }
                commands
            }
            Screen::Form(_, form) => {
                if key == Key::CtrlC {
                    return vec![Command::Quit];
                }
                form.handle(key).map(Command::Save).into_iter().collect()
            }
            Screen::PracticeList(list) => {
                let outcome = list.handle(key, self.playbook.scenarios().len());
                self.practice_outcome(outcome)
            }
            Screen::Practice(screen) => {
                let Some(scenario) = self.playbook.scenarios().get(screen.scenario) else {
                    return Vec::new();
                };
                let outcome = screen.handle(key, scenario);
                self.practice_outcome(outcome)
            }
            Screen::History(scroll) => {
                let last = self.history.lines().count().saturating_sub(1);
                match keymap::resolve(Mode::History, key) {
                    Some(Action::MenuDown) => *scroll = (*scroll + 1).min(last),
                    Some(Action::MenuUp) => *scroll = scroll.saturating_sub(1),
                    Some(Action::Cancel) => self.screen = Screen::Home(Home::default()),
                    Some(Action::ForceQuit) => return vec![Command::Quit],
                    _ => {}
                }
                Vec::new()
            }
            Screen::Summary(_) => {
                if key == Key::CtrlC || !self.from_home {
                    vec![Command::Quit]
                } else {
                    self.screen = Screen::Home(Home::default());
                    Vec::new()
                }
            }
        }
    }

    fn practice_outcome(&mut self, outcome: PracticeOutcome) -> Vec<Command> {
        match outcome {
            PracticeOutcome::Stay => Vec::new(),
            PracticeOutcome::Play(i) => {
                self.play(i);
                Vec::new()
            }
            PracticeOutcome::Finished(id, percent) => {
                self.progress.record(&id, percent);
                vec![Command::SaveProgress]
            }
            PracticeOutcome::Back => match &self.screen {
                Screen::Practice(p) => {
                    let selected = p.scenario;
                    self.screen = Screen::PracticeList(ScenarioList { selected });
                    Vec::new()
                }
                _ if self.from_home => {
                    self.screen = Screen::Home(Home::default());
                    Vec::new()
                }
                _ => vec![Command::Quit],
            },
            PracticeOutcome::Quit => vec![Command::Quit],
        }
    }

    /// r resume · f file as interrupted · Esc later.
    fn recover(&mut self, key: Key) -> Vec<Command> {
        if key == Key::CtrlC {
            return vec![Command::Quit];
        }
        let command = match key {
            Key::Char('r') | Key::Enter if !self.pending.is_empty() => {
                let pending = self.pending.remove(0);
                let mut screen = CallScreen::new(pending.state);
                screen.elapsed = pending.elapsed;
                self.screen = Screen::Call(Box::new(screen));
                self.pending.clear();
                return vec![Command::Resume(pending.id)];
            }
            Key::Char('f') if !self.pending.is_empty() => Some(Command::File(self.pending.remove(0).id)),
            Key::Esc => {
                self.pending.clear();
                None
            }
            _ => return Vec::new(),
        };
        if self.pending.is_empty() {
            self.leave_recovery();
        }
        let mut commands: Vec<Command> = command.into_iter().collect();
        if self.in_call() {
            commands.push(Command::Begin);
        }
        commands
    }
}
