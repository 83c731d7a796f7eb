//! A call record as localised Markdown, ready to paste into a ticket: what
//! `calma export --format md` prints and what the history screen shows and
//! copies.

use crate::coach::call::NoteKind;
use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::{Pack, Playbook};
use crate::coach::sanitize::clean;
use crate::coach::text::minute;
use crate::records::record::{Moment, Record, Summary};

use super::{outcome_name, status_name};

/// The record as Markdown in the UI language. Every text from the record
/// or a team playbook is cleaned of control characters and escaped, so it
/// cannot change the document's structure (a summary of `## Outcome` stays
/// a line of text) nor reach the terminal as an escape sequence.
pub fn markdown(record: &Record, playbook: &Playbook, i18n: &I18n) -> String {
    let summary = Summary::of(record, playbook.pack(i18n.lang()));
    let t = |id: &str| i18n.t(id);
    let mut out =
        vec![format!("## {}", i18n.t_with("md-title", &args!["id" => md(&record.id)])), String::new()];
    let mut field = |label: &str, value: String| out.push(format!("- **{label}:** {value}"));
    field(&t("md-started"), md(&minute(&record.started_at)));
    let secs = summary.duration_secs;
    field(&t("md-duration"), crate::records::record::duration(secs, i18n));
    if let Some(customer) = &record.customer {
        field(&t("md-customer"), md(customer));
    }
    if let Some(ticket) = &record.ticket {
        field(&t("md-ticket"), md(ticket));
    }
    if let Some(agent) = &record.agent {
        field(&t("md-agent"), md(agent));
    }
    field(&t("md-outcome"), outcome_name(record.outcome, i18n));
    field(&t("md-status"), status_name(record.status, record.resumed, i18n));
    let follow_up = [record.follow_up.as_deref(), record.follow_up_time.as_deref()];
    let follow_up: Vec<&str> = follow_up.into_iter().flatten().collect();
    field(&t("md-follow-up"), if follow_up.is_empty() { "—".into() } else { md(&follow_up.join(" ")) });
    // Closed: when, and how it went, where the ticket's reader looks.
    if let Some(done) = &record.follow_up_done {
        let note = done.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
        let when = md(&minute(&done.at));
        field(&t("md-follow-up-done"), note.map_or_else(|| when.clone(), |n| format!("{when} — {}", md(n))));
    }
    field(&t("md-mood"), summary.curve.clone());
    // Listen mode's figures (issue 31), only in calls it heard.
    if let Some(talk) = summary.talk {
        field(&t("md-talk"), talk.said(i18n, "md-talk-value", "md-talk-value-share"));
        field(&t("md-interruptions"), summary.interruptions.to_string());
    }
    if let Some(text) = &record.summary {
        out.push(String::new());
        out.push(format!("### {}", t("md-summary")));
        out.push(String::new());
        out.push(md(text));
    }
    for (kind, heading) in [(NoteKind::Promise, "md-promises"), (NoteKind::Note, "md-notes")] {
        let notes: Vec<_> = record.notes.iter().filter(|n| n.kind == kind).collect();
        if notes.is_empty() {
            continue;
        }
        out.push(String::new());
        out.push(format!("### {}", t(heading)));
        out.push(String::new());
        for n in notes {
            let time = minute(&n.at).get(11..).unwrap_or_default().to_string();
            out.push(format!("- {} — {}", md(&time), md(&n.text)));
        }
    }
    // One bullet a line: done steps are ticked, visited ones only listed.
    for (heading, titles, mark) in
        [("md-steps", &summary.steps_done, "✓ "), ("md-visited", &summary.steps_visited, "")]
    {
        if !titles.is_empty() {
            out.push(String::new());
            out.push(format!("### {}", t(heading)));
            out.push(String::new());
            out.extend(titles.iter().map(|title| format!("- {mark}{}", md(title))));
        }
    }
    if !summary.adherence.is_empty() {
        out.push(String::new());
        out.push(format!("### {}", t("md-adherence")));
        out.push(String::new());
        out.push(md(&summary.adherence_text(i18n)));
    }
    if !record.timeline.is_empty() {
        out.push(String::new());
        out.push(format!("### {}", t("md-timeline")));
        out.push(String::new());
        for moment in &record.timeline {
            let (at, what) = moment_text(moment, playbook.pack(i18n.lang()), i18n);
            let time = minute(at).get(11..).unwrap_or_default().to_string();
            out.push(format!("- {} — {}", md(&time), md(&what)));
        }
    }
    out.join("\n")
}

/// A moment of the timeline: its time, and what happened, in words.
fn moment_text<'m>(moment: &'m Moment, pack: &Pack, i18n: &I18n) -> (&'m str, String) {
    let card =
        |id: &str| pack.cues.iter().find(|c| c.id == id).map_or_else(|| id.to_string(), |c| c.card.clone());
    match moment {
        Moment::Abuse { at } => (at, i18n.t("moment-abuse")),
        Moment::Escalation { at } => (at, i18n.t("moment-escalation")),
        Moment::Resolution { at } => (at, i18n.t("moment-resolution")),
        Moment::Resumed { at } => (at, i18n.t("moment-resumed")),
        Moment::Pause { at, update_by } => {
            let time = minute(update_by).get(11..).unwrap_or_default().to_string();
            (at, i18n.t_with("moment-pause", &args!["time" => time]))
        }
        Moment::Language { at, lang } => {
            (at, i18n.t_with("moment-language", &args!["language" => i18n.lang_name(*lang)]))
        }
        Moment::Cue { at, cue, .. } => (at, i18n.t_with("moment-cue", &args!["card" => card(cue)])),
        Moment::CueFollowed { at, cue } => {
            (at, i18n.t_with("moment-cue-followed", &args!["card" => card(cue)]))
        }
        Moment::CueDismissed { at, cue } => {
            (at, i18n.t_with("moment-cue-dismissed", &args!["card" => card(cue)]))
        }
        Moment::Mood { at, mood } => {
            let label = i18n.t(&crate::coach::mood::message_id(*mood));
            (at, i18n.t_with("moment-mood", &args!["mood" => *mood, "label" => label]))
        }
    }
}

/// Free text as inert Markdown: one line, control characters removed, the
/// characters that mark emphasis, links, code, tables or HTML escaped, and
/// a heading, quote or list mark at its start escaped too.
pub fn md(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len());
    let lead = text.trim_start();
    let digits = lead.chars().take_while(char::is_ascii_digit).count();
    let marks_block = lead.starts_with(['#', '>', '-', '+', '=', '*'])
        || (digits > 0 && lead[digits..].starts_with(['.', ')']));
    for (i, c) in text.char_indices() {
        let starts_block = marks_block && i == text.len() - lead.len() + if digits > 0 { digits } else { 0 };
        if starts_block || matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::md;

    #[test]
    fn free_text_cannot_change_the_document() {
        assert_eq!(md("## Outcome: resolved"), "\\## Outcome: resolved");
        assert_eq!(md("> quoted"), "\\> quoted");
        assert_eq!(md("1. first"), "1\\. first");
        assert_eq!(md("- item"), "\\- item");
        assert_eq!(
            md("**bold** [link](x) <b> a|b `code`"),
            "\\*\\*bold\\*\\* \\[link\\](x) \\<b\\> a\\|b \\`code\\`"
        );
        assert_eq!(md("Refund 2026-12-01, 49.90 R$"), "Refund 2026-12-01, 49.90 R$");
        assert_eq!(md("a\u{1b}]0;x\u{7}\nb"), "a\\]0;x b");
    }
}
