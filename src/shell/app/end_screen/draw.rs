//! The summary after a call: duration, the mood curve, notes, steps done
//! and where the record is — drawn from the saved record's [`Summary`].

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::coach::i18n::{I18n, args};
use crate::coach::text;
use crate::shell::app::EndScreen;
use crate::shell::keymap::Mode;
use crate::shell::ui::{Theme, draw_lines, hint_text};

/// Draws the end-of-call summary.
pub fn render(end: &EndScreen, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let summary = &end.summary;
    let w = area.width as usize;
    // Title, duration, mood, notes, the steps line; then the steps done,
    // the steps visited and the adherence, which may wrap.
    let done = 5..5 + summary.steps_done.len();
    let mut out: Vec<Line<'static>> = Vec::new();
    for (i, l) in summary.lines(i18n).into_iter().enumerate() {
        let style = match i {
            0 => theme.title(),
            4 => theme.label(),
            i if done.contains(&i) => theme.done(),
            _ => ratatui::style::Style::new(),
        };
        out.extend(text::wrap(&l, w).into_iter().map(|l| Line::styled(l, style)));
    }
    out.push(Line::default());
    let saved = i18n.t_with("summary-saved", &args!["path" => end.path.clone()]);
    out.push(Line::styled(text::cut(&saved, w), theme.label()));
    if end.copied {
        out.push(Line::styled(text::cut(&i18n.t("status-record-copied"), w), theme.recommended()));
    }
    out.push(Line::styled(text::cut(&hint_text(i18n, Mode::Summary, w), w), theme.dim()));
    draw_lines(frame, area, out);
}
