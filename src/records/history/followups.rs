//! The follow-ups still open, oldest (overdue) first: what `calma
//! followups` lists and the follow-ups screen shows.

use jiff::civil::{Date, Time};

use crate::coach::i18n::I18n;
use crate::coach::text;
use crate::records::record::Record;

/// An open follow-up: its day, the time if one was promised, the call.
#[derive(Debug, Clone)]
pub struct FollowUp<'a> {
    /// The day promised.
    pub date: Date,
    /// The time promised, if any.
    pub time: Option<Time>,
    /// The call.
    pub record: &'a Record,
}

/// The open follow-ups of these records (not marked done), oldest first;
/// with `due_by`, only those due that day or earlier.
pub fn open(records: &[Record], due_by: Option<Date>) -> Vec<FollowUp<'_>> {
    let mut open: Vec<FollowUp> = records
        .iter()
        .filter(|r| r.follow_up_done.is_none())
        .filter_map(|record| {
            let date = record.follow_up.as_deref()?.parse::<Date>().ok()?;
            let time = record.follow_up_time.as_deref().and_then(|t| t.parse::<Time>().ok());
            Some(FollowUp { date, time, record })
        })
        .filter(|f| due_by.is_none_or(|d| f.date <= d))
        .collect();
    open.sort_by(|a, b| (a.date, a.time, &a.record.id).cmp(&(b.date, b.time, &b.record.id)));
    open
}

impl FollowUp<'_> {
    /// `2026-12-03 10:00 (overdue)  Ana Horvat  what was promised`, without the id.
    pub fn line(&self, today: Date, i18n: &I18n) -> String {
        let r = self.record;
        let when = if self.date < today {
            format!(" ({})", i18n.t("followups-overdue"))
        } else if self.date == today {
            format!(" ({})", i18n.t("followups-today"))
        } else {
            String::new()
        };
        let time = self.time.map(|t| format!(" {}", t.strftime("%H:%M"))).unwrap_or_default();
        let who = r.customer.as_deref().or(r.ticket.as_deref()).unwrap_or("—");
        let promises: Vec<&str> = r.promises().map(|p| p.text.as_str()).collect();
        let what = r.summary.clone().unwrap_or_else(|| promises.join("; "));
        text::cut(&format!("{}{time}{when}  {who}  {what}", self.date), 200)
    }
}
