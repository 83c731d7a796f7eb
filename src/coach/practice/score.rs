//! Scoring, honest and explained:
//!
//! - each pick earns quality points: good 2, weak 1, harmful 0;
//! - the quality part is the points over the most the picks could earn
//!   (2 per pick), worth 90%;
//! - ending with a calm customer (mood 1 or 2) is worth the other 10%;
//! - each harmful pick costs 10 points more;
//! - the result is rounded and kept within 0–100%.
//!
//! The same picks always give the same score; picking only good responses
//! on a path that ends calm scores 100% (validation makes sure such a path
//! exists). The pass mark is 80%.

use super::{Pick, Session};
use crate::coach::mood;
use crate::coach::playbook::scenario::Quality;

/// The pass mark, in percent.
pub const PASS_MARK: u8 = 80;

/// The score of an attempt, with what it is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    /// 0–100.
    pub percent: u8,
    /// Steps applied well (good picks), in order, without repeats.
    pub applied: Vec<String>,
    /// Steps missed or violated (weak and harmful picks), without repeats.
    pub missed: Vec<String>,
    /// Steps picked well once and badly another time: shown once, as mixed.
    pub mixed: Vec<String>,
    /// Whether the customer ended calm.
    pub calm_end: bool,
}

impl Score {
    /// Scores a finished (or unfinished) attempt.
    pub fn of(session: &Session) -> Score {
        let final_mood = session.moods.last().copied().unwrap_or(mood::START);
        let percent = percent(&session.picks, final_mood);
        let mut applied = Vec::new();
        let mut missed = Vec::new();
        for pick in &session.picks {
            let list = if pick.quality == Quality::Good { &mut applied } else { &mut missed };
            if !list.contains(&pick.step) {
                list.push(pick.step.clone());
            }
        }
        // A step both applied and missed is one lesson: mixed, never both.
        let mixed: Vec<String> = applied.iter().filter(|s| missed.contains(s)).cloned().collect();
        applied.retain(|s| !mixed.contains(s));
        missed.retain(|s| !mixed.contains(s));
        Score { percent, applied, missed, mixed, calm_end: final_mood <= mood::CALM }
    }

    /// Whether it reaches the pass mark.
    pub fn passed(&self) -> bool {
        self.percent >= PASS_MARK
    }
}

fn points(quality: Quality) -> u32 {
    match quality {
        Quality::Good => 2,
        Quality::Weak => 1,
        Quality::Harmful => 0,
    }
}

/// The formula of the module documentation.
fn percent(picks: &[Pick], final_mood: u8) -> u8 {
    if picks.is_empty() {
        return 0;
    }
    let earned: u32 = picks.iter().map(|p| points(p.quality)).sum();
    let possible = 2 * picks.len() as u32;
    let harmful = picks.iter().filter(|p| p.quality == Quality::Harmful).count() as i64;
    // In tenths of a percent, to round once at the end.
    let quality = i64::from(earned) * 900 / i64::from(possible);
    let calm = if final_mood <= mood::CALM { 100 } else { 0 };
    let total = quality + calm - 100 * harmful;
    ((total + 5) / 10).clamp(0, 100) as u8
}
