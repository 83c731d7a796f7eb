//! Colours and emphasis. With `NO_COLOR` set, only bold and reverse
//! remain; every meaning is also carried by a symbol or a word. Each
//! palette is made for one terminal background, and its tests measure every
//! pair of text and background it puts on screen (see [`Theme::pairs`]).

use ratatui::style::{Color, Modifier, Style};

/// Which colours: for a dark terminal, a light one, or high contrast.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Palette {
    /// ANSI colours for a dark (black) background.
    #[default]
    Default,
    /// Dark colours of the 256-colour cube for a white background, each
    /// at least 4.5 : 1 (WCAG AA).
    Light,
    /// Bright colours and bold on black, each at least 7 : 1 (WCAG AAA),
    /// nothing dimmed.
    HighContrast,
}

/// The colour of each role on screen, for one palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Colors {
    /// The terminal's own text and background that the palette assumes
    /// (plain text is drawn with `Reset`, so in these).
    text: Color,
    background: Color,
    title: Color,
    say: Color,
    recommended: Color,
    done: Color,
    warn: Color,
    /// `None`: secondary text stays in the terminal's own colour.
    dim: Option<Color>,
    /// The mood meter: calm or tense, upset, angry or hostile.
    moods: [Color; 3],
    /// Every coloured role is also bold.
    bold: bool,
}

impl Colors {
    /// Assumes a black background and light grey text: the ANSI colours
    /// measure 5.2 : 1 (light red) and more there, and fail on white.
    const DEFAULT: Colors = Colors {
        text: Color::Gray,
        background: Color::Black,
        title: Color::Cyan,
        say: Color::LightGreen,
        recommended: Color::Yellow,
        done: Color::Green,
        warn: Color::LightRed,
        dim: Some(Color::Gray),
        moods: [Color::Green, Color::Yellow, Color::LightRed],
        bold: false,
    };

    /// Assumes a white background and black text. Indexed colours, as
    /// terminals' light themes often remap the 16 ANSI ones.
    const LIGHT: Colors = Colors {
        text: Color::Black,
        background: Color::White,
        title: Color::Indexed(24),        // #005f87, 7.0 : 1
        say: Color::Indexed(22),          // #005f00, 8.0 : 1
        recommended: Color::Indexed(130), // #af5f00, 4.7 : 1
        done: Color::Indexed(28),         // #008700, 4.7 : 1
        warn: Color::Indexed(124),        // #af0000, 7.4 : 1
        dim: Some(Color::Indexed(242)),   // #6c6c6c, 5.3 : 1
        moods: [Color::Indexed(28), Color::Indexed(130), Color::Indexed(124)],
        bold: false,
    };

    /// Assumes a black background. ANSI light red (#ff0000) is only 5.2 : 1
    /// there, so warnings take a lighter red from the cube.
    const HIGH_CONTRAST: Colors = Colors {
        text: Color::Gray,
        background: Color::Black,
        title: Color::LightCyan,
        say: Color::LightGreen,
        recommended: Color::LightYellow,
        done: Color::LightGreen,
        warn: Color::Indexed(210), // #ff8787, 9.1 : 1
        dim: None,
        moods: [Color::LightGreen, Color::LightYellow, Color::Indexed(210)],
        bold: true,
    };
}

/// How the screen is painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
    palette: Palette,
}

impl Theme {
    /// The theme of that palette, without colour when `NO_COLOR` is set to
    /// a non-empty value.
    pub fn named(palette: Palette) -> Theme {
        Theme::of(palette, std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
    }

    /// The theme of that palette, with or without colour.
    pub fn of(palette: Palette, color: bool) -> Theme {
        Theme { color, palette }
    }

    /// The default theme with or without colour (for tests).
    pub fn new(color: bool) -> Theme {
        Theme::of(Palette::Default, color)
    }

    /// Dark colours for a white background.
    pub fn light(color: bool) -> Theme {
        Theme::of(Palette::Light, color)
    }

    /// High contrast: bright colours, bold text, nothing dimmed.
    pub fn high_contrast(color: bool) -> Theme {
        Theme::of(Palette::HighContrast, color)
    }

    fn colors(&self) -> &'static Colors {
        match self.palette {
            Palette::Default => &Colors::DEFAULT,
            Palette::Light => &Colors::LIGHT,
            Palette::HighContrast => &Colors::HIGH_CONTRAST,
        }
    }

    fn fg(&self, color: Color) -> Style {
        let style = if self.color { Style::new().fg(color) } else { Style::new() };
        if self.colors().bold { style.add_modifier(Modifier::BOLD) } else { style }
    }

    /// Every (text, background) pair of colours this theme puts on screen,
    /// with `Reset` replaced by the terminal colours the palette assumes.
    /// Reversed styles (the selection, the alert line) appear swapped.
    pub fn pairs(&self) -> Vec<(Color, Color)> {
        let c = self.colors();
        let mut pairs = vec![(c.text, c.background), (c.background, c.text)];
        if self.color {
            let roles = [c.title, c.say, c.recommended, c.done, c.warn].into_iter();
            for fg in roles.chain(c.dim).chain(c.moods) {
                pairs.push((fg, c.background));
                pairs.push((c.background, fg));
            }
        }
        pairs
    }

    /// Titles and headings.
    pub fn title(&self) -> Style {
        self.fg(self.colors().title).add_modifier(Modifier::BOLD)
    }

    /// Section labels.
    pub fn label(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text (the why, glosses, hints).
    pub fn dim(&self) -> Style {
        match self.colors().dim {
            Some(color) if self.color => Style::new().fg(color),
            _ => Style::new(),
        }
    }

    /// The phrasing to say.
    pub fn say(&self) -> Style {
        self.fg(self.colors().say).add_modifier(Modifier::BOLD)
    }

    /// The recommended step.
    pub fn recommended(&self) -> Style {
        self.fg(self.colors().recommended).add_modifier(Modifier::BOLD)
    }

    /// Done steps and ticked items.
    pub fn done(&self) -> Style {
        self.fg(self.colors().done)
    }

    /// The selected line (the current step, the menu highlight).
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Things to avoid and warnings.
    pub fn warn(&self) -> Style {
        self.fg(self.colors().warn)
    }

    /// The mood meter at this mood.
    pub fn mood(&self, mood: u8) -> Style {
        let [calm, upset, angry] = self.colors().moods;
        self.fg(match mood {
            1 | 2 => calm,
            3 => upset,
            _ => angry,
        })
        .add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::ui::contrast::ratio;

    /// The lowest contrast among the theme's pairs.
    fn lowest(theme: Theme) -> f64 {
        theme.pairs().into_iter().filter_map(|(fg, bg)| ratio(fg, bg)).fold(f64::INFINITY, f64::min)
    }

    #[test]
    fn light_reads_on_white_at_wcag_aa() {
        let theme = Theme::light(true);
        assert_eq!(theme.colors().background, Color::White);
        for (fg, bg) in theme.pairs() {
            let r = ratio(fg, bg).unwrap_or_default();
            assert!(r >= 4.5, "{fg:?} on {bg:?}: {r:.2} : 1");
        }
        assert!((lowest(theme) - 4.70).abs() < 0.01, "{}", lowest(theme));
    }

    #[test]
    fn high_contrast_reads_on_black_at_wcag_aaa() {
        let theme = Theme::high_contrast(true);
        assert_eq!(theme.colors().background, Color::Black);
        for (fg, bg) in theme.pairs() {
            let r = ratio(fg, bg).unwrap_or_default();
            assert!(r >= 7.0, "{fg:?} on {bg:?}: {r:.2} : 1");
        }
        assert!((lowest(theme) - 9.07).abs() < 0.01, "{}", lowest(theme));
    }

    #[test]
    fn default_reads_on_black_at_wcag_aa() {
        let theme = Theme::new(true);
        assert_eq!(theme.colors().background, Color::Black);
        assert!((lowest(theme) - 5.25).abs() < 0.01, "{}", lowest(theme));
    }

    #[test]
    fn every_role_colour_is_measured() {
        let theme = Theme::light(true);
        let pairs = theme.pairs();
        for style in
            [theme.title(), theme.say(), theme.recommended(), theme.done(), theme.warn(), theme.dim()]
                .into_iter()
                .chain((1..=5).map(|m| theme.mood(m)))
        {
            let fg = style.fg.unwrap_or_default();
            assert!(pairs.contains(&(fg, Color::White)), "{fg:?} is not in pairs()");
        }
    }

    #[test]
    fn without_colour_only_emphasis_remains() {
        for theme in [Theme::new(false), Theme::light(false), Theme::high_contrast(false)] {
            for style in [theme.title(), theme.say(), theme.dim(), theme.warn(), theme.mood(5)] {
                assert_eq!((style.fg, style.bg), (None, None), "{theme:?}");
            }
        }
        assert_eq!(Theme::light(false), Theme::of(Palette::Light, false));
    }
}
