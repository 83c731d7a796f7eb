//! Call records: the journal written during a call, and the record made
//! from it. Nothing typed during a call is ever lost: every event is in the
//! journal before the screen confirms it, and a record is rebuilt from a
//! journal by replaying it through the same state machine.

mod draft;
mod files;
mod head;
mod journal;
mod progress_file;
mod replay;
mod store;
mod summary;

use serde::{Deserialize, Serialize};

pub use draft::Draft;
pub use files::write_atomic;
pub use head::Head;
pub use journal::{Entry, Journal, JournalRead, MemorySink, Meta, Sink, read_journal};
pub use replay::{Adherence, Moment, Situation};
pub use store::{Listing, Store, StoreError, data_dir};
pub use summary::{Summary, duration};

use crate::coach::call::{NoteKind, Outcome};
use crate::coach::lang::Lang;

/// A time as written in journals and records: RFC 3339 with the local
/// offset, to the second.
pub fn timestamp(now: &jiff::Zoned) -> String {
    now.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// The time part of a new call id: UTC, so that ids sort by time.
pub fn id_base(now: &jiff::Zoned) -> String {
    now.timestamp().strftime("%Y%m%d-%H%M%S").to_string()
}

/// Whether a record was finished with the form or rebuilt from the
/// journal of an interrupted call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Ended and documented.
    Complete,
    /// Interrupted (crash, kill, or filed as interrupted).
    Interrupted,
    /// Open right now in a calma window (its journal is held).
    Live,
}

/// A note or promise with its time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RecordNote {
    /// RFC 3339 time.
    pub at: String,
    /// Note or promise.
    pub kind: NoteKind,
    /// The text as typed.
    pub text: String,
}

/// A point of the mood timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MoodPoint {
    /// RFC 3339 time.
    pub at: String,
    /// The mood, 1..=5.
    pub mood: u8,
}

/// A step visited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StepVisit {
    /// RFC 3339 time.
    pub at: String,
    /// The step id.
    pub step: String,
}

/// A checklist item ticked or unticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TickMark {
    /// RFC 3339 time.
    pub at: String,
    /// The step id.
    pub step: String,
    /// The item's index.
    pub item: usize,
    /// The item's text, in the agent's language.
    pub text: String,
    /// Ticked (true) or unticked.
    pub on: bool,
    /// Ticked by listen mode, which heard the agent say it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heard: bool,
}

/// An utterance listen mode heard, kept only when the agent asks
/// (`--keep-transcript`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Said {
    /// RFC 3339 time it was heard.
    pub at: String,
    /// Who said it.
    pub speaker: crate::coach::playbook::Speaker,
    /// The words, as transcribed.
    pub text: String,
}

/// A follow-up marked done (`calma followups done`, or `d` on the
/// follow-ups screen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FollowUpDone {
    /// RFC 3339 time it was marked done.
    pub at: String,
    /// What the agent wrote about it, if anything.
    pub note: Option<String>,
}

/// The version of the record's layout, written in every record: fields
/// keep their names and meaning; new ones come with a new version.
/// 2: adherence's `hostile` means shouting without abuse (it meant abuse
/// or mood 5 in 1), and `abuse` is new.
pub const SCHEMA: u32 = 2;

/// A record without its version predates versions: the first layout.
fn schema_version() -> u32 {
    1
}

/// The complete record of a call, as written to `calls/<id>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Record {
    /// The record layout's version ([`SCHEMA`]).
    #[serde(default = "schema_version")]
    pub schema: u32,
    /// The call id (sorts by time).
    pub id: String,
    /// Complete or interrupted.
    pub status: Status,
    /// RFC 3339 start time.
    pub started_at: String,
    /// RFC 3339 end time; null while interrupted.
    pub ended_at: Option<String>,
    /// Length of the call in seconds.
    pub duration_secs: u64,
    /// The agent's language.
    pub ui_lang: Lang,
    /// The customer's language at the end of the call.
    pub customer_lang: Lang,
    /// The customer's name, if given.
    pub customer: Option<String>,
    /// The ticket id, if given.
    pub ticket: Option<String>,
    /// Who took the call (from the settings), if known.
    #[serde(default)]
    pub agent: Option<String>,
    /// The playbook's content version.
    pub playbook_version: String,
    /// How the call ended.
    pub outcome: Option<Outcome>,
    /// The agent's one-line summary.
    pub summary: Option<String>,
    /// The follow-up date (`YYYY-MM-DD`), if any.
    pub follow_up: Option<String>,
    /// The time promised for the callback (`HH:MM`, local), if any.
    #[serde(default)]
    pub follow_up_time: Option<String>,
    /// When the follow-up was marked done, and how it went.
    #[serde(default)]
    pub follow_up_done: Option<FollowUpDone>,
    /// The mood over time.
    pub moods: Vec<MoodPoint>,
    /// The steps visited, in order.
    pub steps: Vec<StepVisit>,
    /// The steps done by the end: an item ticked, or stayed on long enough.
    pub steps_done: Vec<String>,
    /// The steps only passed through, not done.
    #[serde(default)]
    pub steps_visited: Vec<String>,
    /// What matters for a ticket and for coaching, in order.
    #[serde(default)]
    pub timeline: Vec<Moment>,
    /// Which steps the situation called for, done or skipped.
    #[serde(default)]
    pub adherence: Vec<Adherence>,
    /// Whether the call went on after an interruption.
    #[serde(default)]
    pub resumed: bool,
    /// Ticks and unticks.
    pub ticks: Vec<TickMark>,
    /// Notes and promises.
    pub notes: Vec<RecordNote>,
    /// What listen mode heard, when the transcript is kept; empty (and
    /// left out) otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcript: Vec<Said>,
    /// Who talked how long, when listen mode heard the call (issue 31);
    /// left out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk: Option<crate::coach::call::Talk>,
}

impl Record {
    /// The record of a call that has just started as `meta` says: nothing
    /// done yet, interrupted until the form completes it, at the starting
    /// mood.
    pub fn opened(meta: &Meta) -> Record {
        Record {
            schema: SCHEMA,
            id: meta.id.clone(),
            status: Status::Interrupted,
            started_at: meta.started_at.clone(),
            ended_at: None,
            duration_secs: 0,
            ui_lang: meta.ui_lang,
            customer_lang: meta.customer_lang,
            customer: meta.customer.clone(),
            ticket: meta.ticket.clone(),
            agent: meta.agent.clone(),
            playbook_version: meta.playbook_version.clone(),
            outcome: None,
            summary: None,
            follow_up: None,
            follow_up_time: None,
            follow_up_done: None,
            moods: vec![MoodPoint { at: meta.started_at.clone(), mood: crate::coach::mood::START }],
            steps: Vec::new(),
            steps_done: Vec::new(),
            steps_visited: Vec::new(),
            timeline: Vec::new(),
            adherence: Vec::new(),
            resumed: false,
            ticks: Vec::new(),
            notes: Vec::new(),
            transcript: Vec::new(),
            talk: None,
        }
    }

    /// How many notes (not promises) the record holds.
    pub fn note_count(&self) -> usize {
        count_of(&self.notes, NoteKind::Note)
    }

    /// The promises made during the call.
    pub fn promises(&self) -> impl Iterator<Item = &RecordNote> {
        self.notes.iter().filter(|n| n.kind == NoteKind::Promise)
    }
}

/// How many of `notes` are of this kind (a [`Record`]'s or a [`Head`]'s).
pub(crate) fn count_of(notes: &[RecordNote], kind: NoteKind) -> usize {
    notes.iter().filter(|n| n.kind == kind).count()
}

#[cfg(test)]
mod tests;
