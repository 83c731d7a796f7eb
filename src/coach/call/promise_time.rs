//! The time a promise names ("I'll call you back tomorrow at 10", "às
//! 10h", "u 10 sati", "alle 10", "a las 10"), so that it reaches the
//! follow-up and the calendar with its time and not as an all-day item.

use jiff::civil::{Date, DateTime, Time};

use super::follow_up::{DateWords, parse_date, parse_time};

/// The day and time a promise names, if it names a time. The day is the
/// one it names (today, tomorrow, a weekday), else the next time that
/// clock time comes round after `now`.
pub fn promise_time(text: &str, now: DateTime, words: &DateWords) -> Option<(Date, Time)> {
    let tokens = tokens(text);
    let time = timed(&tokens, words)?;
    let day = named_day(&tokens, now.date(), words).unwrap_or_else(|| {
        let today = now.date();
        if time > now.time() { today } else { today.tomorrow().unwrap_or(today) }
    });
    Some((day, time))
}

/// The words of `text`, lower case, without the punctuation around them.
fn tokens(text: &str) -> Vec<String> {
    let edge = |c: char| matches!(c, ',' | ';' | '!' | '?' | '(' | ')' | '"' | '“' | '”' | '«' | '»' | '.');
    text.split_whitespace().map(|t| t.trim_matches(edge).to_lowercase()).filter(|t| !t.is_empty()).collect()
}

/// The first time in the tokens: after a word that puts a time ("at 10",
/// "a las 10:30", "u 10 sati"), or a clock time on its own (`10:30`,
/// `15h`; `2h` alone is a duration, not a time).
fn timed(tokens: &[String], words: &DateWords) -> Option<Time> {
    let english = [String::from("at")];
    for i in 0..tokens.len() {
        for phrase in words.at.iter().chain(&english) {
            let parts: Vec<&str> = phrase.split_whitespace().collect();
            let n = parts.len();
            if n > 0
                && tokens.len() > i + n
                && tokens[i..i + n].iter().map(String::as_str).eq(parts.iter().copied())
                && let Some(time) = clock(&tokens[i + n], tokens.get(i + n + 1).map(String::as_str))
            {
                return Some(time);
            }
        }
        if let Some(time) = parse_time(&tokens[i]).filter(|t| tokens[i].contains(':') || t.hour() >= 7) {
            return Some(time);
        }
    }
    None
}

/// A clock time after "at": `10`, `10:30`, `10.30`, `10h`, `10h30`, `3pm`,
/// `3 pm`. An hour from 1 to 6 without "am" is the afternoon: callbacks
/// are made in working hours.
fn clock(token: &str, next: Option<&str>) -> Option<Time> {
    let meridiem = |s: &str| match s {
        "am" | "a.m" | "a.m." => Some(false),
        "pm" | "p.m" | "p.m." => Some(true),
        _ => None,
    };
    let (body, pm) = match ["am", "pm", "a.m.", "p.m."].iter().find(|m| token.ends_with(*m)) {
        Some(m) => (&token[..token.len() - m.len()], meridiem(m)),
        None => (token, next.and_then(meridiem)),
    };
    let body = body.trim_end_matches('h');
    let (h, m) = match body.split_once([':', '.', 'h']) {
        Some((h, m)) => (h, m),
        None => (body, "0"),
    };
    let mut hour: i8 = h.parse().ok()?;
    let minute: i8 = m.parse().ok()?;
    if !h.chars().all(|c| c.is_ascii_digit()) || h.len() > 2 || m.len() > 2 {
        return None;
    }
    hour = match pm {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        None if (1..=6).contains(&hour) => hour + 12,
        _ => hour,
    };
    Time::new(hour, minute, 0, 0).ok()
}

/// The day a promise names: the day after tomorrow, tomorrow, today or a
/// weekday, in the UI language or in English. Spanish "la mañana" is the
/// morning, not tomorrow.
fn named_day(tokens: &[String], today: Date, words: &DateWords) -> Option<Date> {
    let text = format!(" {} ", tokens.join(" "));
    let english = |w: &str| vec![w.to_string()];
    let groups: Vec<Vec<String>> = [
        [words.after_tomorrow.clone(), english("the day after tomorrow")].concat(),
        [words.tomorrow.clone(), english("tomorrow")].concat(),
        [words.today.clone(), english("today")].concat(),
    ]
    .into_iter()
    .chain(words.weekdays.iter().cloned())
    .chain(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map(english))
    .collect();
    for group in groups {
        for word in group.iter().filter(|w| !w.is_empty()) {
            let found = text.match_indices(&format!(" {word} ")).any(|(at, _)| !text[..at].ends_with(" la"));
            if found {
                return parse_date(word, today, words).ok().flatten();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
