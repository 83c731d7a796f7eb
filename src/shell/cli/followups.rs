//! `calma followups`: the dated follow-ups still open, oldest (overdue)
//! first, as a list or an iCalendar file (RFC 5545); and `followups done`.

use jiff::civil::Date;

use super::{CliError, FollowupFormat, print_err, warn};
use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::Playbook;
use crate::coach::sanitize::clean;
use crate::coach::text;
use crate::records::history::followups::{FollowUp, open};
use crate::records::record::{Store, StoreError};

/// What `calma followups` was asked for.
#[derive(Debug, Clone, Copy)]
pub struct List {
    /// Today, for "overdue" and `--due`.
    pub today: Date,
    /// Only those due today or earlier.
    pub due_only: bool,
    /// A list or a calendar.
    pub format: FollowupFormat,
    /// Whether calendar events may name the customer.
    pub with_names: bool,
}

/// `calma followups [--due] [--format ics] [--with-names]`: the open
/// follow-ups, oldest first; `None` (and a line on stderr) when there is
/// no calendar to write.
pub fn followups(
    store: &Store,
    playbook: &Playbook,
    i18n: &I18n,
    list: &List,
) -> Result<Option<String>, CliError> {
    // Only the calls with a follow-up open are kept, one record at a time.
    let mut records = Vec::new();
    let warnings = store
        .each(playbook, |r: crate::records::record::Record| {
            if r.follow_up.is_some() && r.follow_up_done.is_none() {
                records.push(r);
            }
            Ok(())
        })
        .map_err(|source| StoreError::Io { path: store.root().to_path_buf(), source })?;
    warn(&crate::records::record::Listing { records: Vec::new(), warnings }, i18n);
    let due = open(&records, list.due_only.then_some(list.today));
    if list.format == FollowupFormat::Ics {
        if due.is_empty() {
            // RFC 5545 wants at least one event in a calendar: say so instead.
            print_err(&i18n.t("followups-no-calendar"));
            return Ok(None);
        }
        return Ok(Some(ics(&due, i18n, list.with_names)));
    }
    let mut lines: Vec<String> =
        due.iter().map(|f| format!("{}  [{}]", f.line(list.today, i18n), f.record.id)).collect();
    if list.due_only {
        // What is not due yet is not listed, but it is not hidden either.
        let later: Vec<FollowUp> = open(&records, None).into_iter().filter(|f| f.date > list.today).collect();
        if due.is_empty() {
            lines.push(i18n.t("followups-none-due"));
        }
        if let Some(next) = later.first() {
            lines.push(upcoming(later.len(), next, i18n));
        }
    }
    if lines.is_empty() {
        return Ok(Some(i18n.t("followups-empty")));
    }
    Ok(Some(lines.join("\n")))
}

/// "2 more upcoming, the next on 2026-12-08 10:00."
fn upcoming(count: usize, next: &FollowUp, i18n: &I18n) -> String {
    let time = next.time.map(|t| format!(" {}", t.strftime("%H:%M"))).unwrap_or_default();
    i18n.t_with("followups-upcoming", &args!["count" => count, "next" => format!("{}{time}", next.date)])
}

/// `calma followups done ID [--note TEXT]`. A follow-up done already keeps
/// its first time and note; marking it again says so and fails, so that a
/// second note is never dropped without a word.
pub fn done(
    store: &Store,
    i18n: &I18n,
    id: &str,
    at: String,
    note: Option<String>,
) -> Result<String, CliError> {
    let noted = note.as_deref().is_some_and(|n| !n.trim().is_empty());
    match store.follow_up_done(id, at, note) {
        Ok(record) => {
            let at = record.follow_up_done.map(|d| text::minute(&d.at)).unwrap_or_default();
            Ok(i18n.t_with("followups-done", &args!["id" => id.to_string(), "at" => at]))
        }
        Err(StoreError::AlreadyDone { id, at }) => Err(CliError::AlreadyDone { id, at, noted }),
        Err(e) => Err(e.into()),
    }
}

/// The follow-ups as an iCalendar file: an event at the promised time
/// (a quarter of an hour, in UTC: the agent's local time, whatever the
/// calendar's zone), else an all-day event.
/// SUMMARY names the ticket, not the customer, unless `with_names`: a
/// shared calendar must not show customers' names.
fn ics(due: &[FollowUp], i18n: &I18n, with_names: bool) -> String {
    use icalendar::{Calendar, Component, EventLike};
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", format!("-//calma//calma {}//EN", env!("CARGO_PKG_VERSION")).as_str()))
        .append_property(("CALSCALE", "GREGORIAN"));
    for d in due {
        let record = d.record;
        let Some(day) = naive_date(d.date) else {
            continue;
        };
        let customer = record.customer.as_deref().filter(|_| with_names);
        let who: Vec<String> =
            [customer, record.ticket.as_deref()].into_iter().flatten().map(clean).collect();
        let summary = if who.is_empty() {
            // Without ticket or name, the call's start says which call.
            i18n.t_with("ics-call-back", &args!["when" => text::minute(&record.started_at)])
        } else {
            i18n.t_with("ics-summary", &args!["who" => who.join(" · ")])
        };
        let mut event = icalendar::Event::new();
        event.uid(&format!("{}@calma", record.id)).summary(&summary);
        match d.time.and_then(|t| utc(d.date.to_datetime(t))) {
            Some(start) => {
                event.starts(start).ends(start + chrono::Duration::minutes(15));
            }
            None => {
                event.starts(day).ends(day.succ_opt().unwrap_or(day));
            }
        }
        let promises: Vec<String> = record.promises().map(|p| format!("- {}", clean(&p.text))).collect();
        let mut description = record.summary.as_deref().map(clean).unwrap_or_default();
        if !promises.is_empty() {
            description.push_str(&format!("\n{}:\n{}", i18n.t("md-promises"), promises.join("\n")));
        }
        if !description.trim().is_empty() {
            event.description(description.trim());
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// A local date and time as the UTC instant a calendar shows in its own
/// zone (`DTSTART:…Z`); a time the clock skips (a spring gap) moves on.
fn utc(local: jiff::civil::DateTime) -> Option<chrono::DateTime<chrono::Utc>> {
    let zoned = local.to_zoned(crate::coach::clock::now().time_zone().clone()).ok()?;
    chrono::DateTime::from_timestamp(zoned.timestamp().as_second(), 0)
}

fn naive_date(date: Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}
