//! `calma export`: a record as localised Markdown ready to paste into a
//! ticket, or as JSON.

use super::warn;
use super::{CliError, Format};
use crate::coach::i18n::I18n;
use crate::coach::playbook::Playbook;
pub use crate::records::history::markdown;
use crate::records::record::Store;

/// `calma export ID|latest [--format md|json]`.
pub fn export(
    store: &Store,
    playbook: &Playbook,
    i18n: &I18n,
    id: &str,
    format: Format,
) -> Result<String, CliError> {
    let (record, warnings) = store.find(id, playbook)?;
    warn(&crate::records::record::Listing { records: Vec::new(), warnings }, i18n);
    match format {
        Format::Json | Format::Jsonl => {
            serde_json::to_string_pretty(&record).map_err(|e| CliError::Output(e.into()))
        }
        Format::Md => Ok(markdown(&record, playbook, i18n)),
    }
}

/// `--copy`: sends the text to the clipboard with OSC 52, which the
/// terminal (or tmux with `set-clipboard on`) passes on; the line printed
/// says where it went and what the terminal must allow.
pub fn copy(text: &str, i18n: &I18n) -> Result<String, CliError> {
    use std::io::{IsTerminal, Write};
    let mut stdout = std::io::stdout();
    if !stdout.is_terminal() {
        return Err(CliError::CopyNeedsTerminal);
    }
    ratatui::crossterm::execute!(
        stdout,
        ratatui::crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
    )
    .and_then(|()| stdout.flush())
    .map_err(|e| CliError::Runtime(e.into()))?;
    Ok(i18n.t("export-copied"))
}
