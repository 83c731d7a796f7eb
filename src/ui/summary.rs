//! The summary after a call: duration, steps done, the mood curve, notes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Theme, draw_lines, hint_text};
use crate::app::CallScreen;
use crate::call::NoteKind;
use crate::i18n::{I18n, args};
use crate::keymap::Mode;
use crate::playbook::Playbook;
use crate::text;

/// Draws the end-of-call summary.
pub fn render(
    screen: &CallScreen,
    playbook: &Playbook,
    i18n: &I18n,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let w = area.width as usize;
    let call = screen.call();
    let elapsed = screen.session.elapsed();
    let pack = playbook.pack(i18n.lang());
    let count = |kind| call.notes().iter().filter(|n| n.kind == kind).count();
    let curve = crate::mood::curve(screen.session.moods().iter().map(|(_, m)| *m));
    let mut lines = vec![
        Line::styled(i18n.t("summary-title"), theme.title()),
        Line::raw(
            i18n.t_with("summary-duration", &args!["minutes" => elapsed / 60, "seconds" => elapsed % 60]),
        ),
        Line::raw(i18n.t_with("summary-mood", &args!["curve" => curve])),
        Line::raw(format!(
            "{} · {}",
            i18n.t_with("summary-notes", &args!["count" => count(NoteKind::Note)]),
            i18n.t_with("summary-promises", &args!["count" => count(NoteKind::Promise)])
        )),
        Line::styled(
            i18n.t_with("summary-steps", &args!["done" => call.done_count(), "total" => call.steps().len()]),
            theme.label(),
        ),
    ];
    for (_, step) in call.steps().iter().enumerate().filter(|(i, _)| call.is_done(*i)) {
        let title = pack.step(&step.id).map_or(step.id.as_str(), |s| s.title.as_str());
        lines.push(Line::styled(format!(" ✓ {title}"), theme.done()));
    }
    lines.push(Line::default());
    if let Some(path) = &screen.saved {
        lines.push(Line::styled(i18n.t_with("summary-saved", &args!["path" => path.clone()]), theme.label()));
    }
    lines.push(Line::styled(hint_text(i18n, Mode::Summary, usize::MAX), theme.dim()));
    let lines: Vec<Line<'static>> = lines
        .into_iter()
        .map(|l| {
            let style = l.style;
            Line::styled(text::cut(&l.to_string(), w), style)
        })
        .collect();
    draw_lines(frame, area, lines);
}
