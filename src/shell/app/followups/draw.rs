//! The follow-ups screen: the open follow-ups, overdue first, with the
//! highlighted one's id (or the note `d` asks for), and what `d` or `u` did.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::coach::i18n::I18n;
use crate::coach::text;
use crate::shell::app::FollowupsScreen;
use crate::shell::keymap::Mode;
use crate::shell::ui::{Theme, draw_lines, hint};

/// Draws the follow-ups, keeping the highlighted one in view.
pub fn render(screen: &FollowupsScreen, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (w, height) = (area.width as usize, area.height as usize);
    let mut lines = vec![Line::styled(text::cut(&i18n.t("followups-title"), w), theme.title())];
    // Title, the id line, the status and the footer take four rows.
    let room = height.saturating_sub(4).max(1);
    if screen.rows.is_empty() && screen.loaded {
        lines.push(Line::styled(text::cut(&i18n.t("followups-empty"), w), theme.dim()));
    }
    let start = screen.selected.saturating_sub(room.saturating_sub(1));
    for (i, row) in screen.rows.iter().enumerate().skip(start).take(room) {
        let marker = if i == screen.selected { "›" } else { " " };
        let line = text::cut(&format!("{marker} {}", row.line), w);
        let style = if i == screen.selected {
            theme.selected()
        } else if row.overdue {
            theme.warn()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(line, style));
    }
    lines.truncate(height.saturating_sub(3));
    while lines.len() < height.saturating_sub(3) {
        lines.push(Line::default());
    }
    let id = screen
        .rows
        .get(screen.selected)
        .map(|r| format!("{}: {}", i18n.t("history-id"), r.id))
        .unwrap_or_default();
    match &screen.closing {
        // Closing: the note, where the id was; its keys in the footer.
        Some((_, note)) => {
            let prompt = format!("{} ", i18n.t("followups-note"));
            let mut spans = vec![Span::styled(prompt.clone(), theme.label())];
            spans.extend(crate::shell::ui::field_spans(note, w.saturating_sub(text::width(&prompt)), true));
            lines.push(Line::from(spans));
            lines.push(Line::default());
            lines.push(hint(i18n, Mode::Input, theme, w));
        }
        None => {
            lines.push(Line::styled(text::cut(&id, w), theme.dim()));
            match (&screen.status, &screen.damaged) {
                (None, Some(damaged)) => lines.push(Line::styled(text::cut(damaged, w), theme.warn())),
                (status, _) => lines
                    .push(Line::styled(text::cut(status.as_deref().unwrap_or(""), w), theme.recommended())),
            }
            lines.push(hint(i18n, Mode::Followups, theme, w));
        }
    }
    draw_lines(frame, area, lines);
}
