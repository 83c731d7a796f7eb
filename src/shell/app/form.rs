//! The documentation form at the end of a call: outcome, summary line and
//! follow-up date (PRODUCT.md §4).

mod draw;

use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::{CallScreen, Context, Task, View, view};
use crate::coach::call::{
    DateWords, Documentation, Event, FollowUpError, Outcome, WrapUp, parse_follow_up, read_follow_up,
};
use crate::records::record::Draft;
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::{TextField, Theme};

/// The fields of the form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// How the call ended.
    Outcome,
    /// One line saying what happened.
    Summary,
    /// When to call back.
    FollowUp,
}

/// What a key in the form leads to, beyond the form itself.
#[derive(Debug, Clone, PartialEq, Eq)]
enum FormDone {
    /// The form is filled in: save the record.
    Saved(Documentation),
    /// Esc on the first field: back to the call.
    BackToCall,
}

/// The state of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The field being filled.
    pub field: Field,
    /// Index into [`Outcome::ALL`].
    pub outcome: usize,
    /// The summary typed so far.
    pub summary: TextField,
    /// The follow-up date as typed (pre-filled from the outcome).
    pub follow_up: TextField,
    /// Whether the agent typed in the date (then the outcome no longer
    /// changes it).
    edited: bool,
    /// Why the last Enter did not save (the date), if it did not.
    pub error: Option<FollowUpError>,
    today: Date,
    words: DateWords,
}

impl Form {
    /// A new form; `outcome` is pre-selected from how the call went.
    pub fn new(outcome: Outcome, today: Date, words: DateWords) -> Form {
        let mut form = Form {
            field: Field::Outcome,
            outcome: Outcome::ALL.iter().position(|o| *o == outcome).unwrap_or(0),
            summary: TextField::default(),
            follow_up: TextField::default(),
            edited: false,
            error: None,
            today,
            words,
        };
        form.prefill();
        form
    }

    /// A form drafted from the call: the outcome, the summary and the
    /// follow-up as [`WrapUp`] has them, for the agent to accept or change.
    /// A promised follow-up stays as promised whatever the outcome.
    pub fn drafted(wrap: &WrapUp, today: Date, words: DateWords) -> Form {
        let mut form = Form::new(wrap.outcome, today, words);
        form.summary = TextField::with(&wrap.summary);
        if let Some((date, time)) = wrap.follow_up.filter(|_| wrap.promised) {
            form.follow_up = TextField::with(&form.words.write_follow_up(date, time));
            form.edited = true;
        }
        form
    }

    /// The form as it was when calma stopped: what was typed stays as it
    /// was typed.
    pub fn restored(outcome: Outcome, summary: &str, follow_up: &str, today: Date, words: DateWords) -> Form {
        let mut form = Form::new(outcome, today, words);
        form.summary = TextField::with(summary);
        form.follow_up = TextField::with(follow_up);
        form.edited = true;
        form.field = if summary.is_empty() { Field::Outcome } else { Field::Summary };
        form
    }

    /// What is filled in so far, to keep until it is saved.
    pub fn draft(&self) -> Draft {
        Draft::Form {
            outcome: self.outcome(),
            summary: self.summary.value().to_string(),
            follow_up: self.follow_up.value().to_string(),
        }
    }

    /// The selected outcome.
    pub fn outcome(&self) -> Outcome {
        Outcome::ALL[self.outcome % Outcome::ALL.len()]
    }

    fn prefill(&mut self) {
        if !self.edited {
            let advised =
                self.outcome().follow_up(self.today).map(|d| self.words.write(d)).unwrap_or_default();
            self.follow_up = TextField::with(&advised);
        }
    }

    /// Reacts to a key; returns what was filled in once the form is done.
    /// A text field gets the first pick of character keys.
    fn react(&mut self, key: Key) -> Option<FormDone> {
        self.error = None;
        if let Key::Char(c) = key
            && let Some(field) = self.text_field()
        {
            field.insert(c);
            self.edited |= self.field == Field::FollowUp;
            return None;
        }
        let action = keymap::resolve(Mode::Form, key)?;
        if let Some(field) = self.text_field()
            && field.edit(action)
        {
            self.edited |= self.field == Field::FollowUp;
            return None;
        }
        match (self.field, action) {
            (_, Action::NextField) => self.field = self.next_field(),
            (Field::Outcome, Action::MenuDown) => self.select(self.outcome + 1),
            (Field::Outcome, Action::MenuUp) => self.select(self.outcome + Outcome::ALL.len() - 1),
            (Field::Outcome, Action::Pick) => self.select(key.digit()?.checked_sub(1)?),
            (Field::Outcome, Action::Cancel) => return Some(FormDone::BackToCall),
            (Field::Summary | Field::FollowUp, Action::Cancel) => self.field = self.previous_field(),
            // Enter saves the form as shown, from any field: a drafted form
            // is accepted with one key.
            (_, Action::Choose) => match read_follow_up(self.follow_up.value(), self.today, &self.words) {
                Ok(follow_up) => {
                    return Some(FormDone::Saved(Documentation {
                        outcome: self.outcome(),
                        summary: self.summary.value().trim().to_string(),
                        follow_up: follow_up.map(|(date, _)| date),
                        follow_up_time: follow_up.and_then(|(_, time)| time),
                    }));
                }
                Err(problem) => {
                    self.error = Some(problem);
                    self.field = Field::FollowUp;
                }
            },
            _ => {}
        }
        None
    }

    /// The text field that has the focus, if the focus is on one.
    fn text_field(&mut self) -> Option<&mut TextField> {
        match self.field {
            Field::Summary => Some(&mut self.summary),
            Field::FollowUp => Some(&mut self.follow_up),
            Field::Outcome => None,
        }
    }

    /// Pasted text, for the text field that has the focus.
    pub fn paste(&mut self, text: &str) {
        self.edited |= self.field == Field::FollowUp;
        if let Some(field) = self.text_field() {
            field.paste(text);
        }
    }

    /// How dates are read and written in the agent's language.
    pub fn words(&self) -> &DateWords {
        &self.words
    }

    /// Today's date as the language writes it, for the hint and errors.
    pub fn today_written(&self) -> String {
        self.words.write(self.today)
    }

    /// The follow-up as the form understands what is typed, if it does.
    pub fn understood(&self) -> Option<(Date, Option<jiff::civil::Time>)> {
        parse_follow_up(self.follow_up.value(), self.today, &self.words).ok().flatten()
    }

    fn select(&mut self, i: usize) {
        self.outcome = i % Outcome::ALL.len();
        self.prefill();
    }

    fn next_field(&self) -> Field {
        match self.field {
            Field::Outcome => Field::Summary,
            Field::Summary | Field::FollowUp => Field::FollowUp,
        }
    }

    fn previous_field(&self) -> Field {
        match self.field {
            Field::Outcome | Field::Summary => Field::Outcome,
            Field::FollowUp => Field::Summary,
        }
    }
}

/// The form, over the call it documents (Esc on its first field goes back
/// to the call).
#[derive(Debug)]
pub struct FormScreen {
    /// The call, ended.
    pub call: Box<CallScreen>,
    /// The form.
    pub form: Form,
}

impl FormScreen {
    /// The form of a call that has just ended, drafted from the call:
    /// accepting it is one Enter.
    pub fn new(call: Box<CallScreen>, cx: &Context) -> FormScreen {
        let now = cx.today.to_datetime(crate::coach::clock::now().time());
        let wrap = crate::coach::call::wrap_up(call.call(), call.session.update_time(), now, cx.i18n);
        let form = Form::drafted(&wrap, cx.today, DateWords::of(cx.i18n));
        FormScreen { call, form }
    }

    /// This form over this call.
    pub fn of(call: Box<CallScreen>, form: Form) -> FormScreen {
        FormScreen { call, form }
    }
}

impl View for FormScreen {
    fn handle(mut self: Box<Self>, key: Key, _cx: &Context) -> view::Outcome {
        if keymap::resolve(Mode::Form, key) == Some(Action::ForceQuit) {
            return view::Outcome::show(self).and(Task::Quit);
        }
        match self.form.react(key) {
            Some(FormDone::Saved(documentation)) => view::Outcome::show(self).and(Task::Save(documentation)),
            // The reopening is journaled like any event; if it cannot be
            // written the form stays.
            Some(FormDone::BackToCall) if self.call.session.apply(Event::Reopen).is_ok() => {
                view::Outcome::show(self.call)
            }
            _ => view::Outcome::show(self),
        }
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw::render(&self.call, &self.form, cx.i18n, theme, frame, area);
    }

    fn paste(&mut self, text: &str) {
        self.form.paste(text);
    }

    fn call(&self) -> Option<&CallScreen> {
        Some(&self.call)
    }

    fn call_mut(&mut self) -> Option<&mut CallScreen> {
        Some(&mut self.call)
    }

    fn draft(&self) -> Option<Draft> {
        Some(self.form.draft())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn words() -> DateWords {
        DateWords::of(&crate::coach::i18n::I18n::new(crate::coach::lang::Lang::Hr))
    }

    #[test]
    fn the_follow_up_follows_the_outcome_until_edited() {
        let mut form = Form::new(Outcome::Resolved, date(2026, 11, 25), words());
        assert_eq!(form.follow_up.value(), "28.11.2026.");
        form.react(Key::Char('5'));
        assert_eq!(form.outcome(), Outcome::LetGo);
        assert_eq!(form.follow_up.value(), "");
        form.react(Key::Up);
        assert_eq!(form.outcome(), Outcome::Unresolved);
        assert_eq!(form.follow_up.value(), "26.11.2026.");
        form.react(Key::Tab);
        for c in "Refund promised".chars() {
            form.react(Key::Char(c));
        }
        form.react(Key::Tab);
        assert_eq!(form.field, Field::FollowUp);
        form.react(Key::Ctrl('u'));
        form.react(Key::Char('x'));
        assert_eq!(form.react(Key::Enter), None);
        assert_eq!(form.error, Some(FollowUpError::Unreadable));
        form.react(Key::Backspace);
        for c in "sutra".chars() {
            form.react(Key::Char(c));
        }
        let Some(FormDone::Saved(filled)) = form.react(Key::Enter) else { panic!("the form is done") };
        assert_eq!(filled.summary, "Refund promised");
        assert_eq!(filled.follow_up, Some(date(2026, 11, 26)));
        assert_eq!(filled.outcome, Outcome::Unresolved);
    }

    #[test]
    fn a_drafted_form_is_saved_as_shown_with_one_enter() {
        let wrap = WrapUp {
            outcome: Outcome::Escalated,
            summary: "Korisnik je tražio: povrat. Eskalirano.".into(),
            follow_up: Some((date(2026, 11, 26), Some(jiff::civil::time(10, 0, 0, 0)))),
            promised: true,
        };
        let mut form = Form::drafted(&wrap, date(2026, 11, 25), words());
        assert_eq!(form.follow_up.value(), "26.11.2026. 10:00");
        // Another outcome keeps the promised time.
        form.react(Key::Char('4'));
        assert_eq!(form.follow_up.value(), "26.11.2026. 10:00");
        form.react(Key::Char('2'));
        let Some(FormDone::Saved(filled)) = form.react(Key::Enter) else { panic!("saved with one key") };
        assert_eq!(filled.outcome, Outcome::Escalated);
        assert_eq!(filled.summary, "Korisnik je tražio: povrat. Eskalirano.");
        assert_eq!(filled.follow_up, Some(date(2026, 11, 26)));
        assert_eq!(filled.follow_up_time, Some(jiff::civil::time(10, 0, 0, 0)));
    }

    #[test]
    fn a_bad_date_takes_the_focus_to_the_date() {
        let mut form = Form::new(Outcome::Resolved, date(2026, 11, 25), words());
        form.follow_up = TextField::with("x");
        assert_eq!(form.react(Key::Enter), None);
        assert_eq!((form.field, form.error), (Field::FollowUp, Some(FollowUpError::Unreadable)));
        // A day gone by would be overdue at once: refused.
        form.follow_up = TextField::with("24.11.2026.");
        assert_eq!(form.react(Key::Enter), None);
        assert_eq!(form.error, Some(FollowUpError::Past(date(2026, 11, 24))));
    }
}
