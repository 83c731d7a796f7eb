//! `calma history` and `calma followups`: the records as a table, JSON,
//! or an iCalendar file.

use jiff::civil::Date;
use serde_json::json;

use super::FollowupFormat;
use crate::i18n::{I18n, args};
use crate::playbook::Playbook;
use crate::record::{Listing, Record, Store};
use crate::ui::text;

/// Prints the warnings of a listing to stderr: each skipped file is named.
pub(super) fn warn(listing: &Listing, i18n: &I18n) {
    for w in &listing.warnings {
        eprintln!("calma: {}", i18n.t_with("warning-skipped", &args!["what" => w.clone()]));
    }
}

/// `calma history [--json]`.
pub fn history(store: &Store, playbook: &Playbook, i18n: &I18n, json: bool) -> Result<String, String> {
    let listing = store.list(playbook);
    warn(&listing, i18n);
    if json {
        let rows: Vec<_> = listing
            .records
            .iter()
            .map(|r| {
                json!({
                    "id": r.id, "started_at": r.started_at, "ended_at": r.ended_at,
                    "status": r.status, "outcome": r.outcome, "notes": r.note_count(),
                })
            })
            .collect();
        return serde_json::to_string_pretty(&rows).map_err(|e| e.to_string());
    }
    Ok(crate::history::table(&listing, i18n))
}

/// `calma followups [--due] [--format ics]`: dated follow-ups, oldest
/// (overdue) first.
pub fn followups(
    store: &Store,
    playbook: &Playbook,
    i18n: &I18n,
    today: Date,
    due_only: bool,
    format: FollowupFormat,
) -> Result<String, String> {
    let listing = store.list(playbook);
    warn(&listing, i18n);
    let mut due: Vec<(Date, &Record)> = listing
        .records
        .iter()
        .filter_map(|r| Some((r.follow_up.as_deref()?.parse::<Date>().ok()?, r)))
        .filter(|(d, _)| !due_only || *d <= today)
        .collect();
    due.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
    if format == FollowupFormat::Ics {
        return Ok(super::export::ics(&due, i18n));
    }
    if due.is_empty() {
        return Ok(i18n.t("followups-empty"));
    }
    let lines: Vec<String> = due
        .iter()
        .map(|(date, r)| {
            let when = if *date < today {
                format!(" ({})", i18n.t("followups-overdue"))
            } else if *date == today {
                format!(" ({})", i18n.t("followups-today"))
            } else {
                String::new()
            };
            let who = r.customer.as_deref().or(r.ticket.as_deref()).unwrap_or("—");
            let promises: Vec<&str> = r.promises().map(|p| p.text.as_str()).collect();
            let what = r.summary.as_deref().map(str::to_string).unwrap_or_else(|| promises.join("; "));
            text::cut(&format!("{date}{when}  {who}  {what}  [{}]", r.id), 200)
        })
        .collect();
    Ok(lines.join("\n"))
}
