//! What happens in a call and what it changes: the events the front-ends
//! send, the effects they get back, notes, outcomes and the form.

use serde::{Deserialize, Serialize};

use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;
use crate::coach::playbook::Speaker;

/// Whether a typed line is a note or a promise made to the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Something the agent wants on record.
    Note,
    /// Something promised to the customer: it goes to the follow-up.
    Promise,
}

impl NoteKind {
    /// The Fluent message id that confirms one was saved.
    pub fn saved_message_id(self) -> &'static str {
        match self {
            NoteKind::Note => "status-note-saved",
            NoteKind::Promise => "status-promise-saved",
        }
    }
}

/// How a call ended, chosen in the documentation form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The problem was solved.
    Resolved,
    /// Passed to a colleague or supervisor.
    Escalated,
    /// Paused with a promised update.
    Paused,
    /// Not solved.
    Unresolved,
    /// The customer was let go.
    LetGo,
}

impl Outcome {
    /// The outcomes in the order of the form.
    pub const ALL: [Outcome; 5] =
        [Outcome::Resolved, Outcome::Escalated, Outcome::Paused, Outcome::Unresolved, Outcome::LetGo];

    /// The Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::Resolved => "outcome-resolved",
            Outcome::Escalated => "outcome-escalated",
            Outcome::Paused => "outcome-paused",
            Outcome::Unresolved => "outcome-unresolved",
            Outcome::LetGo => "outcome-let-go",
        }
    }
}

/// What the documentation form says at the end of a call (PRODUCT.md §4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Documentation {
    /// How the call ended.
    pub outcome: Outcome,
    /// The summary line (may be empty).
    pub summary: String,
    /// The follow-up date, if any.
    pub follow_up: Option<jiff::civil::Date>,
    /// The time promised for the callback, if one was given.
    pub follow_up_time: Option<jiff::civil::Time>,
}

/// A note or promise typed during the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Seconds since the call started.
    pub at: u64,
    /// Note or promise.
    pub kind: NoteKind,
    /// What was typed.
    pub text: String,
}

/// Who talked how long on a call, as listen mode measured it from the
/// levels (issue 31): whole seconds, and the part of it on the listening
/// steps (listen, restate, empathy), where the customer should talk most.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Talk {
    /// Seconds the agent talked.
    pub agent_secs: u64,
    /// Seconds the customer talked (0 without the customer's audio).
    pub customer_secs: u64,
    /// Seconds the agent talked while a listening step was on screen.
    pub listening_agent_secs: u64,
    /// Seconds the customer talked while a listening step was on screen.
    pub listening_customer_secs: u64,
}

impl Talk {
    /// The agent's share of the talk during the listening steps, in per
    /// cent; `None` before anyone talked there.
    pub fn listening_share(&self) -> Option<u64> {
        let total = self.listening_agent_secs + self.listening_customer_secs;
        (total > 0).then(|| (self.listening_agent_secs * 100 + total / 2) / total)
    }

    /// Talk time in one short line, as the call and end screens show it:
    /// `Talk: you 1:20 · customer 2:05 · …`.
    pub fn line(&self, i18n: &I18n) -> String {
        self.said(i18n, "listen-talk", "listen-talk-share")
    }

    /// Talk time in message `plain`, or `with_share` once the agent's
    /// share during the listening steps is known (`1:05`-style times).
    pub fn said(&self, i18n: &I18n, plain: &str, with_share: &str) -> String {
        let clock = |secs: u64| format!("{}:{:02}", secs / 60, secs % 60);
        let mut times = args!["agent" => clock(self.agent_secs), "customer" => clock(self.customer_secs)];
        match self.listening_share() {
            Some(share) => {
                times.set("share", share);
                i18n.t_with(with_share, &times)
            }
            None => i18n.t_with(plain, &times),
        }
    }
}

/// Something that happens during a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// Go to the recommended step.
    Next,
    /// Go back to the step visited before this one.
    Previous,
    /// Go to the step at this index of the playbook.
    Jump {
        /// Index into the playbook's steps.
        step: usize,
    },
    /// Move the checklist cursor down.
    ItemDown,
    /// Move the checklist cursor up.
    ItemUp,
    /// Tick or untick a checklist item of the current step (the item is
    /// named, not taken from the cursor, so a replayed journal ticks the
    /// same item).
    Tick {
        /// The item's index.
        item: usize,
    },
    /// Show the next suggested phrasing.
    NextPhrasing,
    /// The customer is getting more upset.
    MoodUp,
    /// The customer is calming down.
    MoodDown,
    /// The customer became abusive: set limits.
    Abusive,
    /// The agent seeks support.
    Escalate,
    /// The problem is solved: close the call.
    Resolved,
    /// The call is over: document it.
    EndCall,
    /// Back to the call from its documentation form (Esc on the first field).
    Reopen,
    /// Go to the step the open cue card points to.
    FollowCue,
    /// Put the open cue card away.
    DismissCue,
    /// Show phrasings in the next customer language.
    CycleLang,
    /// A note or promise was typed.
    AddNote(Note),
    /// The call was resumed after an interruption (written by the session;
    /// it changes nothing but the record's timeline).
    Resumed,
    /// Listen mode heard an utterance that raised cues. The cues are
    /// matched before the event is written, so that a journal without the
    /// words (the default) replays to the same call.
    Heard {
        /// Who said it.
        speaker: Speaker,
        /// The ids of the cues it raised, in order.
        cues: Vec<String>,
        /// What was said, only when the agent keeps the transcript.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// Listen mode's talk time so far (written at the end of a turn, now
    /// and then): the record keeps the last.
    Talk(Talk),
}

/// A change the runtime must record (journal) and may confirm on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The current step changed.
    StepChanged(String),
    /// A checklist item was ticked (`true`) or unticked.
    Ticked {
        /// The step id.
        step: String,
        /// The item index.
        item: usize,
        /// Ticked or not.
        on: bool,
        /// Ticked because listen mode heard the agent say it.
        heard: bool,
    },
    /// The mood changed to this value.
    MoodChanged(u8),
    /// A note or promise was added.
    NoteAdded(NoteKind),
    /// Phrasings are now shown in this language.
    LangChanged(Lang),
    /// Something a ticket and a coach want in the timeline happened.
    Marked(Mark),
    /// The call ended.
    Ended,
    /// The call goes on after all (back from the form).
    Reopened,
    /// A typed note (or, when `heard`, an utterance) raised this cue.
    CueRaised {
        /// The cue id.
        cue: String,
        /// Raised by what listen mode heard.
        heard: bool,
    },
    /// The agent went to the step of this cue.
    CueFollowed(String),
    /// The agent put this cue away.
    CueDismissed(String),
}

/// The moments of a call that go into its timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// The customer became abusive.
    Abuse,
    /// The agent sought support.
    Escalation,
    /// The problem was solved.
    Resolution,
    /// The agent paused the call, promising an update.
    Pause,
    /// The call went on after an interruption.
    Resumed,
}
