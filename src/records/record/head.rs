//! What a list of calls shows of each: a record without its timelines.
//! Listing 100,000 calls reads only these fields of every file (serde
//! skips the rest without building it), which is most of `calma
//! history`'s time saved.
//!
//! The fields are the [`Record`]'s, written out again rather than shared
//! through `#[serde(flatten)]`: flatten buffers every other field of the
//! file (the timelines too) before it skips them, which made reading a
//! head 2.7 times slower (33 µs → 89 µs a record). A test keeps the two
//! the same: each field here has the record's name, type and default.

use serde::Deserialize;

use super::{FollowUpDone, Record, RecordNote, Status, count_of};
use crate::coach::call::{NoteKind, Outcome};

/// The listed fields of a [`Record`], named and typed as there.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Head {
    /// The call id (sorts by time).
    pub id: String,
    /// Complete, interrupted or live.
    pub status: Status,
    /// RFC 3339 start time.
    pub started_at: String,
    /// RFC 3339 end time; null while interrupted.
    pub ended_at: Option<String>,
    /// Length of the call in seconds.
    pub duration_secs: u64,
    /// The customer's name, if given.
    pub customer: Option<String>,
    /// The ticket id, if given.
    pub ticket: Option<String>,
    /// Who took the call, if known.
    #[serde(default)]
    pub agent: Option<String>,
    /// How the call ended.
    pub outcome: Option<Outcome>,
    /// The agent's one-line summary.
    pub summary: Option<String>,
    /// The follow-up date, if any.
    pub follow_up: Option<String>,
    /// The time promised for the callback, if any.
    #[serde(default)]
    pub follow_up_time: Option<String>,
    /// When the follow-up was marked done.
    #[serde(default)]
    pub follow_up_done: Option<FollowUpDone>,
    /// Whether the call went on after an interruption.
    #[serde(default)]
    pub resumed: bool,
    /// Notes and promises (searched by a filter, counted in the list).
    pub notes: Vec<RecordNote>,
}

impl Head {
    /// How many notes (not promises) the call has.
    pub fn note_count(&self) -> usize {
        count_of(&self.notes, NoteKind::Note)
    }

    /// How many promises were made.
    pub fn promise_count(&self) -> usize {
        count_of(&self.notes, NoteKind::Promise)
    }
}

impl From<Record> for Head {
    fn from(r: Record) -> Head {
        Head {
            id: r.id,
            status: r.status,
            started_at: r.started_at,
            ended_at: r.ended_at,
            duration_secs: r.duration_secs,
            customer: r.customer,
            ticket: r.ticket,
            agent: r.agent,
            outcome: r.outcome,
            summary: r.summary,
            follow_up: r.follow_up,
            follow_up_time: r.follow_up_time,
            follow_up_done: r.follow_up_done,
            resumed: r.resumed,
            notes: r.notes,
        }
    }
}
