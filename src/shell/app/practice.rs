//! The practice screens: the list of scenarios, and one scenario played
//! turn by turn; with listen mode (`calma practice --listen`), what the
//! trainee says while a turn waits is the answer.

mod draw;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Context, Next, Outcome, Task, View};
use crate::coach::lang::Lang;
use crate::coach::playbook::{Playbook, Scenario};
use crate::coach::practice::{Attempt, SEEDS, Session, Turn, next_seed};
use crate::listen::{Report, Spoken};
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::{TextField, Theme};

/// The scenario list.
#[derive(Debug, Clone, Default)]
pub struct ScenarioList {
    /// The highlighted scenario.
    pub selected: usize,
    /// Listen mode, when practice listens: carried to the scenario played.
    pub spoken: Option<Spoken>,
}

/// What a key on a practice screen leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum PracticeOutcome {
    /// Nothing beyond the screen itself.
    Stay,
    /// Play the scenario at this index (listen mode carried along).
    Play(usize, Option<Spoken>),
    /// An attempt at this scenario finished: record it.
    Finished(String, Attempt),
    /// Leave this screen.
    Back,
    /// Quit calma.
    Quit,
}

impl ScenarioList {
    /// Moves the highlight or picks a scenario.
    fn handle(&mut self, key: Key, count: usize) -> PracticeOutcome {
        match keymap::resolve(Mode::PracticeList, key) {
            Some(Action::MenuDown) => self.selected = (self.selected + 1) % count.max(1),
            Some(Action::MenuUp) => self.selected = (self.selected + count.max(1) - 1) % count.max(1),
            Some(Action::Choose) if count > 0 => {
                return PracticeOutcome::Play(self.selected.min(count - 1), self.spoken.take());
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
    /// The highlighted place (the responses are shown shuffled).
    pub cursor: usize,
    /// The language of the customer's lines.
    pub customer_lang: Lang,
    /// An answer being typed in the trainee's own words (`w`).
    pub typing: Option<TextField>,
    /// Listen mode, when the trainee may say the answer out loud.
    pub spoken: Option<Spoken>,
}

impl PracticeScreen {
    /// A new attempt at a scenario, its responses in the order of `seed`.
    pub fn seeded(index: usize, scenario: &Scenario, customer_lang: Lang, seed: u64) -> PracticeScreen {
        PracticeScreen {
            scenario: index,
            session: Session::new(scenario, seed),
            cursor: 0,
            customer_lang,
            typing: None,
            spoken: None,
        }
    }

    /// The same, listening for answers said out loud (`--listen`).
    pub fn aloud(self, spoken: Option<Spoken>) -> PracticeScreen {
        PracticeScreen { spoken, ..self }
    }

    /// Whether a turn waits for an answer that may be said: choosing,
    /// not typing one.
    fn waiting(&self) -> bool {
        matches!(self.session.turn, Turn::Choosing(_)) && self.typing.is_none()
    }

    /// A seed from the clock, short enough to type back.
    pub fn clock_seed() -> u64 {
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        (nanos % u128::from(SEEDS)) as u64
    }

    /// The key-table mode of the turn on screen.
    pub fn mode(&self) -> Mode {
        if self.typing.is_some() {
            return Mode::Input;
        }
        match self.session.turn {
            Turn::Choosing(_) => Mode::Practice,
            Turn::Feedback(_) => Mode::Feedback,
            Turn::Ended(_) => Mode::Debrief,
        }
    }

    /// Reacts to a key; an answer in the trainee's own words is judged
    /// with the playbook in `lang`, the language the answers are shown in.
    fn handle(&mut self, key: Key, scenario: &Scenario, playbook: &Playbook, lang: Lang) -> PracticeOutcome {
        if let Some(field) = self.typing.take() {
            return self.type_key(key, scenario, playbook, lang, field);
        }
        let Some(action) = keymap::resolve(self.mode(), key) else {
            return PracticeOutcome::Stay;
        };
        let responses = self.session.node(scenario).map_or(0, |n| n.responses.len());
        match action {
            Action::ForceQuit => return PracticeOutcome::Quit,
            Action::Cancel => return PracticeOutcome::Back,
            Action::CycleLang => self.customer_lang = self.customer_lang.next(),
            // The digits follow the order shown.
            Action::Pick => {
                if let Some(place) = key.digit().and_then(|d| d.checked_sub(1)).filter(|i| *i < responses) {
                    self.choose(place, scenario);
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
                    return PracticeOutcome::Finished(scenario.id.clone(), Attempt::of(&self.session));
                }
            }
            Action::OwnWords if matches!(self.session.turn, Turn::Choosing(_)) => {
                self.typing = Some(TextField::default());
            }
            Action::Listen => {
                if let Some(spoken) = &mut self.spoken {
                    spoken.toggle();
                }
            }
            Action::Retry => {
                // The next seed of the sequence: a retry replays too.
                self.session = Session::new(scenario, next_seed(self.session.seed));
                self.cursor = 0;
            }
            _ => {}
        }
        PracticeOutcome::Stay
    }

    /// Pasted text, for the answer being typed.
    pub fn paste(&mut self, text: &str) {
        if let Some(field) = &mut self.typing {
            field.paste(text);
        }
    }

    /// A key while an answer is typed: text goes into it, Enter judges it
    /// (an empty one is not sent), Esc goes back to the responses.
    fn type_key(
        &mut self,
        key: Key,
        scenario: &Scenario,
        playbook: &Playbook,
        lang: Lang,
        mut field: TextField,
    ) -> PracticeOutcome {
        if let Key::Char(c) = key {
            // Text input gets the first pick of keys.
            field.insert(c);
            self.typing = Some(field);
            return PracticeOutcome::Stay;
        }
        // The field is out of `typing` while the key is handled: put back
        // unless the answer was sent or cancelled.
        match keymap::resolve(Mode::Input, key) {
            Some(Action::ForceQuit) => return PracticeOutcome::Quit,
            Some(Action::Cancel) => {}
            Some(Action::Save) if !field.value().trim().is_empty() => {
                self.session.answer(scenario, playbook.pack(lang), lang, field.value().trim());
            }
            Some(action) => {
                field.edit(action);
                self.typing = Some(field);
            }
            None => self.typing = Some(field),
        }
        PracticeOutcome::Stay
    }

    /// A report of the listener: what the trainee said while the turn
    /// waited is judged as an answer in their own words, in `lang`.
    fn listened(&mut self, report: Report, scenario: &Scenario, playbook: &Playbook, lang: Lang) {
        let waiting = self.waiting();
        let Some(spoken) = &mut self.spoken else { return };
        if let Some(text) = spoken.report(report, waiting) {
            self.session.answer(scenario, playbook.pack(lang), lang, &text);
        }
    }

    fn choose(&mut self, place: usize, scenario: &Scenario) {
        self.cursor = place;
        self.session.pick_shown(scenario, place);
    }
}

impl PracticeOutcome {
    /// Where it leads from `view`; `back` is where Esc goes.
    fn lead(self, view: Box<dyn View>, back: Next) -> Outcome {
        match self {
            PracticeOutcome::Stay => Outcome::show(view),
            PracticeOutcome::Play(index, spoken) => Outcome::to(Next::Play(index, spoken)),
            PracticeOutcome::Finished(id, percent) => {
                Outcome::show(view).and(Task::RecordProgress(id, percent))
            }
            PracticeOutcome::Back => Outcome::to(back),
            PracticeOutcome::Quit => Outcome::show(view).and(Task::Quit),
        }
    }
}

impl View for ScenarioList {
    fn handle(mut self: Box<Self>, key: Key, cx: &Context) -> Outcome {
        ScenarioList::handle(&mut self, key, cx.playbook.scenarios().len()).lead(self, Next::Back)
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw::list(cx, self, theme, frame, area);
    }

    fn listened(&mut self, report: Report, _cx: &Context) {
        // Nothing is an answer here; the model loading or failing is kept.
        if let Some(spoken) = &mut self.spoken {
            spoken.report(report, false);
        }
    }
}

impl View for PracticeScreen {
    fn handle(mut self: Box<Self>, key: Key, cx: &Context) -> Outcome {
        let Some(scenario) = cx.playbook.scenarios().get(self.scenario) else {
            return Outcome::show(self);
        };
        let outcome = PracticeScreen::handle(&mut self, key, scenario, cx.playbook, cx.i18n.lang());
        // Esc goes back to the list, on the scenario just played.
        let list = ScenarioList { selected: self.scenario, spoken: self.spoken.clone() };
        outcome.lead(self, Next::Show(Box::new(list)))
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw::play(cx, self, theme, frame, area);
    }

    fn paste(&mut self, text: &str) {
        PracticeScreen::paste(self, text);
    }

    fn listening(&self) -> bool {
        self.waiting() && self.spoken.as_ref().is_some_and(Spoken::hears)
    }

    fn listened(&mut self, report: Report, cx: &Context) {
        if let Some(scenario) = cx.playbook.scenarios().get(self.scenario) {
            PracticeScreen::listened(self, report, scenario, cx.playbook, cx.i18n.lang());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::playbook::Playbook;
    use crate::coach::playbook::scenario::Quality;

    fn sunday() -> Scenario {
        let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
        playbook.scenario("sunday_delivery").cloned().unwrap_or_else(|| panic!("sunday_delivery is embedded"))
    }

    #[test]
    fn attempts_follow_the_seed_and_retry_takes_the_next() {
        let scenario = sunday();
        let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
        let mut screen = PracticeScreen::seeded(0, &scenario, Lang::En, 5);
        assert_eq!(screen.session.seed, 5);
        // Play the good answers to the end, then try again.
        while !screen.session.ended() {
            let node = screen.session.node(&scenario).unwrap_or_else(|| panic!("a node"));
            let good = node.responses.iter().position(|r| r.quality == Quality::Good).unwrap_or_default();
            let place = screen.session.order(node).iter().position(|&i| i == good).unwrap_or_default();
            let digit = char::from_digit(place as u32 + 1, 10).unwrap_or('1');
            screen.handle(Key::Char(digit), &scenario, &playbook, Lang::En);
            assert_eq!(screen.session.picks.last().map(|p| p.quality), Some(Quality::Good));
            screen.handle(Key::Enter, &scenario, &playbook, Lang::En);
        }
        assert_eq!(crate::coach::practice::Score::of(&screen.session).percent, 100);
        screen.handle(Key::Char('r'), &scenario, &playbook, Lang::En);
        assert_eq!(screen.session.seed, next_seed(5));
        assert!(screen.session.picks.is_empty());
    }

    #[test]
    fn w_types_an_answer_enter_judges_it_esc_goes_back() {
        let scenario = sunday();
        let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
        let mut screen = PracticeScreen::seeded(0, &scenario, Lang::En, 5);
        let press = |screen: &mut PracticeScreen, key| screen.handle(key, &scenario, &playbook, Lang::En);
        press(&mut screen, Key::Char('w'));
        assert_eq!(screen.mode(), Mode::Input);
        press(&mut screen, Key::Esc);
        assert_eq!((screen.mode(), screen.session.picks.len()), (Mode::Practice, 0));
        press(&mut screen, Key::Char('w'));
        // An empty answer is not sent; `q` is a letter of the answer.
        press(&mut screen, Key::Enter);
        assert_eq!(screen.mode(), Mode::Input);
        screen.paste("That sounds really frustrating, I completely understand. ");
        press(&mut screen, Key::Char('q'));
        press(&mut screen, Key::Backspace);
        press(&mut screen, Key::Enter);
        assert_eq!(screen.mode(), Mode::Feedback);
        let pick = screen.session.picks.last().unwrap_or_else(|| panic!("an answer"));
        assert_eq!(pick.quality, Quality::Good, "{pick:?}");
        assert!(pick.own.as_ref().is_some_and(|o| o.text.starts_with("That sounds")));
    }

    fn said(text: &str) -> Report {
        Report::Heard(crate::listen::Heard {
            speaker: crate::coach::playbook::Speaker::Agent,
            start: 0.0,
            text: text.into(),
        })
    }

    #[test]
    fn an_answer_said_out_loud_is_judged_while_a_turn_waits_and_m_pauses() {
        use crate::listen::ListenState;
        let scenario = sunday();
        let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
        let mut screen = PracticeScreen::seeded(0, &scenario, Lang::En, 5).aloud(Some(Spoken::starting()));
        let hear =
            |screen: &mut PracticeScreen, report| screen.listened(report, &scenario, &playbook, Lang::En);
        assert!(View::listening(&screen), "it listens while the model loads");
        hear(&mut screen, Report::Ready);
        assert_eq!(screen.spoken.as_ref().map(|s| s.state.clone()), Some(ListenState::On));
        // Paused: nothing said is an answer.
        screen.handle(Key::Char('m'), &scenario, &playbook, Lang::En);
        assert!(!View::listening(&screen));
        hear(&mut screen, said("That sounds really frustrating, I completely understand."));
        assert_eq!(screen.mode(), Mode::Practice);
        screen.handle(Key::Char('m'), &scenario, &playbook, Lang::En);
        // Typing rests it; so does the feedback.
        screen.handle(Key::Char('w'), &scenario, &playbook, Lang::En);
        assert!(!View::listening(&screen));
        hear(&mut screen, said("That sounds really frustrating, I completely understand."));
        assert!(screen.session.picks.is_empty());
        screen.handle(Key::Esc, &scenario, &playbook, Lang::En);
        assert!(View::listening(&screen));
        hear(&mut screen, said("That sounds really frustrating, I completely understand."));
        assert_eq!(screen.mode(), Mode::Feedback);
        let pick = screen.session.picks.last().unwrap_or_else(|| panic!("an answer"));
        assert_eq!(pick.quality, Quality::Good, "{pick:?}");
        assert!(!View::listening(&screen), "the feedback rests it");
        hear(&mut screen, said("Calm down."));
        assert_eq!(screen.session.picks.len(), 1, "said during the feedback: dropped");
        // A line to avoid said out loud is harmful, as typed.
        screen.handle(Key::Enter, &scenario, &playbook, Lang::En);
        hear(&mut screen, said("Calm down, those are the rules."));
        assert_eq!(screen.session.picks.last().map(|p| p.quality), Some(Quality::Harmful));
    }

    #[test]
    fn listening_that_cannot_start_says_why_and_typing_goes_on() {
        let scenario = sunday();
        let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
        let mut screen = PracticeScreen::seeded(0, &scenario, Lang::En, 5).aloud(Some(Spoken::starting()));
        screen.listened(Report::Failed("not built".into()), &scenario, &playbook, Lang::En);
        assert!(!View::listening(&screen));
        screen.handle(Key::Char('m'), &scenario, &playbook, Lang::En);
        assert!(!View::listening(&screen), "stopped cannot be resumed");
        screen.handle(Key::Char('1'), &scenario, &playbook, Lang::En);
        assert_eq!(screen.mode(), Mode::Feedback);
        // Without listen mode, nothing heard is anything.
        let mut plain = PracticeScreen::seeded(0, &scenario, Lang::En, 5);
        plain.listened(said("I completely understand."), &scenario, &playbook, Lang::En);
        assert!(plain.session.picks.is_empty() && !View::listening(&plain));
    }
}
