//! The one-line key hint under each screen, generated from the keymap so
//! it can never disagree with what the keys do.

use ratatui::text::Line;

use super::Theme;
use crate::coach::i18n::I18n;
use crate::coach::text;
use crate::shell::keymap::{self, Action, Mode};

/// The hint of every binding of `mode` that has one, generated from the
/// key table. Hints are dropped from the end until the line fits; the way
/// to all keys stays.
pub fn hint(i18n: &I18n, mode: Mode, theme: &Theme, w: usize) -> Line<'static> {
    Line::styled(hint_text(i18n, mode, w), theme.dim())
}

/// The text of [`hint`]: `→ l next · Space tick · ? all keys`.
pub fn hint_text(i18n: &I18n, mode: Mode, w: usize) -> String {
    hint_text_except(i18n, mode, w, &[])
}

/// [`hint_text`] without the keys of these actions (those that do
/// nothing where the cursor is, such as the outcome's digits in a text field).
pub fn hint_text_except(i18n: &I18n, mode: Mode, w: usize, except: &[Action]) -> String {
    let mut parts: Vec<(Action, String)> = keymap::bindings(mode)
        .filter(|b| !except.contains(&b.action))
        .filter_map(|b| Some((b.action, format!("{} {}", b.label(i18n), i18n.t(b.hint?)))))
        .collect();
    let joined =
        |parts: &[(Action, String)]| parts.iter().map(|(_, p)| p.as_str()).collect::<Vec<_>>().join(" · ");
    while text::width(&joined(&parts)) > w
        && parts.len() > 1
        && let Some(i) = parts.iter().rposition(|(a, _)| *a != Action::Help)
    {
        parts.remove(i);
    }
    text::cut(&joined(&parts), w)
}
