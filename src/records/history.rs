//! The history of calls: the localised table of `calma history`, the
//! filter it shares with the history screen, and a record as Markdown.

mod filter;
pub mod followups;
mod markdown;

pub use filter::{Filter, haystack};
pub use markdown::{markdown, md};

use crate::coach::call::Outcome;
use crate::coach::i18n::I18n;
use crate::coach::text;
use crate::records::record::{Head, Status};

/// The localised name of a record's status.
pub fn status_name(status: Status, resumed: bool, i18n: &I18n) -> String {
    let name = i18n.t(match status {
        Status::Complete => "status-complete",
        Status::Interrupted => "status-interrupted",
        Status::Live => "status-live",
    });
    if resumed && status == Status::Complete {
        i18n.t_with("status-resumed", &crate::coach::i18n::args!["status" => name])
    } else {
        name
    }
}

/// The localised name of a record's outcome, or "—".
pub fn outcome_name(outcome: Option<Outcome>, i18n: &I18n) -> String {
    outcome.map_or_else(|| "—".to_string(), |o| i18n.t(o.message_id()))
}

/// The localised names of every outcome and status, made once for a
/// table of thousands of rows (a Fluent message each row was most of its
/// cost).
pub struct Names {
    outcomes: Vec<(Option<Outcome>, String)>,
    statuses: Vec<((Status, bool), String)>,
}

impl Names {
    /// The names in the UI language.
    pub fn new(i18n: &I18n) -> Names {
        let outcomes = std::iter::once(None).chain(Outcome::ALL.map(Some));
        let statuses = [Status::Complete, Status::Interrupted, Status::Live]
            .into_iter()
            .flat_map(|s| [(s, false), (s, true)]);
        Names {
            outcomes: outcomes.map(|o| (o, outcome_name(o, i18n))).collect(),
            statuses: statuses.map(|(s, r)| ((s, r), status_name(s, r, i18n))).collect(),
        }
    }

    fn outcome(&self, outcome: Option<Outcome>) -> String {
        self.outcomes.iter().find(|(o, _)| *o == outcome).map(|(_, n)| n.clone()).unwrap_or_default()
    }

    fn status(&self, status: Status, resumed: bool) -> String {
        self.statuses
            .iter()
            .find(|(k, _)| *k == (status, resumed))
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    }
}

/// One call's cells of the table, in one string: what is kept of a
/// record when thousands are listed (the record itself is dropped as soon
/// as its row is made, and one allocation a row keeps memory small).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row(String);

/// Between the cells of a [`Row`]: a control character, taken out of the
/// cells themselves.
const CELL_END: char = '\u{1f}';

impl Row {
    fn of(cells: [String; 8]) -> Row {
        let cells = cells.map(|c| if c.contains(CELL_END) { c.replace(CELL_END, "") } else { c });
        Row(cells.join(&CELL_END.to_string()))
    }

    fn cells(&self) -> impl Iterator<Item = &str> {
        self.0.split(CELL_END)
    }
}

/// The table's row of one call.
pub fn row(r: &Head, names: &Names) -> Row {
    let who =
        [r.customer.as_deref(), r.ticket.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
    Row::of([
        text::minute(&r.started_at),
        text::clock(r.duration_secs),
        if who.is_empty() { "—".into() } else { text::cut(&who, 24) },
        names.outcome(r.outcome),
        r.note_count().to_string(),
        r.promise_count().to_string(),
        names.status(r.status, r.resumed),
        r.id.clone(),
    ])
}

/// Rows as a table with a header, columns as wide as their widest cell.
pub fn table_of(rows: &[Row], i18n: &I18n) -> String {
    if rows.is_empty() {
        return i18n.t("history-empty");
    }
    let header = Row::of(
        [
            "history-date",
            "history-duration",
            "history-customer",
            "history-outcome",
            "history-notes",
            "history-promises",
            "history-status",
            "history-id",
        ]
        .map(|id| i18n.t(id)),
    );
    columns(&header, rows)
}

/// Columns padded to their widest cell (by display width).
fn columns(header: &Row, rows: &[Row]) -> String {
    let mut widths: Vec<usize> = header.cells().map(text::width).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row.cells()) {
            *w = (*w).max(text::width(cell));
        }
    }
    // Written into one string: for 100,000 rows, a string a line and a
    // join would hold the table twice.
    let mut out = String::new();
    for row in std::iter::once(header).chain(rows) {
        if !out.is_empty() {
            out.push('\n');
        }
        for (i, (cell, w)) in row.cells().zip(&widths).enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            out.push_str(cell);
            out.extend(std::iter::repeat_n(' ', w - text::width(cell)));
        }
        out.truncate(out.trim_end().len());
    }
    out
}
