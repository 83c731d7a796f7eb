//! Practice progress: attempts and best score per scenario, in
//! `progress.json` of the data directory.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One scenario's progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioProgress {
    /// Attempts finished.
    pub attempts: u32,
    /// Best score, in percent.
    pub best: u8,
    /// Last score, in percent.
    pub last: u8,
}

/// Progress of every scenario tried, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// By scenario id.
    pub scenarios: BTreeMap<String, ScenarioProgress>,
}

impl Progress {
    /// Counts a finished attempt.
    pub fn record(&mut self, scenario: &str, percent: u8) {
        let entry = self.scenarios.entry(scenario.to_string()).or_default();
        entry.attempts += 1;
        entry.best = entry.best.max(percent);
        entry.last = percent;
    }

    /// The progress of one scenario (zero if never tried).
    pub fn of(&self, scenario: &str) -> ScenarioProgress {
        self.scenarios.get(scenario).copied().unwrap_or_default()
    }
}
