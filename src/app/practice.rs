//! The practice screens: the list of scenarios, and one scenario played
//! turn by turn.

use crate::keymap::{self, Action, Key, Mode};
use crate::lang::Lang;
use crate::playbook::Scenario;
use crate::practice::{Score, Session, Turn};

/// The scenario list.
#[derive(Debug, Clone, Default)]
pub struct ScenarioList {
    /// The highlighted scenario.
    pub selected: usize,
}

/// What a key on a practice screen leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PracticeOutcome {
    /// Nothing beyond the screen itself.
    Stay,
    /// Play the scenario at this index.
    Play(usize),
    /// An attempt finished with this score: record it.
    Finished(String, u8),
    /// Leave this screen.
    Back,
    /// Quit calma.
    Quit,
}

impl ScenarioList {
    /// Moves the highlight or picks a scenario.
    pub fn handle(&mut self, key: Key, count: usize) -> PracticeOutcome {
        match keymap::resolve(Mode::PracticeList, key) {
            Some(Action::MenuDown) => self.selected = (self.selected + 1) % count.max(1),
            Some(Action::MenuUp) => self.selected = (self.selected + count.max(1) - 1) % count.max(1),
            Some(Action::Choose) if count > 0 => {
                return PracticeOutcome::Play(self.selected.min(count - 1));
            }
            Some(Action::Cancel) => return PracticeOutcome::Back,
            Some(Action::ForceQuit) => return PracticeOutcome::Quit,
            _ => {}
        }
        PracticeOutcome::Stay
    }
}

/// One scenario being played.
#[derive(Debug, Clone)]
pub struct PracticeScreen {
    /// Index of the scenario in the playbook.
    pub scenario: usize,
    /// The attempt.
    pub session: Session,
    /// The highlighted response.
    pub cursor: usize,
    /// The language of the customer's lines.
    pub customer_lang: Lang,
}

impl PracticeScreen {
    /// A new attempt at a scenario.
    pub fn new(index: usize, scenario: &Scenario, customer_lang: Lang) -> PracticeScreen {
        PracticeScreen { scenario: index, session: Session::new(scenario), cursor: 0, customer_lang }
    }

    /// The key-table mode of the turn on screen.
    pub fn mode(&self) -> Mode {
        match self.session.turn {
            Turn::Choosing(_) => Mode::Practice,
            Turn::Feedback(_) => Mode::Feedback,
            Turn::Ended(_) => Mode::Debrief,
        }
    }

    /// Reacts to a key.
    pub fn handle(&mut self, key: Key, scenario: &Scenario) -> PracticeOutcome {
        let Some(action) = keymap::resolve(self.mode(), key) else {
            return PracticeOutcome::Stay;
        };
        let responses = self.session.node(scenario).map_or(0, |n| n.responses.len());
        match action {
            Action::ForceQuit => return PracticeOutcome::Quit,
            Action::Cancel => return PracticeOutcome::Back,
            Action::CycleLang => self.customer_lang = self.customer_lang.next(),
            Action::Pick => {
                if let Some(i) = key.digit().and_then(|d| d.checked_sub(1)).filter(|i| *i < responses) {
                    self.choose(i, scenario);
                }
            }
            Action::MenuDown => self.cursor = (self.cursor + 1).min(responses.saturating_sub(1)),
            Action::MenuUp => self.cursor = self.cursor.saturating_sub(1),
            Action::Choose if matches!(self.session.turn, Turn::Choosing(_)) => {
                self.choose(self.cursor, scenario)
            }
            Action::Choose => {
                self.session.proceed(scenario);
                self.cursor = 0;
                if self.session.ended() {
                    return PracticeOutcome::Finished(scenario.id.clone(), Score::of(&self.session).percent);
                }
            }
            Action::Retry => {
                self.session = Session::new(scenario);
                self.cursor = 0;
            }
            _ => {}
        }
        PracticeOutcome::Stay
    }

    fn choose(&mut self, i: usize, scenario: &Scenario) {
        self.cursor = i;
        self.session.pick(scenario, i);
    }
}
