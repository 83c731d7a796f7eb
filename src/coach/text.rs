//! Turning text into screen lines: cleaning, wrapping and cutting by
//! display width, so that no text, however long, can break the layout.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::coach::mood;
use crate::coach::sanitize;

/// Display width of a string.
pub fn width(text: &str) -> usize {
    text.width()
}

/// Cleans `text` and wraps it into lines of at most `max` columns, breaking
/// at spaces and, for words longer than a line, inside the word.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let text = sanitize::clean(text);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let needed = if line.is_empty() { word.width() } else { line.width() + 1 + word.width() };
        if needed <= max {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            if line.width() + c.width().unwrap_or(0) > max && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cleans `text` and cuts it to `max` columns, ending with "…" when cut.
pub fn cut(text: &str, max: usize) -> String {
    let text = sanitize::clean(text);
    if text.width() <= max {
        return text;
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.width().unwrap_or(0) + 1 > max {
            break;
        }
        out.push(c);
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// Lowercase without accents, for matching what an agent types against
/// titles: "ispric" finds "Ispričajte se", "negociacao" "negociação".
pub fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' | 'č' | 'ć' => 'c',
            'ñ' => 'n',
            'š' => 's',
            'ž' => 'z',
            'đ' => 'd',
            // One apostrophe, however it was typed.
            '’' | 'ʼ' | '`' => '\'',
            c => c,
        })
        .collect()
}

/// Cleans `text` and keeps its end, at most `max` columns: what is being
/// typed stays in view, with the cursor after it.
pub fn tail(text: &str, max: usize) -> String {
    let text = sanitize::clean(text);
    let mut width = 0;
    let start = text
        .char_indices()
        .rev()
        .find(|(_, c)| {
            width += c.width().unwrap_or(0);
            width > max
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    text[start..].to_string()
}

/// `YYYY-MM-DD HH:MM` of an RFC 3339 time, in the offset it was written
/// with (the agent's local time).
pub fn minute(at: &str) -> String {
    at.get(..16).map_or_else(|| at.to_string(), |s| s.replace('T', " "))
}

/// The mood meter: one filled dot per level, e.g. `●●●○○` for 3.
pub fn meter(mood: u8) -> String {
    (1..=mood::MAX).map(|m| if m <= mood { '●' } else { '○' }).collect()
}

/// Seconds as `mm:ss`.
pub fn clock(seconds: u64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Ispričajte se"), "ispricajte se");
        assert_eq!(fold("NEGOCIAÇÃO, Señor, perché, Đak"), "negociacao, senor, perche, dak");
    }

    #[test]
    fn wraps_at_spaces_and_inside_long_words() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(wrap("čćđ šž", 3), ["čćđ", "šž"]);
        assert_eq!(wrap("x", 0), ["x"]);
    }

    #[test]
    fn cuts_with_an_ellipsis() {
        assert_eq!(cut("hello world", 8), "hello w…");
        assert_eq!(cut("short", 8), "short");
        assert_eq!(cut("abc", 0), "");
        assert_eq!(cut("a\u{1b}[31mb", 10), "a[31mb");
    }

    #[test]
    fn tails_keep_the_end() {
        assert_eq!(tail("hello world", 5), "world");
        assert_eq!(tail("čćđšž", 3), "đšž");
        assert_eq!(tail("ab", 5), "ab");
        assert_eq!(tail("abc", 0), "");
    }

    #[test]
    fn clock_is_minutes_and_seconds() {
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(133), "02:13");
        assert_eq!(clock(3_725), "62:05");
    }
}
