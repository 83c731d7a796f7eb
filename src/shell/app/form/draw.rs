//! The documentation form at the end of a call.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::coach::call::{FollowUpError, NoteKind, Outcome, spell};
use crate::coach::i18n::I18n;
use crate::coach::i18n::args;
use crate::coach::text;
use crate::shell::app::{CallScreen, Field, Form};
use crate::shell::keymap::{Action, Mode};
use crate::shell::ui::{TextField, Theme, draw_lines, hint_text_except};

/// The documentation form: outcome, summary, promises, follow-up date.
pub fn render(call: &CallScreen, form: &Form, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let w = area.width as usize;
    let focus = |field: Field| if form.field == field { "›" } else { " " };
    let mut lines = vec![Line::styled(text::cut(&i18n.t("form-title"), w), theme.title())];

    lines.push(Line::styled(format!("{} {}", focus(Field::Outcome), i18n.t("form-outcome")), theme.label()));
    for (i, outcome) in Outcome::ALL.into_iter().enumerate() {
        let mark = if i == form.outcome { "(•)" } else { "( )" };
        let row = text::cut(&format!("   {mark} {} {}", i + 1, i18n.t(outcome.message_id())), w);
        let selected = i == form.outcome && form.field == Field::Outcome;
        lines.push(if selected { Line::styled(row, theme.selected()) } else { Line::raw(row) });
    }

    lines.push(Line::styled(format!("{} {}", focus(Field::Summary), i18n.t("form-summary")), theme.label()));
    if form.field == Field::Summary || form.summary.value().is_empty() {
        lines.push(input_line(&form.summary, form.field == Field::Summary, w));
    } else {
        // A drafted summary is read whole before it is accepted.
        for line in text::wrap(form.summary.value(), w.saturating_sub(4)).into_iter().take(3) {
            lines.push(Line::raw(format!("   {line}")));
        }
    }

    lines.push(Line::styled(format!("  {}", i18n.t("form-promises")), theme.label()));
    let promises: Vec<_> = call.call().notes().iter().filter(|n| n.kind == NoteKind::Promise).collect();
    // The pause's promised update is a promise too.
    let update =
        call.session.update_promised_by().map(|t| i18n.t_with("call-update-by", &args!["time" => t]));
    if let Some(update) = &update {
        lines.push(Line::raw(text::cut(&format!("   • {update}"), w)));
    }
    if promises.is_empty() && update.is_none() {
        lines.push(Line::styled(text::cut(&format!("   {}", i18n.t("form-no-promises")), w), theme.dim()));
    }
    for p in promises {
        lines.push(Line::raw(text::cut(&format!("   • {} {}", text::clock(p.at), p.text), w)));
    }

    lines.push(Line::styled(
        format!("{} {}", focus(Field::FollowUp), i18n.t("form-follow-up")),
        theme.label(),
    ));
    lines.push(input_line(&form.follow_up, form.field == Field::FollowUp, w));
    if let Some((date, time)) = form.understood() {
        let when = match time {
            Some(t) => format!("{} {}", spell(date, i18n), t.strftime("%H:%M")),
            None => spell(date, i18n),
        };
        let understood = i18n.t_with("form-understood", &args!["date" => when]);
        lines.push(Line::styled(text::cut(&format!("   {understood}"), w), theme.recommended()));
    }
    let today = form.today_written();
    let help = i18n.t_with("form-follow-up-help", &args!["today" => today.clone()]);
    lines.push(Line::styled(text::cut(&format!("   {help}"), w), theme.dim()));

    lines.push(Line::default());
    if let Some(error) = form.error {
        let past = match error {
            FollowUpError::Past(date) => form.words().write(date),
            FollowUpError::Unreadable => String::new(),
        };
        let line = i18n.t_with(error.message_id(), &args!["today" => today, "date" => past]);
        lines.push(Line::styled(text::cut(&line, w), theme.warn()));
    }
    // The digits pick the outcome only on its field; elsewhere they are typed.
    let except: &[Action] = if form.field == Field::Outcome { &[] } else { &[Action::Pick] };
    lines.push(Line::styled(hint_text_except(i18n, Mode::Form, w, except), theme.dim()));
    let height = area.height as usize;
    // Keep the key line in view on short terminals.
    if lines.len() > height && height > 0 {
        let keys = lines.pop().unwrap_or_default();
        lines.truncate(height - 1);
        lines.push(keys);
    }
    draw_lines(frame, area, lines);
}

/// A text field of the form, indented, with its cursor when it has the focus.
fn input_line(field: &TextField, focused: bool, w: usize) -> Line<'static> {
    let mut spans = vec![Span::raw("   ")];
    spans.extend(crate::shell::ui::field_spans(field, w.saturating_sub(4), focused));
    Line::from(spans)
}
