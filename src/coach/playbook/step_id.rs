//! The ids of the playbook's steps, spelt once: the policy, the call and
//! the records name a step by these constants, so that a misspelt id does
//! not compile. Every language must have every one (validation), and no
//! other file of `src/` spells one out (tests/layout.rs).

/// `calm`.
pub const CALM: &str = "calm";
/// `listen`.
pub const LISTEN: &str = "listen";
/// `restate`.
pub const RESTATE: &str = "restate";
/// `empathy`.
pub const EMPATHY: &str = "empathy";
/// `apologize`.
pub const APOLOGIZE: &str = "apologize";
/// `explain`.
pub const EXPLAIN: &str = "explain";
/// `solutions`.
pub const SOLUTIONS: &str = "solutions";
/// `agreement`.
pub const AGREEMENT: &str = "agreement";
/// `firm`.
pub const FIRM: &str = "firm";
/// `limits`.
pub const LIMITS: &str = "limits";
/// `pause`.
pub const PAUSE: &str = "pause";
/// `escalate`.
pub const ESCALATE: &str = "escalate";
/// `close`.
pub const CLOSE: &str = "close";
/// `document`.
pub const DOCUMENT: &str = "document";
/// `follow_up`.
pub const FOLLOW_UP: &str = "follow_up";
/// `let_go`.
pub const LET_GO: &str = "let_go";

/// Every step id, in playbook order.
pub const ALL: [&str; 16] = [
    CALM, LISTEN, RESTATE, EMPATHY, APOLOGIZE, EXPLAIN, SOLUTIONS, AGREEMENT, FIRM, LIMITS, PAUSE, ESCALATE,
    CLOSE, DOCUMENT, FOLLOW_UP, LET_GO,
];
