//! The follow-up date of a call: what the agent may type, as people write
//! dates in their language (`5.12.2026.`, `05/12/2026`, ISO, `+3d`, `+1w`,
//! today, tomorrow, the day after tomorrow, weekday names), the date spelled
//! out to show what was understood, and the date the playbook advises.
//! Calendar arithmetic is jiff's.

use jiff::civil::{Date, Time, Weekday};

use super::Outcome;
use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;

/// The words and the numeric order of dates in the UI language (English
/// words are always accepted too).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateWords {
    /// Words meaning today.
    pub today: Vec<String>,
    /// Words meaning tomorrow.
    pub tomorrow: Vec<String>,
    /// Words meaning the day after tomorrow.
    pub after_tomorrow: Vec<String>,
    /// The names of the weekdays, Monday first, each with its variants.
    pub weekdays: Vec<Vec<String>>,
    /// Whether `5/12` means the 5th of December (not May 12th).
    pub day_first: bool,
    /// The words that put a time in a promise ("at", "às", "a las",
    /// "alle", "u"), longest first.
    pub at: Vec<String>,
    /// How the language writes a date in figures.
    pub style: DateStyle,
}

/// How a language writes a date in figures: the form the hint shows and
/// the form a pre-filled follow-up is written in (the parser reads each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateStyle {
    /// `2026-12-08`: English here, where `12/08` would be read either way.
    #[default]
    Iso,
    /// `08/12/2026`: pt, es, it.
    Slashes,
    /// `8.12.2026.`: hr.
    Dots,
}

/// The items of a comma-separated message, each with `/` variants.
fn list(text: &str) -> Vec<Vec<String>> {
    text.split(',').map(|item| item.split('/').map(|w| w.trim().to_lowercase()).collect()).collect()
}

impl DateWords {
    /// The date words of the UI language, from its messages.
    pub fn of(i18n: &I18n) -> DateWords {
        let one = |id: &str| list(&i18n.t(id)).into_iter().flatten().collect::<Vec<_>>();
        DateWords {
            today: one("date-today"),
            tomorrow: one("date-tomorrow"),
            after_tomorrow: one("date-after-tomorrow"),
            weekdays: list(&i18n.t("date-weekdays")),
            day_first: i18n.lang() != Lang::En,
            at: {
                let mut at = one("date-at");
                at.sort_by_key(|w| std::cmp::Reverse(w.len()));
                at
            },
            style: match i18n.lang() {
                Lang::En => DateStyle::Iso,
                Lang::Hr => DateStyle::Dots,
                Lang::Pt | Lang::Es | Lang::It => DateStyle::Slashes,
            },
        }
    }

    /// `date` as the language writes it in figures (and reads it back).
    pub fn write(&self, date: Date) -> String {
        match self.style {
            DateStyle::Iso => date.to_string(),
            DateStyle::Slashes => format!("{:02}/{:02}/{}", date.day(), date.month(), date.year()),
            DateStyle::Dots => format!("{}.{}.{}.", date.day(), date.month(), date.year()),
        }
    }

    /// A follow-up as the form shows it: the date, and the time if any.
    pub fn write_follow_up(&self, date: Date, time: Option<Time>) -> String {
        match time {
            Some(t) => format!("{} {}", self.write(date), t.strftime("%H:%M")),
            None => self.write(date),
        }
    }
}

/// A follow-up date calma cannot read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadDate;

const WEEK: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

const ENGLISH_WEEK: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Reads a follow-up date: empty (none), ISO `2026-12-01`, the local
/// numeric form (`5.12.2026.`, `05/12/2026`, `5.12.`), `+3d`, `+3`, `+1w`,
/// the words for today, tomorrow and the day after, or a weekday (the next
/// one after today).
pub fn parse_date(input: &str, today: Date, words: &DateWords) -> Result<Option<Date>, BadDate> {
    let input = input.trim().to_lowercase();
    if input.is_empty() {
        return Ok(None);
    }
    let is = |list: &[String], english: &str| input == english || list.contains(&input);
    let after = |days: i64| match days {
        0..=3650 => today.checked_add(jiff::Span::new().days(days)).map(Some).map_err(|_| BadDate),
        _ => Err(BadDate),
    };
    if is(&words.today, "today") {
        return after(0);
    }
    if is(&words.tomorrow, "tomorrow") {
        return after(1);
    }
    if is(&words.after_tomorrow, "the day after tomorrow") {
        return after(2);
    }
    let weekday = (0..7).find(|&i| {
        input == ENGLISH_WEEK[i] || words.weekdays.get(i).is_some_and(|names| names.contains(&input))
    });
    if let Some(i) = weekday {
        let ahead = (WEEK[i].to_monday_zero_offset() - today.weekday().to_monday_zero_offset()).rem_euclid(7);
        return after(if ahead == 0 { 7 } else { i64::from(ahead) });
    }
    if let Some(n) = input.strip_prefix('+') {
        let (number, unit) = match n.strip_suffix('w') {
            Some(weeks) => (weeks, 7),
            None => (n.strip_suffix('d').unwrap_or(n), 1),
        };
        return number.parse::<i64>().map_err(|_| BadDate).and_then(|k| after(k.saturating_mul(unit)));
    }
    if let Ok(date) = input.parse::<Date>() {
        return Ok(Some(date));
    }
    if words.day_first { numeric(&input, today).map(Some) } else { Err(BadDate) }
}

/// A follow-up as typed, with an optional time for a promised callback:
/// `sutra 10:00`, `5.12. 9h30`, `amanhã 15h`, or a time alone for today.
pub fn parse_follow_up(
    input: &str,
    today: Date,
    words: &DateWords,
) -> Result<Option<(Date, Option<Time>)>, BadDate> {
    let input = input.trim();
    if let Some(time) = parse_time(input) {
        return Ok(Some((today, Some(time))));
    }
    if let Some((day, last)) = input.rsplit_once(' ')
        && let Some(time) = parse_time(last)
    {
        return Ok(parse_date(day, today, words)?.map(|date| (date, Some(time))));
    }
    Ok(parse_date(input, today, words)?.map(|date| (date, None)))
}

/// Why a follow-up as typed is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpError {
    /// Not a date calma can read.
    Unreadable,
    /// A day already gone: the follow-up would be overdue at once.
    Past(Date),
}

impl FollowUpError {
    /// The Fluent message id of the one line that says so (arguments:
    /// `today`, and `date` for a past day).
    pub fn message_id(self) -> &'static str {
        match self {
            FollowUpError::Unreadable => "form-bad-date",
            FollowUpError::Past(_) => "form-past-date",
        }
    }
}

/// A follow-up as the form takes it: [`parse_follow_up`], and not before
/// today.
pub fn read_follow_up(
    input: &str,
    today: Date,
    words: &DateWords,
) -> Result<Option<(Date, Option<Time>)>, FollowUpError> {
    match parse_follow_up(input, today, words) {
        Err(BadDate) => Err(FollowUpError::Unreadable),
        Ok(Some((date, _))) if date < today => Err(FollowUpError::Past(date)),
        Ok(follow_up) => Ok(follow_up),
    }
}

/// `10:00`, `9:30`, `10h`, `10h30`, `10.30h`: a time of day.
pub(super) fn parse_time(token: &str) -> Option<Time> {
    let token = token.trim().to_lowercase();
    let (hours, minutes) = match token.split_once([':', 'h']) {
        Some((h, m)) => (h, m.trim_end_matches('h')),
        None => return None,
    };
    let h: i8 = hours.parse().ok()?;
    let m: i8 = if minutes.is_empty() { 0 } else { minutes.parse().ok()? };
    Time::new(h, m, 0, 0).ok()
}

/// `5.12.2026.`, `05/12/2026`, `5-12-26`, `5.12.` (this year, or the next
/// if that day is past): day first, as in pt, es, it and hr.
fn numeric(input: &str, today: Date) -> Result<Date, BadDate> {
    let parts: Vec<&str> = input.trim_end_matches('.').split(['.', '/', '-']).map(str::trim).collect();
    let number = |s: &str| s.parse::<i16>().map_err(|_| BadDate);
    let (day, month) = match parts.as_slice() {
        [d, m] | [d, m, _] => (number(d)?, number(m)?),
        _ => return Err(BadDate),
    };
    let year = match parts.as_slice() {
        [_, _, y] if y.len() == 2 => 2000 + number(y)?,
        [_, _, y] => number(y)?,
        _ => today.year(),
    };
    let date =
        Date::new(year, i8::try_from(month).map_err(|_| BadDate)?, i8::try_from(day).map_err(|_| BadDate)?)
            .map_err(|_| BadDate)?;
    // A day and month without a year that has passed means next year's.
    if parts.len() == 2 && date < today {
        return date.checked_add(jiff::Span::new().years(1)).map_err(|_| BadDate);
    }
    Ok(date)
}

/// A date spelled out in the UI language ("sexta-feira, 5 de dezembro de
/// 2026"), to show what was understood.
pub fn spell(date: Date, i18n: &I18n) -> String {
    // The first variant of item `i`, as written (capitals kept).
    let name = |id: &str, i: usize| {
        let text = i18n.t(id);
        text.split(',')
            .nth(i)
            .and_then(|item| item.split('/').next())
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };
    let weekday = name("date-weekdays", date.weekday().to_monday_zero_offset() as usize);
    let month = name("date-months", (date.month() - 1) as usize);
    i18n.t_with(
        "date-spelled",
        &args!["weekday" => weekday, "day" => date.day(), "month" => month, "year" => date.year()],
    )
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
mod tests;
