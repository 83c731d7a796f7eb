//! A practice scenario in plain mode.

use std::io;

use super::{Console, Input, PlainError};
use crate::coach::i18n::args;
use crate::coach::playbook::{Playbook, Scenario};
use crate::coach::practice::{Attempt, Debrief, Session, Turn, own_feedback};
use crate::listen::{Report, Spoken};
use crate::records::record::Store;

/// Plays a scenario: the customer's line, the answers numbered in the
/// order of `seed`, the feedback on the one picked (or on `say TEXT`, an
/// answer in the trainee's own words); at the end the score and the seed.
/// When the console listens, an answer said out loud is shown as heard
/// and judged as `say` would judge it; the words are never kept.
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
    let mut spoken = console.listener().map(|_| Spoken::starting());
    if spoken.is_some() {
        console.say(&i18n.t("plain-practice-listening"))?;
    }
    while let Turn::Choosing(id) = &session.turn {
        let Some(node) = scenario.node(id) else { break };
        let customer = i18n.t("practice-customer");
        console.say(&format!("{customer}: {}", ui.quote(node.customer.get(ui))))?;
        let order = session.order(node);
        for (place, &i) in order.iter().enumerate() {
            console.say(&format!("  {} {}", place + 1, node.responses[i].text.get(ui)))?;
        }
        let prompt = i18n.t_with("plain-pick", &args!["count" => node.responses.len()]);
        let mut ask = true;
        let pick = loop {
            // Asked again after each line typed, not after each report.
            if std::mem::take(&mut ask) {
                console.say(&prompt)?;
            }
            let answer = match console.wait()? {
                Input::End => return Ok(None),
                Input::Heard(report) => match hear(console, spoken.as_mut(), report)? {
                    Some(text) => break Err(text),
                    None => continue,
                },
                Input::Line(answer) => answer,
            };
            ask = true;
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
    say_debrief(console, &debrief)?;
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

/// The debrief, a line each: the ending, the score, the steps applied,
/// missed and mixed, what the trainee's own words did, the mood, the seed.
fn say_debrief(console: &mut Console, debrief: &Debrief) -> Result<(), PlainError> {
    let i18n = console.i18n;
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
    Ok(())
}

/// A report of the listener: the answer said out loud, shown as heard;
/// why listening stopped, in one line.
fn hear(console: &mut Console, spoken: Option<&mut Spoken>, report: Report) -> io::Result<Option<String>> {
    let Some(spoken) = spoken else { return Ok(None) };
    if let Report::Failed(why) = &report {
        console.say(&console.i18n.t_with("listen-stopped", &args!["reason" => why.clone()]))?;
    }
    let Some(text) = spoken.report(report, true) else { return Ok(None) };
    console.say(&console.i18n.t_with("listen-agent", &args!["text" => text.clone()]))?;
    Ok(Some(text))
}

/// The text of `say TEXT`, an answer in the trainee's own words.
fn own_words(line: &str) -> Option<&str> {
    let (word, rest) = line.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim();
    (word.eq_ignore_ascii_case("say") && !rest.is_empty()).then_some(rest)
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::super::{Arrival, Lines};
    use super::*;
    use crate::coach::i18n::I18n;
    use crate::coach::lang::Lang;
    use crate::coach::playbook::Speaker;
    use crate::listen::{Heard, Listener, Transcriber};

    struct Silent;

    impl Transcriber for Silent {
        fn transcribe(&mut self, _: &[f32], _: Lang) -> Result<String, String> {
            Ok(String::new())
        }
    }

    /// Plain practice of `sunday_delivery` in `lang`, listening (to no
    /// device: `arrivals` come as if heard or typed); what it printed,
    /// and what the files left in the data directory hold.
    fn aloud(lang: Lang, arrivals: Vec<Arrival>) -> (String, String) {
        let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
        let scenario = playbook.scenario("sunday_delivery").cloned().unwrap_or_else(|| panic!("embedded"));
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        let i18n = I18n::new(lang);
        let (send, receive) = mpsc::channel();
        for arrival in arrivals {
            send.send(arrival).unwrap_or_else(|e| panic!("{e}"));
        }
        send.send(Arrival::Line(Ok(None))).unwrap_or_else(|e| panic!("{e}"));
        let load: crate::listen::listener::Load = Box::new(|| Ok(Box::new(Silent) as Box<dyn Transcriber>));
        let (mut input, mut output) = (std::io::empty(), Vec::new());
        let mut console = Console::new(&mut input, &mut output, false, &i18n);
        console.listen(Listener::start(Vec::new(), load, lang), Lines { send, arrivals: receive });
        practice(&mut console, &playbook, &scenario, &store, 3).unwrap_or_else(|e| panic!("{e}"));
        drop(console);
        let files = walk(dir.path());
        (String::from_utf8(output).unwrap_or_else(|e| panic!("{e}")), files)
    }

    fn walk(dir: &std::path::Path) -> String {
        std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| {
                let path = e.path();
                if path.is_dir() { walk(&path) } else { std::fs::read_to_string(path).unwrap_or_default() }
            })
            .collect()
    }

    fn said(text: &str) -> Arrival {
        Arrival::Heard(Report::Heard(Heard { speaker: Speaker::Agent, start: 0.0, text: text.into() }))
    }

    #[test]
    fn an_answer_said_out_loud_is_shown_then_judged_as_say_would() {
        for (lang, good, harmful) in [
            (
                Lang::En,
                "That sounds really frustrating, I completely understand.",
                "Calm down, those are the rules.",
            ),
            (
                Lang::Pt,
                "Entendo perfeitamente, a geladeira estragou com tudo dentro.",
                "Se acalme, são as regras.",
            ),
        ] {
            let i18n = I18n::new(lang);
            let (out, files) = aloud(lang, vec![said(good), said(harmful)]);
            assert!(out.contains(&i18n.t("plain-practice-listening")), "{out}");
            let shown = |text: &str| i18n.t_with("listen-agent", &args!["text" => text]);
            let after = |text: &str| out.lines().skip_while(|l| *l != shown(text)).nth(1).map(str::to_string);
            assert_eq!(after(good), Some(i18n.t("practice-good")), "{out}");
            assert_eq!(after(harmful), Some(i18n.t("practice-harmful")), "{out}");
            // The same as typed with `say`.
            let typed = format!("say {good}\nsay {harmful}\n");
            let mut input = std::io::Cursor::new(typed.into_bytes());
            let mut output = Vec::new();
            let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
            let scenario =
                playbook.scenario("sunday_delivery").cloned().unwrap_or_else(|| panic!("embedded"));
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let store = Store::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
            let mut console = Console::new(&mut input, &mut output, false, &i18n);
            practice(&mut console, &playbook, &scenario, &store, 3).unwrap_or_else(|e| panic!("{e}"));
            let typed = String::from_utf8(output).unwrap_or_default();
            let judged = |out: &str| -> Vec<String> {
                out.lines()
                    .filter(|l| !l.starts_with(&shown("")) && *l != i18n.t("plain-practice-listening"))
                    .map(str::to_string)
                    .collect()
            };
            assert_eq!(judged(&out), judged(&typed));
            // The harmful answer ended the scenario: the progress is kept,
            // never the words.
            assert!(files.contains("sunday_delivery"), "{files}");
            assert!(!files.contains(&good[..12]) && !files.contains(&harmful[..8]), "{files}");
        }
    }

    #[test]
    fn listening_that_stops_says_why_and_typing_goes_on() {
        let i18n = I18n::new(Lang::En);
        let failed = Arrival::Heard(Report::Failed("the microphone is gone".into()));
        let (out, _) =
            aloud(Lang::En, vec![failed, said("Calm down."), Arrival::Line(Ok(Some(b"2\n".to_vec())))]);
        let stopped = i18n.t_with("listen-stopped", &args!["reason" => "the microphone is gone"]);
        assert!(out.contains(&stopped), "{out}");
        assert!(!out.contains(&i18n.t_with("listen-agent", &args!["text" => "Calm down."])), "{out}");
        assert!(out.contains(&i18n.t("practice-good")), "the typed pick is judged: {out}");
        // The question is asked once per line typed, not per report.
        let asked = out.lines().filter(|l| l.starts_with("Your answer")).count();
        assert_eq!(asked, 2, "{out}");
    }
}
