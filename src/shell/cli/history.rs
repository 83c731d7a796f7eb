//! `calma history`: the records as a table, or as JSON, read one at a time
//! so that memory stays small however many calls there are: the JSON is
//! written as each record is read, the table keeps only its cells.

use std::io::{self, BufWriter, Write};

use super::{CliError, print_err};
use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::Playbook;
use crate::records::history::{Filter, Names, row, table_of};
use crate::records::record::{Head, Store, StoreError};

/// `calma history [--json] [--grep TEXT]`, newest first. `Ok(None)` when
/// the JSON was written already.
pub fn history(
    store: &Store,
    playbook: &Playbook,
    i18n: &I18n,
    json: bool,
    grep: Option<&str>,
) -> Result<Option<String>, CliError> {
    let filter = Filter::new(grep.unwrap_or_default());
    let result = if json {
        json_lines(store, playbook, &filter).map(|warnings| (warnings, None))
    } else {
        let mut rows = Vec::new();
        let names = Names::new(i18n);
        store
            .each(playbook, |r: Head| {
                if filter.matches(&r) {
                    rows.push(row(&r, &names));
                }
                Ok(())
            })
            .map(|warnings| (warnings, Some(rows)))
    };
    let (warnings, rows) = match result {
        Ok(done) => done,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(None),
        Err(e) if json => return Err(CliError::Output(e)),
        Err(e) => {
            return Err(CliError::Store(StoreError::Io { path: store.root().to_path_buf(), source: e }));
        }
    };
    for w in warnings {
        print_err(&i18n.t_with("warning-skipped", &args!["what" => w]));
    }
    Ok(rows.map(|rows| {
        if rows.is_empty() && !filter.is_empty() { i18n.t("history-no-match") } else { table_of(&rows, i18n) }
    }))
}

/// The JSON array, one call per element, written as the records are read.
fn json_lines(store: &Store, playbook: &Playbook, filter: &Filter) -> io::Result<Vec<String>> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut first = true;
    write!(out, "[")?;
    let warnings = store.each(playbook, |r: Head| {
        if !filter.matches(&r) {
            return Ok(());
        }
        let text = serde_json::to_string_pretty(&summary(&r)).map_err(io::Error::other)?;
        let text = crate::coach::sanitize::clean_output(&text).replace('\n', "\n  ");
        write!(out, "{}\n  {text}", if first { "" } else { "," })?;
        first = false;
        Ok(())
    })?;
    writeln!(out, "{}]", if first { "" } else { "\n" })?;
    out.flush()?;
    Ok(warnings)
}

/// What `history --json` says of a call (PRODUCT.md §6), borrowed from
/// its head; the fields in alphabetical order, as always written.
#[derive(serde::Serialize)]
struct Summary<'a> {
    agent: Option<&'a str>,
    customer: Option<&'a str>,
    ended_at: Option<&'a str>,
    follow_up: Option<&'a str>,
    follow_up_done: Option<&'a crate::records::record::FollowUpDone>,
    follow_up_time: Option<&'a str>,
    id: &'a str,
    notes: usize,
    outcome: Option<crate::coach::call::Outcome>,
    promises: usize,
    started_at: &'a str,
    status: crate::records::record::Status,
    summary: Option<&'a str>,
    ticket: Option<&'a str>,
}

fn summary(r: &Head) -> Summary<'_> {
    Summary {
        agent: r.agent.as_deref(),
        customer: r.customer.as_deref(),
        ended_at: r.ended_at.as_deref(),
        follow_up: r.follow_up.as_deref(),
        follow_up_done: r.follow_up_done.as_ref(),
        follow_up_time: r.follow_up_time.as_deref(),
        id: &r.id,
        notes: r.note_count(),
        outcome: r.outcome,
        promises: r.promise_count(),
        started_at: &r.started_at,
        status: r.status,
        summary: r.summary.as_deref(),
        ticket: r.ticket.as_deref(),
    }
}
