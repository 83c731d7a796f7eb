//! Drawing: every screen is a function of the app state. Widgets borrow
//! the state and hold none.

mod call;
pub mod contrast;
mod field;
mod followups;
mod hint;
mod history;
mod home;
mod overlay;
mod practice;
mod records;
pub mod summary;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

pub use theme::{Palette, Theme};

use crate::coach::text;
use crate::shell::app::{App, Screen};

/// Below this size only "enlarge the terminal" is shown.
const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 5;

/// Draws the app.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let line = text::cut(&app.i18n.t("call-enlarge"), area.width as usize);
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    match &app.screen {
        Screen::Home(home) => home::render(home, &app.i18n, theme, frame, area),
        Screen::Opening => {}
        Screen::Call(call) => call::render(call, &app.playbook, &app.i18n, theme, frame, area),
        Screen::Followups(screen) => followups::render(screen, &app.i18n, theme, frame, area),
        Screen::Summary(end) => summary::render(end, &app.i18n, theme, frame, area),
        Screen::Recover => records::recover(app, theme, frame, area),
        Screen::PracticeList(list) => practice::list(app, list, theme, frame, area),
        Screen::History(screen) => history::render(screen, &app.i18n, theme, frame, area),
        Screen::Practice(screen) => practice::play(app, screen, theme, frame, area),
        Screen::Form(call, form) => records::form(app, call, form, theme, frame, area),
    }
    let not_saved = match &app.screen {
        Screen::Call(call) => call.not_saved.as_ref(),
        _ => None,
    };
    let journal_alert = not_saved.map(|reason| crate::records::session::journal_error(&app.i18n, reason));
    if let Some(alert) = journal_alert.as_ref().or(app.alert.as_ref()) {
        // A problem with the records stays in view on every screen.
        let row = Rect { y: area.y + area.height - 1, height: 1, ..area };
        let style = theme.warn().add_modifier(Modifier::REVERSED);
        frame.render_widget(Clear, row);
        frame.render_widget(Paragraph::new(Line::styled(text::cut(alert, area.width as usize), style)), row);
    }
}

/// Lines of one part of a screen, with how much it matters when space is
/// short (0 matters most), and a shorter form for when rows are scarce.
pub(crate) struct Section {
    priority: u8,
    lines: Vec<Line<'static>>,
    compact: Vec<Vec<Line<'static>>>,
}

impl Section {
    pub(crate) fn new(priority: u8, lines: Vec<Line<'static>>) -> Section {
        Section { priority, lines, compact: Vec::new() }
    }

    /// The same part in fewer rows (no heading, no label), used before the
    /// part is left out; each call adds a shorter form.
    pub(crate) fn or_compact(mut self, compact: Vec<Line<'static>>) -> Section {
        let shortest = self.compact.last().unwrap_or(&self.lines).len();
        if compact.len() < shortest {
            self.compact.push(compact);
        }
        self
    }

    /// A blank line between sections: the first thing to go when space is short.
    pub(crate) fn gap() -> Section {
        Section { priority: u8::MAX, lines: vec![Line::default()], compact: Vec::new() }
    }
}

/// Stacks sections top to bottom in `height` rows. When they do not fit,
/// it leaves out the parts ranked below `keep_from`, then shortens the
/// rest to their compact forms, least important first, then leaves out
/// more; then it gives back, most important first, what still fits. The
/// last line kept may be cut.
pub(crate) fn stack(sections: Vec<Section>, height: usize, keep_from: u8) -> Vec<Line<'static>> {
    // Each part's forms, longest first; parts that may go end on none.
    let parts: Vec<(u8, Vec<Vec<Line<'static>>>, usize)> = sections
        .into_iter()
        .map(|s| {
            let compact = s.compact.len();
            let mut forms = vec![s.lines];
            forms.extend(s.compact);
            if s.priority > 0 {
                forms.push(Vec::new());
            }
            (s.priority, forms, compact)
        })
        .collect();
    let mut form = vec![0; parts.len()];
    let rows = |form: &[usize]| -> usize { parts.iter().zip(form).map(|((_, f, _), &k)| f[k].len()).sum() };
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(parts[i].0));
    for round in 0..3 {
        for &i in &order {
            if rows(&form) <= height {
                break;
            }
            let (priority, forms, compact) = &parts[i];
            let step = match round {
                // Leave out what is below `keep_from`; then the compact
                // forms; then leave out all that may go.
                0 => (*priority > keep_from).then(|| forms.len() - 1),
                1 => (*compact > 0).then_some(*compact),
                _ => (*priority > 0).then(|| forms.len() - 1),
            };
            if let Some(k) = step {
                form[i] = form[i].max(k);
            }
        }
    }
    // Give back room, most important first.
    for &i in order.iter().rev() {
        while form[i] > 0 {
            let mut longer = form.clone();
            longer[i] -= 1;
            if rows(&longer) > height {
                break;
            }
            form = longer;
        }
    }
    let mut lines: Vec<Line<'static>> =
        parts.into_iter().zip(form).flat_map(|((_, mut forms, _), k)| forms.swap_remove(k)).collect();
    lines.truncate(height);
    lines
}

pub(crate) use hint::{hint, hint_text, hint_text_except};

/// A paragraph of lines in an area.
pub(crate) fn draw_lines(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(priority: u8, rows: usize) -> Section {
        Section::new(priority, (0..rows).map(|r| Line::raw(format!("{priority}.{r}"))).collect())
    }

    fn text(lines: &[Line<'static>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn short_panes_keep_the_important_parts_in_compact_form() {
        let note = || part(2, 3).or_compact(vec![Line::raw("2.short")]);
        // Enough rows: every part whole.
        assert_eq!(stack(vec![part(0, 2), note(), part(5, 2)], 7, 3).len(), 7);
        // Fewer: the low-ranked part goes first, then the note shortens.
        assert_eq!(
            text(&stack(vec![part(0, 2), note(), part(5, 2)], 5, 3)),
            ["0.0", "0.1", "2.0", "2.1", "2.2"]
        );
        assert_eq!(text(&stack(vec![part(0, 2), note(), part(5, 2)], 3, 3)), ["0.0", "0.1", "2.short"]);
        // Room given back: a short part below fits once the note is compact.
        assert_eq!(
            text(&stack(vec![part(0, 2), note(), part(5, 1)], 4, 3)),
            ["0.0", "0.1", "2.short", "5.0"]
        );
        // Rank 0 is never left out, only cut at the bottom.
        assert_eq!(text(&stack(vec![part(0, 3), note()], 2, 3)), ["0.0", "0.1"]);
    }
}
