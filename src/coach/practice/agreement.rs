//! The trainer and the coach agree (PRODUCT.md §3): each scenario's good
//! path replayed as a live call — the mood of each node, the customer's
//! line heard on the customer's side, the good answer done and heard on
//! the agent's — and at each node the coach's answer to "what now?" (the
//! step it wants done now, or `★ Next`) must be the good answer's step, or
//! the node is listed below with a trainer's reason.

use crate::coach::call::{CallState, Event};
use crate::coach::lang::Lang;
use crate::coach::playbook::scenario::{Quality, Scenario};
use crate::coach::playbook::{Playbook, Speaker};

/// Nodes where the scenario's good answer and the coach differ, and why
/// both are sound, as a trainer reviewed them: (scenario, node, reason).
/// In every language; a node that comes to agree must leave the list.
#[rustfmt::skip]
const REVIEWED: &[(&str, &str, &str)] = &[
    ("invoice_dispute", "travel_fee", "the good answer concedes the double fee and says what happens to it (agreement); the coach's explaining the charge, then solutions, is also sound (000)"),
    ("unreturned_calls", "proposes_time", "the customer names what would be acceptable (002): agreeing to it is the solution; the coach's solutions is the same move named earlier"),
    ("late_project", "explains_stakes", "the fault is ours: the scenario apologises and corrects at once (002); the coach repeats back first, also sound for an upset customer"),
    ("late_project", "accepts", "a conditional request ('if it isn't live by five, your manager'): the good answer accepts the condition and closes; the coach offers support, also sound (003, 004)"),
    ("medical_billing_denial", "checked_claim", "the claim failed through our mistake: the good answer apologises and corrects before the options (002); the coach's options answer the 'somebody has to fix this' (001)"),
    ("medical_billing_denial", "documenting", "the good answer reassures by writing it all down now (003, 004); the coach's agreeing on what happens next is the same reassurance"),
    ("safety_shortcut", "why_change", "the customer asks why: the scenario explains in small pieces (000); the coach shows empathy first, also sound"),
    ("safety_shortcut", "pushback", "the good answer explains the second part before standing firm at the next node (000); the coach stands firm at once, also sound"),
    ("safety_shortcut", "close_node", "the good answer thanks them and says what happens next, agreement and close in one breath (000)"),
    ("supervisor_escalation", "doubts_callback", "the good answer reassures by noting the call-back on the case (003, 004); the coach's apology for the last missed call or the close is also sound"),
    ("letting_go", "opening", "the scenario sets a limit at the first disrespect of the team's work, after six years of it; the live coach sets limits on abuse or threats (003, 004)"),
    ("letting_go", "more_demands", "letting go rests on six years of history the live call cannot see; the coach offers it only after abuse goes on past limits and a pause in the call (002)"),
    ("letting_go", "shock", "the relationship is being ended (decided before the call, 002); the coach, seeing only this call, keeps listening"),
    ("letting_go", "bargaining", "the relationship is being ended (decided before the call, 002); the coach, seeing only this call, keeps listening"),
    ("letting_go", "handover", "ending it courteously includes the hand-over of files (agreement, 002); the coach, seeing only this call, keeps listening"),
    ("letting_go", "last_words", "the parting words close a relationship ended before the call (002)"),
    ("medical_billing_denial", "closing", "where the documenting answer already says what was agreed (es, it), the coach moves on to the close; the customer's 'when will I hear from you?' asks for the agreement again"),
    ("no_solution", "cause", "the customer asks both what is wrong and for a fix: the good answer explains first (000); the coach's options are also sound (001)"),
    ("no_solution", "guarantee", "asked for a guarantee, the good answer says honestly what can and cannot be promised (solutions); the coach's agreeing on next steps is also sound"),
    ("no_solution", "followup", "the good answer agrees the follow-up call now (001); the coach's agreeing on next steps covers it"),
    ("offensive_language", "callback", "after the pause the call-back gives the update it promised (002); the coach, at mood 3 with nothing heard yet, hears them out first, also sound"),
];

/// What listen mode would send for `text` said by `speaker`.
fn heard(call: &CallState, speaker: Speaker, text: &str) -> Event {
    let cues = call.cues().find(text, Some(speaker)).into_iter();
    let cues = cues.filter_map(|i| call.cues().info(i)).map(|c| c.id.clone()).collect();
    Event::Heard { speaker, cues, text: None }
}

/// Replays the good path of `scenario` in `lang`: for each node, its id
/// and whether the coach agrees with the good answer's step.
fn replay(playbook: &Playbook, scenario: &Scenario, lang: Lang) -> Vec<(String, bool, String)> {
    let mut call = CallState::new(playbook.pack(lang), lang);
    let mut out = Vec::new();
    let mut at = scenario.node(&scenario.start);
    while let Some(node) = at {
        while call.mood() != node.mood {
            call.apply(if call.mood() < node.mood { Event::MoodUp } else { Event::MoodDown });
        }
        let said = heard(&call, Speaker::Customer, node.customer.get(lang));
        let cues = match &said {
            Event::Heard { cues, .. } => cues.join(","),
            _ => String::new(),
        };
        call.apply(said);
        let Some(good) = node.responses.iter().find(|r| r.quality == Quality::Good) else { break };
        let id = |a: Option<crate::coach::call::Advice>| a.map(|a| call.steps()[a.step].id.clone());
        let (focus, advice) = (id(call.focus()), id(call.advice()));
        let agrees = call.accepts(&good.step);
        out.push((
            node.id.clone(),
            agrees,
            format!("coach {focus:?}/{advice:?}, scenario {} (cues: {cues})", good.step),
        ));
        if let Some(step) = call.steps().iter().position(|s| s.id == good.step) {
            // Done again: an item not ticked yet, else the first retaken.
            call.apply(Event::Jump { step });
            let items = call.steps()[step].items;
            match (0..items).find(|&item| !call.is_ticked(step, item)) {
                Some(item) => call.apply(Event::Tick { item }),
                None => [call.apply(Event::Tick { item: 0 }), call.apply(Event::Tick { item: 0 })].concat(),
            };
        }
        call.apply(heard(&call, Speaker::Agent, good.text.get(lang)));
        at = scenario.node(&good.next);
    }
    out
}

#[test]
fn the_coach_agrees_with_every_scenario_or_a_trainer_said_why() {
    let playbook = Playbook::embedded().expect("valid");
    let mut disagree = Vec::new();
    let mut figures = Vec::new();
    // Reviewed nodes that disagree in some language: the others are stale.
    let mut needed = vec![false; REVIEWED.len()];
    for lang in Lang::ALL {
        let (mut nodes, mut agree) = (0, 0);
        for scenario in playbook.scenarios() {
            for (node, agrees, said) in replay(&playbook, scenario, lang) {
                nodes += 1;
                agree += usize::from(agrees);
                let reviewed = REVIEWED.iter().position(|(s, n, _)| *s == scenario.id && *n == node);
                match reviewed {
                    Some(i) if !agrees => needed[i] = true,
                    None if !agrees => disagree.push(format!("[{lang}] {}/{node}: {said}", scenario.id)),
                    _ => {}
                }
            }
        }
        figures.push(format!("{lang} {agree}/{nodes}"));
    }
    println!("coach–scenario agreement: {}", figures.join(", "));
    assert!(disagree.is_empty(), "{} nodes disagree:\n{}", disagree.len(), disagree.join("\n"));
    let stale: Vec<_> =
        REVIEWED.iter().zip(needed).filter(|(_, n)| !n).map(|((s, n, _), _)| (s, n)).collect();
    assert!(stale.is_empty(), "reviewed nodes that agree in every language now: {stale:?}");
}
