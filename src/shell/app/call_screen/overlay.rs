//! What covers the call screen: the key list, the note input and the
//! "end the call?" question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::coach::call::NoteKind;
use crate::coach::i18n::I18n;
use crate::coach::playbook::Playbook;
use crate::coach::text;
use crate::shell::app::{CallScreen, Overlay};
use crate::shell::keymap::{self, Action, Mode};
use crate::shell::ui::TextField;
use crate::shell::ui::{Theme, hint_text};

/// Draws the overlay of the call screen, if any.
pub fn render(
    screen: &CallScreen,
    playbook: &Playbook,
    i18n: &I18n,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    match &screen.overlay {
        Overlay::None => {}
        Overlay::Help(scroll) => help(*scroll, screen.listening.as_ref(), i18n, theme, frame, area),
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
        Overlay::Jump { query, selected } => {
            jump(screen, playbook, query, *selected, i18n, theme, frame, area)
        }
    }
}

/// The key list, generated from the keymap; `m` only on a call that
/// listens (elsewhere it could only say that it does not).
fn help(
    scroll: usize,
    listening: Option<&crate::listen::Listening>,
    i18n: &I18n,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let keys: Vec<(String, String)> = keymap::bindings(Mode::Call)
        .filter(|b| !b.keys.is_empty() && (listening.is_some() || b.action != Action::Listen))
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
    // Listening to the voice only: why, whole (the model file expected and
    // what to do), which a small screen has no room for beside the call.
    if let Some(why) = listening.and_then(|l| l.voice_only.as_deref()) {
        let w = (area.width as usize).saturating_sub(4).max(1);
        lines.extend(text::wrap(why, w).into_iter().map(|l| Line::styled(l, theme.warn())));
    }
    // What does not fit scrolls; the last line always says how to close.
    let room = (area.height as usize).saturating_sub(3).max(1);
    let start = scroll.min(lines.len().saturating_sub(room));
    let mut shown: Vec<Line<'static>> = lines.into_iter().skip(start).take(room).collect();
    let close = hint_text(i18n, Mode::Help, (area.width as usize).saturating_sub(4));
    shown.push(Line::styled(close, theme.dim()));
    boxed(frame, area, shown);
}

/// Going to a step: what is typed and the steps it names.
#[allow(clippy::too_many_arguments)]
fn jump(
    screen: &CallScreen,
    playbook: &Playbook,
    query: &TextField,
    selected: usize,
    i18n: &I18n,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let w = area.width.saturating_sub(2) as usize;
    let mut lines = vec![prompted(&i18n.t("jump-prompt"), query, theme, w)];
    let pack = playbook.pack(i18n.lang());
    let matches = screen.jump_matches(playbook);
    if matches.is_empty() {
        lines.push(Line::styled(i18n.t("jump-none"), theme.warn()));
    }
    let room = (area.height as usize).saturating_sub(4).clamp(1, 6);
    let start = selected.saturating_sub(room - 1);
    for (k, &i) in matches.iter().enumerate().skip(start).take(room) {
        let id = &screen.call().steps()[i].id;
        let title = pack.step(id).map_or(id.as_str(), |s| s.title.as_str());
        let row = text::cut(&format!("{:>2} {title}", i + 1), w);
        lines.push(if k == selected { Line::styled(row, theme.selected()) } else { Line::raw(row) });
    }
    lines.push(Line::styled(hint_text(i18n, Mode::Jump, w), theme.dim()));
    at_bottom(frame, area, lines);
}

/// The one-line input for a note or a promise, at the bottom.
fn input(kind: NoteKind, typed: &TextField, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let prompt = match kind {
        NoteKind::Note => i18n.t("input-note"),
        NoteKind::Promise => i18n.t("input-promise"),
    };
    let w = area.width.saturating_sub(2) as usize;
    let lines =
        vec![prompted(&prompt, typed, theme, w), Line::styled(hint_text(i18n, Mode::Input, w), theme.dim())];
    at_bottom(frame, area, lines);
}

/// A prompt and the text field after it, in `w` columns.
fn prompted(prompt: &str, field: &TextField, theme: &Theme, w: usize) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{prompt} "), theme.label())];
    spans.extend(crate::shell::ui::field_spans(field, w.saturating_sub(text::width(prompt) + 1), true));
    Line::from(spans)
}

/// Lines in a bordered box across the bottom of the area.
fn at_bottom(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    let height = (lines.len() as u16 + 2).min(area.height);
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
