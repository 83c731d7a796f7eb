//! Text from playbooks, notes and records is shown with control characters
//! removed, so that no file can drive the terminal.

/// True for characters that must never reach the terminal: C0 and C1
/// controls (ESC, BEL, CSI …) and the bidi overrides and isolates that can
/// spoof the direction of text.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
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
    }
}
