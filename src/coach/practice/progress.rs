//! Practice progress: attempts and best score per scenario, in
//! `progress.json` of the data directory. Every attempt counts in the
//! totals; beside them, attempts answered by picks from a shuffled list
//! and attempts with answers in the trainee's own words are kept apart
//! (files written before either existed read as none of them), with the
//! seed of the last attempt, so that it can be replayed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Score, Session};

/// Attempts of one kind: how many, the best and the last score.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Attempts finished.
    pub attempts: u32,
    /// Best score, in percent.
    pub best: u8,
    /// Last score, in percent.
    pub last: u8,
}

impl Tally {
    fn count(&mut self, percent: u8) {
        self.attempts += 1;
        self.best = self.best.max(percent);
        self.last = percent;
    }
}

/// One scenario's progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioProgress {
    /// Attempts finished, of every kind.
    pub attempts: u32,
    /// Best score, in percent.
    pub best: u8,
    /// Last score, in percent.
    pub last: u8,
    /// The seed of the last attempt (`--seed` replays it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seed: Option<u64>,
    /// Attempts answered only by picks, from a shuffled list.
    #[serde(default)]
    pub shuffled: Tally,
    /// Attempts with at least one answer in the trainee's own words.
    #[serde(default)]
    pub own_words: Tally,
}

/// A finished attempt, as progress counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    /// The score, in percent.
    pub percent: u8,
    /// The seed of the order its responses were shown in.
    pub seed: u64,
    /// Whether any answer was in the trainee's own words.
    pub own_words: bool,
}

impl Attempt {
    /// The attempt `session` made.
    pub fn of(session: &Session) -> Attempt {
        Attempt { percent: Score::of(session).percent, seed: session.seed, own_words: session.in_own_words() }
    }
}

/// Progress of every scenario tried, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// By scenario id.
    pub scenarios: BTreeMap<String, ScenarioProgress>,
}

impl Progress {
    /// Counts a finished attempt.
    pub fn record(&mut self, scenario: &str, attempt: Attempt) {
        let entry = self.scenarios.entry(scenario.to_string()).or_default();
        entry.attempts += 1;
        entry.best = entry.best.max(attempt.percent);
        entry.last = attempt.percent;
        entry.last_seed = Some(attempt.seed);
        let kind = if attempt.own_words { &mut entry.own_words } else { &mut entry.shuffled };
        kind.count(attempt.percent);
    }

    /// The progress of one scenario (zero if never tried).
    pub fn of(&self, scenario: &str) -> ScenarioProgress {
        self.scenarios.get(scenario).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_words_and_picks_are_kept_apart_with_the_seed() {
        let mut progress = Progress::default();
        progress.record("sunday_delivery", Attempt { percent: 100, seed: 7, own_words: false });
        progress.record("sunday_delivery", Attempt { percent: 60, seed: 8, own_words: true });
        let p = progress.of("sunday_delivery");
        assert_eq!((p.attempts, p.best, p.last, p.last_seed), (2, 100, 60, Some(8)));
        assert_eq!(p.shuffled, Tally { attempts: 1, best: 100, last: 100 });
        assert_eq!(p.own_words, Tally { attempts: 1, best: 60, last: 60 });
    }

    #[test]
    fn a_file_from_before_reads_as_picks_in_no_kind() {
        let old = r#"{"scenarios":{"deposit_20":{"attempts":3,"best":90,"last":70}}}"#;
        let progress: Progress = serde_json::from_str(old).unwrap_or_else(|e| panic!("{e}"));
        let p = progress.of("deposit_20");
        assert_eq!((p.attempts, p.best, p.last, p.last_seed), (3, 90, 70, None));
        assert_eq!((p.shuffled, p.own_words), (Tally::default(), Tally::default()));
    }
}
