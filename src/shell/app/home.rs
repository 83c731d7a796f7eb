//! The home menu: a list of items, each with its key from the key table.

use crate::shell::keymap::{self, Action, Key, Mode};

/// An entry of the home menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    /// Start a live call.
    Call,
    /// Practise a scenario.
    Practice,
    /// Read the history of calls.
    History,
    /// The follow-ups still open.
    Followups,
    /// Switch the UI language.
    Language,
    /// Leave calma.
    Quit,
}

impl MenuItem {
    /// The items, top to bottom.
    pub const ALL: [MenuItem; 6] = [
        MenuItem::Call,
        MenuItem::Practice,
        MenuItem::History,
        MenuItem::Followups,
        MenuItem::Language,
        MenuItem::Quit,
    ];

    /// The key-table action that picks it directly.
    pub fn action(self) -> Action {
        match self {
            MenuItem::Call => Action::StartCall,
            MenuItem::Practice => Action::StartPractice,
            MenuItem::History => Action::OpenHistory,
            MenuItem::Followups => Action::OpenFollowups,
            MenuItem::Language => Action::SwitchLanguage,
            MenuItem::Quit => Action::Quit,
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
        let action = keymap::resolve(Mode::Home, key)?;
        if let Some(i) = MenuItem::ALL.iter().position(|item| item.action() == action) {
            self.selected = i;
            return Some(MenuItem::ALL[i]);
        }
        match action {
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
        assert_eq!(home.selected, 5);
        assert_eq!(home.handle(Key::Char('c')), Some(MenuItem::Call));
        assert_eq!(home.handle(Key::CTRL_C), Some(MenuItem::Quit));
    }
}
