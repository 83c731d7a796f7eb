//! A practice scenario in plain mode.

use std::io;

use super::Console;
use crate::i18n::args;
use crate::playbook::Playbook;
use crate::practice::{PASS_MARK, Quality, Scenario, Score, Session, Turn};
use crate::record::Progress;

/// Plays a scenario: the customer's line, numbered answers, the feedback;
/// at the end the score. Returns the percentage, if the scenario ended.
pub fn practice(
    console: &mut Console,
    playbook: &Playbook,
    scenario: &Scenario,
    progress: &mut Progress,
) -> io::Result<Option<u8>> {
    let i18n = console.i18n;
    let ui = i18n.lang();
    let pack = playbook.pack(ui);
    let title = |id: &str| pack.step(id).map_or_else(|| id.to_string(), |s| s.title.clone());
    console.say(scenario.title.get(ui))?;
    console.say(&format!("{} {}", scenario.situation.get(ui), scenario.persona.get(ui)))?;
    let mut session = Session::new(scenario);
    while let Turn::Choosing(id) = &session.turn {
        let Some(node) = scenario.node(id) else { break };
        let customer = i18n.t("practice-customer");
        console.say(&format!("{customer}: “{}”", node.customer.get(ui)))?;
        for (i, r) in node.responses.iter().enumerate() {
            console.say(&format!("  {} {}", i + 1, r.text.get(ui)))?;
        }
        let prompt = i18n.t_with("plain-pick", &args!["count" => node.responses.len()]);
        let pick = loop {
            let Some(answer) = console.ask(&prompt)? else { return Ok(None) };
            match answer.parse::<usize>() {
                Ok(n) if (1..=node.responses.len()).contains(&n) => break n - 1,
                _ => console.say(&i18n.t_with("plain-unknown", &args!["command" => answer]))?,
            }
        };
        let response = &node.responses[pick];
        session.pick(scenario, pick);
        let quality = match response.quality {
            Quality::Good => "practice-good",
            Quality::Weak => "practice-weak",
            Quality::Harmful => "practice-harmful",
        };
        console.say(&format!("{} — {}", i18n.t(quality), response.feedback.get(ui)))?;
        console.say(&i18n.t_with("practice-step", &args!["step" => title(&response.step)]))?;
        session.proceed(scenario);
    }
    let Turn::Ended(ending) = &session.turn else { return Ok(None) };
    if let Some(e) = scenario.ending(ending) {
        console.say(e.text.get(ui))?;
    }
    let score = Score::of(&session);
    let verdict = if score.passed() { "practice-passed" } else { "practice-failed" };
    console.say(&format!(
        "{} {}",
        i18n.t_with("practice-score", &args!["percent" => score.percent]),
        i18n.t_with(verdict, &args!["mark" => PASS_MARK])
    ))?;
    if !score.applied.is_empty() {
        let titles: Vec<String> = score.applied.iter().map(|id| title(id)).collect();
        console.say(&format!("{}: {}", i18n.t("practice-applied"), titles.join(", ")))?;
    }
    for id in &score.missed {
        let why = pack.step(id).map(|s| s.why.clone()).unwrap_or_default();
        console.say(&format!("{}: {} — {why}", i18n.t("practice-missed"), title(id)))?;
    }
    let curve: Vec<String> = session.moods.iter().map(u8::to_string).collect();
    console.say(&i18n.t_with("practice-mood", &args!["curve" => curve.join(" → ")]))?;
    progress.record(&scenario.id, score.percent);
    let p = progress.of(&scenario.id);
    console.say(&i18n.t_with("practice-saved", &args!["attempts" => p.attempts, "best" => p.best]))?;
    Ok(Some(score.percent))
}
