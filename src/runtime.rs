//! The event loop: reads keys, lets the app react, performs its commands
//! (journal, records, clipboard) and redraws only when something changed or
//! the clock's second ticks.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::execute;

use crate::app::{App, Command, Pending};
use crate::call::Documentation;
use crate::i18n::args;
use crate::keymap::Key;
use crate::record::{self, Entry, Journal, Meta, Record, Store, StoreError};
use crate::ui::{self, Theme};

/// How long to wait for a key when no clock is on screen.
const IDLE_WAIT: Duration = Duration::from_secs(3600);

/// Why the interactive app stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    /// stdin or stdout is not a terminal.
    #[error("not a terminal")]
    NotATerminal,
    /// The terminal failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The records could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The interrupted calls of a store, replayed, for [`App::offer`]. A call
/// killed before anything happened in it has nothing to resume; history
/// still lists it.
pub fn pending(store: &Store, app: &App) -> Vec<Pending> {
    store
        .interrupted()
        .into_iter()
        .filter(|(read, _)| !read.events.is_empty())
        .map(|(read, _)| {
            let elapsed = read.events.last().map_or(0, |(_, secs, _)| *secs);
            let (state, _) = Record::replay(&read, &app.playbook);
            Pending { id: read.meta.id.clone(), started_at: read.meta.started_at.clone(), state, elapsed }
        })
        .collect()
}

/// Runs the app in the terminal until it quits. The terminal is restored
/// on return and on panic (ratatui's hook).
pub fn run(app: App, store: Store, theme: Theme) -> Result<(), RuntimeError> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(RuntimeError::NotATerminal);
    }
    let mut terminal = ratatui::try_init()?;
    let result = Loop { app, store, journal: None, call_started: None }.run(&mut terminal, theme);
    ratatui::restore();
    result
}

struct Loop {
    app: App,
    store: Store,
    journal: Option<Journal>,
    call_started: Option<Instant>,
}

impl Loop {
    fn run(&mut self, terminal: &mut DefaultTerminal, theme: Theme) -> Result<(), RuntimeError> {
        if self.app.in_call() {
            self.begin()?;
        }
        let mut dirty = true;
        loop {
            // The form at the end of a call pre-fills the follow-up from it.
            self.app.today = crate::clock::now().date();
            let wait = match self.call_started {
                Some(started) if self.app.in_call() => {
                    let elapsed = started.elapsed();
                    self.app.set_elapsed(elapsed.as_secs());
                    // Wake at the next whole second, for the clock.
                    Duration::from_secs(1) - Duration::from_nanos(u64::from(elapsed.subsec_nanos()))
                }
                _ => IDLE_WAIT,
            };
            if dirty {
                terminal.draw(|frame| ui::render(&self.app, &theme, frame))?;
                dirty = false;
            }
            if !event::poll(wait)? {
                // The second ticked: redraw the clock.
                dirty = self.app.in_call();
                continue;
            }
            // Handle every event already waiting (a paste, fast typing)
            // before drawing once.
            loop {
                match event::read()? {
                    Event::Key(key) => {
                        if let Some(key) = Key::from_event(key) {
                            for command in self.app.handle(key) {
                                if !self.perform(command)? {
                                    return Ok(());
                                }
                            }
                            dirty = true;
                        }
                    }
                    Event::Resize(..) => dirty = true,
                    _ => {}
                }
                if !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
    }

    /// Performs one command; `false` means quit.
    fn perform(&mut self, command: Command) -> Result<bool, RuntimeError> {
        match command {
            Command::Begin => self.begin()?,
            Command::Record(event) => {
                let entry = Entry::Event { at: now(), secs: self.app.elapsed(), event };
                let result = match &mut self.journal {
                    Some(journal) => journal.append(&entry),
                    None => Err(io::Error::other("no journal")),
                };
                // The agent must know at once that notes are not being kept.
                self.app.alert = result
                    .err()
                    .map(|e| self.app.i18n.t_with("error-journal", &args!["reason" => e.to_string()]));
            }
            Command::Copy(text) => {
                execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))?;
                io::stdout().flush()?;
            }
            Command::Save(filled) => {
                let result = self
                    .save(filled)
                    .map_err(|e| self.app.i18n.t_with("error-save", &args!["reason" => e.to_string()]));
                if result.is_ok() {
                    self.journal = None;
                    self.call_started = None;
                }
                self.app.saved(result);
            }
            Command::Resume(id) => {
                self.journal = Some(self.store.resume(&id)?);
                let elapsed = Duration::from_secs(self.app.elapsed());
                self.call_started = Instant::now().checked_sub(elapsed).or(Some(Instant::now()));
            }
            Command::File(id) => {
                self.store.file_interrupted(&id, &self.app.playbook)?;
            }
            Command::SaveProgress => {
                if let Err(e) = self.store.save_progress(&self.app.progress) {
                    self.app.alert =
                        Some(self.app.i18n.t_with("error-save", &args!["reason" => e.to_string()]));
                }
            }
            Command::LoadHistory => {
                let listing = self.store.list(&self.app.playbook);
                self.app.history = crate::history::table(&listing, &self.app.i18n);
            }
            Command::Quit => return Ok(false),
        }
        Ok(true)
    }

    /// Opens the journal of a new call.
    fn begin(&mut self) -> Result<(), RuntimeError> {
        let now = crate::clock::now();
        let meta = Meta {
            id: String::new(),
            started_at: record::timestamp(&now),
            ui_lang: self.app.i18n.lang(),
            customer_lang: self.app.options.customer_lang.unwrap_or(self.app.i18n.lang()),
            customer: self.app.options.customer.clone(),
            ticket: self.app.options.ticket.clone(),
            playbook_version: self.app.playbook.version().to_string(),
        };
        self.journal = Some(self.store.start(&record::id_base(&now), meta)?);
        self.call_started = Some(Instant::now());
        Ok(())
    }

    /// Writes the record of the call from its journal and the form.
    fn save(&mut self, filled: Documentation) -> Result<String, StoreError> {
        let Some(journal) = &self.journal else {
            return Err(StoreError::NotFound("?".into()));
        };
        let store = &self.store;
        store
            .complete(
                journal.id(),
                &self.app.playbook,
                filled.outcome,
                &filled.summary,
                filled.follow_up,
                now(),
            )
            .map(|p| p.display().to_string())
    }
}

fn now() -> String {
    record::timestamp(&crate::clock::now())
}
