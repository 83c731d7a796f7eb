//! A record rebuilt from its journal by replaying it through the same
//! state machine the call ran: steps done and only visited, the timeline of
//! what matters, and the adherence to what the situation called for.

use serde::{Deserialize, Serialize};

use super::{JournalRead, MoodPoint, Record, RecordNote, Said, StepVisit, TickMark};
use crate::coach::call::{CallState, Effect, Event, Mark};
use crate::coach::lang::Lang;
use crate::coach::playbook::Playbook;
use crate::coach::playbook::step_id::{CALM, CLOSE, DOCUMENT, EMPATHY, ESCALATE, LET_GO, LISTEN};

/// A moment of the call's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Moment {
    /// The customer became abusive.
    Abuse {
        /// RFC 3339 time.
        at: String,
    },
    /// The agent sought support.
    Escalation {
        /// RFC 3339 time.
        at: String,
    },
    /// The problem was solved.
    Resolution {
        /// RFC 3339 time.
        at: String,
    },
    /// The agent paused, promising an update in an hour (source 002).
    Pause {
        /// RFC 3339 time.
        at: String,
        /// When the update was promised for.
        update_by: String,
    },
    /// The call went on after an interruption.
    Resumed {
        /// RFC 3339 time.
        at: String,
    },
    /// Phrasings switched to another customer language.
    Language {
        /// RFC 3339 time.
        at: String,
        /// The new language.
        lang: Lang,
    },
    /// A typed note (or what listen mode heard) raised a cue.
    Cue {
        /// RFC 3339 time.
        at: String,
        /// The cue id.
        cue: String,
        /// Raised by speech (listen mode), not by a typed note.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        heard: bool,
    },
    /// The agent went to the step of the cue.
    CueFollowed {
        /// RFC 3339 time.
        at: String,
        /// The cue id.
        cue: String,
    },
    /// The agent put the cue away.
    CueDismissed {
        /// RFC 3339 time.
        at: String,
        /// The cue id.
        cue: String,
    },
    /// The customer's mood changed.
    Mood {
        /// RFC 3339 time.
        at: String,
        /// The new mood, 1..=5.
        mood: u8,
    },
}

/// A situation of the call that calls for some steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// The customer was upset: listen and show empathy (001, 003, 004).
    Upset,
    /// The customer shouted (mood 5) without abuse: stay calm, listen,
    /// empathy (001).
    Hostile,
    /// Abuse or threats: limits; a pause if abuse went on after them
    /// (002, 003, 004).
    Abuse,
    /// The agent escalated: seek support (003, 004).
    Escalated,
    /// The problem was solved: close the call (000).
    Resolved,
    /// Every call: document it (003, 004).
    Every,
}

impl Situation {
    /// The Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Situation::Upset => "situation-upset",
            Situation::Hostile => "situation-hostile",
            Situation::Abuse => "situation-abuse",
            Situation::Escalated => "situation-escalated",
            Situation::Resolved => "situation-resolved",
            Situation::Every => "situation-every",
        }
    }
}

/// One step a situation called for, and whether it was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Adherence {
    /// The situation.
    pub situation: Situation,
    /// The step id.
    pub step: String,
    /// Done (✓) or skipped (✗).
    pub done: bool,
}

/// An hour after an RFC 3339 time, in the same offset.
fn an_hour_after(at: &str) -> String {
    let (Some(civil), Some(offset)) = (at.get(..19), at.get(19..)) else {
        return at.to_string();
    };
    civil
        .parse::<jiff::civil::DateTime>()
        .ok()
        .and_then(|t| t.checked_add(jiff::Span::new().hours(1)).ok())
        .map_or_else(|| at.to_string(), |t| format!("{}{offset}", t.strftime("%Y-%m-%dT%H:%M:%S")))
}

impl Record {
    /// Replays a journal through the state machine: the call's state as it
    /// was, and its record (interrupted until the form completes it).
    pub fn replay(read: &JournalRead, playbook: &Playbook) -> (CallState, Record) {
        let meta = &read.meta;
        let pack = playbook.pack(meta.ui_lang);
        let mut state = CallState::new(pack, meta.customer_lang);
        let mut record = Record::opened(meta);
        record.steps.push(StepVisit { at: meta.started_at.clone(), step: state.current_step().id.clone() });
        for (at, secs, event) in &read.events {
            record.duration_secs = *secs;
            let note = match event {
                Event::AddNote(note) => Some(note.text.trim().to_string()),
                _ => None,
            };
            if let Event::Talk(talk) = event {
                record.talk = Some(*talk);
            }
            if let Event::Heard { speaker, text: Some(text), .. } = event {
                record.transcript.push(Said { at: at.clone(), speaker: *speaker, text: text.clone() });
            }
            for effect in state.apply_at(event.clone(), *secs) {
                let at = at.clone();
                match effect {
                    Effect::StepChanged(step) => record.steps.push(StepVisit { at, step }),
                    Effect::MoodChanged(mood) => {
                        record.moods.push(MoodPoint { at: at.clone(), mood });
                        record.timeline.push(Moment::Mood { at, mood });
                    }
                    Effect::Ticked { step, item, on, heard } => {
                        let text =
                            pack.step(&step).and_then(|s| s.checklist.get(item)).cloned().unwrap_or_default();
                        record.ticks.push(TickMark { at, step, item, text, on, heard });
                    }
                    Effect::NoteAdded(kind) => {
                        record.notes.push(RecordNote { at, kind, text: note.clone().unwrap_or_default() })
                    }
                    Effect::LangChanged(lang) => {
                        record.customer_lang = lang;
                        record.timeline.push(Moment::Language { at, lang });
                    }
                    Effect::Marked(mark) => {
                        record.resumed |= mark == Mark::Resumed;
                        record.timeline.push(match mark {
                            Mark::Abuse => Moment::Abuse { at },
                            Mark::Escalation => Moment::Escalation { at },
                            Mark::Resolution => Moment::Resolution { at },
                            Mark::Pause => Moment::Pause { update_by: an_hour_after(&at), at },
                            Mark::Resumed => Moment::Resumed { at },
                        });
                    }
                    Effect::Ended => record.ended_at = Some(at),
                    Effect::Reopened => record.ended_at = None,
                    Effect::CueRaised { cue, heard } => record.timeline.push(Moment::Cue { at, cue, heard }),
                    Effect::CueFollowed(cue) => record.timeline.push(Moment::CueFollowed { at, cue }),
                    Effect::CueDismissed(cue) => record.timeline.push(Moment::CueDismissed { at, cue }),
                }
            }
        }
        let ids = |keep: &dyn Fn(usize) -> bool| -> Vec<String> {
            (0..state.steps().len()).filter(|i| keep(*i)).map(|i| state.steps()[i].id.clone()).collect()
        };
        record.steps_done = ids(&|i| state.is_done(i));
        record.steps_visited = ids(&|i| state.is_visited(i) && !state.is_done(i));
        record.adherence = adherence(&record, &state);
        (state, record)
    }
}

/// The steps each situation of the call called for, done or skipped: what
/// the sources ask given what happened in it. Done stays done, whatever
/// happened after; letting a customer go is a judgement, never asked for.
pub(super) fn adherence(record: &Record, call: &CallState) -> Vec<Adherence> {
    let marked = |f: fn(&Moment) -> bool| record.timeline.iter().any(f);
    let abuse = call.abusive_turns() > 0;
    let shouting = call.was_hostile() && !abuse;
    let boundary: Vec<&str> = call.boundary_asked().iter().copied().filter(|s| *s != LET_GO).collect();
    let situations = [
        (!shouting, Situation::Upset, &[LISTEN, EMPATHY][..]),
        (shouting, Situation::Hostile, &[CALM, LISTEN, EMPATHY][..]),
        (abuse, Situation::Abuse, &boundary[..]),
        (marked(|m| matches!(m, Moment::Escalation { .. })), Situation::Escalated, &[ESCALATE][..]),
        (marked(|m| matches!(m, Moment::Resolution { .. })), Situation::Resolved, &[CLOSE][..]),
        (record.ended_at.is_some(), Situation::Every, &[DOCUMENT][..]),
    ];
    situations
        .into_iter()
        .filter(|(applies, _, _)| *applies)
        .flat_map(|(_, situation, steps)| {
            steps.iter().map(move |step| Adherence {
                situation,
                step: step.to_string(),
                done: record.steps_done.iter().any(|d| d == step),
            })
        })
        .collect()
}
