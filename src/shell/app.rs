//! The application as data: which screen is open, and how a key changes
//! it. The runtime performs the [`Command`]s it returns; nothing here
//! touches the terminal or the disk, except through the call session, which
//! journals the events of a live call.

mod call_screen;
mod end_screen;
mod followups;
mod form;
mod history;
mod home;
mod practice;
mod text_field;

pub use call_screen::{CallScreen, Overlay, Status};
pub use end_screen::EndScreen;
pub use followups::{FollowupRow, FollowupsOutcome, FollowupsScreen};
pub use form::{Field, Form, FormDone};
pub use history::{COLUMNS, HistoryOutcome, HistoryScreen, ID, Opened};
pub use home::{Home, MenuItem};
pub use practice::{PracticeOutcome, PracticeScreen, ScenarioList};
pub use text_field::TextField;

use jiff::civil::Date;

use crate::coach::call::{CallState, DateWords, Documentation, Event, wrap_up};
use crate::coach::i18n::I18n;
use crate::coach::lang::Lang;
use crate::coach::playbook::Playbook;
use crate::coach::practice::Progress;
use crate::records::record::{Draft, Listing, Record};
use crate::records::session::{CallSession, CallStart};
use crate::shell::keymap::{self, Action, Key, Mode};

/// What the runtime must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Start a new call: open its session ([`App::call_start`]) and hand
    /// it to [`App::open_call`].
    Begin,
    /// Copy this text to the clipboard.
    Copy(String),
    /// The form is filled in: write the record, then call [`App::saved`].
    Save(Documentation),
    /// Go on with the interrupted call of this id: reopen its session and
    /// hand it to [`App::open_call`].
    Resume(String),
    /// File the interrupted call of this id as interrupted.
    File(String),
    /// A practice attempt finished with this score: count it in the
    /// progress on disk and put the result in [`App::progress`].
    RecordProgress(String, u8),
    /// The history screen opened: read the records and hand them to
    /// [`App::load_history`].
    LoadHistory,
    /// The follow-ups screen opened: list them ([`App::load_followups`]).
    LoadFollowups,
    /// Mark the follow-up of this call done, with the note typed if any,
    /// then list them again.
    FollowUpDone(String, Option<String>),
    /// Open the follow-up of this call again (`u`), then list them again.
    FollowUpReopen(String),
    /// The agent picked this UI language: keep it in the config file.
    SaveLanguage(Lang),
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
    /// The note it was typing, unfinished.
    pub draft: Option<String>,
}

/// The screen on display.
#[derive(Debug)]
pub enum Screen {
    /// The home menu.
    Home(Home),
    /// A call is being opened (for a moment, before its session is there).
    Opening,
    /// An interrupted call is offered for recovery.
    Recover,
    /// A live call.
    Call(Box<CallScreen>),
    /// The documentation form after a call.
    Form(Box<CallScreen>, Box<Form>),
    /// The summary after a call, and where its record was saved.
    Summary(Box<EndScreen>),
    /// The practice scenarios.
    PracticeList(ScenarioList),
    /// A practice scenario being played.
    Practice(Box<PracticeScreen>),
    /// The history of calls, and a record opened from it.
    History(Box<HistoryScreen>),
    /// The follow-ups still open.
    Followups(Box<FollowupsScreen>),
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
    /// Who takes the call (from the settings), for the record.
    pub agent: Option<String>,
    /// Listen mode, when the call listens.
    pub listen: Option<crate::listen::ListenSetup>,
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
    /// Whether leaving the summary goes home (or quits).
    from_home: bool,
    /// The seed of the next practice attempt (from the clock when none).
    practice_seed: Option<u64>,
}

impl App {
    /// The app on its home screen (after offering interrupted calls),
    /// with the options of the calls it starts.
    pub fn home(playbook: Playbook, i18n: I18n, options: CallOptions) -> App {
        App::new(playbook, i18n, options, true)
    }

    /// The app with a call open at once (`calma call`), after offering
    /// interrupted calls.
    pub fn call(playbook: Playbook, i18n: I18n, options: CallOptions) -> App {
        App::new(playbook, i18n, options, false)
    }

    /// The app on the practice screens (`calma practice [ID] [--seed N]`):
    /// the list, or the scenario at this index; the first attempt's
    /// answers in the order of `seed`, each later one in the next of its
    /// sequence.
    pub fn practice(playbook: Playbook, i18n: I18n, scenario: Option<usize>, seed: u64) -> App {
        let mut app = App::new(playbook, i18n, CallOptions::default(), false);
        app.practice_seed = Some(seed);
        app.screen = Screen::PracticeList(ScenarioList::default());
        if let Some(i) = scenario {
            app.play(i);
        }
        app
    }

    fn play(&mut self, index: usize) {
        if let Some(scenario) = self.playbook.scenarios().get(index) {
            let seed = self.practice_seed.unwrap_or_else(PracticeScreen::clock_seed);
            self.practice_seed = Some(crate::coach::practice::next_seed(seed));
            let screen = PracticeScreen::seeded(index, scenario, self.i18n.lang(), seed);
            self.screen = Screen::Practice(Box::new(screen));
        }
    }

    fn new(playbook: Playbook, i18n: I18n, options: CallOptions, from_home: bool) -> App {
        App {
            playbook,
            i18n,
            screen: if from_home { Screen::Home(Home::default()) } else { Screen::Opening },
            options,
            pending: Vec::new(),
            alert: None,
            today: jiff::civil::date(2026, 1, 1),
            progress: Progress::default(),
            from_home,
            practice_seed: None,
        }
    }

    /// What to do before the first key: open the call of `calma call`,
    /// unless an interrupted call is offered first.
    pub fn start(&mut self) -> Vec<Command> {
        if matches!(self.screen, Screen::Opening) { vec![Command::Begin] } else { Vec::new() }
    }

    /// Offers these interrupted calls before anything else (called before
    /// [`App::start`], so a fresh call it replaces has not begun).
    pub fn offer(&mut self, pending: Vec<Pending>) {
        if !pending.is_empty() {
            self.pending = pending;
            self.screen = Screen::Recover;
        }
    }

    /// After recovery (or a call offered for it that another window took
    /// first): home, or a new call for `calma call`.
    pub fn leave_recovery(&mut self) -> Vec<Command> {
        if self.from_home {
            self.screen = Screen::Home(Home::default());
            Vec::new()
        } else {
            self.screen = Screen::Opening;
            vec![Command::Begin]
        }
    }

    /// What a new call starts with: the languages and the customer.
    pub fn call_start(&self) -> CallStart {
        let o = &self.options;
        CallStart::new(
            self.i18n.lang(),
            o.customer_lang,
            o.customer.clone(),
            o.ticket.clone(),
            o.agent.clone(),
        )
    }

    /// Puts a call on screen, new or resumed; `listening` is listen mode's
    /// state when the call listens.
    pub fn open_call(&mut self, session: CallSession) {
        let mut screen = CallScreen::new(session);
        screen.listening =
            self.options.listen.as_ref().map(|l| crate::listen::Listening::starting(l.keep_transcript));
        self.screen = Screen::Call(Box::new(screen));
    }

    /// The call screen on display, live or being documented.
    pub fn call_screen(&mut self) -> Option<&mut CallScreen> {
        match &mut self.screen {
            Screen::Call(call) | Screen::Form(call, _) => Some(call),
            _ => None,
        }
    }

    /// The session of the call on screen (live, or being documented).
    pub fn session(&self) -> Option<&CallSession> {
        match &self.screen {
            Screen::Call(call) | Screen::Form(call, _) => Some(&call.session),
            _ => None,
        }
    }

    /// Stops the open call's clock at `seconds` (snapshots show a fixed
    /// time).
    pub fn freeze_clock(&mut self, seconds: u64) {
        if let Screen::Call(call) = &mut self.screen {
            call.session.stop_clock_at(seconds);
        }
    }

    /// What the call on screen is typing and has not journaled: a note
    /// with some text, or the documentation form; with the call's id.
    pub fn draft(&self) -> Option<(String, Draft)> {
        let (call, draft) = match &self.screen {
            Screen::Call(call) => {
                let (kind, text) = call.typing().filter(|(_, text)| !text.trim().is_empty())?;
                (call, Draft::Note { kind, text: text.to_string() })
            }
            Screen::Form(call, form) => (call, form.draft()),
            _ => return None,
        };
        Some((call.session.id().to_string(), draft))
    }

    /// Opens again what a call was typing when calma stopped.
    pub fn reopen(&mut self, draft: Draft) {
        match draft {
            Draft::Note { kind, text } => {
                if let Some(call) = self.call_screen() {
                    call.reopen_draft(kind, &text);
                }
            }
            Draft::Form { outcome, summary, follow_up } => {
                if let Screen::Call(call) = std::mem::replace(&mut self.screen, Screen::Opening) {
                    let words = DateWords::of(&self.i18n);
                    let form = Form::restored(outcome, &summary, &follow_up, self.today, words);
                    self.screen = Screen::Form(call, Box::new(form));
                }
            }
        }
    }

    /// Whether the listener should hear: on the live call screen, unless
    /// the agent paused it. The form rests it (the customer has hung up).
    pub fn wants_listening(&self) -> bool {
        match &self.screen {
            Screen::Call(call) => {
                call.listening.as_ref().is_some_and(|l| l.state != crate::listen::ListenState::Paused)
            }
            _ => false,
        }
    }

    /// Whether a call is open (the clock must tick).
    pub fn in_call(&self) -> bool {
        matches!(self.screen, Screen::Call(_))
    }

    /// The runtime's answer to [`Command::Save`]: where the record is and
    /// its summary, or why it could not be written (the form stays, to try
    /// again).
    pub fn saved(&mut self, result: Result<(String, Record), String>) {
        match result {
            Ok((path, record)) => {
                let end = EndScreen::new(&record, path, &self.playbook, &self.i18n);
                self.screen = Screen::Summary(Box::new(end));
                self.alert = None;
            }
            Err(message) => self.alert = Some(message),
        }
    }

    /// The runtime's answer to [`Command::LoadHistory`]: the records, newest
    /// first.
    pub fn load_history(&mut self, listing: Listing) {
        if let Screen::History(history) = &mut self.screen {
            let mut loaded = HistoryScreen::new(listing, &self.i18n);
            loaded.take_size(history);
            **history = loaded;
        }
    }

    /// The runtime's answer to [`Command::LoadFollowups`] (and after
    /// [`Command::FollowUpDone`], with what happened).
    pub fn load_followups(&mut self, listing: &Listing, status: Option<String>) {
        if let Screen::Followups(screen) = &mut self.screen {
            screen.reload(FollowupsScreen::new(listing, self.today, &self.i18n));
            if status.is_some() {
                screen.status = status;
            }
        }
    }

    /// The terminal's size before a draw: the history moves by pages of it.
    pub fn resize(&mut self, width: u16, height: u16) {
        if let Screen::History(history) = &mut self.screen {
            history.resize(width.into(), height.into());
        }
    }

    /// A paste: text for the field that has the focus (line breaks become
    /// spaces); outside a text field it does nothing.
    pub fn paste(&mut self, text: &str) {
        let text = crate::coach::sanitize::clean(text);
        match &mut self.screen {
            Screen::Call(call) => {
                if let Overlay::Input { text: typed, .. } = &mut call.overlay {
                    typed.paste(&text);
                }
            }
            Screen::Form(_, form) => form.paste(&text),
            Screen::History(history) => history.paste(&text),
            _ => {}
        }
    }

    /// Reacts to one key.
    pub fn handle(&mut self, key: Key) -> Vec<Command> {
        match &mut self.screen {
            Screen::Home(home) => match home.handle(key) {
                Some(MenuItem::Call) => {
                    self.screen = Screen::Opening;
                    vec![Command::Begin]
                }
                Some(MenuItem::Practice) => {
                    self.screen = Screen::PracticeList(ScenarioList::default());
                    Vec::new()
                }
                Some(MenuItem::History) => {
                    self.screen =
                        Screen::History(Box::new(HistoryScreen::new(Listing::default(), &self.i18n)));
                    vec![Command::LoadHistory]
                }
                Some(MenuItem::Followups) => {
                    self.screen = Screen::Followups(Box::default());
                    vec![Command::LoadFollowups]
                }
                Some(MenuItem::Language) => {
                    self.i18n = I18n::new(self.i18n.lang().next());
                    vec![Command::SaveLanguage(self.i18n.lang())]
                }
                Some(MenuItem::Quit) => vec![Command::Quit],
                None => Vec::new(),
            },
            Screen::Opening => match keymap::resolve(Mode::Call, key) {
                Some(Action::ForceQuit) => vec![Command::Quit],
                _ => Vec::new(),
            },
            Screen::Recover => self.recover(key),
            Screen::Call(call) => {
                let (commands, ended) = call.handle(key, &self.playbook);
                if ended && let Screen::Call(call) = std::mem::replace(&mut self.screen, Screen::Opening) {
                    let words = DateWords::of(&self.i18n);
                    // Drafted from the call: accepting it is one Enter.
                    let now = self.today.to_datetime(crate::coach::clock::now().time());
                    let wrap = wrap_up(call.call(), call.session.update_time(), now, &self.i18n);
                    let form = Form::drafted(&wrap, self.today, words);
                    self.screen = Screen::Form(call, Box::new(form));
                }
                commands
            }
            Screen::Form(call, form) => {
                if keymap::resolve(Mode::Form, key) == Some(Action::ForceQuit) {
                    return vec![Command::Quit];
                }
                match form.handle(key) {
                    Some(FormDone::Saved(documentation)) => vec![Command::Save(documentation)],
                    Some(FormDone::BackToCall) => {
                        // The reopening is journaled like any event; if it
                        // cannot be written the form stays.
                        if call.session.apply(Event::Reopen).is_ok()
                            && let Screen::Form(call, _) =
                                std::mem::replace(&mut self.screen, Screen::Opening)
                        {
                            self.screen = Screen::Call(call);
                        }
                        Vec::new()
                    }
                    None => Vec::new(),
                }
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
            Screen::History(history) => match history.handle(key, &self.playbook, &self.i18n) {
                HistoryOutcome::Stay(commands) => commands,
                HistoryOutcome::Back => {
                    self.screen = Screen::Home(Home::default());
                    Vec::new()
                }
            },
            Screen::Followups(followups) => match followups.handle(key, &self.i18n) {
                FollowupsOutcome::Stay(commands) => commands,
                FollowupsOutcome::Back => {
                    self.screen = Screen::Home(Home::default());
                    Vec::new()
                }
            },
            Screen::Summary(end) => match keymap::resolve(Mode::Summary, key) {
                Some(Action::ForceQuit) => vec![Command::Quit],
                Some(Action::Copy) => {
                    end.copied = true;
                    vec![Command::Copy(end.markdown.clone())]
                }
                Some(Action::Continue) if self.from_home => {
                    self.screen = Screen::Home(Home::default());
                    Vec::new()
                }
                Some(Action::Continue) => vec![Command::Quit],
                _ => Vec::new(),
            },
        }
    }

    fn practice_outcome(&mut self, outcome: PracticeOutcome) -> Vec<Command> {
        match outcome {
            PracticeOutcome::Stay => Vec::new(),
            PracticeOutcome::Play(i) => {
                self.play(i);
                Vec::new()
            }
            PracticeOutcome::Finished(id, percent) => vec![Command::RecordProgress(id, percent)],
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

    /// The interrupted call on offer: resume it, file it, or later.
    fn recover(&mut self, key: Key) -> Vec<Command> {
        let Some(action) = keymap::resolve(Mode::Recover, key) else {
            return Vec::new();
        };
        let mut commands = match action {
            Action::ForceQuit => return vec![Command::Quit],
            Action::Resume if !self.pending.is_empty() => {
                let pending = self.pending.remove(0);
                self.pending.clear();
                self.screen = Screen::Opening;
                return vec![Command::Resume(pending.id)];
            }
            Action::File if !self.pending.is_empty() => vec![Command::File(self.pending.remove(0).id)],
            Action::Later => {
                self.pending.clear();
                Vec::new()
            }
            _ => return Vec::new(),
        };
        if self.pending.is_empty() {
            commands.extend(self.leave_recovery());
        }
        commands
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::lang::Lang;

    #[test]
    fn esc_on_the_first_field_of_the_form_goes_back_to_the_call() {
        let playbook = Playbook::embedded().expect("valid");
        let mut app = App::call(playbook.clone(), I18n::new(Lang::It), CallOptions::default());
        app.open_call(CallSession::in_memory(&playbook, &app.call_start()));
        // 's' (sì) confirms the end of the call in Italian.
        for key in [Key::Char('r'), Key::Char('q'), Key::Char('s')] {
            app.handle(key);
        }
        assert!(matches!(app.screen, Screen::Form(..)));
        app.handle(Key::Esc);
        let Screen::Call(call) = &app.screen else { panic!("back to the call") };
        assert!(!call.call().ended());
        assert_eq!(call.call().current_step().id, "close");
        assert!(call.session.until_next_second().is_some(), "the clock runs again");
    }

    #[test]
    fn the_listener_hears_on_the_call_rests_on_the_form_and_when_paused() {
        let playbook = Playbook::embedded().expect("valid");
        let options =
            CallOptions { listen: Some(crate::listen::ListenSetup::default()), ..CallOptions::default() };
        let mut app = App::call(playbook.clone(), I18n::new(Lang::En), options);
        app.open_call(CallSession::in_memory(&playbook, &app.call_start()));
        assert!(app.wants_listening(), "listening from the start, while the model loads");
        app.handle(Key::Char('m'));
        assert!(!app.wants_listening(), "paused by the agent");
        app.handle(Key::Char('m'));
        assert!(app.wants_listening(), "resumed");
        for key in [Key::Char('q'), Key::Char('y')] {
            app.handle(key);
        }
        assert!(matches!(app.screen, Screen::Form(..)));
        assert!(!app.wants_listening(), "the form rests it");
        app.handle(Key::Esc);
        assert!(app.wants_listening(), "back on the call, it listens again");
    }

    #[test]
    fn a_call_without_listen_mode_never_listens() {
        let playbook = Playbook::embedded().expect("valid");
        let mut app = App::call(playbook.clone(), I18n::new(Lang::En), CallOptions::default());
        app.open_call(CallSession::in_memory(&playbook, &app.call_start()));
        assert!(!app.wants_listening());
    }

    #[test]
    fn what_is_typed_is_a_draft_and_opens_again() {
        let playbook = Playbook::embedded().expect("valid");
        let mut app = App::call(playbook.clone(), I18n::new(Lang::En), CallOptions::default());
        app.open_call(CallSession::in_memory(&playbook, &app.call_start()));
        assert_eq!(app.draft(), None);
        app.handle(Key::Char('n'));
        assert_eq!(app.draft(), None, "an empty field holds nothing");
        app.handle(Key::Char('A'));
        let (_, draft) = app.draft().expect("a note begun");
        assert_eq!(draft, Draft::Note { kind: crate::coach::call::NoteKind::Note, text: "A".into() });
        app.handle(Key::Esc);
        for key in [Key::Char('q'), Key::Char('y'), Key::Tab, Key::Char('O'), Key::Char('k')] {
            app.handle(key);
        }
        let (_, form) = app.draft().expect("the form");
        let Draft::Form { summary, .. } = &form else { panic!("{form:?}") };
        assert_eq!(summary, "Ok");

        // A resumed call opens the form again as it was.
        let mut again = App::call(playbook.clone(), I18n::new(Lang::En), CallOptions::default());
        again.open_call(CallSession::in_memory(&playbook, &again.call_start()));
        again.reopen(form.clone());
        assert_eq!(again.draft().map(|(_, d)| d), Some(form));
    }
}
