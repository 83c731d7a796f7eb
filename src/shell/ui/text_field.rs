//! A one-line text field for notes, promises, the summary and the date:
//! the editing (cursor, Home/End, word and line deletion) is tui-input's,
//! driven by actions from the key table, so it needs no terminal.

use tui_input::{Input, InputRequest};

use crate::shell::keymap::Action;

/// A text being typed, with its cursor.
#[derive(Debug, Clone, Default)]
pub struct TextField(Input);

impl PartialEq for TextField {
    fn eq(&self, other: &TextField) -> bool {
        self.value() == other.value() && self.cursor() == other.cursor()
    }
}

impl Eq for TextField {}

impl TextField {
    /// A field holding `text`, the cursor at its end.
    pub fn with(text: &str) -> TextField {
        TextField(Input::new(text.to_string()))
    }

    /// What is typed.
    pub fn value(&self) -> &str {
        self.0.value()
    }

    /// The cursor, in characters from the start.
    pub fn cursor(&self) -> usize {
        self.0.cursor()
    }

    /// Types a character at the cursor, cleaned as pasted text is: a
    /// terminal sends a C1 control (U+009B, CSI) or a bidi mark as a key,
    /// and none of them may reach the journal.
    pub fn insert(&mut self, c: char) {
        let mut buf = [0; 4];
        for c in crate::coach::sanitize::clean(c.encode_utf8(&mut buf)).chars() {
            self.0.handle(InputRequest::InsertChar(c));
        }
    }

    /// Pastes text at the cursor.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars() {
            self.insert(c);
        }
    }

    /// Applies an editing action of the key table; false if it is not one.
    pub fn edit(&mut self, action: Action) -> bool {
        let request = match action {
            Action::DeleteBack => InputRequest::DeletePrevChar,
            Action::DeleteForward => InputRequest::DeleteNextChar,
            Action::DeleteWord => InputRequest::DeletePrevWord,
            Action::DeleteLine => InputRequest::DeleteLine,
            Action::CursorLeft => InputRequest::GoToPrevChar,
            Action::CursorRight => InputRequest::GoToNextChar,
            Action::CursorHome => InputRequest::GoToStart,
            Action::CursorEnd => InputRequest::GoToEnd,
            _ => return false,
        };
        self.0.handle(request);
        true
    }

    /// The text split at the cursor: before it, and from it on.
    pub fn split(&self) -> (&str, &str) {
        let value = self.value();
        let at = value.char_indices().nth(self.cursor()).map_or(value.len(), |(i, _)| i);
        value.split_at(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_in_the_middle_of_a_note() {
        let mut f = TextField::with("Kupac čeka povrat");
        for _ in 0..7 {
            f.edit(Action::CursorLeft);
        }
        f.insert('!');
        assert_eq!(f.value(), "Kupac čeka! povrat");
        assert_eq!(f.split(), ("Kupac čeka!", " povrat"));
        f.edit(Action::DeleteBack);
        f.edit(Action::DeleteBack);
        f.insert('a');
        assert_eq!(f.value(), "Kupac čeka povrat", "edited in the middle");
        f.insert('!');
        f.edit(Action::CursorEnd);
        f.edit(Action::DeleteWord);
        assert_eq!(f.value(), "Kupac čeka! ");
        f.edit(Action::CursorHome);
        f.edit(Action::DeleteForward);
        assert_eq!(f.value(), "upac čeka! ");
        f.edit(Action::DeleteLine);
        assert_eq!(f.value(), "");
        assert!(!f.edit(Action::Next), "not an editing action");
    }

    #[test]
    fn control_characters_typed_are_dropped() {
        let mut f = TextField::default();
        for c in "a\u{9b}2J\u{1b}b\u{85}\u{202e}\tc".chars() {
            f.insert(c);
        }
        assert_eq!(f.value(), "a2Jb c");
    }
}
