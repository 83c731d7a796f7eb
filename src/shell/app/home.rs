//! The home menu: a list of items, each with its key from the key table;
//! and the blank moment while a call opens.

mod draw;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Context, FollowupsScreen, HistoryScreen, Next, Outcome, ScenarioList, Task, View};
use crate::records::record::Listing;
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::Theme;

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
    pub fn react(&mut self, key: Key) -> Option<MenuItem> {
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

impl View for Home {
    fn handle(mut self: Box<Self>, key: Key, cx: &Context) -> Outcome {
        let Some(item) = self.react(key) else { return Outcome::show(self) };
        match item {
            MenuItem::Call => Outcome::show(Box::new(Opening)).and(Task::Begin),
            MenuItem::Practice => Outcome::show(Box::new(ScenarioList::default())),
            MenuItem::History => {
                Outcome::show(Box::new(HistoryScreen::new(Listing::default(), cx.i18n))).and(Task::Load)
            }
            MenuItem::Followups => Outcome::show(Box::<FollowupsScreen>::default()).and(Task::Load),
            MenuItem::Language => Outcome::show(self).and(Task::SaveLanguage(cx.i18n.lang().next())),
            MenuItem::Quit => Outcome::to(Next::Back).and(Task::Quit),
        }
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw::render(self, cx.i18n, theme, frame, area);
    }
}

/// A call being opened: blank for a moment, until its session is there.
#[derive(Debug, Clone, Copy)]
pub struct Opening;

impl View for Opening {
    fn handle(self: Box<Self>, key: Key, _cx: &Context) -> Outcome {
        match keymap::resolve(Mode::Call, key) {
            Some(Action::ForceQuit) => Outcome::show(self).and(Task::Quit),
            _ => Outcome::show(self),
        }
    }

    fn render(&self, _cx: &Context, _theme: &Theme, _frame: &mut Frame, _area: Rect) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_enter_and_letters_choose() {
        let mut home = Home::default();
        assert_eq!(home.react(Key::Enter), Some(MenuItem::Call));
        assert_eq!(home.react(Key::Down), None);
        assert_eq!(home.react(Key::Enter), Some(MenuItem::Practice));
        assert_eq!(home.react(Key::Up), None);
        assert_eq!(home.react(Key::Up), None);
        assert_eq!(home.selected, 5);
        assert_eq!(home.react(Key::Char('c')), Some(MenuItem::Call));
        assert_eq!(home.react(Key::CTRL_C), Some(MenuItem::Quit));
    }
}
