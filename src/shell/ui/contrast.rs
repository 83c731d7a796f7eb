//! How readable a colour is on another: the xterm 256-colour palette's RGB
//! values and WCAG 2's contrast ratio. The themes' tests measure with it.

use ratatui::style::Color;

/// xterm's default RGB for the 16 ANSI colours, in ratatui's order
/// (`Gray` is ANSI 7, `White` is ANSI 15).
const ANSI: [[u8; 3]; 16] = [
    [0, 0, 0],
    [205, 0, 0],
    [0, 205, 0],
    [205, 205, 0],
    [0, 0, 238],
    [205, 0, 205],
    [0, 205, 205],
    [229, 229, 229],
    [127, 127, 127],
    [255, 0, 0],
    [0, 255, 0],
    [255, 255, 0],
    [92, 92, 255],
    [255, 0, 255],
    [0, 255, 255],
    [255, 255, 255],
];

/// The six levels of each channel in xterm's 6×6×6 colour cube (16–231).
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// The RGB of a colour as xterm paints it; `None` for `Reset`, which is
/// whatever the terminal's own default is.
pub fn xterm_rgb(color: Color) -> Option<[u8; 3]> {
    let index = match color {
        Color::Reset => return None,
        Color::Rgb(r, g, b) => return Some([r, g, b]),
        Color::Indexed(i) => i,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
    };
    Some(match index {
        0..=15 => ANSI[usize::from(index)],
        16..=231 => {
            let i = index - 16;
            [CUBE[usize::from(i / 36)], CUBE[usize::from(i / 6 % 6)], CUBE[usize::from(i % 6)]]
        }
        _ => [8 + 10 * (index - 232); 3],
    })
}

/// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white).
pub fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on
/// white); `None` when either is `Reset` and so unknown.
pub fn ratio(a: Color, b: Color) -> Option<f64> {
    let (a, b) = (luminance(xterm_rgb(a)?), luminance(xterm_rgb(b)?));
    Some((a.max(b) + 0.05) / (a.min(b) + 0.05))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_is_xterms() {
        assert_eq!(xterm_rgb(Color::Gray), Some([229, 229, 229]));
        assert_eq!(xterm_rgb(Color::Indexed(15)), Some([255, 255, 255]));
        assert_eq!(xterm_rgb(Color::Indexed(16)), Some([0, 0, 0]));
        assert_eq!(xterm_rgb(Color::Indexed(28)), Some([0, 135, 0]));
        assert_eq!(xterm_rgb(Color::Indexed(231)), Some([255, 255, 255]));
        assert_eq!(xterm_rgb(Color::Indexed(232)), Some([8, 8, 8]));
        assert_eq!(xterm_rgb(Color::Indexed(255)), Some([238, 238, 238]));
        assert_eq!(xterm_rgb(Color::Rgb(1, 2, 3)), Some([1, 2, 3]));
        assert_eq!(xterm_rgb(Color::Reset), None);
    }

    #[test]
    fn ratios_match_wcag() {
        let round = |x: Option<f64>| x.map(|x| (x * 100.0).round() / 100.0);
        assert_eq!(round(ratio(Color::Black, Color::White)), Some(21.0));
        assert_eq!(round(ratio(Color::White, Color::White)), Some(1.0));
        // The measure of the old phrasing colour on white.
        assert_eq!(round(ratio(Color::LightGreen, Color::White)), Some(1.37));
        assert_eq!(round(ratio(Color::Indexed(28), Color::White)), Some(4.7));
        assert_eq!(ratio(Color::Reset, Color::White), None);
    }
}
