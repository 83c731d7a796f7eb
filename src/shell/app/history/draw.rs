//! The history screen: the calls as a list with the highlighted one's full
//! id under it, the filter being typed, or the record opened as Markdown.
//! Drawn from the screen's state alone; the columns it was given are only
//! fitted to the width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::coach::i18n::{I18n, args};
use crate::coach::text;
use crate::shell::app::{COLUMNS, HistoryScreen, ID};
use crate::shell::ui::{Theme, draw_lines, hint};

const DATE: usize = 0;
const CUSTOMER: usize = 1;
const TICKET: usize = 2;
const OUTCOME: usize = 3;
const NOTES: usize = 4;
const STATUS: usize = 5;

/// `MM-DD HH:MM`: the date without its year, when the columns are short
/// of room.
const SHORT_DATE: usize = 11;

/// Text columns are cut no narrower than this before whole columns go.
const NARROWEST: usize = 8;

/// Draws the history screen.
pub fn render(screen: &HistoryScreen, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (w, height) = (area.width as usize, area.height as usize);
    let mut lines = if screen.open.is_some() {
        record(screen, theme, w, height)
    } else {
        list(screen, i18n, theme, w, height)
    };
    if let Some(id) = screen.status {
        lines.push(Line::styled(text::cut(&i18n.t(id), w), theme.recommended()));
    } else if let Some(damaged) = &screen.damaged {
        lines.push(Line::styled(text::cut(damaged, w), theme.warn()));
    }
    lines.push(hint(i18n, screen.mode(), theme, w));
    draw_lines(frame, area, lines);
}

/// The title, the filter, the table and the highlighted call's id.
fn list(screen: &HistoryScreen, i18n: &I18n, theme: &Theme, w: usize, height: usize) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(text::cut(&i18n.t("history-title"), w), theme.title())];
    if screen.filter_line() {
        lines.push(filter(screen, i18n, theme, w));
    }
    let rows = screen.list_rows(height);
    let body = lines.len() + rows + 1;
    if screen.total() == 0 {
        lines.push(Line::styled(text::cut(&i18n.t("history-empty"), w), theme.dim()));
    } else if screen.shown() == 0 {
        lines.push(Line::styled(text::cut(&i18n.t("history-no-match"), w), theme.dim()));
    } else {
        let widths = fit(screen.widths(), w);
        lines.push(Line::styled(row(&screen.header, &widths, w, false), theme.label()));
        let first = screen.first_row(rows);
        for i in first..(first + rows).min(screen.shown()) {
            let Some(cells) = screen.row(i) else { break };
            let line = row(cells, &widths, w, true);
            lines.push(if i == screen.selected_row() {
                Line::styled(format!("{line:w$}"), theme.selected())
            } else {
                Line::raw(line)
            });
        }
    }
    // The highlighted call's full id stays at the same place, under the list.
    lines.resize(body.min(height.saturating_sub(1)).max(lines.len()), Line::default());
    if let Some(record) = screen.selected() {
        let mut detail = format!("{}: {}", screen.header[ID], record.id);
        if let Some(summary) = &record.summary {
            detail.push_str(" · ");
            detail.push_str(summary);
        }
        lines.push(Line::styled(text::cut(&detail, w), theme.dim()));
    }
    lines
}

/// `Filter: joao█   2 of 5`.
fn filter(screen: &HistoryScreen, i18n: &I18n, theme: &Theme, w: usize) -> Line<'static> {
    let label = format!("{}: ", i18n.t("history-filter"));
    let count = format!(
        "  {}",
        i18n.t_with("history-matches", &args!["count" => screen.shown(), "total" => screen.total()])
    );
    let room = w.saturating_sub(text::width(&label) + text::width(&count));
    let mut spans = vec![Span::styled(text::cut(&label, w), theme.label())];
    spans.extend(crate::shell::ui::field_spans(&screen.query, room, screen.filtering));
    if room > 0 {
        spans.push(Span::styled(count, theme.dim()));
    }
    Line::from(spans)
}

/// One row of the table: each kept column cut and padded to its width.
fn row(cells: &[String; COLUMNS], widths: &[usize; COLUMNS], w: usize, short_date: bool) -> String {
    let cells = cells.iter().zip(widths).enumerate().filter(|(_, (_, width))| **width > 0);
    let padded: Vec<String> = cells
        .map(|(i, (cell, &width))| {
            let cell = if i == DATE && short_date && width == SHORT_DATE {
                cell.get(5..).unwrap_or(cell)
            } else {
                cell
            };
            let cut = text::cut(cell, width);
            let pad = width.saturating_sub(text::width(&cut));
            format!("{cut}{}", " ".repeat(pad))
        })
        .collect();
    text::cut(padded.join("  ").trim_end(), w)
}

/// The width of each column in `w` columns (0: left out). When the table
/// is too wide the id goes first (it is under the list in full), then the
/// date's year, then text columns are cut (outcome and status before
/// customer and ticket), widest first, then whole
/// columns go, the least needed first.
fn fit(natural: [usize; COLUMNS], w: usize) -> [usize; COLUMNS] {
    let total = |widths: &[usize; COLUMNS]| {
        let kept: Vec<usize> = widths.iter().copied().filter(|&x| x > 0).collect();
        kept.iter().sum::<usize>() + 2 * kept.len().saturating_sub(1)
    };
    let mut widths = natural;
    if total(&widths) <= w {
        return widths;
    }
    widths[ID] = 0;
    if total(&widths) > w {
        widths[DATE] = widths[DATE].min(SHORT_DATE);
    }
    // Outcome and status are short words that read well cut; the customer
    // and the ticket are what the agent looks for, so they give way last.
    for columns in [[OUTCOME, STATUS], [CUSTOMER, TICKET]] {
        while total(&widths) > w {
            let widest = columns.into_iter().filter(|&i| widths[i] > NARROWEST).max_by_key(|&i| widths[i]);
            let Some(i) = widest else { break };
            widths[i] -= 1;
        }
    }
    for column in [STATUS, NOTES, TICKET, OUTCOME] {
        if total(&widths) <= w {
            break;
        }
        widths[column] = 0;
    }
    widths
}

/// The open record's Markdown, from its scroll position.
fn record(screen: &HistoryScreen, theme: &Theme, w: usize, height: usize) -> Vec<Line<'static>> {
    let Some(open) = &screen.open else {
        return Vec::new();
    };
    let rows = screen.record_rows(height);
    let first = screen.record_scroll(w, rows);
    let mut lines: Vec<Line<'static>> = HistoryScreen::record_lines(&open.markdown, w)
        .into_iter()
        .skip(first)
        .take(rows)
        .map(|line| {
            let style = if line.starts_with("## ") {
                theme.title()
            } else if line.starts_with("### ") {
                theme.label()
            } else {
                return Line::raw(line);
            };
            Line::styled(line, style)
        })
        .collect();
    lines.resize(rows, Line::default());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_give_way_in_order_and_never_overflow() {
        let natural = [16, 14, 6, 10, 5, 11, 20];
        assert_eq!(fit(natural, 120), natural, "room for all");
        let at_80 = fit(natural, 80);
        assert_eq!(at_80[ID], 0, "the id goes first; it is under the list");
        assert_eq!(at_80[DATE], 16);
        let at_60 = fit(natural, 60);
        assert_eq!(at_60[DATE], SHORT_DATE);
        assert!(at_60[1..ID].iter().all(|&w| w > 0), "every other column stays at 60: {at_60:?}");
        for w in [0, 5, 20, 30, 45, 60, 80] {
            let widths = fit(natural, w);
            let kept: Vec<usize> = widths.iter().copied().filter(|&x| x > 0).collect();
            let total = kept.iter().sum::<usize>() + 2 * kept.len().saturating_sub(1);
            assert!(total <= w.max(SHORT_DATE + NARROWEST + 2), "{w}: {widths:?}");
        }
    }
}
