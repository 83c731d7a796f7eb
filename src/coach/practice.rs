//! Practice: branching role-play scenarios scored against the playbook.
//! Pure: a session stepping through a scenario (the content lives in
//! [`crate::coach::playbook::scenario`]), its score, its debrief and the progress.

#[cfg(test)]
mod agreement;
mod debrief;
mod progress;
mod score;
mod session;
mod shuffle;

pub use debrief::{Debrief, DebriefStep};
pub use progress::{Progress, ScenarioProgress};
pub use score::{PASS_MARK, Score};
pub use session::{Pick, Session, Turn};
pub use shuffle::{SEEDS, next as next_seed};
