//! The follow-up date of a call: what the agent may type (a date, `+3d`,
//! the words for today and tomorrow), and the date the playbook advises.

use jiff::civil::Date;

use super::Outcome;

/// The words for "today" and "tomorrow" accepted as dates, in the UI
/// language (English is always accepted too).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateWords {
    /// Words meaning today.
    pub today: Vec<String>,
    /// Words meaning tomorrow.
    pub tomorrow: Vec<String>,
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

impl Outcome {
    /// Days until the follow-up the playbook advises for this outcome:
    /// call back once the fix has had time to work (source 001); after a
    /// pause, the promised update is due the same day (source 002).
    pub fn follow_up_days(self) -> Option<i64> {
        match self {
            Outcome::Resolved => Some(3),
            Outcome::Escalated | Outcome::Unresolved => Some(1),
            Outcome::Paused => Some(0),
            Outcome::LetGo => None,
        }
    }

    /// The follow-up date the playbook advises, counted from `today`.
    pub fn follow_up(self, today: Date) -> Option<Date> {
        self.follow_up_days().and_then(|d| today.checked_add(jiff::Span::new().days(d)).ok())
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
}
