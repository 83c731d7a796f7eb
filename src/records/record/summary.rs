//! The summary of a finished call, as data: built once from its record,
//! drawn on the end screen, printed by plain mode and exported as Markdown,
//! so all three always agree with what was saved.

use super::Record;
use crate::coach::call::{NoteKind, Talk};
use crate::coach::i18n::{I18n, args};
use crate::coach::mood;
use crate::coach::playbook::Pack;

/// What a finished call comes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// How long the call lasted, in seconds.
    pub duration_secs: u64,
    /// The customer's mood along the call, as shown (`3 → 4 → 2`).
    pub curve: String,
    /// How many notes were taken.
    pub notes: usize,
    /// How many promises were made.
    pub promises: usize,
    /// The titles of the steps done, in playbook order.
    pub steps_done: Vec<String>,
    /// The titles of the steps only passed through.
    pub steps_visited: Vec<String>,
    /// What the situations called for: `hostile customer: limits ✓, pause ✗`
    /// as (situation message id, [(step title, done)]).
    pub adherence: Vec<(&'static str, Vec<(String, bool)>)>,
    /// How many steps the playbook has.
    pub steps_total: usize,
    /// Who talked how long, when listen mode heard the call.
    pub talk: Option<Talk>,
    /// How many times the agent cut in on the customer (the voice cue
    /// raised, issue 31).
    pub interruptions: usize,
}

impl Summary {
    /// The summary of `record`, with step titles from `pack` (the agent's
    /// language).
    pub fn of(record: &Record, pack: &Pack) -> Summary {
        let count = |kind| record.notes.iter().filter(|n| n.kind == kind).count();
        let title = |id: &String| pack.step(id).map_or_else(|| id.clone(), |s| s.title.clone());
        let mut adherence: Vec<(&'static str, Vec<(String, bool)>)> = Vec::new();
        for a in &record.adherence {
            let situation = a.situation.message_id();
            let item = (title(&a.step), a.done);
            match adherence.last_mut() {
                Some((last, items)) if *last == situation => items.push(item),
                _ => adherence.push((situation, vec![item])),
            }
        }
        Summary {
            duration_secs: record.duration_secs,
            curve: mood::curve(record.moods.iter().map(|m| m.mood)),
            notes: count(NoteKind::Note),
            promises: count(NoteKind::Promise),
            steps_done: record.steps_done.iter().map(title).collect(),
            steps_visited: record.steps_visited.iter().map(title).collect(),
            adherence,
            steps_total: pack.steps.len(),
            talk: record.talk,
            interruptions: interruptions(record, pack),
        }
    }

    /// The summary's lines in the UI language, without styles: plain mode
    /// prints them, the screen styles them.
    pub fn lines(&self, i18n: &I18n) -> Vec<String> {
        let secs = self.duration_secs;
        let mut lines = vec![
            i18n.t("summary-title"),
            i18n.t_with("summary-duration", &args!["duration" => duration(secs, i18n)]),
            i18n.t_with("summary-mood", &args!["curve" => self.curve.clone()]),
            format!(
                "{} · {}",
                i18n.t_with("summary-notes", &args!["count" => self.notes]),
                i18n.t_with("summary-promises", &args!["count" => self.promises])
            ),
            i18n.t_with(
                "summary-steps",
                &args!["done" => self.steps_done.len(), "total" => self.steps_total],
            ),
        ];
        lines.extend(self.steps_done.iter().map(|title| format!(" ✓ {title}")));
        if !self.steps_visited.is_empty() {
            lines.push(i18n.t_with("summary-visited", &args!["steps" => self.steps_visited.join(", ")]));
        }
        if !self.adherence.is_empty() {
            lines.push(i18n.t_with("summary-adherence", &args!["items" => self.adherence_text(i18n)]));
        }
        // Talk time last (listen mode only): the lines above keep their places.
        lines.extend(self.talk_line(i18n));
        lines
    }

    /// Talk time as the call screen says it, and the times the agent cut
    /// in: `Talk: you 1:20 · customer 2:05 · you 40% while listening · you
    /// cut in 2×`; the cut-ins only when the customer was heard (without
    /// their audio nobody is interrupted). `None` when listen mode did not
    /// hear the call.
    pub fn talk_line(&self, i18n: &I18n) -> Option<String> {
        let talk = self.talk?;
        let line = talk.line(i18n);
        if talk.customer_secs == 0 {
            return Some(line);
        }
        let cut_in = i18n.t_with("summary-cut-in", &args!["count" => self.interruptions]);
        Some(format!("{line} · {cut_in}"))
    }

    /// `hostile customer: Set limits ✓, Pause ✗; every call: …`
    pub fn adherence_text(&self, i18n: &I18n) -> String {
        let part = |(situation, items): &(&str, Vec<(String, bool)>)| {
            let marks: Vec<String> =
                items.iter().map(|(t, done)| format!("{t} {}", if *done { "✓" } else { "✗" })).collect();
            format!("{}: {}", i18n.t(situation), marks.join(", "))
        };
        self.adherence.iter().map(part).collect::<Vec<_>>().join("; ")
    }
}

/// How many times the record's timeline has the agent cutting in: the
/// moments of the cue that listens for interruptions (`interruption` in
/// the embedded playbook; a team playbook may name it otherwise).
fn interruptions(record: &Record, pack: &Pack) -> usize {
    let cut_in = |id: &str| match pack.cues.iter().find(|c| c.id == id) {
        Some(cue) => cue.voice.is_some_and(|v| v.kind == crate::coach::playbook::VoiceKind::Interruption),
        None => id == "interruption",
    };
    record.timeline.iter().filter(|m| matches!(m, super::Moment::Cue { cue, .. } if cut_in(cue))).count()
}

/// "2 minutes 5 seconds", "31 seconds", "4 minutes": a call's length, all
/// in words (not "0 minutes 31 s").
pub fn duration(secs: u64, i18n: &I18n) -> String {
    let (minutes, seconds) = (secs / 60, secs % 60);
    let minutes = (minutes > 0).then(|| i18n.t_with("minutes-count", &args!["count" => minutes]));
    let seconds =
        (seconds > 0 || minutes.is_none()).then(|| i18n.t_with("seconds-count", &args!["count" => seconds]));
    [minutes, seconds].into_iter().flatten().collect::<Vec<_>>().join(" ")
}
