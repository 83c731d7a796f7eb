//! calma: a terminal coach for customer-support agents on difficult calls.

pub mod assets;
pub mod call;
pub mod i18n;
pub mod lang;
pub mod playbook;
pub mod sanitize;
