use std::io;

use super::*;
use crate::coach::call::{Note, NoteKind};

fn playbook() -> Playbook {
    Playbook::embedded().expect("the embedded playbook is valid")
}

fn start() -> CallStart {
    CallStart { ui_lang: Lang::Hr, customer_lang: Lang::Hr, customer: None, ticket: None, agent: None }
}

fn session(sink: MemorySink) -> CallSession {
    let pb = playbook();
    let state = CallState::new(pb.pack(Lang::Hr), Lang::Hr);
    CallSession::over(Journal::in_memory("t", sink), state, Lang::Hr)
}

fn note(text: &str) -> Event {
    Event::AddNote(Note { at: 0, kind: NoteKind::Note, text: text.into() })
}

#[test]
fn an_event_is_journaled_before_it_is_applied() {
    let sink = MemorySink::default();
    let mut s = session(sink.clone());
    let effects = s.apply(note("Kupac čeka povrat")).expect("written");
    assert_eq!(effects, [Effect::NoteAdded(NoteKind::Note)]);
    assert_eq!(s.state().notes().len(), 1);
    let text = sink.text();
    assert!(text.ends_with('\n') && text.contains("Kupac čeka povrat"), "{text}");
}

#[test]
fn a_failed_write_changes_nothing_and_says_so() {
    let mut s = session(MemorySink::failing(io::ErrorKind::StorageFull));
    let before = s.state().clone();
    for event in [note("lost?"), Event::MoodUp, Event::Tick { item: 0 }, Event::Next, Event::Abusive] {
        let error = s.apply(event).expect_err("the disk is full");
        assert_eq!(error.source.kind(), io::ErrorKind::StorageFull);
    }
    assert_eq!(s.state(), &before, "nothing unsaved is applied");
    assert_eq!(s.state().mood(), crate::coach::mood::START);
}

#[test]
fn cursor_moves_and_empty_notes_are_not_journaled() {
    let sink = MemorySink::default();
    let mut s = session(sink.clone());
    for event in [Event::ItemDown, Event::ItemUp, Event::NextPhrasing, note("   ")] {
        s.apply(event).expect("nothing to write");
    }
    assert_eq!(sink.text(), "");
}

#[test]
fn the_clock_stops_when_the_call_ends() {
    let mut s = CallSession::in_memory(&playbook(), &start());
    s.stop_clock_at(42);
    assert_eq!(s.elapsed(), 42);
    s.apply(Event::EndCall).expect("written");
    assert_eq!(s.until_next_second(), None);
}

#[test]
fn a_resumed_call_goes_on_where_it_stopped() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = Store::open(dir.path()).expect("a store");
    let pb = playbook();
    let id = {
        let mut s = CallSession::begin(&store, &pb, &start()).expect("begun");
        s.apply(Event::MoodUp).expect("written");
        s.apply(note("prije prekida")).expect("written");
        s.id().to_string()
    };
    let mut s = CallSession::resume(&store, &pb, &id).expect("resumed");
    assert_eq!(s.state().notes().len(), 1);
    assert_eq!(s.state().mood(), 4, "the mood it was left at");
    s.apply(note("nakon nastavka")).expect("written");
    let read = store.read(&id).expect("readable");
    assert!(read.skipped.is_empty());
    assert_eq!(read.events.len(), 4, "mood, note, resumed, note");
    assert_eq!(read.events[2].2, Event::Resumed);
}

#[test]
fn a_resumed_call_keeps_the_update_promised_at_its_pause() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = Store::open(dir.path()).expect("a store");
    let pb = playbook();
    let (id, promised) = {
        let mut s = CallSession::begin(&store, &pb, &start()).expect("begun");
        let pause = pb.pack(crate::coach::lang::Lang::Hr).steps.iter().position(|st| st.id == "pause");
        s.apply(Event::Jump { step: pause.expect("a pause step") }).expect("written");
        (s.id().to_string(), s.update_time().expect("an update promised"))
    };
    let s = CallSession::resume(&store, &pb, &id).expect("resumed");
    // The journal keeps the second; the promise is to the minute.
    assert_eq!(s.update_time(), Some(promised), "the wrap-up drafts the same time");
}

#[test]
fn a_live_call_cannot_be_resumed_twice() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = Store::open(dir.path()).expect("a store");
    let pb = playbook();
    let s = CallSession::begin(&store, &pb, &start()).expect("begun");
    assert!(matches!(CallSession::resume(&store, &pb, s.id()), Err(StoreError::Busy(_))));
    assert!(store.interrupted().is_empty(), "a held journal is not offered for recovery");
    let listing = store.list(&pb);
    assert_eq!(listing.records[0].status, crate::records::record::Status::Live);
    drop(s);
    assert_eq!(store.interrupted().len(), 1, "once let go, it is interrupted");
}

#[test]
fn a_resumed_call_is_one_call_on_screen_and_on_record() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = Store::open(dir.path()).expect("a store");
    let pb = playbook();
    let id = {
        let mut s = CallSession::begin(&store, &pb, &start()).expect("begun");
        s.stop_clock_at(19);
        s.apply(Event::MoodUp).expect("written");
        s.id().to_string()
    };
    let mut s = CallSession::resume(&store, &pb, &id).expect("resumed");
    assert_eq!(s.elapsed(), 19, "the clock goes on from where it stopped");
    s.stop_clock_at(25);
    s.apply(Event::MoodUp).expect("written");
    s.apply(Event::EndCall).expect("written");
    let form = Documentation {
        outcome: crate::coach::call::Outcome::Resolved,
        summary: String::new(),
        follow_up: None,
        follow_up_time: None,
    };
    let (_, record) = s.finish(&store, &pb, &form).expect("saved");
    assert!(record.resumed);
    assert_eq!(record.duration_secs, 25);
    assert_eq!(record.moods.iter().map(|m| m.mood).collect::<Vec<_>>(), [3, 4, 5], "one mood timeline");
    let summary = crate::records::record::Summary::of(&record, pb.pack(Lang::Hr));
    assert_eq!((summary.duration_secs, summary.curve.as_str()), (25, "3 → 4 → 5"));
    let history = crate::records::history::status_name(
        record.status,
        record.resumed,
        &crate::coach::i18n::I18n::new(Lang::En),
    );
    assert_eq!(history, "complete (resumed)");
}
