//! `calma export --all --format jsonl [--since DATE] [--until DATE]`:
//! every record, newest first, one JSON object per line, streamed so that
//! memory stays flat however many there are (DuckDB's `read_json_auto`
//! reads the output as it is; see docs/analytics.md).

use std::io::{self, BufWriter, Write};

use jiff::civil::Date;

use super::{CliError, print_err};
use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::Playbook;
use crate::records::record::{Record, Store};

/// Writes the records started between `since` and `until` (both days
/// included, in the call's own time zone) to stdout. A closed stdout
/// (`| head`) ends it quietly.
pub fn export_all(
    store: &Store,
    playbook: &Playbook,
    i18n: &I18n,
    since: Option<Date>,
    until: Option<Date>,
) -> Result<(), CliError> {
    let mut out = BufWriter::new(io::stdout().lock());
    let written = store.each(playbook, |record| {
        if !within(&record, since, until) {
            return Ok(());
        }
        let line = serde_json::to_string(&record).map_err(io::Error::other)?;
        writeln!(out, "{}", crate::coach::sanitize::clean_output(&line))
    });
    let result = written.and_then(|warnings| out.flush().map(|()| warnings));
    match result {
        Ok(warnings) => {
            for w in warnings {
                print_err(&i18n.t_with("warning-skipped", &args!["what" => w]));
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::Output(e)),
    }
}

/// Whether the call started within the days given.
fn within(record: &Record, since: Option<Date>, until: Option<Date>) -> bool {
    let Some(day) = record.started_at.get(..10).and_then(|d| d.parse::<Date>().ok()) else {
        return since.is_none() && until.is_none();
    };
    since.is_none_or(|s| day >= s) && until.is_none_or(|u| day <= u)
}
