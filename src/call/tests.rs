use proptest::prelude::*;

use super::*;
use crate::playbook::Playbook;

fn call() -> CallState {
    static PLAYBOOK: std::sync::LazyLock<Playbook> =
        std::sync::LazyLock::new(|| Playbook::embedded().expect("the embedded playbook is valid"));
    CallState::new(PLAYBOOK.pack(Lang::En), Lang::En)
}

fn id(state: &CallState, i: Option<usize>) -> Option<&str> {
    i.map(|i| state.steps()[i].id.as_str())
}

fn at(state: &CallState) -> &str {
    &state.current_step().id
}

fn run(state: &mut CallState, events: &[Event]) {
    for e in events {
        state.apply(e.clone());
    }
}

/// A moment of a scripted call: an event now, a wait, or a step done
/// (jump to it and tick its first item).
#[derive(Clone)]
enum Do {
    E(Event),
    Wait(u64),
    Done(&'static str),
    Go(&'static str),
}

use Do::{Done, E, Go, Wait};

fn script(state: &mut CallState, script: &[Do]) {
    let mut now = 0;
    for d in script {
        match d {
            E(e) => {
                state.apply_at(e.clone(), now);
            }
            Wait(secs) => now += secs,
            Done(id) | Go(id) => {
                let step = state.steps().iter().position(|s| s.id == *id).unwrap();
                state.apply_at(Event::Jump { step }, now);
                if matches!(d, Done(_)) {
                    state.apply_at(Event::Tick { item: 0 }, now);
                }
            }
        }
    }
}

/// The policy, row by row: what happened → what the coach recommends, and why.
#[test]
fn the_policy_table() {
    use Event::*;
    use Reason as R;
    let rows: Vec<(&str, u32, Vec<Do>, &str, Reason)> = vec![
        ("a call starts upset: listen", 0, vec![], "listen", R::NotHeard),
        ("a calmer start follows the usual path", 0, vec![E(MoodDown)], "listen", R::Flow),
        ("staying on calm 10 s does it", 0, vec![Wait(10), E(Next)], "restate", R::NotHeard),
        ("skipping past calm is not nagged about", 0, vec![E(Next)], "restate", R::NotHeard),
        ("a tick does it", 0, vec![E(Tick { item: 0 }), E(Next)], "restate", R::NotHeard),
        (
            "heard, then the solution path",
            0,
            vec![Done("calm"), Done("listen"), Done("restate"), Done("empathy")],
            "apologize",
            R::Flow,
        ),
        ("angry and not heard: listen first", 0, vec![E(MoodUp), Go("solutions")], "listen", R::NotHeard),
        ("hostile: limits", 0, vec![E(MoodUp), E(MoodUp)], "limits", R::Hostile),
        ("hostile, on limits: pause", 0, vec![E(MoodUp), E(MoodUp), Go("limits")], "pause", R::Hostile),
        (
            "hostile, down to 4: still limits",
            0,
            vec![E(MoodUp), E(MoodUp), E(MoodDown)],
            "limits",
            R::Hostile,
        ),
        (
            "hostile, down to 3: no boundary",
            0,
            vec![E(MoodUp), E(MoodUp), E(MoodDown), E(MoodDown)],
            "listen",
            R::NotHeard,
        ),
        ("abuse: limits, then pause", 0, vec![E(Abusive)], "pause", R::Abuse),
        (
            "abuse, limit set: as for the mood",
            0,
            vec![E(Abusive), E(Tick { item: 0 })],
            "listen",
            R::NotHeard,
        ),
        ("abuse, paused: back where the call was", 0, vec![E(Abusive), E(Next)], "listen", R::NotHeard),
        ("abuse, then calm: no boundary", 0, vec![E(Abusive), E(MoodDown), E(MoodDown)], "listen", R::Flow),
        ("resolved: close, then document", 0, vec![E(Resolved)], "document", R::Resolved),
        (
            "hostile, then resolved: no boundary",
            0,
            vec![E(MoodUp), E(MoodUp), E(Resolved)],
            "document",
            R::Resolved,
        ),
        (
            "resolved, then hostile mood: still no boundary",
            0,
            vec![E(Resolved), E(MoodUp), E(MoodUp)],
            "document",
            R::Resolved,
        ),
        (
            "resolved, then calm: no boundary",
            0,
            vec![E(MoodUp), E(MoodUp), E(Resolved), E(MoodDown), E(MoodDown), E(MoodDown), E(MoodDown)],
            "document",
            R::Resolved,
        ),
        ("resolved, abusive again: limits again", 0, vec![E(Resolved), E(Abusive)], "pause", R::Abuse),
        (
            "resolved and closed: document, follow up",
            0,
            vec![E(Resolved), Done("close"), Done("document")],
            "follow_up",
            R::Resolved,
        ),
        ("escalate: then close", 0, vec![E(Escalate)], "close", R::Escalating),
        (
            "escalated and closed: document",
            0,
            vec![E(Escalate), Wait(10), E(Next)],
            "document",
            R::Escalating,
        ),
        ("ended: follow up", 0, vec![E(EndCall)], "follow_up", R::Ended),
        (
            "ended while hostile: document first",
            0,
            vec![E(MoodUp), E(MoodUp), E(EndCall), Go("close")],
            "document",
            R::Ended,
        ),
        (
            "repeated hostility after the pause: let go",
            0,
            vec![E(Abusive), E(Next), E(Abusive), E(Next)],
            "let_go",
            R::RepeatedHostility,
        ),
        (
            "hostile calls before: let go at the first turn",
            1,
            vec![E(Abusive), E(Next)],
            "let_go",
            R::RepeatedHostility,
        ),
        (
            "let go needs the customer still angry",
            1,
            vec![E(Abusive), E(Next), E(MoodDown)],
            "listen",
            R::NotHeard,
        ),
        (
            "paused, then calmer: the call goes on",
            0,
            vec![E(Abusive), E(Next), E(MoodDown), E(MoodDown)],
            "listen",
            R::Flow,
        ),
        (
            "hostile again after the pause: limits",
            0,
            vec![E(MoodUp), E(MoodUp), Go("pause"), E(MoodDown), E(MoodUp)],
            "limits",
            R::Hostile,
        ),
    ];
    assert!(rows.len() >= 25);
    for (what, prior, moments, step, reason) in rows {
        let mut s = call().with_prior_hostile_calls(prior);
        script(&mut s, &moments);
        let advice = s.advice().unwrap_or_else(|| panic!("{what}: no advice"));
        assert_eq!((s.steps()[advice.step].id.as_str(), advice.reason), (step, reason), "{what}");
    }
}

#[test]
fn a_step_passed_through_is_visited_not_done() {
    let mut s = call();
    script(&mut s, &[Go("listen"), Go("restate"), Wait(12), Go("empathy")]);
    let ids = |f: &dyn Fn(usize) -> bool| -> Vec<&str> {
        (0..s.steps().len()).filter(|i| f(*i)).map(|i| s.steps()[i].id.as_str()).collect()
    };
    assert_eq!(ids(&|i| s.is_done(i)), ["restate"], "only the step stayed on 10 s is done");
    assert_eq!(ids(&|i| s.is_visited(i) && !s.is_done(i)).len(), 3);
}

#[test]
fn escalate_resolve_and_end() {
    let mut s = call();
    s.apply(Event::Escalate);
    assert_eq!(at(&s), "escalate");
    s.apply(Event::Resolved);
    assert_eq!(at(&s), "close");
    let effects = s.apply(Event::EndCall);
    assert!(effects.contains(&Effect::Ended));
    assert_eq!(at(&s), "document");
    assert_eq!(id(&s, s.recommended()), Some("follow_up"));
    assert!(s.apply(Event::EndCall).is_empty(), "ending twice changes nothing");
    let effects = s.apply(Event::Reopen);
    assert!(effects.contains(&Effect::Reopened) && !s.ended());
    assert_eq!(at(&s), "close", "back where the call was");
    assert!(s.apply(Event::Reopen).is_empty(), "a live call cannot be reopened");
}

#[test]
fn previous_goes_back_through_visited_steps() {
    let mut s = call();
    run(&mut s, &[Event::Next, Event::Escalate, Event::Previous]);
    assert_eq!(at(&s), "listen");
    s.apply(Event::Previous);
    assert_eq!(at(&s), "calm");
    assert!(s.apply(Event::Previous).is_empty());
}

#[test]
fn ticking_an_item_marks_the_step_done() {
    let mut s = call();
    let n = s.current_step().items;
    for i in 0..n {
        let e = s.apply(Event::Tick { item: s.item() });
        assert!(matches!(e[..], [Effect::Ticked { on: true, .. }]));
        assert!(s.is_done(0), "done from the first tick ({i})");
        s.apply(Event::ItemDown);
    }
    assert_eq!(s.item(), n - 1, "the cursor stops at the last item");
    let e = s.apply(Event::Tick { item: s.item() });
    assert!(matches!(e[..], [Effect::Ticked { on: false, .. }]));
}

#[test]
fn mood_is_clamped_and_reports_changes() {
    let mut s = call();
    assert_eq!(s.apply(Event::MoodDown), vec![Effect::MoodChanged(2)]);
    s.apply(Event::MoodDown);
    assert!(s.apply(Event::MoodDown).is_empty());
    assert_eq!(s.mood(), 1);
}

#[test]
fn notes_are_trimmed_and_blank_ones_ignored() {
    let mut s = call();
    let note = |text: &str| Event::AddNote(Note { at: 5, kind: NoteKind::Promise, text: text.into() });
    assert!(s.apply(note("   ")).is_empty());
    assert_eq!(s.apply(note("  nazvati u 15 h, đak ")), vec![Effect::NoteAdded(NoteKind::Promise)]);
    assert_eq!(s.notes()[0].text, "nazvati u 15 h, đak");
}

#[test]
fn language_cycles_through_all() {
    let mut s = call();
    for _ in 0..Lang::ALL.len() {
        s.apply(Event::CycleLang);
    }
    assert_eq!(s.customer_lang(), Lang::En);
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        Just(Event::Resumed),
        Just(Event::Reopen),
        Just(Event::Next),
        Just(Event::Previous),
        (0usize..40).prop_map(|step| Event::Jump { step }),
        Just(Event::ItemDown),
        Just(Event::ItemUp),
        (0usize..6).prop_map(|item| Event::Tick { item }),
        Just(Event::NextPhrasing),
        Just(Event::MoodUp),
        Just(Event::MoodDown),
        Just(Event::Abusive),
        Just(Event::Escalate),
        Just(Event::Resolved),
        Just(Event::EndCall),
        Just(Event::CycleLang),
        ".{0,20}".prop_map(|text| Event::AddNote(Note { at: 1, kind: NoteKind::Note, text })),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn random_calls_keep_the_invariants(events in prop::collection::vec(event(), 0..60)) {
        let mut s = call();
        for e in events {
            s.apply(e);
            prop_assert!(s.current() < s.steps().len());
            prop_assert!((crate::mood::MIN..=crate::mood::MAX).contains(&s.mood()));
            prop_assert!(s.item() < s.current_step().items.max(1));
            for (ticks, step) in s.ticks().iter().zip(s.steps()) {
                prop_assert_eq!(ticks.len(), step.items);
            }
            if let Some(r) = s.recommended() {
                prop_assert!(r != s.current() && !s.is_done(r));
            }
        }
    }

    #[test]
    fn after_resolution_no_boundary_unless_abused_again(
        before in prop::collection::vec(event(), 0..30),
        after in prop::collection::vec(event(), 0..30),
    ) {
        let mut s = call();
        for e in before {
            s.apply(e);
        }
        s.apply(Event::Resolved);
        for e in after.into_iter().filter(|e| *e != Event::Abusive) {
            s.apply(e);
            let next = s.recommended().map(|i| s.steps()[i].id.as_str());
            prop_assert!(!matches!(next, Some("limits" | "pause" | "let_go")), "{:?}", next);
        }
    }

    #[test]
    fn a_calm_customer_gets_no_boundary(events in prop::collection::vec(event(), 0..60)) {
        let mut s = call();
        for e in events {
            s.apply(e);
            if s.mood() <= crate::mood::CALM {
                let next = s.recommended().map(|i| s.steps()[i].id.as_str());
                prop_assert!(!matches!(next, Some("limits" | "pause")), "mood {}: {:?}", s.mood(), next);
            }
        }
    }
}

/// What listen mode would send for an utterance: the cues matched first.
fn heard(state: &CallState, speaker: crate::playbook::Speaker, text: &str) -> Event {
    let cues = state.cues().find(text, Some(speaker));
    let cues = cues.into_iter().filter_map(|i| state.cues().info(i)).map(|c| c.id.clone()).collect();
    Event::Heard { speaker, cues, text: None }
}

#[test]
fn what_the_agent_is_heard_saying_ticks_its_item_marked_heard() {
    use crate::playbook::Speaker;
    let mut s = call();
    let restate = s.steps().iter().position(|st| st.id == "restate").unwrap();
    let event = heard(&s, Speaker::Agent, "So if I understand you correctly, the parcel never came?");
    assert!(matches!(&event, Event::Heard { cues, .. } if cues == &["restate_said"]));
    let effects = s.apply(event);
    assert!(effects.contains(&Effect::Ticked { step: "restate".into(), item: 0, on: true, heard: true }));
    assert!(s.is_ticked(restate, 0) && s.is_heard(restate, 0) && s.is_done(restate));
    assert_eq!(at(&s), "calm", "a heard tick does not move the agent");
    // Space on it unticks it; ticked again by hand, it is no longer "heard".
    s.apply(Event::Jump { step: restate });
    s.apply(Event::Tick { item: 0 });
    assert!(!s.is_ticked(restate, 0) && !s.is_heard(restate, 0));
    s.apply(Event::Tick { item: 0 });
    assert!(s.is_ticked(restate, 0) && !s.is_heard(restate, 0));
}

#[test]
fn what_the_customer_is_heard_saying_raises_its_card_and_speakers_do_not_mix() {
    use crate::playbook::Speaker;
    let mut s = call();
    // The agent saying "lawyer" raises nothing; the customer saying it does.
    assert!(
        matches!(heard(&s, Speaker::Agent, "I will call my lawyer"), Event::Heard { cues, .. } if cues.is_empty())
    );
    let event = heard(&s, Speaker::Customer, "I will call my lawyer about this");
    let effects = s.apply(event);
    assert!(effects.contains(&Effect::CueRaised { cue: "legal".into(), heard: true }));
    assert_eq!(s.open_cue().map(|c| c.id.as_str()), Some("legal"));
    // A cue id the playbook does not know, or said by the wrong speaker, is passed over.
    let odd = Event::Heard { speaker: Speaker::Agent, cues: vec!["legal".into(), "nope".into()], text: None };
    assert!(s.apply(odd).is_empty());
}
