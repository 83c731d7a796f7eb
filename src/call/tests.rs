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

#[test]
fn a_call_starts_calm_then_listens() {
    let mut s = call();
    assert_eq!(at(&s), "calm");
    assert_eq!(s.mood(), crate::mood::START);
    assert_eq!(id(&s, s.recommended()), Some("listen"));
    s.apply(Event::Next);
    assert_eq!(at(&s), "listen");
    assert!(s.is_done(0));
}

#[test]
fn an_upset_customer_is_heard_before_solutions() {
    // Mood 3 (upset): after listen comes empathy, not restate or solutions.
    let mut s = call();
    run(&mut s, &[Event::Next, Event::Next]);
    assert_eq!(at(&s), "empathy");
    s.apply(Event::Next);
    assert_eq!(at(&s), "restate");
    // A calmer customer follows the usual order.
    let mut s = call();
    run(&mut s, &[Event::MoodDown, Event::Next, Event::Next]);
    assert_eq!(at(&s), "restate");
}

#[test]
fn listening_is_recommended_while_upset_even_after_jumping() {
    let mut s = call();
    let solutions = s.steps().iter().position(|st| st.id == "solutions").unwrap();
    s.apply(Event::Jump { step: solutions });
    s.apply(Event::MoodUp);
    assert_eq!(id(&s, s.recommended()), Some("calm"));
    run(&mut s, &[Event::Next, Event::Next]);
    assert_eq!(at(&s), "listen");
    assert_eq!(id(&s, s.recommended()), Some("empathy"));
}

#[test]
fn abuse_brings_limits_then_pause() {
    let mut s = call();
    let effects = s.apply(Event::Abusive);
    assert_eq!(at(&s), "limits");
    assert!(effects.contains(&Effect::StepChanged("limits".into())));
    assert!(s.mood() >= 4);
    assert_eq!(id(&s, s.recommended()), Some("pause"));
    s.apply(Event::Next);
    assert_eq!(at(&s), "pause");
    // After the pause, an angry customer: close the call; never let go on
    // the first hostile turn.
    assert_eq!(id(&s, s.recommended()), Some("close"));
}

#[test]
fn hostile_mood_recommends_limits() {
    let mut s = call();
    run(&mut s, &[Event::MoodUp, Event::MoodUp]);
    assert_eq!(s.mood(), 5);
    assert_eq!(id(&s, s.recommended()), Some("limits"));
}

#[test]
fn after_a_pause_a_calmer_call_resumes() {
    let mut s = call();
    run(&mut s, &[Event::Abusive, Event::Next, Event::Next]);
    assert_eq!(at(&s), "close");
    let mut s = call();
    run(&mut s, &[Event::Abusive, Event::Next, Event::MoodDown, Event::MoodDown]);
    assert_eq!(id(&s, s.recommended()), Some("calm"), "the call resumes where it left off");
}

#[test]
fn repeated_hostility_offers_letting_go() {
    let mut s = call();
    run(&mut s, &[Event::Abusive, Event::Next, Event::Abusive]);
    assert_eq!(at(&s), "limits");
    run(&mut s, &[Event::Next]);
    assert_eq!(at(&s), "pause");
    assert_eq!(id(&s, s.recommended()), Some("let_go"));
}

#[test]
fn hostile_calls_before_this_one_offer_letting_go_at_the_first_turn() {
    let mut s = call().with_prior_hostile_calls(2);
    run(&mut s, &[Event::Abusive, Event::Next]);
    assert_eq!(id(&s, s.recommended()), Some("let_go"));
}

#[test]
fn escalate_resolve_and_end() {
    let mut s = call();
    s.apply(Event::Escalate);
    assert_eq!(at(&s), "escalate");
    s.apply(Event::Resolved);
    assert_eq!(at(&s), "close");
    assert_eq!(id(&s, s.recommended()), Some("escalate"));
    s.apply(Event::Next);
    assert_eq!(at(&s), "escalate");
    s.apply(Event::Next);
    assert_eq!(at(&s), "document");
    let effects = s.apply(Event::EndCall);
    assert!(effects.contains(&Effect::Ended));
    assert_eq!(id(&s, s.recommended()), Some("follow_up"));
    assert!(s.apply(Event::EndCall).is_empty(), "ending twice changes nothing");
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
fn ticking_every_item_marks_the_step_done() {
    let mut s = call();
    let n = s.current_step().items;
    for _ in 0..n {
        let e = s.apply(Event::Tick { item: s.item() });
        assert!(matches!(e[..], [Effect::Ticked { on: true, .. }]));
        s.apply(Event::ItemDown);
    }
    assert!(s.is_done(0));
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
}
