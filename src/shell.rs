//! The front-ends: the full-screen app and its screens, plain mode, the
//! command line, the event loop, the key table and the settings file. They
//! turn input into the core's events and show its state; the judgement is
//! the core's.

pub mod app;
pub mod cli;
pub mod config;
pub mod keymap;
pub mod log;
pub mod plain;
pub mod runtime;
pub mod schema;
pub mod ui;
