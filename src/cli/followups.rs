//! `calma followups`: the dated follow-ups, oldest (overdue) first, as a
//! list or an iCalendar file.

use jiff::civil::Date;

use super::{FollowupFormat, warn};
use crate::i18n::{I18n, args};
use crate::playbook::Playbook;
use crate::record::{Record, Store};
use crate::sanitize::clean;
use crate::text;

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
        return Ok(ics(&due, i18n));
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

/// Follow-ups as an iCalendar file: one all-day event per follow-up.
pub fn ics(due: &[(Date, &Record)], i18n: &I18n) -> String {
    use icalendar::{Calendar, Component, EventLike};
    let mut calendar = Calendar::new();
    calendar.name("calma");
    for (date, record) in due {
        let Some(day) = chrono::NaiveDate::from_ymd_opt(
            i32::from(date.year()),
            u32::try_from(date.month()).unwrap_or(1),
            u32::try_from(date.day()).unwrap_or(1),
        ) else {
            continue;
        };
        let who = record.customer.as_deref().or(record.ticket.as_deref()).unwrap_or(&record.id);
        let promises: Vec<String> = record.promises().map(|p| format!("- {}", clean(&p.text))).collect();
        let mut description = record.summary.as_deref().map(clean).unwrap_or_default();
        if !promises.is_empty() {
            description.push_str(&format!("\n{}:\n{}", i18n.t("md-promises"), promises.join("\n")));
        }
        let event = icalendar::Event::new()
            .uid(&format!("{}@calma", record.id))
            .summary(&i18n.t_with("ics-summary", &args!["who" => clean(who)]))
            .description(description.trim())
            .starts(day)
            .ends(day.succ_opt().unwrap_or(day))
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}
