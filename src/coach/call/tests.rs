use proptest::prelude::*;

use super::*;
use crate::coach::playbook::Playbook;

fn call() -> CallState {
    call_in(Lang::En)
}

/// A new call with the agent and the customer speaking `lang`.
pub(super) fn call_in(lang: Lang) -> CallState {
    static PLAYBOOK: std::sync::LazyLock<Playbook> =
        std::sync::LazyLock::new(|| Playbook::embedded().expect("the embedded playbook is valid"));
    CallState::new(PLAYBOOK.pack(lang), lang)
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

/// A moment of a scripted call: an event now, a wait, a step done (jump
/// to it and tick its first item) or gone to, a note or a promise typed.
#[derive(Clone, Debug)]
pub(super) enum Do {
    E(Event),
    Wait(u64),
    Done(&'static str),
    Go(&'static str),
    N(&'static str),
    P(&'static str),
}

use Do::{Done, E, Go, Wait};

pub(super) fn script(state: &mut CallState, script: &[Do]) {
    let mut now = 0;
    for d in script {
        match d {
            E(e) => {
                state.apply_at(e.clone(), now);
            }
            Do::N(text) | Do::P(text) => {
                let kind = if matches!(d, Do::N(_)) { NoteKind::Note } else { NoteKind::Promise };
                state.apply_at(Event::AddNote(Note { at: now, kind, text: text.to_string() }), now);
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
            prop_assert!((crate::coach::mood::MIN..=crate::coach::mood::MAX).contains(&s.mood()));
            prop_assert!(s.item() < s.current_step().items.max(1));
            for (ticks, step) in s.ticks().iter().zip(s.steps()) {
                prop_assert_eq!(ticks.len(), step.items);
            }
            if let Some(r) = s.recommended() {
                prop_assert!(r != s.current() && !s.passed[r]);
            }
        }
    }

    #[test]
    fn after_resolution_nothing_new_unless_something_new_happens(
        before in prop::collection::vec(event(), 0..30),
        after in prop::collection::vec(event(), 0..30),
    ) {
        let mut s = call();
        for e in before {
            s.apply(e);
        }
        s.apply(Event::Resolved);
        let new = |e: &Event| matches!(e, Event::Abusive | Event::AddNote(_) | Event::Heard { .. });
        for e in after.into_iter().filter(|e| !new(e)) {
            s.apply(e);
            let next = s.recommended().map(|i| s.steps()[i].id.as_str());
            prop_assert!(!matches!(next, Some("limits" | "pause" | "let_go" | "solutions")), "{:?}", next);
        }
    }

    #[test]
    fn a_calm_customer_gets_no_boundary(events in prop::collection::vec(event(), 0..60)) {
        let mut s = call();
        for e in events {
            s.apply(e);
            if s.mood() <= crate::coach::mood::CALM {
                let next = s.recommended().map(|i| s.steps()[i].id.as_str());
                prop_assert!(!matches!(next, Some("limits" | "pause")), "mood {}: {:?}", s.mood(), next);
            }
        }
    }

    /// `→` walks forward: pressed again and again with nothing else
    /// happening, it never comes back to a step it visited in the run.
    #[test]
    fn next_never_loops(events in prop::collection::vec(event(), 0..40)) {
        let mut s = call();
        for e in events {
            s.apply(e);
        }
        let mut seen = vec![s.current()];
        for _ in 0..=s.steps().len() {
            s.apply(Event::Next);
            if s.current() == *seen.last().unwrap_or(&usize::MAX) {
                break;
            }
            prop_assert!(!seen.contains(&s.current()), "{:?} then {}", seen, s.current());
            seen.push(s.current());
        }
    }

    /// The boundary is abuse's: limits only after abuse, letting go only
    /// after limits and a pause were both done.
    #[test]
    fn the_boundary_follows_abuse(events in prop::collection::vec(event(), 0..60)) {
        let mut s = call();
        let index = |s: &CallState, id: &str| s.steps().iter().position(|st| st.id == id).unwrap();
        for e in events {
            s.apply(e);
            for advice in [s.advice(), s.focus()].into_iter().flatten() {
                if advice.reason == Reason::Abuse {
                    prop_assert!(s.abusive_turns() > 0);
                }
                if s.steps()[advice.step].id == "let_go" && advice.reason == Reason::RepeatedHostility {
                    prop_assert!(s.abusive_turns() >= 3);
                    prop_assert!(s.is_done(index(&s, "limits")) && s.is_done(index(&s, "pause")));
                }
            }
        }
    }
}

/// A promise is the agent's commitment: every customer cue's words, typed
/// as a promise, raise no card, in every language.
#[test]
fn a_promise_never_raises_a_customer_cue() {
    use crate::coach::playbook::Speaker;
    for lang in Lang::ALL {
        let s = call_in(lang);
        let cues = s.cues().clone();
        let pb = Playbook::embedded().expect("valid");
        for cue in pb.pack(lang).cues.iter().filter(|c| c.speaker == Speaker::Customer) {
            for word in &cue.when {
                let mut s = call_in(lang);
                let text = format!("{} ok", word.trim_end_matches('*'));
                s.apply(Event::AddNote(Note { at: 0, kind: NoteKind::Promise, text: text.clone() }));
                let raised: Vec<&str> = s.open_cues().map(|c| c.id.as_str()).collect();
                let customer = raised.iter().any(|id| {
                    cues.index_of(id)
                        .and_then(|i| cues.info(i))
                        .is_some_and(|c| c.speaker == Speaker::Customer)
                });
                assert!(!customer, "[{lang}] promise {text:?} raised {raised:?}");
                assert_eq!(s.abusive_turns(), 0, "[{lang}] promise {text:?}");
            }
        }
    }
}

/// What listen mode would send for an utterance: the cues matched first.
fn heard(state: &CallState, speaker: crate::coach::playbook::Speaker, text: &str) -> Event {
    let cues = state.cues().find(text, Some(speaker));
    let cues = cues.into_iter().filter_map(|i| state.cues().info(i)).map(|c| c.id.clone()).collect();
    Event::Heard { speaker, cues, text: None }
}

#[test]
fn what_the_agent_is_heard_saying_ticks_its_item_marked_heard() {
    use crate::coach::playbook::Speaker;
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
    use crate::coach::playbook::Speaker;
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

#[test]
fn a_voice_cue_opens_its_card_and_a_mood_card_followed_moves_the_mood_by_one() {
    use crate::coach::playbook::Speaker;
    let voice = |speaker, id: &str| Event::Heard { speaker, cues: vec![id.into()], text: None };
    let mut state = call();
    let effects = state.apply(voice(Speaker::Agent, "interruption"));
    assert!(effects.contains(&Effect::CueRaised { cue: "interruption".into(), heard: true }), "{effects:?}");
    assert_eq!(state.open_cue().map(|c| c.step.as_str()), Some("listen"));
    state.apply(Event::DismissCue);
    // The customer is getting louder: nothing moves until the agent says so.
    state.apply(voice(Speaker::Customer, "customer_louder"));
    assert_eq!(state.mood(), mood::START);
    let effects = state.apply(Event::FollowCue);
    assert_eq!(state.mood(), mood::START + 1, "{effects:?}");
    assert_eq!(at(&state), "empathy");
    state.apply(voice(Speaker::Customer, "customer_calmer"));
    state.apply(Event::DismissCue);
    assert_eq!(state.mood(), mood::START + 1, "put away: the mood stays");
    // Talk time is kept as last told, and changes nothing else.
    let talk = Talk { agent_secs: 3, customer_secs: 9, listening_agent_secs: 1, listening_customer_secs: 3 };
    assert!(state.apply(Event::Talk(talk)).is_empty());
    assert_eq!(state.talk().and_then(|t| t.listening_share()), Some(25));
}
