//! One live call, for every front-end: the call session owns the call's
//! state, its journal and its clock. The full screen and plain mode turn
//! their input into [`Event`]s and hand them to [`CallSession::apply`];
//! neither touches the journal.
//!
//! The rule that keeps every promise of PRODUCT.md §4: an event is written
//! to the journal (and synced) first, and only once that succeeded is it
//! applied to the state. A write that fails changes nothing and is never
//! confirmed; the front-end says so and the agent can try again.

use std::io;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::coach::call::{CallState, Documentation, Effect, Event, Mark};
use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;
use crate::coach::playbook::Playbook;
use crate::records::record::{self, Entry, Journal, MemorySink, Meta, Moment, Record, Store, StoreError};

/// What is known of a call before it starts.
#[derive(Debug, Clone)]
pub struct CallStart {
    /// The agent's language (the steps and checklists).
    pub ui_lang: Lang,
    /// The customer's language (the phrasings).
    pub customer_lang: Lang,
    /// The customer's name, for the record.
    pub customer: Option<String>,
    /// The ticket id, for the record.
    pub ticket: Option<String>,
    /// Who takes the call, for the record.
    pub agent: Option<String>,
}

impl CallStart {
    /// A call in `ui_lang`, its phrasings in `customer_lang` or, when not
    /// given, the agent's language.
    pub fn new(
        ui_lang: Lang,
        customer_lang: Option<Lang>,
        customer: Option<String>,
        ticket: Option<String>,
        agent: Option<String>,
    ) -> CallStart {
        CallStart { ui_lang, customer_lang: customer_lang.unwrap_or(ui_lang), customer, ticket, agent }
    }
}

/// An event that could not be written to the journal: it was not applied.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct NotSaved {
    /// The journal.
    pub path: PathBuf,
    /// What the system said.
    pub source: io::Error,
}

impl NotSaved {
    /// The line that tells the agent, in their language.
    pub fn message(&self, i18n: &I18n) -> String {
        journal_error(i18n, &self.source.to_string())
    }
}

/// "Notes are NOT being saved: …": the one line for a journal that cannot
/// be written, on the screen and in plain mode.
pub fn journal_error(i18n: &I18n, reason: &str) -> String {
    i18n.t_with("error-journal", &args!["reason" => reason.to_string()])
}

/// The call's clock: running since an instant (plus the time of the call
/// before a resume), or stopped at a number of seconds.
#[derive(Debug, Clone, Copy)]
enum Clock {
    Running { since: Instant, before: u64 },
    Stopped(u64),
}

/// A live call.
#[derive(Debug)]
pub struct CallSession {
    state: CallState,
    journal: Journal,
    clock: Clock,
    /// The local time (`HH:MM`) the update was promised by, once paused.
    update_by: Option<String>,
    /// The agent's language (of the steps' titles).
    ui_lang: Lang,
    /// The customer's name and the ticket, as the call started with them.
    customer: Option<String>,
    ticket: Option<String>,
}

impl CallSession {
    /// Starts a new call: its journal in `store`, its clock now.
    pub fn begin(store: &Store, playbook: &Playbook, start: &CallStart) -> Result<CallSession, StoreError> {
        let now = crate::coach::clock::now();
        // The call's pack first: the version is then read from it, not
        // from a second language's (start-up, issue 34).
        playbook.pack(start.ui_lang);
        let meta = Meta {
            id: String::new(),
            started_at: record::timestamp(&now),
            ui_lang: start.ui_lang,
            customer_lang: start.customer_lang,
            customer: start.customer.clone(),
            ticket: start.ticket.clone(),
            agent: start.agent.clone(),
            playbook_version: playbook.version().to_string(),
        };
        let journal = store.start(&record::id_base(&now), meta)?;
        tracing::info!(id = journal.id(), ui = %start.ui_lang.code(), customer = %start.customer_lang.code(), "call started");
        Ok(CallSession::starting(journal, playbook, start))
    }

    /// A new call over `journal`, as `start` says.
    fn starting(journal: Journal, playbook: &Playbook, start: &CallStart) -> CallSession {
        let state = CallState::new(playbook.pack(start.ui_lang), start.customer_lang);
        let mut session = CallSession::over(journal, state, start.ui_lang);
        session.customer = start.customer.clone();
        session.ticket = start.ticket.clone();
        session
    }

    /// Goes on with the interrupted call `id`: its state replayed from the
    /// journal, the clock going on from where it stopped.
    pub fn resume(store: &Store, playbook: &Playbook, id: &str) -> Result<CallSession, StoreError> {
        let journal = store.resume(id)?;
        tracing::info!(id, "call resumed");
        let read = store.read(id)?;
        let meta = &read.meta;
        // The same replay as the record's: the call as it was.
        let (state, record) = Record::replay(&read, playbook);
        // The update promised at the last pause stays promised.
        let update_by = record.timeline.iter().rev().find_map(|m| match m {
            Moment::Pause { update_by, .. } => update_by.get(11..16).map(str::to_string),
            _ => None,
        });
        let elapsed = read.events.last().map_or(0, |(_, secs, _)| *secs);
        let clock = if state.ended() {
            Clock::Stopped(elapsed)
        } else {
            Clock::Running { since: Instant::now(), before: elapsed }
        };
        let (customer, ticket, ui_lang) = (meta.customer.clone(), meta.ticket.clone(), meta.ui_lang);
        let mut session = CallSession { state, journal, clock, update_by, ui_lang, customer, ticket };
        // The record's timeline says when the call went on.
        session.apply(Event::Resumed).map_err(|e| StoreError::Io { path: e.path, source: e.source })?;
        Ok(session)
    }

    /// A call over an open journal, starting now; `ui_lang` is the
    /// language of the state's steps.
    pub fn over(journal: Journal, state: CallState, ui_lang: Lang) -> CallSession {
        CallSession {
            state,
            journal,
            clock: Clock::Running { since: Instant::now(), before: 0 },
            update_by: None,
            ui_lang,
            customer: None,
            ticket: None,
        }
    }

    /// A call whose journal is kept in memory, for tests and benchmarks.
    pub fn in_memory(playbook: &Playbook, start: &CallStart) -> CallSession {
        CallSession::starting(Journal::in_memory("memory", MemorySink::default()), playbook, start)
    }

    /// The agent's language: the steps' titles and checklists.
    pub fn ui_lang(&self) -> Lang {
        self.ui_lang
    }

    /// The customer's name and the ticket, where given.
    pub fn customer(&self) -> (Option<&str>, Option<&str>) {
        (self.customer.as_deref(), self.ticket.as_deref())
    }

    /// Journals `event`, then applies it; returns what changed. When the
    /// journal cannot be written the state stays as it was.
    pub fn apply(&mut self, event: Event) -> Result<Vec<Effect>, NotSaved> {
        // One instant for the journal and the pause's promise, so that a
        // resumed call promises the same minute.
        let now = crate::coach::clock::now();
        if journaled(&event) {
            let at = record::timestamp(&now);
            let entry = Entry::Event { at, secs: self.elapsed(), event: event.clone() };
            self.journal.append(&entry).map_err(|source| {
                tracing::warn!(id = self.id(), error = %source, "an event could not be journaled");
                NotSaved { path: self.journal.path().to_path_buf(), source }
            })?;
        }
        let effects = self.state.apply_at(event, self.elapsed());
        for effect in &effects {
            match effect {
                Effect::Ended => self.clock = Clock::Stopped(self.elapsed()),
                Effect::Reopened => {
                    self.clock = Clock::Running { since: Instant::now(), before: self.elapsed() }
                }
                // "Let's pause; I'll give you an update in an hour" (source 002).
                Effect::Marked(Mark::Pause) => {
                    let by = now.checked_add(jiff::Span::new().hours(1)).ok();
                    self.update_by = by.map(|t| t.strftime("%H:%M").to_string());
                }
                _ => {}
            }
        }
        Ok(effects)
    }

    /// When the update promised at the pause is due (`HH:MM`), if paused.
    pub fn update_promised_by(&self) -> Option<&str> {
        self.update_by.as_deref()
    }

    /// The time the update promised at the pause is due, if paused.
    pub fn update_time(&self) -> Option<jiff::civil::Time> {
        self.update_by.as_deref().and_then(|t| t.parse().ok())
    }

    /// The call as it stands.
    pub fn state(&self) -> &CallState {
        &self.state
    }

    /// The call id.
    pub fn id(&self) -> &str {
        self.journal.id()
    }

    /// Whole seconds since the call started.
    pub fn elapsed(&self) -> u64 {
        match self.clock {
            Clock::Running { since, before } => before + since.elapsed().as_secs(),
            Clock::Stopped(secs) => secs,
        }
    }

    /// How long until the clock shows the next second; `None` once it has
    /// stopped.
    pub fn until_next_second(&self) -> Option<Duration> {
        match self.clock {
            Clock::Running { since, .. } => {
                let nanos = since.elapsed().subsec_nanos();
                Some(Duration::from_secs(1) - Duration::from_nanos(u64::from(nanos)))
            }
            Clock::Stopped(_) => None,
        }
    }

    /// Stops the clock at `secs` (snapshots and scripted tests show a
    /// fixed time).
    pub fn stop_clock_at(&mut self, secs: u64) {
        self.clock = Clock::Stopped(secs);
    }

    /// Completes the call with what the documentation form says: the
    /// record, replayed from the journal, written atomically.
    pub fn finish(
        &self,
        store: &Store,
        playbook: &Playbook,
        form: &Documentation,
    ) -> Result<(PathBuf, Record), StoreError> {
        let now = record::timestamp(&crate::coach::clock::now());
        let done = store.complete(self.id(), playbook, form, now);
        match &done {
            Ok((path, _)) => tracing::info!(id = self.id(), path = %path.display(), "record saved"),
            Err(e) => tracing::warn!(id = self.id(), error = %e, "the record could not be saved"),
        }
        done
    }
}

/// Whether an event goes to the journal: cursor moves change nothing a
/// record keeps, and an empty note is no note.
fn journaled(event: &Event) -> bool {
    match event {
        Event::ItemDown | Event::ItemUp | Event::NextPhrasing => false,
        Event::AddNote(note) => !note.text.trim().is_empty(),
        _ => true,
    }
}

#[cfg(test)]
mod tests;
