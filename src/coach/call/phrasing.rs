//! The phrasing on screen: the current step's suggestion at the call's
//! phrasing cursor, in any language (the customer's, or the agent's for
//! the gloss). Index `i` serves the same intent in every language.

use super::CallState;
use crate::coach::lang::Lang;
use crate::coach::playbook::Playbook;

/// The current step's phrasing in `lang`, at the call's phrasing cursor.
pub fn phrasing_in<'p>(call: &CallState, playbook: &'p Playbook, lang: Lang) -> Option<&'p str> {
    let step = playbook.pack(lang).step(&call.current_step().id)?;
    let n = step.phrasings.len();
    (n > 0).then(|| step.phrasings[call.phrasing() % n].as_str())
}
