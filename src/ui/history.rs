//! The history screen: the table of `calma history`, scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Theme, draw_lines, hint};
use crate::app::App;
use crate::keymap::Mode;
use crate::text;

/// Draws the history, from line `scroll` of the table (the header stays).
pub fn render(app: &App, scroll: usize, theme: &Theme, frame: &mut Frame, area: Rect) {
    let i18n = &app.i18n;
    let w = area.width as usize;
    let height = area.height as usize;
    let mut lines = vec![Line::styled(text::cut(&i18n.t("history-title"), w), theme.title())];
    let table = crate::history::table(&app.history, i18n);
    let mut table = table.lines();
    if let Some(header) = table.next() {
        lines.push(Line::styled(text::cut(header, w), theme.label()));
    }
    let room = height.saturating_sub(lines.len() + 1);
    lines.extend(table.skip(scroll).take(room).map(|l| Line::raw(text::cut(l, w))));
    lines.truncate(height.saturating_sub(1));
    lines.push(hint(i18n, Mode::History, theme, w));
    draw_lines(frame, area, lines);
}
