//! calma: a terminal coach for customer-support agents on difficult calls.
//!
//! Four layers, each importing only those above it:
//! - [`coach`]: the playbook, the live call, practice and their texts —
//!   plain Rust with no terminal, no files but the embedded ones;
//! - [`records`]: what is kept of a call on disk, and the call session
//!   that journals every event before the coach applies it;
//! - [`listen`]: listen mode's audio and speech (its heavy parts behind
//!   the `listen` feature);
//! - [`shell`]: the front-ends — the screens, plain mode, the command line
//!   and the event loop — which turn input into the core's events and
//!   show its state.

pub mod coach;
pub mod listen;
pub mod records;
pub mod shell;
