//! `calma history`: the records as a table, or as JSON.

use serde_json::json;

use super::warn;
use crate::history::Filter;
use crate::i18n::I18n;
use crate::playbook::Playbook;
use crate::record::Store;

/// `calma history [--json] [--grep TEXT]`.
pub fn history(
    store: &Store,
    playbook: &Playbook,
    i18n: &I18n,
    json: bool,
    grep: Option<&str>,
) -> Result<String, String> {
    let mut listing = store.list(playbook);
    warn(&listing, i18n);
    let filter = Filter::new(grep.unwrap_or_default());
    if !filter.is_empty() {
        listing.records.retain(|r| filter.matches(r));
        if listing.records.is_empty() && !json {
            return Ok(i18n.t("history-no-match"));
        }
    }
    if json {
        let rows: Vec<_> = listing
            .records
            .iter()
            .map(|r| {
                json!({
                    "id": r.id, "started_at": r.started_at, "ended_at": r.ended_at,
                    "status": r.status, "outcome": r.outcome, "notes": r.note_count(),
                    "promises": r.promises().count(), "customer": r.customer, "ticket": r.ticket,
                    "agent": r.agent, "summary": r.summary, "follow_up": r.follow_up,
                    "follow_up_time": r.follow_up_time,
                })
            })
            .collect();
        return serde_json::to_string_pretty(&rows).map_err(|e| e.to_string());
    }
    Ok(crate::history::table(&listing, i18n))
}
