//! The trainer and the coach agree (PRODUCT.md §3): each scenario's good
//! path replayed as a live call — the mood of each node, the customer's
//! line heard on the customer's side, the good answer done and heard on
//! the agent's — and at each node the coach's answer to "what now?" (the
//! step it wants done now, or `★ Next`) must be the good answer's step, or
//! the node is listed below with a trainer's reason.

use crate::call::{CallState, Event};
use crate::lang::Lang;
use crate::playbook::scenario::{Quality, Scenario};
use crate::playbook::{Playbook, Speaker};

/// Nodes where the scenario's good answer and the coach differ, and why
/// both are sound: (scenario, node, the reason).
const REVIEWED: &[(&str, &str, &str)] = &[];

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
        let id = |a: Option<crate::call::Advice>| a.map(|a| call.steps()[a.step].id.clone());
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
    for lang in Lang::ALL {
        let (mut nodes, mut agree) = (0, 0);
        for scenario in playbook.scenarios() {
            for (node, agrees, said) in replay(&playbook, scenario, lang) {
                nodes += 1;
                agree += usize::from(agrees);
                let reviewed = REVIEWED.iter().any(|(s, n, _)| *s == scenario.id && *n == node);
                if !agrees && !reviewed {
                    disagree.push(format!("[{lang}] {}/{node}: {said}", scenario.id));
                }
            }
        }
        figures.push(format!("{lang} {agree}/{nodes}"));
    }
    println!("coach–scenario agreement: {}", figures.join(", "));
    assert!(disagree.is_empty(), "{} nodes disagree:\n{}", disagree.len(), disagree.join("\n"));
}
