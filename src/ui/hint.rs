//! The one-line key hint under each screen, generated from the keymap so
//! it can never disagree with what the keys do.

use ratatui::text::Line;

use super::Theme;
use crate::i18n::I18n;
use crate::keymap::{self, Action, Mode};
use crate::text;

/// The hint of every binding of `mode` that has one.
pub fn hint(i18n: &I18n, mode: Mode, theme: &Theme, w: usize) -> Line<'static> {
    hint_where(i18n, mode, theme, w, |_| true)
}

/// The hint of the bindings of `mode` whose action `keep` accepts. Hints
/// are dropped from the end until the line fits; the way to all keys stays.
pub fn hint_where(
    i18n: &I18n,
    mode: Mode,
    theme: &Theme,
    w: usize,
    keep: impl Fn(Action) -> bool,
) -> Line<'static> {
    let mut parts: Vec<(Action, String)> = keymap::bindings(mode)
        .filter(|b| keep(b.action))
        .filter_map(|b| Some((b.action, format!("{} {}", b.label, i18n.t(b.hint?)))))
        .collect();
    let joined =
        |parts: &[(Action, String)]| parts.iter().map(|(_, p)| p.as_str()).collect::<Vec<_>>().join(" · ");
    while text::width(&joined(&parts)) > w
        && parts.len() > 1
        && let Some(i) = parts.iter().rposition(|(a, _)| *a != Action::Help)
    {
        parts.remove(i);
    }
    Line::styled(text::cut(&joined(&parts), w), theme.dim())
}
