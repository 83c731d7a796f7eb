//! The application as plain data: which screen is open, and how a key
//! changes it. The runtime performs the [`Command`]s it returns; nothing
//! here touches the terminal, the clock or the disk.

mod call_screen;
mod home;

pub use call_screen::{CallScreen, Overlay, Status, phrasing_in};
pub use home::{Home, MenuItem};

use crate::call::{CallState, Event};
use crate::i18n::I18n;
use crate::keymap::Key;
use crate::lang::Lang;
use crate::playbook::Playbook;

/// What the runtime must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Record this event of the open call (journal) — it has been applied.
    Record(Event),
    /// Copy this text to the clipboard.
    Copy(String),
    /// Leave calma.
    Quit,
}

/// The screen on display.
#[derive(Debug, Clone)]
pub enum Screen {
    /// The home menu.
    Home(Home),
    /// A live call.
    Call(Box<CallScreen>),
    /// The summary after a call.
    Summary(Box<CallScreen>),
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
    /// Whether leaving the summary goes home (or quits).
    from_home: bool,
}

impl App {
    /// The app on its home screen.
    pub fn home(playbook: Playbook, i18n: I18n) -> App {
        App {
            playbook,
            i18n,
            screen: Screen::Home(Home::default()),
            options: CallOptions::default(),
            from_home: true,
        }
    }

    /// The app with a call already open (`calma call`).
    pub fn call(playbook: Playbook, i18n: I18n, options: CallOptions) -> App {
        let mut app = App {
            playbook,
            i18n,
            screen: Screen::Home(Home::default()),
            options,
            from_home: false,
        };
        app.start_call();
        app
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

    /// Whether a call is open (the clock must tick).
    pub fn in_call(&self) -> bool {
        matches!(self.screen, Screen::Call(_))
    }

    /// Reacts to one key.
    pub fn handle(&mut self, key: Key) -> Vec<Command> {
        match &mut self.screen {
            Screen::Home(home) => match home.handle(key) {
                Some(MenuItem::Call) => {
                    self.start_call();
                    Vec::new()
                }
                Some(MenuItem::Language) => {
                    self.i18n = I18n::new(self.i18n.lang().next());
                    Vec::new()
                }
                Some(MenuItem::Quit) => vec![Command::Quit],
                None => Vec::new(),
            },
            Screen::Call(call) => {
                let (commands, ended) = call.handle(key, &self.playbook);
                if ended {
                    let Screen::Call(call) =
                        std::mem::replace(&mut self.screen, Screen::Home(Home::default()))
                    else {
                        unreachable!("matched above")
                    };
                    self.screen = Screen::Summary(call);
                }
                commands
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
}
