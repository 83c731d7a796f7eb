//! The core: the playbook, a live call's state and the coach's advice,
//! practice and its scoring, and the texts and languages they speak in.
//! Nothing here touches a terminal, a record on disk or the command line.

pub mod assets;
pub mod call;
pub mod clock;
pub mod i18n;
pub mod lang;
pub mod mood;
pub mod playbook;
pub mod practice;
pub mod sanitize;
pub mod text;
