//! `calma export`: a record as localised Markdown ready to paste into a
//! ticket, or as JSON.

use super::Format;
use super::warn;
use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::Playbook;
pub use crate::records::history::markdown;
use crate::records::record::{Store, StoreError};

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
    warn(&crate::records::record::Listing { records: Vec::new(), warnings }, i18n);
    match format {
        Format::Json | Format::Jsonl => serde_json::to_string_pretty(&record).map_err(|e| e.to_string()),
        Format::Md => Ok(markdown(&record, playbook, i18n)),
    }
}

/// `--copy`: sends the text to the clipboard with OSC 52, which the
/// terminal (or tmux with `set-clipboard on`) passes on; the line printed
/// says where it went and what the terminal must allow.
pub fn copy(text: &str, i18n: &I18n) -> Result<String, String> {
    use std::io::{IsTerminal, Write};
    let mut stdout = std::io::stdout();
    if !stdout.is_terminal() {
        return Err(i18n.t("error-copy-needs-terminal"));
    }
    ratatui::crossterm::execute!(
        stdout,
        ratatui::crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
    )
    .and_then(|()| stdout.flush())
    .map_err(|e| i18n.t_with("error-terminal", &args!["reason" => e.to_string()]))?;
    Ok(i18n.t("export-copied"))
}
