use jiff::civil::{date, time};

use super::*;
use crate::coach::call::tests::call_in;
use crate::coach::call::{Event, Note};
use crate::coach::lang::Lang;

/// Monday 30 November 2026, a quarter past three: the call just ended.
const NOW: DateTime = date(2026, 11, 30).at(15, 15, 0, 0);
/// The update promised at the pause: an hour after it.
const UPDATE: Time = time(16, 15, 0, 0);

/// What an agent of each language types: the customer's problem, a
/// promise without a time, a promise with one.
fn typed(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::En => {
            ["Charged twice for the November bill.", "refund in 5 working days", "call back tomorrow at 10"]
        }
        Lang::Pt => {
            ["Cobrança em dobro na fatura de novembro", "estorno em 5 dias úteis", "retorno amanhã às 10h"]
        }
        Lang::Es => [
            "Le cobraron dos veces la factura de noviembre",
            "reembolso en 5 días hábiles",
            "le llamo mañana a las 10",
        ],
        Lang::It => [
            "Addebito doppio sulla bolletta di novembre",
            "rimborso entro 5 giorni lavorativi",
            "la richiamo domani alle 10",
        ],
        Lang::Hr => [
            "Dvostruko naplaćen račun za studeni",
            "povrat novca u roku 5 radnih dana",
            "nazvat ću sutra u 10 sati",
        ],
    }
}

/// A call of each outcome, as an agent would have it.
#[derive(Debug, Clone, Copy)]
enum Story {
    /// Note, promise, `r`.
    Resolved,
    /// Note, `e`, a promise with a time.
    Escalated,
    /// Note, the pause with its update.
    Paused,
    /// Note, a promise without a time, `q`.
    Unresolved,
    /// Note, abuse, the pause, let go.
    LetGo,
    /// Nothing typed, `q`.
    Empty,
}

fn drafted(lang: Lang, story: Story) -> WrapUp {
    let mut call = call_in(lang);
    let [note, promise, timed] = typed(lang);
    let add = |kind, text: &str| Event::AddNote(Note { at: 30, kind, text: text.to_string() });
    let go = |call: &CallState, id: &str| Event::Jump {
        step: call.steps().iter().position(|s| s.id == id).unwrap(),
    };
    let mut update_by = None;
    if !matches!(story, Story::Empty) {
        call.apply(add(NoteKind::Note, note));
    }
    match story {
        Story::Resolved => {
            call.apply(add(NoteKind::Promise, promise));
            call.apply(Event::Resolved);
        }
        Story::Escalated => {
            call.apply(Event::Escalate);
            call.apply(add(NoteKind::Promise, timed));
        }
        Story::Paused => {
            call.apply(go(&call, "pause"));
            update_by = Some(UPDATE);
        }
        Story::Unresolved => {
            call.apply(add(NoteKind::Promise, promise));
        }
        Story::LetGo => {
            call.apply(Event::Abusive);
            call.apply(go(&call, "pause"));
            update_by = Some(UPDATE);
            call.apply(go(&call, "let_go"));
        }
        Story::Empty => {}
    }
    call.apply(Event::EndCall);
    wrap_up(&call, update_by, NOW, &I18n::new(lang))
}

const STORIES: [Story; 6] =
    [Story::Resolved, Story::Escalated, Story::Paused, Story::Unresolved, Story::LetGo, Story::Empty];

#[test]
fn the_wrap_up_is_drafted_from_the_call_in_each_language() {
    for lang in Lang::ALL {
        let words = DateWords::of(&I18n::new(lang));
        let shown: Vec<String> = STORIES
            .iter()
            .map(|&story| {
                let w = drafted(lang, story);
                let follow_up = w.follow_up.map_or("—".to_string(), |(d, t)| words.write_follow_up(d, t));
                format!("{story:?} → {:?}\n  summary:   {}\n  follow-up: {follow_up}\n", w.outcome, w.summary)
            })
            .collect();
        insta::assert_snapshot!(format!("wrap_up_{}", lang.code()), shown.join("\n"));
    }
}

#[test]
fn the_outcome_is_the_one_the_events_point_to() {
    let outcomes: Vec<Outcome> = STORIES.iter().map(|&s| drafted(Lang::Hr, s).outcome).collect();
    assert_eq!(
        outcomes,
        [
            Outcome::Resolved,
            Outcome::Escalated,
            Outcome::Paused,
            Outcome::Unresolved,
            Outcome::LetGo,
            Outcome::Unresolved
        ]
    );
}

#[test]
fn the_follow_up_is_the_last_timed_promise_else_the_advice() {
    for lang in Lang::ALL {
        // "call back tomorrow at 10": tomorrow at ten, as promised.
        let escalated = drafted(lang, Story::Escalated);
        assert_eq!(escalated.follow_up, Some((date(2026, 12, 1), Some(time(10, 0, 0, 0)))), "{lang:?}");
        assert!(escalated.promised);
        // The pause's update is a promise with a time, today.
        assert_eq!(drafted(lang, Story::Paused).follow_up, Some((NOW.date(), Some(UPDATE))), "{lang:?}");
        // No time promised: the playbook's advice, three days after a fix.
        let resolved = drafted(lang, Story::Resolved);
        assert_eq!(resolved.follow_up, Some((date(2026, 12, 3), None)), "{lang:?}");
        assert!(!resolved.promised);
    }
}

#[test]
fn an_empty_call_drafts_an_empty_summary() {
    for lang in Lang::ALL {
        assert_eq!(drafted(lang, Story::Empty).summary, "", "{lang:?}");
    }
}
