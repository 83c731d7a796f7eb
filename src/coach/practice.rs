//! Practice: branching role-play scenarios scored against the playbook.
//! Pure: a session stepping through a scenario (the content lives in
//! [`crate::coach::playbook::scenario`]), answers in the trainee's own
//! words, its score, its debrief and the progress.

#[cfg(test)]
mod agreement;
mod debrief;
mod own_words;
mod progress;
mod score;
mod session;
mod shuffle;

pub use debrief::{Debrief, DebriefStep};
pub use own_words::{Judged, OwnWords, feedback as own_feedback, judge};
pub use progress::{Attempt, Progress, ScenarioProgress, Tally};
pub use score::{PASS_MARK, Score};
pub use session::{Pick, Session, Turn};
pub use shuffle::{SEEDS, next as next_seed};
