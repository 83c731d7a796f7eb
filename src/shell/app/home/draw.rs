//! The home menu.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::coach::i18n::{I18n, args};
use crate::coach::text;
use crate::shell::app::{Home, MenuItem};
use crate::shell::keymap::{self, Mode};
use crate::shell::ui::{Theme, draw_lines, hint};

/// Draws the home menu.
pub fn render(home: &Home, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let w = area.width as usize;
    let mut lines = vec![
        Line::styled(text::cut(&i18n.t("home-title"), w), theme.title()),
        Line::styled(text::cut(&i18n.t("home-subtitle"), w), theme.dim()),
        Line::default(),
    ];
    for (i, item) in MenuItem::ALL.into_iter().enumerate() {
        let label = match item {
            MenuItem::Call => i18n.t("home-call"),
            MenuItem::Practice => i18n.t("home-practice"),
            MenuItem::History => i18n.t("home-history"),
            MenuItem::Followups => i18n.t("home-followups"),
            MenuItem::Language => {
                i18n.t_with("home-language", &args!["language" => i18n.lang_name(i18n.lang())])
            }
            MenuItem::Quit => i18n.t("home-quit"),
        };
        let selected = i == home.selected;
        let marker = if selected { "›" } else { " " };
        let key = keymap::label_of(Mode::Home, item.action(), i18n);
        let row = text::cut(&format!("{marker} [{key}] {label}"), w);
        lines.push(if selected { Line::from(Span::styled(row, theme.selected())) } else { Line::raw(row) });
    }
    lines.push(Line::default());
    lines.push(hint(i18n, Mode::Home, theme, w));
    draw_lines(frame, area, lines);
}
