//! Text from playbooks, notes and records is shown with control characters
//! removed, so that no file can drive the terminal.

/// True for characters that must never reach the terminal: C0 and C1
/// controls (ESC, BEL, CSI …), the bidi marks, overrides and isolates that
/// can spoof the direction of text, and the zero-width characters whose
/// width terminals disagree on (they shift or drop the next cell).
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
        )
}

/// The text with tabs and newlines turned into spaces and every other
/// control character dropped.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}

/// A command's whole output made safe to print: line breaks (LF, and the
/// CRLF that iCalendar needs) and tabs stay, every other control character
/// and invisible mark is dropped.
pub fn clean_output(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_harmless_text() {
        assert_eq!(clean("a\u{1b}]2;pwned\u{7}b"), "a]2;pwnedb");
        assert_eq!(clean("\u{1b}[2J\u{1b}[31mred"), "[2J[31mred");
        assert_eq!(clean("x\u{202E}y\u{2066}z\u{9b}"), "xyz");
        assert_eq!(clean("line\none\ttab"), "line one tab");
        assert_eq!(clean("čćđšž ãç ñ è"), "čćđšž ãç ñ è");
        assert_eq!(clean("a\u{200D}b\u{200B}c\u{FEFF}d\u{200F}"), "abcd");
    }

    #[test]
    fn output_keeps_its_lines_and_nothing_else() {
        assert_eq!(clean_output("a\r\nb\nc\td"), "a\r\nb\nc\td");
        assert_eq!(clean_output("x\u{1b}]52;c;aGk=\u{7}y\rz"), "x]52;c;aGk=yz");
    }
}
