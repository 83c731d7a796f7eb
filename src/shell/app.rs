//! The screens, and the app that holds the one on display. Each screen is
//! a [`View`]: it reacts to a key and draws itself, and says in an
//! [`Outcome`] what comes next and which [`Task`]s the runtime must do;
//! the app dispatches without knowing its insides. Nothing here touches
//! the disk or reads the terminal, except through the call session, which
//! journals the events of a live call.

mod call_screen;
mod end_screen;
mod followups;
mod form;
mod history;
mod home;
mod practice;
mod recover;
mod view;

pub use call_screen::{CallScreen, Notice, Overlay};
pub use end_screen::EndScreen;
pub use followups::{FollowupRow, FollowupsScreen};
pub use form::{Field, Form, FormScreen};
pub use history::{COLUMNS, HistoryScreen, ID, Opened};
pub use home::{Home, MenuItem, Opening};
pub use practice::{PracticeScreen, ScenarioList};
pub use recover::{Pending, RecoverScreen};
pub use view::{Context, Next, Outcome, Task, View};

use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use crate::coach::call::DateWords;
use crate::coach::i18n::I18n;
use crate::coach::lang::Lang;
use crate::coach::playbook::Playbook;
use crate::coach::practice::Progress;
use crate::coach::text;
use crate::records::record::{Draft, Listing, Record};
use crate::records::session::{CallSession, CallStart};
use crate::shell::keymap::Key;
use crate::shell::ui::Theme;

/// Below this size only "enlarge the terminal" is shown.
const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 5;

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
    pub screen: Box<dyn View>,
    /// Options for the next call.
    pub options: CallOptions,
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
    /// Whether a call opens before the first key (`calma call`, with no
    /// interrupted call offered first).
    begin: bool,
    /// Whether practice listens for answers said out loud.
    aloud: bool,
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
        App { begin: true, ..App::new(playbook, i18n, options, false) }
    }

    /// The app on the practice screens (`calma practice [ID] [--seed N]
    /// [--listen]`): the list, or the scenario at this index; the first
    /// attempt's answers in the order of `seed`, each later one in the
    /// next of its sequence; with `listen`, answers may be said out loud.
    pub fn practice(
        playbook: Playbook,
        i18n: I18n,
        scenario: Option<usize>,
        seed: u64,
        listen: Option<crate::listen::ListenSetup>,
    ) -> App {
        let spoken = listen.as_ref().map(|_| crate::listen::Spoken::starting());
        let options = CallOptions { listen, ..CallOptions::default() };
        let mut app = App::new(playbook, i18n, options, false);
        app.practice_seed = Some(seed);
        app.aloud = spoken.is_some();
        app.screen = Box::new(ScenarioList { selected: 0, spoken: spoken.clone() });
        if let Some(i) = scenario {
            app.play(i, spoken);
        }
        app
    }

    fn play(&mut self, index: usize, spoken: Option<crate::listen::Spoken>) {
        if let Some(scenario) = self.playbook.scenarios().get(index) {
            let seed = self.practice_seed.unwrap_or_else(PracticeScreen::clock_seed);
            self.practice_seed = Some(crate::coach::practice::next_seed(seed));
            let screen = PracticeScreen::seeded(index, scenario, self.i18n.lang(), seed);
            self.screen = Box::new(screen.aloud(spoken));
        }
    }

    fn new(playbook: Playbook, i18n: I18n, options: CallOptions, from_home: bool) -> App {
        App {
            playbook,
            i18n,
            screen: if from_home { Box::new(Home::default()) } else { Box::new(Opening) },
            options,
            alert: None,
            today: jiff::civil::date(2026, 1, 1),
            progress: Progress::default(),
            from_home,
            practice_seed: None,
            begin: false,
            aloud: false,
        }
    }

    /// What every screen may read.
    pub fn context(&self) -> Context<'_> {
        Context {
            playbook: &self.playbook,
            i18n: &self.i18n,
            today: self.today,
            progress: &self.progress,
            from_home: self.from_home,
        }
    }

    /// The screen, and what every screen may read, borrowed apart.
    fn screen_and_context(&mut self) -> (&mut dyn View, Context<'_>) {
        let context = Context {
            playbook: &self.playbook,
            i18n: &self.i18n,
            today: self.today,
            progress: &self.progress,
            from_home: self.from_home,
        };
        (self.screen.as_mut(), context)
    }

    /// What to do before the first key: open the call of `calma call`,
    /// unless an interrupted call is offered first; start listening for
    /// `calma practice --listen`.
    pub fn start(&mut self) -> Vec<Task> {
        match (self.begin, self.aloud) {
            (true, _) => vec![Task::Begin],
            (false, true) => vec![Task::Listen],
            (false, false) => Vec::new(),
        }
    }

    /// Whether practice listens for answers said out loud: the listener
    /// lives as long as the app, resting while no turn waits.
    pub fn practises_aloud(&self) -> bool {
        self.aloud
    }

    /// What the listener reported: for the call on screen, or for the
    /// practice screen (what the trainee said may be the answer). Whether
    /// the screen may have changed: the voice's levels alone change only
    /// a call's talk time, which the clock's redraw shows.
    pub fn listened(&mut self, report: crate::listen::Report) -> bool {
        if let Some(call) = self.screen.call_mut() {
            return call.listened(report);
        }
        let changed = !matches!(report, crate::listen::Report::Levels(..));
        let (screen, context) = self.screen_and_context();
        screen.listened(report, &context);
        changed
    }

    /// Whether interrupted calls are offered before anything else: on the
    /// home screen and before a call, not in practice.
    pub fn offers_recovery(&self) -> bool {
        self.begin || self.from_home
    }

    /// Offers these interrupted calls before anything else (called before
    /// [`App::start`], so a fresh call it replaces has not begun).
    pub fn offer(&mut self, pending: Vec<Pending>) {
        if !pending.is_empty() {
            self.screen = Box::new(RecoverScreen::new(pending));
            self.begin = false;
        }
    }

    /// After recovery, when a call offered for it was taken by another
    /// window first: home, or a new call for `calma call`.
    pub fn leave_recovery(&mut self) -> Vec<Task> {
        let outcome = RecoverScreen::leave(&self.context());
        self.follow(outcome)
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

    /// Puts a new call on screen.
    pub fn open_call(&mut self, session: CallSession) {
        self.resume_call(session, None);
    }

    /// Puts a resumed call on screen, with what it was typing when calma
    /// stopped: a note in its field, or the form as it was.
    pub fn resume_call(&mut self, session: CallSession, draft: Option<Draft>) {
        let mut call = CallScreen::new(session);
        call.listening =
            self.options.listen.as_ref().map(|l| crate::listen::Listening::starting(l.keep_transcript));
        self.screen = match draft {
            Some(Draft::Note { kind, text }) => {
                call.reopen_draft(kind, &text);
                Box::new(call)
            }
            Some(Draft::Form { outcome, summary, follow_up }) => {
                let form =
                    Form::restored(outcome, &summary, &follow_up, self.today, DateWords::of(&self.i18n));
                Box::new(FormScreen::of(Box::new(call), form))
            }
            None => Box::new(call),
        };
    }

    /// The call screen on display, live or being documented.
    pub fn call_screen(&mut self) -> Option<&mut CallScreen> {
        self.screen.call_mut()
    }

    /// The session of the call on screen (live, or being documented).
    pub fn session(&self) -> Option<&CallSession> {
        self.screen.call().map(|call| &call.session)
    }

    /// Stops the open call's clock at `seconds` (snapshots show a fixed
    /// time).
    pub fn freeze_clock(&mut self, seconds: u64) {
        if let Some(call) = self.screen.call_mut() {
            call.session.stop_clock_at(seconds);
        }
    }

    /// What the call on screen is typing and has not journaled, with the
    /// call's id.
    pub fn draft(&self) -> Option<(String, Draft)> {
        let draft = self.screen.draft()?;
        Some((self.screen.call()?.session.id().to_string(), draft))
    }

    /// Whether the listener should hear: on the live call screen, unless
    /// the agent paused it. The form rests it (the customer has hung up).
    /// In practice: while a turn waits for an answer, unless paused.
    pub fn wants_listening(&self) -> bool {
        self.screen.listening()
    }

    /// Whether a call's clock is on screen (it must tick).
    pub fn in_call(&self) -> bool {
        self.screen.ticking()
    }

    /// The runtime's answer to [`Task::Save`]: where the record is and
    /// its summary, or why it could not be written (the form stays, to try
    /// again).
    pub fn saved(&mut self, result: Result<(String, Record), String>) {
        match result {
            Ok((path, record)) => {
                self.screen = Box::new(EndScreen::new(&record, path, &self.playbook, &self.i18n));
                self.alert = None;
            }
            Err(message) => self.alert = Some(message),
        }
    }

    /// The runtime's answer to [`Task::Load`] (and after
    /// [`Task::FollowUpDone`], with what happened).
    pub fn loaded(&mut self, listing: Listing, status: Option<String>) {
        let (screen, context) = self.screen_and_context();
        screen.loaded(listing, status, &context);
    }

    /// The terminal's size before a draw: the history moves by pages of it.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.screen.resize(width, height);
    }

    /// A paste: text for the field that has the focus (line breaks become
    /// spaces); outside a text field it does nothing.
    pub fn paste(&mut self, text: &str) {
        self.screen.paste(&crate::coach::sanitize::clean(text));
    }

    /// Reacts to one key. The screen is taken out for it (a key may turn
    /// it into the next one) and the outcome puts one back.
    pub fn handle(&mut self, key: Key) -> Vec<Task> {
        let screen = std::mem::replace(&mut self.screen, Box::new(Opening));
        let outcome = screen.handle(key, &self.context());
        self.follow(outcome)
    }

    /// Goes where an outcome leads; the tasks left for the runtime.
    fn follow(&mut self, outcome: Outcome) -> Vec<Task> {
        let mut tasks = outcome.tasks;
        match outcome.next {
            Next::Show(screen) => self.screen = screen,
            Next::Back if self.from_home => self.screen = Box::new(Home::default()),
            Next::Back => tasks.push(Task::Quit),
            Next::Play(index, spoken) => self.play(index, spoken),
        }
        for task in &tasks {
            if let Task::SaveLanguage(lang) = task {
                self.i18n = I18n::new(*lang);
            }
        }
        tasks
    }

    /// Draws the screen on display, and a problem with the records, which
    /// stays in view on every screen.
    pub fn render(&self, theme: &Theme, frame: &mut Frame) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let line = text::cut(&self.i18n.t("call-enlarge"), area.width as usize);
            frame.render_widget(Paragraph::new(line), area);
            return;
        }
        self.screen.render(&self.context(), theme, frame, area);
        let not_saved = self.screen.call().and_then(|call| call.not_saved.as_ref());
        let journal_alert =
            not_saved.map(|reason| crate::records::session::journal_error(&self.i18n, reason));
        if let Some(alert) = journal_alert.as_ref().or(self.alert.as_ref()) {
            let row = Rect { y: area.y + area.height - 1, height: 1, ..area };
            let style = theme.warn().add_modifier(Modifier::REVERSED);
            frame.render_widget(Clear, row);
            frame.render_widget(
                Paragraph::new(Line::styled(text::cut(alert, area.width as usize), style)),
                row,
            );
        }
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
        assert!(app.screen.draft().is_some_and(|d| matches!(d, Draft::Form { .. })), "the form");
        app.handle(Key::Esc);
        assert!(app.screen.draft().is_none() && app.in_call(), "back to the call");
        let call = app.screen.call().expect("a call");
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
        assert!(app.screen.draft().is_some_and(|d| matches!(d, Draft::Form { .. })), "the form");
        assert!(!app.wants_listening(), "the form rests it");
        app.handle(Key::Esc);
        assert!(app.wants_listening(), "back on the call, it listens again");
        let lost = crate::listen::Report::Lost(crate::coach::playbook::Speaker::Customer, "unplugged".into());
        app.call_screen().expect("the call").listened(lost);
        assert!(!app.wants_listening(), "a failure stops listening: the screen no longer asks for it");
    }

    #[test]
    fn practice_aloud_starts_listening_and_keeps_it_from_scenario_to_scenario() {
        use crate::listen::{ListenState, Report};
        let playbook = Playbook::embedded().expect("valid");
        let listen = Some(crate::listen::ListenSetup::default());
        let mut app = App::practice(playbook.clone(), I18n::new(Lang::En), Some(0), 5, listen);
        assert_eq!(app.start(), vec![Task::Listen]);
        assert!(app.practises_aloud() && app.wants_listening());
        app.listened(Report::Failed("no model".into()));
        assert!(!app.wants_listening());
        // Back on the list and into another scenario: still stopped, and
        // saying so.
        app.handle(Key::Esc);
        assert!(!app.wants_listening(), "the list does not listen");
        app.handle(Key::Down);
        app.handle(Key::Enter);
        let shown = format!("{:?}", app.screen);
        assert!(shown.contains(&format!("{:?}", ListenState::Stopped("no model".into()))), "{shown}");
        // Without --listen nothing starts.
        let mut typed = App::practice(playbook, I18n::new(Lang::En), Some(0), 5, None);
        assert!(typed.start().is_empty() && !typed.practises_aloud() && !typed.wants_listening());
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
        again.resume_call(CallSession::in_memory(&playbook, &again.call_start()), Some(form.clone()));
        assert_eq!(again.draft().map(|(_, d)| d), Some(form));
    }
}
