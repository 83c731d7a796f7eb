//! The documentation form at the end of a call: outcome, summary line and
//! follow-up date (PRODUCT.md §4).

use jiff::civil::Date;

use crate::keymap::Key;
use crate::record::Outcome;

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

/// What the agent filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    /// How the call ended.
    pub outcome: Outcome,
    /// The summary line (may be empty).
    pub summary: String,
    /// The follow-up date, if any.
    pub follow_up: Option<Date>,
}

/// The state of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The field being filled.
    pub field: Field,
    /// Index into [`Outcome::ALL`].
    pub outcome: usize,
    /// The summary typed so far.
    pub summary: String,
    /// The follow-up date as typed (pre-filled from the outcome).
    pub follow_up: String,
    /// Whether the agent typed in the date (then the outcome no longer
    /// changes it).
    edited: bool,
    /// The message id of the last error.
    pub error: Option<&'static str>,
    today: Date,
    words: DateWords,
}

/// The words for "today" and "tomorrow" accepted as dates, in the UI
/// language (English is always accepted too).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateWords {
    /// Words meaning today.
    pub today: Vec<String>,
    /// Words meaning tomorrow.
    pub tomorrow: Vec<String>,
}

impl Form {
    /// A new form; `outcome` is pre-selected from how the call went.
    pub fn new(outcome: Outcome, today: Date, words: DateWords) -> Form {
        let mut form = Form {
            field: Field::Outcome,
            outcome: Outcome::ALL.iter().position(|o| *o == outcome).unwrap_or(0),
            summary: String::new(),
            follow_up: String::new(),
            edited: false,
            error: None,
            today,
            words,
        };
        form.prefill();
        form
    }

    /// The selected outcome.
    pub fn outcome(&self) -> Outcome {
        Outcome::ALL[self.outcome % Outcome::ALL.len()]
    }

    fn prefill(&mut self) {
        if !self.edited {
            self.follow_up = self
                .outcome()
                .follow_up_days()
                .and_then(|d| self.today.checked_add(jiff::Span::new().days(d)).ok())
                .map(|d| d.to_string())
                .unwrap_or_default();
        }
    }

    /// Reacts to a key; returns what was filled in once the form is done.
    pub fn handle(&mut self, key: Key) -> Option<Filled> {
        self.error = None;
        match (self.field, key) {
            (_, Key::Tab) => self.field = self.next_field(),
            (Field::Outcome, Key::Down | Key::Char('j')) => self.select(self.outcome + 1),
            (Field::Outcome, Key::Up | Key::Char('k')) => self.select(self.outcome + Outcome::ALL.len() - 1),
            (Field::Outcome, Key::Char(c @ '1'..='5')) => self.select(c as usize - '1' as usize),
            (Field::Outcome | Field::Summary, Key::Enter) => self.field = self.next_field(),
            (Field::Summary | Field::FollowUp, Key::Esc) => self.field = self.previous_field(),
            (Field::Summary, Key::Backspace) => {
                self.summary.pop();
            }
            (Field::Summary, Key::Char(c)) => self.summary.push(c),
            (Field::FollowUp, Key::Backspace) => {
                self.edited = true;
                self.follow_up.pop();
            }
            (Field::FollowUp, Key::Char(c)) => {
                self.edited = true;
                self.follow_up.push(c);
            }
            (Field::FollowUp, Key::Enter) => match parse_date(&self.follow_up, self.today, &self.words) {
                Ok(follow_up) => {
                    return Some(Filled {
                        outcome: self.outcome(),
                        summary: self.summary.trim().to_string(),
                        follow_up,
                    });
                }
                Err(BadDate) => self.error = Some("form-bad-date"),
            },
            _ => {}
        }
        None
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

/// A follow-up date calma cannot read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadDate;

/// Reads a follow-up date: empty (none), `2026-12-01`, `+3d` (or `+3`),
/// or the words for today and tomorrow.
pub fn parse_date(input: &str, today: Date, words: &DateWords) -> Result<Option<Date>, BadDate> {
    let input = input.trim().to_lowercase();
    if input.is_empty() {
        return Ok(None);
    }
    let is =
        |list: &[String], english: &str| input == english || list.iter().any(|w| w.to_lowercase() == input);
    let days = if is(&words.today, "today") {
        Some(0)
    } else if is(&words.tomorrow, "tomorrow") {
        Some(1)
    } else {
        input.strip_prefix('+').map(|r| r.strip_suffix('d').unwrap_or(r)).and_then(|n| n.parse::<i64>().ok())
    };
    match days {
        Some(d) if (0..=3650).contains(&d) => {
            today.checked_add(jiff::Span::new().days(d)).map(Some).map_err(|_| BadDate)
        }
        Some(_) => Err(BadDate),
        None => input.parse::<Date>().map(Some).map_err(|_| BadDate),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn words() -> DateWords {
        DateWords { today: vec!["danas".into()], tomorrow: vec!["sutra".into()] }
    }

    #[test]
    fn dates_in_every_accepted_form() {
        let today = date(2026, 11, 25);
        assert_eq!(parse_date("", today, &words()), Ok(None));
        assert_eq!(parse_date("2026-12-01", today, &words()), Ok(Some(date(2026, 12, 1))));
        assert_eq!(parse_date("+3d", today, &words()), Ok(Some(date(2026, 11, 28))));
        assert_eq!(parse_date("+7", today, &words()), Ok(Some(date(2026, 12, 2))));
        assert_eq!(parse_date("Sutra", today, &words()), Ok(Some(date(2026, 11, 26))));
        assert_eq!(parse_date("danas", today, &words()), Ok(Some(today)));
        assert_eq!(parse_date("tomorrow", today, &words()), Ok(Some(date(2026, 11, 26))));
        assert_eq!(parse_date("2026-13-01", today, &words()), Err(BadDate));
        assert_eq!(parse_date("soon", today, &words()), Err(BadDate));
        assert_eq!(parse_date("+99999d", today, &words()), Err(BadDate));
    }

    #[test]
    fn the_follow_up_follows_the_outcome_until_edited() {
        let mut form = Form::new(Outcome::Resolved, date(2026, 11, 25), words());
        assert_eq!(form.follow_up, "2026-11-28");
        form.handle(Key::Char('5'));
        assert_eq!(form.outcome(), Outcome::LetGo);
        assert_eq!(form.follow_up, "");
        form.handle(Key::Up);
        assert_eq!(form.outcome(), Outcome::Unresolved);
        assert_eq!(form.follow_up, "2026-11-26");
        form.handle(Key::Enter);
        for c in "Refund promised".chars() {
            form.handle(Key::Char(c));
        }
        form.handle(Key::Enter);
        assert_eq!(form.field, Field::FollowUp);
        for _ in 0..10 {
            form.handle(Key::Backspace);
        }
        form.handle(Key::Char('x'));
        assert_eq!(form.handle(Key::Enter), None);
        assert_eq!(form.error, Some("form-bad-date"));
        form.handle(Key::Backspace);
        for c in "sutra".chars() {
            form.handle(Key::Char(c));
        }
        let filled = form.handle(Key::Enter).expect("the form is done");
        assert_eq!(filled.summary, "Refund promised");
        assert_eq!(filled.follow_up, Some(date(2026, 11, 26)));
        assert_eq!(filled.outcome, Outcome::Unresolved);
    }
}
