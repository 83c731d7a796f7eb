//! `calma export`: a record as localised Markdown ready to paste into a
//! ticket, or as JSON.

use super::Format;
use super::warn;
use crate::call::NoteKind;
use crate::history::{outcome_name, status_name};
use crate::i18n::{I18n, args};
use crate::playbook::Playbook;
use crate::record::{Record, Store, StoreError};
use crate::sanitize::clean;
use crate::text::minute;

/// `calma export ID|latest [--format md|json]`.
pub fn export(
    store: &Store,
    playbook: &Playbook,
    i18n: &I18n,
    id: &str,
    format: Format,
) -> Result<String, String> {
    let (record, warnings) = store.find(id, playbook).map_err(|e| match e {
        StoreError::NotFound(id) => i18n.t_with("error-no-record", &args!["id" => id]),
        other => other.to_string(),
    })?;
    warn(&crate::record::Listing { records: Vec::new(), warnings }, i18n);
    match format {
        Format::Json => serde_json::to_string_pretty(&record).map_err(|e| e.to_string()),
        Format::Md => Ok(markdown(&record, playbook, i18n)),
    }
}

/// The record as Markdown in the UI language.
pub fn markdown(record: &Record, playbook: &Playbook, i18n: &I18n) -> String {
    let pack = playbook.pack(i18n.lang());
    let t = |id: &str| i18n.t(id);
    let mut out =
        vec![format!("## {}", i18n.t_with("md-title", &args!["id" => record.id.clone()])), String::new()];
    let mut field = |label: &str, value: String| out.push(format!("- **{label}:** {value}"));
    field(&t("md-started"), minute(&record.started_at));
    let minutes = record.duration_secs / 60;
    field(
        &t("md-duration"),
        format!(
            "{} {} s",
            i18n.t_with("minutes-count", &args!["count" => minutes]),
            record.duration_secs % 60
        ),
    );
    if let Some(customer) = &record.customer {
        field(&t("md-customer"), clean(customer));
    }
    if let Some(ticket) = &record.ticket {
        field(&t("md-ticket"), clean(ticket));
    }
    field(&t("md-outcome"), outcome_name(record, i18n));
    field(&t("md-status"), status_name(record, i18n));
    field(&t("md-follow-up"), record.follow_up.clone().unwrap_or_else(|| "—".into()));
    let moods: Vec<String> = record.moods.iter().map(|m| m.mood.to_string()).collect();
    field(&t("md-mood"), moods.join(" → "));
    if let Some(summary) = &record.summary {
        out.push(String::new());
        out.push(format!("### {}", t("md-summary")));
        out.push(String::new());
        out.push(clean(summary));
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
            out.push(format!("- {time} — {}", clean(&n.text)));
        }
    }
    if !record.steps_done.is_empty() {
        out.push(String::new());
        out.push(format!("### {}", t("md-steps")));
        out.push(String::new());
        for id in &record.steps_done {
            let title = pack.step(id).map_or(id.as_str(), |s| s.title.as_str());
            out.push(format!("- ✓ {title}"));
        }
    }
    out.join("\n")
}
