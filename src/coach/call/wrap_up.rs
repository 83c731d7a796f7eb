//! The documentation form drafted from the call (PRODUCT.md §4): the
//! outcome from its events, a short summary in the agent's language from
//! its first note, events and promises, and the follow-up from the last
//! promise with a time, else the playbook's advice. After-call work is
//! then reading and accepting, not writing.

use jiff::civil::{Date, DateTime, Time};

use super::promise_time::promise_time;
use super::{CallState, DateWords, NoteKind, Outcome};
use crate::coach::i18n::{I18n, args};

/// The form as drafted from a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrapUp {
    /// The outcome the call's events point to.
    pub outcome: Outcome,
    /// One line: what the customer wanted, what was done, what was promised.
    pub summary: String,
    /// The follow-up day, and its time when a promise named one.
    pub follow_up: Option<(Date, Option<Time>)>,
    /// Whether the follow-up is a promise's (then it does not follow the
    /// outcome picked in the form).
    pub promised: bool,
}

/// Drafts the form for `call`, ended at `now`; `update_by` is the update
/// promised at the pause, if the call paused.
pub fn wrap_up(call: &CallState, update_by: Option<Time>, now: DateTime, i18n: &I18n) -> WrapUp {
    let words = DateWords::of(i18n);
    let outcome = call.likely_outcome();
    let mut sentences = Vec::new();
    if let Some(first) = call.notes().iter().find(|n| n.kind == NoteKind::Note) {
        sentences.push(i18n.t_with("wrap-wanted", &args!["note" => bare(&first.text)]));
    }
    if call.escalated() {
        sentences.push(i18n.t("wrap-escalated"));
    }
    if call.paused() {
        sentences.push(match update_by {
            Some(t) => i18n.t_with("wrap-paused-until", &args!["time" => clock(t)]),
            None => i18n.t("wrap-paused"),
        });
    }
    if call.resolved() {
        sentences.push(i18n.t("wrap-resolved"));
    }
    if call.let_go() {
        sentences.push(i18n.t("wrap-let-go"));
    }
    // Each promise as typed, with the day and time it was understood as.
    let promises: Vec<(String, Option<(Date, Time)>)> = call
        .notes()
        .iter()
        .filter(|n| n.kind == NoteKind::Promise)
        .map(|p| (bare(&p.text), promise_time(&p.text, now, &words)))
        .collect();
    if !promises.is_empty() {
        let listed: Vec<String> = promises
            .iter()
            .map(|(text, when)| match when {
                Some((day, time)) => format!("{text} ({})", words.write_follow_up(*day, Some(*time))),
                None => text.clone(),
            })
            .collect();
        sentences.push(i18n.t_with("wrap-promised", &args!["promises" => listed.join("; ")]));
    }
    // The last promise with a time; the pause's update is one too.
    let timed = promises.iter().rev().find_map(|(_, when)| *when);
    let paused = update_by.filter(|_| call.paused()).map(|t| (now.date(), t));
    let (follow_up, promised) = match timed.or(paused) {
        Some((day, time)) => (Some((day, Some(time))), true),
        None => (outcome.follow_up(now.date()).map(|d| (d, None)), false),
    };
    WrapUp { outcome, summary: sentences.join(" "), follow_up, promised }
}

/// A note's text without the full stop it may end with (the sentence
/// around it has its own).
fn bare(text: &str) -> String {
    text.trim().trim_end_matches(['.', ';', '!']).trim_end().to_string()
}

fn clock(t: Time) -> String {
    t.strftime("%H:%M").to_string()
}

#[cfg(test)]
mod tests;
