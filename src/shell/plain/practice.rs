//! A practice scenario in plain mode.

use super::{Console, PlainError};
use crate::coach::i18n::args;
use crate::coach::playbook::{Playbook, Scenario};
use crate::coach::practice::{Attempt, Debrief, Session, Turn, own_feedback};
use crate::records::record::Store;

/// Plays a scenario: the customer's line, the answers numbered in the
/// order of `seed`, the feedback on the one picked (or on `say TEXT`, an
/// answer in the trainee's own words); at the end the score and the seed.
/// Returns the percentage, if the scenario ended.
pub fn practice(
    console: &mut Console,
    playbook: &Playbook,
    scenario: &Scenario,
    store: &Store,
    seed: u64,
) -> Result<Option<u8>, PlainError> {
    let i18n = console.i18n;
    let ui = i18n.lang();
    let pack = playbook.pack(ui);
    let title = |id: &str| pack.step(id).map_or_else(|| id.to_string(), |s| s.title.clone());
    console.say(scenario.title.get(ui))?;
    console.say(&format!("{} {}", scenario.situation.get(ui), scenario.persona.get(ui)))?;
    let mut session = Session::new(scenario, seed);
    while let Turn::Choosing(id) = &session.turn {
        let Some(node) = scenario.node(id) else { break };
        let customer = i18n.t("practice-customer");
        console.say(&format!("{customer}: “{}”", node.customer.get(ui)))?;
        let order = session.order(node);
        for (place, &i) in order.iter().enumerate() {
            console.say(&format!("  {} {}", place + 1, node.responses[i].text.get(ui)))?;
        }
        let prompt = i18n.t_with("plain-pick", &args!["count" => node.responses.len()]);
        let pick = loop {
            let Some(answer) = console.ask(&prompt)? else { return Ok(None) };
            // An empty line (Enter after the feedback) just asks again.
            if answer.is_empty() {
                continue;
            }
            if let Some(own) = own_words(&answer) {
                break Err(own.to_string());
            }
            match answer.parse::<usize>() {
                Ok(n) if (1..=node.responses.len()).contains(&n) => break Ok(n - 1),
                _ => console.say(&i18n.t_with("plain-unknown", &args!["command" => answer]))?,
            }
        };
        let pick = match pick {
            Ok(place) => place,
            Err(text) => {
                session.answer(scenario, pack, ui, &text);
                if let Some(p) = session.picks.last()
                    && let Some(own) = &p.own
                {
                    console.say(&i18n.t(p.quality.message_id()))?;
                    for line in own_feedback(own, node, pack, i18n) {
                        console.say(&line)?;
                    }
                }
                session.proceed(scenario);
                continue;
            }
        };
        // The number is a place in the order shown, not the response's index.
        let response = &node.responses[order[pick]];
        session.pick(scenario, order[pick]);
        console.say(&format!("{} — {}", i18n.t(response.quality.message_id()), response.feedback.get(ui)))?;
        console.say(&i18n.t_with("practice-step", &args!["step" => title(&response.step)]))?;
        session.proceed(scenario);
    }
    if !session.ended() {
        return Ok(None);
    }
    let debrief = Debrief::of(scenario, &session, pack, ui);
    if let Some(ending) = &debrief.ending {
        console.say(ending)?;
    }
    console.say(&format!(
        "{} {}",
        i18n.t_with("practice-score", &args!["percent" => debrief.percent]),
        i18n.t_with(debrief.verdict_id(), &args!["mark" => debrief.pass_mark])
    ))?;
    if !debrief.applied.is_empty() {
        let titles: Vec<&str> = debrief.applied.iter().map(|s| s.title.as_str()).collect();
        console.say(&format!("{}: {}", i18n.t("practice-applied"), titles.join(", ")))?;
    }
    for step in &debrief.missed {
        console.say(&format!("{}: {} — {}", i18n.t("practice-missed"), step.title, step.why))?;
    }
    for step in &debrief.mixed {
        console.say(&format!("{}: {} — {}", i18n.t("practice-mixed"), step.title, step.why))?;
    }
    for (id, steps) in [("practice-own-hit", &debrief.own_hit), ("practice-own-missed", &debrief.own_missed)]
    {
        if !steps.is_empty() {
            let titles: Vec<&str> = steps.iter().map(|s| s.title.as_str()).collect();
            console.say(&i18n.t_with(id, &args!["steps" => titles.join(", ")]))?;
        }
    }
    console.say(&i18n.t_with("practice-mood", &args!["curve" => debrief.curve.clone()]))?;
    console.say(&i18n.t_with("practice-seed", &args!["value" => debrief.seed.to_string()]))?;
    let p = store.record_progress(&scenario.id, Attempt::of(&session))?.of(&scenario.id);
    console.say(&i18n.t_with("practice-saved", &args!["attempts" => p.attempts, "best" => p.best]))?;
    if p.own_words.attempts > 0 {
        let own = p.own_words;
        console.say(
            &i18n.t_with("practice-saved-own", &args!["attempts" => own.attempts, "best" => own.best]),
        )?;
    }
    Ok(Some(debrief.percent))
}

/// The text of `say TEXT`, an answer in the trainee's own words.
fn own_words(line: &str) -> Option<&str> {
    let (word, rest) = line.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim();
    (word.eq_ignore_ascii_case("say") && !rest.is_empty()).then_some(rest)
}
