//! One side of the call frame by frame: its turns (speech that starts
//! after 90 ms of loud frames and ends after 300 ms of quiet), the time
//! it talked, and for the agent the running level a raised voice rises
//! above.

use super::{FRAME_SECS, Level};
use crate::coach::playbook::Voice;

/// Loud frames in a row that start a turn (90 ms: not a click).
const START_FRAMES: u32 = 3;
/// Quiet that ends a turn (300 ms: a breath between words does not).
const END_SECS: f64 = 0.3;
/// Loud frames it takes to know the speaker's usual level (3 s).
const WARM_UP_FRAMES: u32 = 100;
/// The running level follows the last 20 s of speech or so.
const RUNNING_FRAMES: u32 = 667;
/// The level of the moment follows the last half second of speech.
const RECENT: f64 = 1.0 / 15.0;

/// One channel's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Channel {
    /// In a turn.
    pub(super) talking: bool,
    /// The turn started with the frame just taken.
    pub(super) just_started: bool,
    /// The turn ended with the frame just taken.
    pub(super) just_ended: bool,
    loud_in_a_row: u32,
    /// When the current (or last) turn started.
    pub(super) turn_start: f64,
    /// The start of the last loud frame.
    pub(super) last_loud: f64,
    /// Seconds talked, and of them while a listening step was on screen.
    pub(super) talked: f64,
    pub(super) listening_talked: f64,
    /// Quiet inside the turn so far: talk if the turn goes on.
    pending: (f64, f64),
    /// The turn's loud frames: the sum of their levels (dB), their count.
    turn_db: (f64, u32),
    /// The last turn that ended: its length and mean level (dB).
    pub(super) last_turn_secs: f64,
    pub(super) last_turn_db: f64,
    /// The speaker's running level (dB) and how many loud frames made it.
    running: (f64, u32),
    /// The level of the moment (dB).
    recent: f64,
    /// Since when the level of the moment is above the running level by
    /// the rule's decibels, and whether that was told already.
    above_since: Option<f64>,
    told: bool,
}

/// A frame's level in dB (full scale).
fn db(rms: f32) -> f64 {
    20.0 * f64::from(rms.max(1e-6)).log10()
}

impl Channel {
    /// Takes one frame; true when a raised voice (by `raised`) has held
    /// for its time.
    pub(super) fn frame(&mut self, level: Level, listening: bool, raised: Option<Voice>) -> bool {
        self.just_started = false;
        self.just_ended = false;
        let add = |talked: &mut f64, listened: &mut f64, secs: f64| {
            *talked += secs;
            if listening {
                *listened += secs;
            }
        };
        if level.loud {
            self.loud_in_a_row += 1;
            self.last_loud = level.at;
            let level_db = db(level.rms);
            self.turn_db = (self.turn_db.0 + level_db, self.turn_db.1 + 1);
            if self.talking {
                let (quiet, quiet_listening) = std::mem::take(&mut self.pending);
                self.talked += quiet;
                self.listening_talked += quiet_listening;
                add(&mut self.talked, &mut self.listening_talked, FRAME_SECS);
            } else if self.loud_in_a_row >= START_FRAMES {
                self.talking = true;
                self.just_started = true;
                self.turn_start = level.at - FRAME_SECS * f64::from(START_FRAMES - 1);
                add(&mut self.talked, &mut self.listening_talked, FRAME_SECS * f64::from(START_FRAMES));
            }
            return raised.is_some_and(|rule| self.level(level.at, level_db, rule));
        }
        self.loud_in_a_row = 0;
        if !self.talking {
            self.turn_db = (0.0, 0);
            return false;
        }
        if level.at - self.last_loud > END_SECS {
            self.talking = false;
            self.just_ended = true;
            self.pending = (0.0, 0.0);
            self.last_turn_secs = self.last_loud + FRAME_SECS - self.turn_start;
            self.last_turn_db = self.turn_db.0 / f64::from(self.turn_db.1.max(1));
            self.turn_db = (0.0, 0);
            self.above_since = None;
            self.told = false;
        } else {
            self.pending.0 += FRAME_SECS;
            if listening {
                self.pending.1 += FRAME_SECS;
            }
        }
        false
    }

    /// A loud frame against the running level: true once the level of the
    /// moment has stayed `rule.db` above it for `rule.ms`.
    fn level(&mut self, at: f64, level_db: f64, rule: Voice) -> bool {
        let (running, n) = self.running;
        self.recent = if n == 0 { level_db } else { self.recent + (level_db - self.recent) * RECENT };
        let over = f64::from(rule.db.unwrap_or(6));
        // Raised from `over` up, and still raised down to half of it:
        // speech wavers, and a dip must not start the count again.
        let floor = if self.above_since.is_some() { over / 2.0 } else { over };
        let above = n >= WARM_UP_FRAMES && self.recent >= running + floor;
        // The running level learns from the usual voice, not the raised one.
        if !above {
            let n = (n + 1).min(RUNNING_FRAMES);
            self.running = (running + (level_db - running) / f64::from(n), n);
        }
        if !above {
            // Back to a usual voice: a new raise may be told.
            if self.recent < running + over / 2.0 {
                self.told = false;
            }
            self.above_since = None;
            return false;
        }
        let since = *self.above_since.get_or_insert(at);
        if !self.told && at - since >= f64::from(rule.ms) / 1000.0 {
            self.told = true;
            return true;
        }
        false
    }
}
