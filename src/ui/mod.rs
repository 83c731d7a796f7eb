//! Drawing: every screen is a function of the app state. Widgets borrow
//! the state and hold none.

mod call;
mod field;
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

pub use theme::Theme;

use crate::app::{App, Screen};
use crate::text;

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
        Screen::Summary(summary, path) => summary::render(summary, path, &app.i18n, theme, frame, area),
        Screen::Recover => records::recover(app, theme, frame, area),
        Screen::PracticeList(list) => practice::list(app, list, theme, frame, area),
        Screen::History(scroll) => history::render(app, *scroll, theme, frame, area),
        Screen::Practice(screen) => practice::play(app, screen, theme, frame, area),
        Screen::Form(call, form) => records::form(app, call, form, theme, frame, area),
    }
    let not_saved = match &app.screen {
        Screen::Call(call) => call.not_saved.as_ref(),
        _ => None,
    };
    let journal_alert = not_saved
        .map(|reason| app.i18n.t_with("error-journal", &crate::i18n::args!["reason" => reason.clone()]));
    if let Some(alert) = journal_alert.as_ref().or(app.alert.as_ref()) {
        // A problem with the records stays in view on every screen.
        let row = Rect { y: area.y + area.height - 1, height: 1, ..area };
        let style = theme.warn().add_modifier(Modifier::REVERSED);
        frame.render_widget(Clear, row);
        frame.render_widget(Paragraph::new(Line::styled(text::cut(alert, area.width as usize), style)), row);
    }
}

/// Lines of one part of a screen, with how much it matters when space is
/// short (0 matters most).
pub(crate) struct Section {
    priority: u8,
    lines: Vec<Line<'static>>,
}

impl Section {
    pub(crate) fn new(priority: u8, lines: Vec<Line<'static>>) -> Section {
        Section { priority, lines }
    }

    /// A blank line between sections: the first thing to go when space is short.
    pub(crate) fn gap() -> Section {
        Section { priority: u8::MAX, lines: vec![Line::default()] }
    }
}

/// Stacks sections top to bottom in `height` rows, leaving out the least
/// important ones that do not fit, and cutting the last if need be.
pub(crate) fn stack(sections: Vec<Section>, height: usize) -> Vec<Line<'static>> {
    let mut keep: Vec<bool> = vec![true; sections.len()];
    let total = |keep: &[bool]| -> usize {
        sections.iter().zip(keep).filter(|(_, k)| **k).map(|(s, _)| s.lines.len()).sum()
    };
    let mut order: Vec<usize> = (0..sections.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sections[i].priority));
    for i in order {
        if total(&keep) <= height {
            break;
        }
        if sections[i].priority > 0 {
            keep[i] = false;
        }
    }
    let mut lines: Vec<Line<'static>> =
        sections.into_iter().zip(keep).filter(|(_, k)| *k).flat_map(|(s, _)| s.lines).collect();
    lines.truncate(height);
    lines
}

pub(crate) use hint::{hint, hint_text};

/// A paragraph of lines in an area.
pub(crate) fn draw_lines(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    frame.render_widget(Paragraph::new(lines), area);
}
