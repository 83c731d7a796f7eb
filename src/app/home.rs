//! The home menu: a list of items, each with a letter.

use crate::keymap::{self, Action, Key, Mode};

/// An entry of the home menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    /// Start a live call.
    Call,
    /// Practise a scenario.
    Practice,
    /// Read the history of calls.
    History,
    /// Switch the UI language.
    Language,
    /// Leave calma.
    Quit,
}

impl MenuItem {
    /// The items, top to bottom.
    pub const ALL: [MenuItem; 5] =
        [MenuItem::Call, MenuItem::Practice, MenuItem::History, MenuItem::Language, MenuItem::Quit];

    /// The letter that picks it directly.
    pub fn letter(self) -> char {
        match self {
            MenuItem::Call => 'c',
            MenuItem::Practice => 'p',
            MenuItem::History => 'h',
            MenuItem::Language => 'l',
            MenuItem::Quit => 'q',
        }
    }
}

/// The state of the home menu.
#[derive(Debug, Clone, Default)]
pub struct Home {
    /// The highlighted item.
    pub selected: usize,
}

impl Home {
    /// Moves the highlight, or returns the chosen item.
    pub fn handle(&mut self, key: Key) -> Option<MenuItem> {
        if let Key::Char(c) = key
            && let Some(item) = MenuItem::ALL.into_iter().find(|i| i.letter() == c)
        {
            self.selected = MenuItem::ALL.iter().position(|i| *i == item).unwrap_or(0);
            return Some(item);
        }
        match keymap::resolve(Mode::Home, key)? {
            Action::MenuDown => self.selected = (self.selected + 1) % MenuItem::ALL.len(),
            Action::MenuUp => self.selected = (self.selected + MenuItem::ALL.len() - 1) % MenuItem::ALL.len(),
            Action::Choose => return MenuItem::ALL.get(self.selected).copied(),
            Action::ForceQuit => return Some(MenuItem::Quit),
            _ => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_enter_and_letters_choose() {
        let mut home = Home::default();
        assert_eq!(home.handle(Key::Enter), Some(MenuItem::Call));
        assert_eq!(home.handle(Key::Down), None);
        assert_eq!(home.handle(Key::Enter), Some(MenuItem::Practice));
        assert_eq!(home.handle(Key::Up), None);
        assert_eq!(home.handle(Key::Up), None);
        assert_eq!(home.selected, 4);
        assert_eq!(home.handle(Key::Char('c')), Some(MenuItem::Call));
        assert_eq!(home.handle(Key::CtrlC), Some(MenuItem::Quit));
    }
}
