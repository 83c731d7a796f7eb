//! Colours and emphasis. With `NO_COLOR` set, only bold, dim and reverse
//! remain; every meaning is also carried by a symbol or a word.

use ratatui::style::{Color, Modifier, Style};

/// How the screen is painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to a non-empty value.
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    /// A theme with or without colour (for tests).
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
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
        if self.color {
            Style::new().fg(Color::Gray)
        } else {
            Style::new()
        }
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
