//! Colours and emphasis. With `NO_COLOR` set, only bold and reverse
//! remain; every meaning is also carried by a symbol or a word. The
//! high-contrast theme uses bright colours and bold, and dims nothing.

use ratatui::style::{Color, Modifier, Style};

/// How the screen is painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
    high_contrast: bool,
}

impl Theme {
    /// The default or the high-contrast theme, without colour when
    /// `NO_COLOR` is set to a non-empty value.
    pub fn named(high_contrast: bool) -> Theme {
        Theme { color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()), high_contrast }
    }

    /// A theme with or without colour (for tests).
    pub fn new(color: bool) -> Theme {
        Theme { color, high_contrast: false }
    }

    /// High contrast: bright colours, bold text, nothing dimmed.
    pub fn high_contrast(color: bool) -> Theme {
        Theme { color, high_contrast: true }
    }

    fn fg(&self, color: Color) -> Style {
        match (self.color, self.high_contrast) {
            (false, false) => Style::new(),
            (false, true) => Style::new().add_modifier(Modifier::BOLD),
            (true, false) => Style::new().fg(color),
            (true, true) => Style::new().fg(bright(color)).add_modifier(Modifier::BOLD),
        }
    }

    /// Titles and headings.
    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Section labels.
    pub fn label(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text (the why, glosses, hints).
    pub fn dim(&self) -> Style {
        if self.color && !self.high_contrast { Style::new().fg(Color::Gray) } else { Style::new() }
    }

    /// The phrasing to say.
    pub fn say(&self) -> Style {
        self.fg(Color::LightGreen).add_modifier(Modifier::BOLD)
    }

    /// The recommended step.
    pub fn recommended(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Done steps and ticked items.
    pub fn done(&self) -> Style {
        self.fg(Color::Green)
    }

    /// The selected line (the current step, the menu highlight).
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Things to avoid and warnings.
    pub fn warn(&self) -> Style {
        self.fg(Color::LightRed)
    }

    /// The mood meter at this mood.
    pub fn mood(&self, mood: u8) -> Style {
        self.fg(match mood {
            1 | 2 => Color::Green,
            3 => Color::Yellow,
            _ => Color::LightRed,
        })
        .add_modifier(Modifier::BOLD)
    }
}

/// The bright variant of a colour, for high contrast.
fn bright(color: Color) -> Color {
    match color {
        Color::Green => Color::LightGreen,
        Color::Yellow => Color::LightYellow,
        Color::Cyan => Color::LightCyan,
        Color::Red => Color::LightRed,
        other => other,
    }
}
