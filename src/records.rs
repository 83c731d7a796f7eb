//! What is kept of calls: the journal and record of each call, the call
//! session that writes an event to the journal before the coach applies
//! it, and the history read back from the records.

pub mod history;
pub mod record;
pub mod session;
