//! What covers the call screen: the key list, the note input and the
//! "end the call?" question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{Theme, hint_text};
use crate::app::{CallScreen, Overlay, TextField};
use crate::call::NoteKind;
use crate::i18n::I18n;
use crate::keymap::{self, Mode};
use crate::text;

/// Draws the overlay of the call screen, if any.
pub fn render(screen: &CallScreen, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    match &screen.overlay {
        Overlay::None => {}
        Overlay::Help => help(i18n, theme, frame, area),
        Overlay::Confirm => {
            let question = i18n.t("confirm-quit");
            let answers = hint_text(i18n, Mode::Confirm, usize::MAX);
            boxed(
                frame,
                area,
                vec![Line::styled(question, theme.label()), Line::styled(answers, theme.dim())],
            );
        }
        Overlay::Input { kind, text: typed } => input(*kind, typed, i18n, theme, frame, area),
    }
}

/// The key list, generated from the keymap.
fn help(i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let keys: Vec<(String, String)> = keymap::bindings(Mode::Call)
        .filter(|b| !b.keys.is_empty())
        .map(|b| (b.label(i18n), i18n.t(b.help)))
        .collect();
    let label_width = keys.iter().map(|(label, _)| text::width(label)).max().unwrap_or(0);
    let mut lines = vec![Line::styled(i18n.t("help-title"), theme.title())];
    for (label, help) in keys {
        let pad = label_width.saturating_sub(text::width(&label));
        lines.push(Line::from(vec![
            Span::styled(format!("{label}{} ", " ".repeat(pad)), theme.label()),
            Span::raw(help),
        ]));
    }
    lines.push(Line::styled(i18n.t("help-marks"), theme.dim()));
    lines.push(Line::styled(hint_text(i18n, Mode::Help, usize::MAX), theme.dim()));
    boxed(frame, area, lines);
}

/// The one-line input for a note or a promise, at the bottom.
fn input(kind: NoteKind, typed: &TextField, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let prompt = match kind {
        NoteKind::Note => i18n.t("input-note"),
        NoteKind::Promise => i18n.t("input-promise"),
    };
    let w = area.width.saturating_sub(2) as usize;
    let mut first = vec![Span::styled(format!("{prompt} "), theme.label())];
    first.extend(super::field::spans(typed, w.saturating_sub(text::width(&prompt) + 1), true));
    let lines = vec![Line::from(first), Line::styled(hint_text(i18n, Mode::Input, w), theme.dim())];
    let height = 4.min(area.height);
    let rect = Rect { x: area.x, y: area.y + area.height - height, width: area.width, height };
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(Block::bordered()), rect);
}

/// Lines in a bordered box in the middle of the area, cut to fit.
fn boxed(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    let inner_w = lines.iter().map(|l| l.width()).max().unwrap_or(0) as u16;
    let width = (inner_w + 4).min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect =
        Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(Block::bordered()), rect);
}
