//! The history screen's state: the calls as a list to select from, the
//! filter being typed, and the record opened from it. Cells, folded search
//! text and column widths are made once per load and per change of the
//! filter, never per redraw; the screen only cuts what it shows.

mod draw;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Context, Next, Outcome, Task, View};
use crate::coach::i18n::{I18n, args};
use crate::coach::playbook::Playbook;
use crate::coach::text;
use crate::records::history::{Filter, haystack, markdown, outcome_name, status_name};
use crate::records::record::{Head, Listing, Record};
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::{TextField, Theme};

/// How many columns the list has: date, customer, ticket, outcome, notes,
/// status, id.
pub const COLUMNS: usize = 7;

/// The column of the full id, the last one.
pub const ID: usize = 6;

/// The header of each column.
const HEADER: [&str; COLUMNS] = [
    "history-date",
    "md-customer",
    "md-ticket",
    "history-outcome",
    "history-notes",
    "history-status",
    "history-id",
];

/// Customer and ticket are cut to this many columns in the list (the open
/// record shows them whole).
const LONGEST_NAME: usize = 24;

/// A record opened from the list: its Markdown, scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// Index into the records.
    pub record: usize,
    /// The record as Markdown, the same as `calma export ID --format md`.
    pub markdown: String,
    /// The first line shown (of the lines wrapped to the screen's width).
    pub scroll: usize,
}

/// What leaving a key with the history screen asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
enum HistoryOutcome {
    /// Stay, and perform these commands.
    Stay(Vec<Task>),
    /// Back to the home menu.
    Back,
}

/// The history screen.
#[derive(Debug, Clone)]
pub struct HistoryScreen {
    records: Vec<Record>,
    /// Each record's text that the filter searches, folded once.
    haystacks: Vec<String>,
    /// Each record's cells, formatted once.
    cells: Vec<[String; COLUMNS]>,
    /// The column headers.
    pub header: [String; COLUMNS],
    /// The filter as typed.
    pub query: TextField,
    /// Whether keys go to the filter field.
    pub filtering: bool,
    /// The records the filter lets through, as indices, newest first.
    shown: Vec<usize>,
    /// The widest cell of each column among those shown (header included).
    widths: [usize; COLUMNS],
    /// The highlighted row, an index into `shown`.
    selected: usize,
    /// The first row on screen, an index into `shown`.
    offset: usize,
    /// The record opened, if any.
    pub open: Option<Opened>,
    /// A confirmation for the status line (a message id).
    pub status: Option<&'static str>,
    /// How many files were damaged, and the first, in one line, if any.
    pub damaged: Option<String>,
    /// The screen's width and height when it was last measured.
    size: (usize, usize),
}

impl HistoryScreen {
    /// The screen over a listing (newest first), in the UI language.
    pub fn new(listing: Listing, i18n: &I18n) -> HistoryScreen {
        let damaged = damaged(&listing.warnings, i18n);
        let records = listing.records;
        let cells = records.iter().map(|r| cells(r, i18n)).collect();
        let haystacks = records.iter().map(|r| haystack(&Head::from(r.clone()))).collect();
        let mut screen = HistoryScreen {
            records,
            haystacks,
            cells,
            header: HEADER.map(|id| i18n.t(id)),
            query: TextField::default(),
            filtering: false,
            shown: Vec::new(),
            widths: [0; COLUMNS],
            selected: 0,
            offset: 0,
            open: None,
            status: None,
            damaged,
            size: (80, 24),
        };
        screen.refilter();
        screen
    }

    /// How many calls there are, filtered or not.
    pub fn total(&self) -> usize {
        self.records.len()
    }

    /// How many calls the filter lets through.
    pub fn shown(&self) -> usize {
        self.shown.len()
    }

    /// The widest cell of each column among the calls shown.
    pub fn widths(&self) -> [usize; COLUMNS] {
        self.widths
    }

    /// The cells of the `row`-th call shown.
    pub fn row(&self, row: usize) -> Option<&[String; COLUMNS]> {
        self.shown.get(row).and_then(|&i| self.cells.get(i))
    }

    /// The highlighted call, if any is shown.
    pub fn selected(&self) -> Option<&Record> {
        self.shown.get(self.selected).and_then(|&i| self.records.get(i))
    }

    /// The index of the highlighted row.
    pub fn selected_row(&self) -> usize {
        self.selected
    }

    /// Whether the filter line is on screen.
    pub fn filter_line(&self) -> bool {
        self.filtering || !self.query.value().is_empty()
    }

    /// How many rows of calls fit in a screen `height` rows high: the rest
    /// is the title, the filter, the header, the selected call's id, the
    /// status and the key hint.
    pub fn list_rows(&self, height: usize) -> usize {
        let chrome = 4 + usize::from(self.filter_line()) + usize::from(self.status_line());
        height.saturating_sub(chrome)
    }

    /// How many lines of an open record fit: all but the status and the hint.
    pub fn record_rows(&self, height: usize) -> usize {
        height.saturating_sub(1 + usize::from(self.status_line()))
    }

    /// Whether a status row is drawn: a confirmation, or the damaged files.
    pub fn status_line(&self) -> bool {
        self.status.is_some() || self.damaged.is_some()
    }

    /// The first row to show in `rows` rows: the last scroll position,
    /// moved as little as needed for the highlighted row to be in view.
    pub fn first_row(&self, rows: usize) -> usize {
        let rows = rows.max(1);
        let offset = self.offset.min(self.selected).max((self.selected + 1).saturating_sub(rows));
        offset.min(self.shown.len().saturating_sub(rows))
    }

    /// The open record's lines, wrapped to `width` columns.
    pub fn record_lines(markdown: &str, width: usize) -> Vec<String> {
        markdown.lines().flat_map(|line| text::wrap(line, width)).collect()
    }

    /// The first line to show of the open record in a `width`×`rows` area.
    pub fn record_scroll(&self, width: usize, rows: usize) -> usize {
        let Some(open) = &self.open else {
            return 0;
        };
        let lines = HistoryScreen::record_lines(&open.markdown, width).len();
        open.scroll.min(lines.saturating_sub(rows.max(1)))
    }

    /// The screen's size, for the keys that move by a page (the runtime
    /// tells it before each draw).
    pub fn resize(&mut self, width: usize, height: usize) {
        self.size = (width, height);
        self.offset = self.first_row(self.list_rows(height));
        let scroll = self.record_scroll(width, self.record_rows(height));
        if let Some(open) = &mut self.open {
            open.scroll = scroll;
        }
    }

    /// Keeps the size another screen was measured at (a reload).
    pub fn take_size(&mut self, other: &HistoryScreen) {
        self.size = other.size;
    }

    /// The key-table mode of what has the keys.
    pub fn mode(&self) -> Mode {
        if self.open.is_some() {
            Mode::Record
        } else if self.filtering {
            Mode::HistoryFilter
        } else {
            Mode::History
        }
    }

    /// A paste goes into the filter while it is being typed.
    pub fn paste(&mut self, text: &str) {
        if self.filtering {
            self.query.paste(text);
            self.refilter();
        }
    }

    /// Reacts to a key.
    fn handle(&mut self, key: Key, playbook: &Playbook, i18n: &I18n) -> HistoryOutcome {
        if self.filtering
            && let Key::Char(c) = key
        {
            // Text input gets the first pick of keys.
            self.query.insert(c);
            self.refilter();
            return HistoryOutcome::Stay(Vec::new());
        }
        let mode = self.mode();
        let Some(action) = keymap::resolve(mode, key) else {
            return HistoryOutcome::Stay(Vec::new());
        };
        self.status = None;
        if mode == Mode::HistoryFilter && self.query.edit(action) {
            self.refilter();
            return HistoryOutcome::Stay(Vec::new());
        }
        let commands = match action {
            Action::ForceQuit => vec![Task::Quit],
            Action::Copy => self.copy(playbook, i18n),
            Action::Cancel if mode == Mode::Record => {
                self.open = None;
                Vec::new()
            }
            Action::Cancel if mode == Mode::HistoryFilter => {
                self.query = TextField::default();
                self.filtering = false;
                self.refilter();
                Vec::new()
            }
            Action::Cancel => return HistoryOutcome::Back,
            Action::Save => {
                self.filtering = false;
                Vec::new()
            }
            Action::Filter => {
                self.filtering = true;
                Vec::new()
            }
            Action::Choose => {
                if let Some(&record) = self.shown.get(self.selected)
                    && let Some(r) = self.records.get(record)
                {
                    self.open = Some(Opened { record, markdown: markdown(r, playbook, i18n), scroll: 0 });
                }
                Vec::new()
            }
            movement if mode == Mode::Record => {
                self.scroll(movement);
                Vec::new()
            }
            movement => {
                self.select(movement);
                Vec::new()
            }
        };
        HistoryOutcome::Stay(commands)
    }

    /// `y`: the Markdown of the open record, or of the highlighted one.
    fn copy(&mut self, playbook: &Playbook, i18n: &I18n) -> Vec<Task> {
        let text = match &self.open {
            Some(open) => open.markdown.clone(),
            None => match self.selected() {
                Some(record) => markdown(record, playbook, i18n),
                None => return Vec::new(),
            },
        };
        self.status = Some("status-record-copied");
        vec![Task::Copy(text)]
    }

    /// Moves the highlight and keeps it in view.
    fn select(&mut self, action: Action) {
        let last = self.shown.len().saturating_sub(1);
        let page = self.list_rows(self.size.1).max(1);
        self.selected = moved(self.selected, action, page, last);
        self.offset = self.first_row(page);
    }

    /// Scrolls the open record, never past its end.
    fn scroll(&mut self, action: Action) {
        let (width, height) = self.size;
        let page = self.record_rows(height).max(1);
        let Some(open) = &mut self.open else {
            return;
        };
        let end = HistoryScreen::record_lines(&open.markdown, width).len().saturating_sub(page);
        open.scroll = moved(open.scroll, action, page, end);
    }

    /// Applies the filter as typed: which calls are shown, and the widths
    /// of their columns. The highlight goes back to the newest.
    fn refilter(&mut self) {
        let filter = Filter::new(self.query.value());
        self.shown = (0..self.records.len())
            .filter(|&i| filter.is_empty() || self.haystacks.get(i).is_some_and(|h| filter.matches_text(h)))
            .collect();
        let mut widths = self.header.each_ref().map(|h| text::width(h));
        for row in self.shown.iter().filter_map(|&i| self.cells.get(i)) {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(text::width(cell));
            }
        }
        self.widths = widths;
        self.selected = 0;
        self.offset = 0;
    }
}

/// A record's cells in the list, cleaned of control characters.
fn cells(r: &Record, i18n: &I18n) -> [String; COLUMNS] {
    let name =
        |value: &Option<String>| value.as_deref().map_or_else(|| "—".into(), |v| text::cut(v, LONGEST_NAME));
    [
        text::minute(&r.started_at),
        name(&r.customer),
        name(&r.ticket),
        outcome_name(r.outcome, i18n),
        r.note_count().to_string(),
        status_name(r.status, r.resumed, i18n),
        text::cut(&r.id, usize::MAX),
    ]
}

/// A position in a list of `last + 1` rows after a move by one, by a page
/// of `page` rows, or to either end.
fn moved(position: usize, action: Action, page: usize, last: usize) -> usize {
    match action {
        Action::MenuDown => position + 1,
        Action::MenuUp => position.saturating_sub(1),
        Action::PageDown => position + page,
        Action::PageUp => position.saturating_sub(page),
        Action::First => 0,
        Action::Last => last,
        _ => position,
    }
    .min(last)
}

impl View for HistoryScreen {
    fn handle(mut self: Box<Self>, key: Key, cx: &Context) -> Outcome {
        match HistoryScreen::handle(&mut self, key, cx.playbook, cx.i18n) {
            HistoryOutcome::Stay(tasks) => Outcome::show(self).and_all(tasks),
            HistoryOutcome::Back => Outcome::to(Next::Back),
        }
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw::render(self, cx.i18n, theme, frame, area);
    }

    fn paste(&mut self, text: &str) {
        HistoryScreen::paste(self, text);
    }

    fn resize(&mut self, width: u16, height: u16) {
        HistoryScreen::resize(self, width.into(), height.into());
    }

    fn loaded(&mut self, listing: Listing, _status: Option<String>, cx: &Context) {
        let mut loaded = HistoryScreen::new(listing, cx.i18n);
        loaded.take_size(self);
        *self = loaded;
    }
}

/// One line for a screen that lists records, when some files were skipped
/// or read only in part: how many, and the first (its file name and what
/// was wrong). The command line names each on stderr; a screen has room
/// for one line.
pub fn damaged(warnings: &[String], i18n: &I18n) -> Option<String> {
    let first = warnings.first()?;
    // "DIR/calls/ID.json: what" → "ID.json: what": the folder is known.
    let short = |w: &str| match w.split_once(": ") {
        Some((at, what)) => format!("{}: {what}", at.rsplit('/').next().unwrap_or(at)),
        None => w.to_string(),
    };
    let file = |w: &String| w.split(": ").next().and_then(|at| at.split(':').next()).map(str::to_string);
    let mut files: Vec<String> = warnings.iter().filter_map(file).collect();
    files.dedup();
    Some(i18n.t_with("records-damaged", &args!["count" => files.len().max(1), "what" => short(first)]))
}

#[cfg(test)]
mod tests;
