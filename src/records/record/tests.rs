use super::*;
use crate::coach::call::{Event, Note};
use crate::coach::playbook::Playbook;

fn playbook() -> Playbook {
    Playbook::embedded().expect("the embedded playbook is valid")
}

fn meta() -> Meta {
    Meta {
        id: String::new(),
        started_at: "2026-11-25T10:00:00+01:00".into(),
        ui_lang: Lang::Hr,
        customer_lang: Lang::Hr,
        customer: Some("Ana Horvat".into()),
        ticket: Some("T-42".into()),
        agent: Some("Ana".into()),
        playbook_version: "1".into(),
    }
}

fn event(secs: u64, event: Event) -> Entry {
    Entry::Event { at: format!("2026-11-25T10:00:{secs:02}+01:00"), secs, event }
}

fn note(kind: NoteKind, text: &str) -> Event {
    Event::AddNote(Note { at: 0, kind, text: text.into() })
}

fn a_call(store: &Store) -> Journal {
    let mut journal = store.start("20261125-090000", meta()).unwrap();
    let events = [
        Event::Next,
        Event::Tick { item: 1 },
        note(NoteKind::Note, "Kupac čeka povrat"),
        Event::MoodUp,
        note(NoteKind::Promise, "Nazvati sutra u 10"),
        Event::CycleLang,
        Event::EndCall,
    ];
    for (i, e) in events.into_iter().enumerate() {
        journal.append(&event(i as u64 + 1, e)).unwrap();
    }
    journal
}

#[test]
fn a_journal_replays_into_its_record() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let journal = a_call(&store);
    let id = journal.id().to_string();
    let (state, record) = Record::replay(&store.read(&id).unwrap(), &playbook());
    assert!(state.ended());
    assert_eq!(record.id, id);
    assert_eq!(record.customer.as_deref(), Some("Ana Horvat"));
    assert_eq!(record.customer_lang, Lang::En, "hr → en after one switch");
    assert_eq!(record.duration_secs, 7);
    assert_eq!(record.ended_at.as_deref(), Some("2026-11-25T10:00:07+01:00"));
    let notes: Vec<_> = record.notes.iter().map(|n| (n.kind, n.text.as_str())).collect();
    assert_eq!(notes, [(NoteKind::Note, "Kupac čeka povrat"), (NoteKind::Promise, "Nazvati sutra u 10")]);
    assert_eq!(record.moods.iter().map(|m| m.mood).collect::<Vec<_>>(), [3, 4]);
    let steps: Vec<_> = record.steps.iter().map(|s| s.step.as_str()).collect();
    assert_eq!(steps, ["calm", "listen", "document"]);
    assert_eq!(record.ticks.len(), 1);
    assert_eq!(record.ticks[0].item, 1, "the ticked item itself, not the cursor");
    assert!(!record.ticks[0].text.is_empty(), "ticks carry the item's text");
    // Calm was left after a second: only visited; a tick made listen done.
    assert_eq!(record.steps_done, ["listen"]);
    assert_eq!(record.steps_visited, ["calm", "document"]);
    assert_eq!(record.schema, SCHEMA);
    let language = record.timeline.iter().any(|m| matches!(m, Moment::Language { lang: Lang::En, .. }));
    assert!(language, "{:?}", record.timeline);
    assert_eq!(record.status, Status::Interrupted);

    let path = store.save(&Record { status: Status::Complete, ..record.clone() }).unwrap();
    assert!(!journal.path().exists(), "the journal goes once the record is written");
    let back: Record = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(back.notes, record.notes);
    let leftovers: Vec<_> = std::fs::read_dir(store.dir()).unwrap().filter_map(|e| e.ok()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left");
}

#[test]
fn a_torn_last_line_is_skipped_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let journal = a_call(&store);
    let mut text = std::fs::read_to_string(journal.path()).unwrap();
    text.push_str("{\"kind\":\"event\",\"at\":\"2026-11-25T10:00:09+01:00\",\"secs\":9,\"event\":{\"ev");
    std::fs::write(journal.path(), &text).unwrap();
    let read = read_journal(text.as_bytes()).unwrap();
    assert_eq!(read.events.len(), 7);
    assert_eq!(read.skipped, [9]);
    let listing = store.list(&playbook());
    assert_eq!(listing.records.len(), 1);
    assert_eq!(listing.records[0].notes.len(), 2);
    assert!(listing.warnings[0].contains(":9:"), "{:?}", listing.warnings);
}

#[test]
fn a_corrupt_record_is_named_and_the_others_listed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let journal = a_call(&store);
    let id = journal.id().to_string();
    drop(journal); // interrupted: nobody holds it
    store.file_interrupted(&id, &playbook()).unwrap();
    std::fs::write(store.dir().join("20260101-000000-1.json"), "{ not json").unwrap();
    let listing = store.list(&playbook());
    assert_eq!(listing.records.len(), 1);
    assert_eq!(listing.warnings.len(), 1);
    assert!(listing.warnings[0].contains("20260101-000000-1.json"), "{:?}", listing.warnings);
}

#[test]
fn two_calls_in_the_same_second_get_their_own_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let a = store.start("20261125-090000", meta()).unwrap();
    let b = store.start("20261125-090000", meta()).unwrap();
    assert_ne!(a.path(), b.path());
    // Both are live (locked) until their windows let go of them.
    assert!(store.interrupted().is_empty());
    drop((a, b));
    let ids: Vec<_> = store.interrupted().into_iter().map(|(r, _)| r.meta.id).collect();
    assert_eq!(ids.len(), 2);
    assert!(ids[0] < ids[1], "ids sort by start: {ids:?}");
}

#[cfg(unix)]
#[test]
fn files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(&data).unwrap();
    let journal = a_call(&store);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(store.dir()), 0o700);
    assert_eq!(mode(journal.path()), 0o600);
    let id = journal.id().to_string();
    drop(journal);
    let record = store.file_interrupted(&id, &playbook()).unwrap();
    assert_eq!(mode(&record), 0o600);
}

#[cfg(unix)]
#[test]
fn a_directory_calma_did_not_create_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let store = Store::open(&shared).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode(&shared), 0o1777, "like /tmp: not calma's to change");
    assert_eq!(mode(store.dir()), 0o700, "its own calls folder is private");
}

#[cfg(unix)]
#[test]
fn a_data_dir_that_is_a_symlink_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("elsewhere");
    std::fs::create_dir(&target).unwrap();
    let link = dir.path().join("data");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for opened in [Store::open(&link), Store::open_read_only(&link)] {
        let Err(StoreError::Unusable { source, .. }) = opened else { panic!("refused: {opened:?}") };
        assert!(source.to_string().contains("symbolic link"), "{source}");
    }
    assert!(!target.join("calls").exists(), "nothing written where the link points");
}

#[cfg(unix)]
#[test]
fn a_dangling_lock_symlink_does_not_stop_practice_nor_follow_ups() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join(".progress.lock")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), store.dir().join(".records.lock")).unwrap();
    let attempt = crate::coach::practice::Attempt { percent: 50, seed: 1, own_words: false };
    store.record_progress("x", attempt).expect("the progress is saved");
    assert!(!dir.path().join("nowhere").exists(), "the link's target is not created");
    let lock = super::files::hold_lock(&store.dir().join(".records.lock"));
    assert!(lock.is_ok(), "{lock:?}");
}

#[cfg(unix)] // /dev/null/x cannot be a directory there
#[test]
fn an_unusable_data_dir_is_an_error() {
    assert!(matches!(Store::open(std::path::Path::new("/dev/null/x")), Err(StoreError::Unusable { .. })));
}

#[test]
fn a_line_that_is_not_utf8_skips_that_line_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let journal = a_call(&store);
    let path = journal.path().to_path_buf();
    drop(journal);
    // A full disk cut a "č" in half on the last line.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"{\"kind\":\"event\",\"at\":\"x\",\"secs\":9,\"event\":{\"event\":\"add_note\",\"at\":9,\"kind\":\"note\",\"text\":\"\xc4");
    std::fs::write(&path, &bytes).unwrap();
    let listing = store.list(&playbook());
    assert_eq!(listing.records.len(), 1, "the call is still listed");
    assert_eq!(listing.records[0].notes.len(), 2, "every whole line counts");
    assert!(listing.warnings.iter().any(|w| w.contains(".journal.jsonl:9")), "{:?}", listing.warnings);
    assert_eq!(store.interrupted().len(), 1, "and it is offered for recovery");
}

#[test]
fn resuming_cuts_a_torn_last_line_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let journal = a_call(&store);
    let (id, path) = (journal.id().to_string(), journal.path().to_path_buf());
    drop(journal);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"{\"kind\":\"event\",\"at\":\"2026-11-25T10:00");
    std::fs::write(&path, &bytes).unwrap();
    let mut journal = store.resume(&id).unwrap();
    journal.append(&event(20, note(NoteKind::Note, "nakon nastavka"))).unwrap();
    let read = store.read(&id).unwrap();
    assert!(read.skipped.is_empty(), "no line was glued onto the fragment: {:?}", read.skipped);
    assert!(read.events.iter().any(|(_, _, e)| *e == note(NoteKind::Note, "nakon nastavka")));
}

#[test]
fn a_corrupt_progress_file_is_moved_aside_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    std::fs::write(dir.path().join("progress.json"), "{ \"scenarios\": { \"deposit_20\": ").unwrap();
    let (progress, problem) = store.progress();
    assert_eq!(progress, crate::coach::practice::Progress::default());
    assert!(problem.unwrap().contains("corrupt-"));
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("progress.json.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept aside");
    assert_eq!(std::fs::read_to_string(kept[0].path()).unwrap(), "{ \"scenarios\": { \"deposit_20\": ");
}

#[test]
fn two_windows_never_lose_each_others_progress() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (Store::open(dir.path()).unwrap(), Store::open(dir.path()).unwrap());
    let threads: Vec<_> = [a, b]
        .into_iter()
        .map(|store| {
            std::thread::spawn(move || {
                let attempt = crate::coach::practice::Attempt { percent: 90, seed: 1, own_words: false };
                for _ in 0..20 {
                    store.record_progress("deposit_20", attempt).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let (progress, _) = Store::open(dir.path()).unwrap().progress();
    assert_eq!(progress.of("deposit_20").attempts, 40);
}

#[test]
fn leftovers_are_tidied_and_live_calls_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let calls = store.dir().to_path_buf();
    let tmp = calls.join(".20260101-000000-1.json.999.tmp");
    std::fs::write(&tmp, "half").unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&tmp).unwrap().set_modified(old).unwrap();
    std::fs::write(calls.join("20260101-000000-2.journal.jsonl"), "").unwrap();
    let filed = a_call(&store);
    let filed_id = filed.id().to_string();
    drop(filed);
    store.file_interrupted(&filed_id, &playbook()).unwrap();
    std::fs::write(calls.join(format!("{filed_id}.journal.jsonl")), "left behind").unwrap();
    let live = store.start("20261125-100000", meta()).unwrap();
    let removed = store.tidy();
    assert_eq!(removed.len(), 3, "{removed:?}");
    assert!(live.path().exists(), "a live call's journal is never touched");
    assert!(calls.join(format!("{filed_id}.json")).exists(), "the record wins");
}

#[test]
fn what_is_typed_is_kept_until_saved_and_filed_with_its_call() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let interrupted = |store: &Store| {
        let call = a_call(store);
        let id = call.id().to_string();
        drop(call);
        id
    };
    let id = interrupted(&store);
    let note = |text: &str| Draft::Note { kind: NoteKind::Promise, text: text.into() };
    store.keep_draft(&id, Some(&note("Nazvati u pe"))).unwrap();
    store.keep_draft(&id, Some(&note("Nazvati u petak"))).unwrap();
    assert_eq!(store.draft(&id), Some(note("Nazvati u petak")), "the last change wins");
    store.keep_draft(&id, None).unwrap();
    assert_eq!(store.draft(&id), None);
    store.keep_draft(&id, None).unwrap(); // nothing to remove: fine

    store.keep_draft(&id, Some(&note("Nazvati u petak"))).unwrap();
    assert_eq!(store.list(&playbook()).warnings, Vec::<String>::new(), "a draft is not read as a record");
    store.file_interrupted(&id, &playbook()).unwrap();
    let record = &store.list(&playbook()).records[0];
    assert_eq!(
        record.promises().map(|p| p.text.as_str()).collect::<Vec<_>>(),
        ["Nazvati sutra u 10", "Nazvati u petak"]
    );
    assert_eq!(store.draft(&id), None, "filed with the call");

    // One left behind (a failed removal) goes once the record exists.
    store.keep_draft(&id, Some(&note("Nazvati u petak"))).unwrap();
    assert_eq!(store.tidy().len(), 1);
    assert_eq!(store.draft(&id), None);

    // A draft file edited by hand is read as typed text is taken in.
    let edited = r#"{"draft":"note","kind":"note","text":"zlo\u001b]2;pwned\u0007 kraj"}"#;
    std::fs::write(store.dir().join(format!("{id}.draft")), edited).unwrap();
    assert_eq!(store.draft(&id), Some(Draft::Note { kind: NoteKind::Note, text: "zlo]2;pwned kraj".into() }));
    store.keep_draft(&id, None).unwrap();

    // A form half filled gives the record its summary.
    let id = interrupted(&store);
    let form = Draft::Form {
        outcome: Outcome::Resolved,
        summary: "Povrat odobren".into(),
        follow_up: "sutra".into(),
    };
    store.keep_draft(&id, Some(&form)).unwrap();
    store.file_interrupted(&id, &playbook()).unwrap();
    let listing = store.list(&playbook());
    let record = listing.records.iter().find(|r| r.id == id).unwrap();
    assert_eq!(record.summary.as_deref(), Some("Povrat odobren"));
}

#[cfg(unix)]
#[test]
fn symlinks_in_the_data_directory_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("calls")).unwrap();
    assert!(matches!(Store::open(dir.path()), Err(StoreError::Unusable { .. })));
    assert!(matches!(Store::open_read_only(dir.path()), Err(StoreError::Unusable { .. })));

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let outside = elsewhere.path().join("outside.jsonl");
    std::fs::write(&outside, "").unwrap();
    std::os::unix::fs::symlink(&outside, store.dir().join("x.journal.jsonl")).unwrap();
    assert!(store.resume("x").is_err());
}

#[test]
fn reading_never_creates_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("not-yet");
    let store = Store::open_read_only(&data).unwrap();
    assert!(store.list(&playbook()).records.is_empty());
    assert!(!data.exists());
}

#[test]
fn skipping_through_steps_is_visited_and_the_moments_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut journal = store.start("20261125-090000", meta()).unwrap();
    // One second per step: skipped through, never done.
    for (secs, e) in
        [Event::Jump { step: 1 }, Event::Jump { step: 2 }, Event::Abusive, Event::Escalate, Event::EndCall]
            .into_iter()
            .enumerate()
    {
        journal.append(&event(secs as u64 + 1, e)).unwrap();
    }
    let (_, record) = Record::replay(&store.read(journal.id()).unwrap(), &playbook());
    assert!(record.steps_done.is_empty(), "{:?}", record.steps_done);
    for step in ["calm", "listen", "restate", "limits", "escalate"] {
        assert!(record.steps_visited.iter().any(|s| s == step), "{step} visited: {:?}", record.steps_visited);
    }
    assert!(record.timeline.iter().any(|m| matches!(m, Moment::Abuse { .. })));
    assert!(record.timeline.iter().any(|m| matches!(m, Moment::Escalation { .. })));
    let abuse: Vec<_> = record.adherence.iter().filter(|a| a.situation == Situation::Abuse).collect();
    assert_eq!(abuse.len(), 1, "one abusive turn calls for the limit, not yet the pause: {abuse:?}");
    assert!(abuse.iter().all(|a| a.step == "limits" && !a.done), "and it was skipped");
    let json = serde_json::to_string(&record).unwrap();
    assert!(json.contains("\"kind\":\"abuse\"") && json.contains("\"kind\":\"escalation\""), "{json}");
}

#[test]
fn each_hands_every_record_over_newest_first_and_stops_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = a_call(&store).id().to_string();
    let (_, record) = Record::replay(&store.read(&id).unwrap(), &playbook());
    // 200 complete records and two journals, read by two threads in
    // batches, handed over in order.
    for n in 0..200 {
        store
            .save(&Record { id: format!("20260101-000{n:03}-1"), status: Status::Complete, ..record.clone() })
            .unwrap();
    }
    let _journal = a_call(&store);
    let mut ids = Vec::new();
    store
        .each(&playbook(), |r: Record| {
            ids.push(r.id);
            Ok(())
        })
        .unwrap();
    let mut sorted = ids.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(ids, sorted, "newest first");
    assert_eq!(ids.len(), 202, "200 records and two journals: {ids:?}");
    // A list reads only the heads, the same calls in the same order.
    let mut heads = Vec::new();
    store
        .each(&playbook(), |h: Head| {
            heads.push(h.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(heads, ids);
    // A reader that stops (a closed stdout) ends it at once.
    let mut seen = 0;
    let stopped = store.each(&playbook(), |_: Head| {
        seen += 1;
        if seen == 3 { Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe)) } else { Ok(()) }
    });
    assert!(stopped.is_err());
    assert_eq!(seen, 3);
}

/// The adherence of a call replayed from `events`, one second apart.
fn adherence_of(events: Vec<Event>) -> (Record, Vec<(Situation, String, bool)>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut journal = store.start("20261125-090000", meta()).unwrap();
    for (secs, e) in events.into_iter().enumerate() {
        journal.append(&event(secs as u64 + 1, e)).unwrap();
    }
    let (_, record) = Record::replay(&store.read(journal.id()).unwrap(), &playbook());
    let adherence = record.adherence.iter().map(|a| (a.situation, a.step.clone(), a.done)).collect();
    (record, adherence)
}

fn step(id: &str) -> usize {
    playbook().pack(Lang::Hr).steps.iter().position(|s| s.id == id).unwrap()
}

#[test]
fn done_stays_done_when_abuse_comes_back() {
    // Limits and pause both ticked; then the customer turns hostile again.
    let (record, adherence) = adherence_of(vec![
        Event::Abusive,
        Event::Tick { item: 0 },
        Event::Abusive,
        Event::Tick { item: 0 },
        Event::MoodUp,
        Event::Abusive,
        Event::EndCall,
    ]);
    for id in ["limits", "pause"] {
        assert!(record.steps_done.iter().any(|s| s == id), "{id} done: {:?}", record.steps_done);
        assert!(!record.steps_visited.iter().any(|s| s == id), "{id} is not only visited");
        assert!(adherence.contains(&(Situation::Abuse, id.to_string(), true)), "{adherence:?}");
    }
}

#[test]
fn a_customer_who_shouted_without_abuse_is_asked_calm_listening_and_empathy() {
    let (_, adherence) = adherence_of(vec![
        Event::MoodUp,
        Event::MoodUp,
        Event::Jump { step: step("listen") },
        Event::Tick { item: 0 },
        Event::MoodDown,
        Event::MoodDown,
        Event::Resolved,
        Event::EndCall,
    ]);
    let asked: Vec<(Situation, &str)> = adherence.iter().map(|(s, id, _)| (*s, id.as_str())).collect();
    assert!(asked.contains(&(Situation::Hostile, "calm")) && asked.contains(&(Situation::Hostile, "listen")));
    assert!(asked.contains(&(Situation::Hostile, "empathy")));
    assert!(
        !asked.iter().any(|(_, id)| ["limits", "pause"].contains(id)),
        "no boundary without abuse: {asked:?}"
    );
    assert!(adherence.contains(&(Situation::Hostile, "listen".into(), true)));
}

#[test]
fn abuse_that_goes_on_after_the_limit_asks_for_the_pause_too() {
    let (_, adherence) =
        adherence_of(vec![Event::Abusive, Event::Tick { item: 0 }, Event::Abusive, Event::EndCall]);
    let abuse: Vec<(&str, bool)> =
        adherence.iter().filter(|a| a.0 == Situation::Abuse).map(|a| (a.1.as_str(), a.2)).collect();
    assert_eq!(abuse, [("limits", true), ("pause", false)]);
}

/// Issue 27, 1: a new journal exists under its name only once it is
/// locked and has its start line; the temporary name it is made under is
/// gone, and `tidy` leaves a fresh one alone (it may be a call starting).
#[test]
fn a_new_journal_is_locked_from_the_moment_it_has_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let starting = store.dir().join(".20261125-090000-1.journal.jsonl.tmp");
    std::fs::write(&starting, "").unwrap();
    let journal = store.start("20261125-090000", meta()).unwrap();
    assert!(Store::is_held(journal.path()));
    assert!(store.tidy().is_empty(), "a fresh temporary file may be a call starting");
    assert!(starting.exists());
    let names: Vec<String> = std::fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "the journal and the other's temporary file: {names:?}");
    let read = store.read(journal.id()).unwrap();
    assert_eq!(read.meta.id, journal.id(), "the start line is in it");
}

/// Issue 27, 2: window B resumed an interrupted call; window A, offered
/// the same call, files it. A is refused, and B's journal stays.
#[test]
fn filing_a_call_another_window_resumed_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (Store::open(dir.path()).unwrap(), Store::open(dir.path()).unwrap());
    let journal = a_call(&a);
    let (id, path) = (journal.id().to_string(), journal.path().to_path_buf());
    drop(journal);
    let mut resumed = b.resume(&id).unwrap();
    assert!(matches!(a.file_interrupted(&id, &playbook()), Err(StoreError::Busy(busy)) if busy == id));
    resumed.append(&event(30, note(NoteKind::Note, "nakon nastavka"))).unwrap();
    assert!(path.exists(), "the journal B writes is never removed");
    assert!(!a.dir().join(format!("{id}.json")).exists(), "no record from A");
    assert!(a.tidy().is_empty());
    // Let go, it can be filed, with the note B added.
    drop(resumed);
    a.file_interrupted(&id, &playbook()).unwrap();
    let (record, _) = a.find(&id, &playbook()).unwrap();
    assert_eq!(record.status, Status::Interrupted);
    assert!(record.notes.iter().any(|n| n.text == "nakon nastavka"));
    assert!(!path.exists());
    // Filed, it can be neither resumed nor filed again.
    assert!(b.resume(&id).is_err());
    assert!(a.file_interrupted(&id, &playbook()).is_err());
}

/// What was locked must still be the journal: filed between the open and
/// the lock, a call is not taken up again.
#[test]
fn a_journal_filed_while_it_was_being_opened_is_not_taken_up() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let journal = a_call(&store);
    let id = journal.id().to_string();
    drop(journal);
    // The record appears (another window filed it) while the journal
    // is still there: the lock taken is on a leftover.
    let (_, record) = Record::replay(&store.read(&id).unwrap(), &playbook());
    write_atomic(&store.dir().join(format!("{id}.json")), &serde_json::to_vec(&record).unwrap()).unwrap();
    assert!(matches!(store.resume(&id), Err(StoreError::Gone(gone)) if gone == id));
    assert!(matches!(store.file_interrupted(&id, &playbook()), Err(StoreError::Gone(_))));
}

/// Filed by another window before this one opened it (the journal is
/// gone): resuming or filing it again says so, not "No such file".
#[test]
fn a_call_filed_elsewhere_before_it_was_opened_here_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let journal = a_call(&store);
    let id = journal.id().to_string();
    drop(journal);
    store.file_interrupted(&id, &playbook()).unwrap();
    assert!(matches!(store.resume(&id), Err(StoreError::Gone(gone)) if gone == id));
    assert!(matches!(store.file_interrupted(&id, &playbook()), Err(StoreError::Gone(gone)) if gone == id));
}

#[test]
fn a_follow_up_closed_can_be_opened_again() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = Store::open(dir.path()).expect("a store");
    let journal = a_call(&store);
    let id = journal.id().to_string();
    drop(journal);
    let form = crate::coach::call::Documentation {
        outcome: crate::coach::call::Outcome::Paused,
        summary: String::new(),
        follow_up: Some(jiff::civil::date(2026, 12, 8)),
        follow_up_time: None,
    };
    store.complete(&id, &playbook(), &form, "2026-12-07T10:00:00+01:00".into()).expect("completed");
    let done = store.follow_up_done(&id, "2026-12-07T11:00:00+01:00".into(), Some("Called".into()));
    assert!(done.expect("closed").follow_up_done.is_some());
    let open = store.follow_up_reopen(&id).expect("opened again");
    assert_eq!(open.follow_up_done, None);
    assert_eq!(open.follow_up.as_deref(), Some("2026-12-08"), "the follow-up itself stays");
    // Closed again: a new close, not "already done".
    assert!(store.follow_up_done(&id, "2026-12-07T12:00:00+01:00".into(), None).is_ok());
    assert!(matches!(store.follow_up_reopen("nope"), Err(StoreError::NotFound(_))));
}

/// A filed call's record with the byte `offset` from the customer's
/// surname ("Ana Horvat") replaced by `byte`: its store, kept in `dir`,
/// and its id.
fn a_record_with_byte(dir: &std::path::Path, offset: isize, byte: u8) -> (Store, String) {
    let store = Store::open(dir).unwrap();
    let journal = a_call(&store);
    let id = journal.id().to_string();
    drop(journal);
    let path = store.file_interrupted(&id, &playbook()).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes.windows(6).position(|w| w == b"Horvat").unwrap();
    bytes[at.checked_add_signed(offset).unwrap()] = byte;
    std::fs::write(&path, bytes).unwrap();
    (store, id)
}

#[test]
fn one_invalid_byte_in_a_record_reads_the_rest_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (store, id) = a_record_with_byte(dir.path(), 0, 0xff);
    let listing = store.list(&playbook());
    assert_eq!(listing.records.len(), 1, "the call is still there");
    assert_eq!(listing.records[0].customer.as_deref(), Some("Ana \u{fffd}orvat"));
    assert_eq!(listing.warnings.len(), 1, "{:?}", listing.warnings);
    assert!(listing.warnings[0].contains(&format!("{id}.json")), "{:?}", listing.warnings);
}

/// Head and Meta are views of the record, written out for speed (see
/// head.rs): each of their fields is the record's, under the same name, of
/// the same type, and required or defaulted alike.
#[test]
fn head_and_meta_are_the_records_own_fields() {
    fn fields(schema: &schemars::Schema) -> (serde_json::Map<String, serde_json::Value>, Vec<String>) {
        let mut properties =
            schema.get("properties").and_then(|p| p.as_object()).cloned().unwrap_or_default();
        for field in properties.values_mut() {
            if let Some(field) = field.as_object_mut() {
                field.remove("description");
            }
        }
        let required = schema.get("required").and_then(|r| r.as_array()).cloned().unwrap_or_default();
        (properties, required.into_iter().filter_map(|r| r.as_str().map(str::to_string)).collect())
    }
    let (record, record_required) = fields(&schemars::schema_for!(Record));
    for (view, schema) in [("Head", schemars::schema_for!(Head)), ("Meta", schemars::schema_for!(Meta))] {
        let (properties, required) = fields(&schema);
        assert!(properties.len() >= 8, "{view} has its fields");
        for (name, field) in &properties {
            assert_eq!(record.get(name), Some(field), "{view}.{name} is the record's {name}");
            assert_eq!(
                required.contains(name),
                record_required.contains(name),
                "{view}.{name} is required alike"
            );
        }
    }
}

/// Found by the fresh attack of issue 27: a raw control character in a
/// record's string (a tab or an escape typed in an editor; JSON forbids
/// them) hid the whole call and its open follow-up. It is read with the
/// character replaced, and said.
#[test]
fn a_raw_control_character_in_a_record_reads_the_rest_and_says_so() {
    for raw in [b'\t', 0x1b, 0x07, 0x00] {
        let dir = tempfile::tempdir().unwrap();
        let (store, id) = a_record_with_byte(dir.path(), -1, raw);
        let listing = store.list(&playbook());
        assert_eq!(listing.records.len(), 1, "{raw:#x}: the call is still there: {:?}", listing.warnings);
        assert_eq!(listing.records[0].customer.as_deref(), Some("Ana Horvat"), "{raw:#x}");
        assert_eq!(listing.warnings.len(), 1, "{:?}", listing.warnings);
        assert!(listing.warnings[0].contains(&format!("{id}.json")), "{:?}", listing.warnings);
    }
}
