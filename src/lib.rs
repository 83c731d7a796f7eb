//! calma: a terminal coach for customer-support agents on difficult calls.

pub mod app;
pub mod assets;
pub mod call;
pub mod cli;
pub mod clock;
pub mod config;
pub mod history;
pub mod i18n;
pub mod keymap;
pub mod lang;
pub mod listen;
pub mod mood;
pub mod plain;
pub mod playbook;
pub mod practice;
pub mod record;
pub mod runtime;
pub mod sanitize;
pub mod schema;
pub mod session;
pub mod text;
pub mod ui;
