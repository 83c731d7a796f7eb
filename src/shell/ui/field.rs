//! A text field on screen: what is typed, with the cursor where it is,
//! scrolled so that the cursor stays in view.

use ratatui::style::{Modifier, Style};
use ratatui::text::Span;

use super::TextField;
use crate::coach::text;

/// The field in at most `w` columns; the cursor shown when `focused`.
pub fn spans(field: &TextField, w: usize, focused: bool) -> Vec<Span<'static>> {
    let (before, after) = field.split();
    if !focused {
        return vec![Span::raw(text::cut(field.value(), w))];
    }
    // Keep the cursor in view: as much of the text before it as fits with
    // the cursor cell and a little of what follows.
    let after_room = (w / 4).min(text::width(after));
    let before = text::tail(before, w.saturating_sub(1 + after_room));
    let mut chars = after.chars();
    // At the end a block; on a character that character, reversed.
    let under = match chars.next() {
        Some(c) => Span::styled(c.to_string(), Style::new().add_modifier(Modifier::REVERSED)),
        None => Span::raw("█"),
    };
    let rest: String = chars.collect();
    let left = w.saturating_sub(text::width(&before) + under.width());
    vec![Span::raw(before), under, Span::raw(text::cut(&rest, left))]
}
