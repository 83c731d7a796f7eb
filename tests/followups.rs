//! Follow-ups: closed with `followups done`, they leave the list, `--due`
//! and the calendar for good; the calendar follows RFC 5545 and keeps
//! customers' names out of shared calendars.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

fn calma(data: &str, args: &[&str], input: &str) -> (i32, String, String) {
    let mut all = vec!["--data-dir", data, "--lang", "en"];
    all.extend(args);
    common::run_calma(&all, &[], input)
}

/// A plain-mode call ended as paused, with this follow-up; its id.
fn call(data: &str, who: &[&str], follow_up: &str) -> String {
    let mut args = vec!["call", "--plain"];
    args.extend(who);
    let (code, _, err) =
        calma(data, &args, &format!("p call back\nq\n3\nWaiting for billing\n{follow_up}\n"));
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = calma(data, &["export", "latest", "--format", "json"], "");
    let record: serde_json::Value = serde_json::from_str(&out).unwrap();
    record["id"].as_str().unwrap().to_string()
}

#[test]
fn a_follow_up_marked_done_leaves_the_list_and_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let today = jiff::Zoned::now().date().to_string();
    let timed = call(data, &["--customer", "Ana Horvat", "--ticket", "T-1"], &format!("{today} 10:00"));
    let all_day = call(data, &[], &today);

    let (_, due, _) = calma(data, &["followups", "--due"], "");
    assert!(due.contains(&timed) && due.contains(&all_day), "{due}");
    assert!(due.contains(&format!("{today} 10:00")), "the promised time: {due}");

    let (code, ics, err) = calma(data, &["followups", "--format", "ics"], "");
    assert_eq!(code, 0, "{err}");
    assert!(ics.ends_with("END:VCALENDAR\r\n"), "{ics:?}");
    assert!(!ics.replace("\r\n", "").contains('\n'), "CRLF only: {ics:?}");
    assert!(ics.contains(&format!("PRODID:-//calma//calma {}//EN\r\n", env!("CARGO_PKG_VERSION"))), "{ics}");
    // Ten o'clock here, as the instant it is (UTC): every calendar shows it
    // at ten in this zone, whatever its own.
    let ten = today.parse::<jiff::civil::Date>().unwrap().at(10, 0, 0, 0);
    let utc = ten.to_zoned(jiff::Zoned::now().time_zone().clone()).unwrap().timestamp();
    let dtstart = format!("DTSTART:{}\r\n", utc.strftime("%Y%m%dT%H%M%SZ"));
    assert!(ics.contains(&dtstart), "a timed event at {dtstart}: {ics}");
    assert!(ics.contains("SUMMARY:Follow up: T-1\r\n"), "the ticket: {ics}");
    // No ticket, no name: the call's date and time say which call.
    let untitled = ics.lines().find(|l| l.starts_with("SUMMARY:Call back")).unwrap_or_default();
    assert!(untitled.starts_with(&format!("SUMMARY:Call back (call of {today} ")), "no ticket: {ics}");
    assert!(!ics.contains("Ana Horvat"), "no customer's name in a shared calendar: {ics}");
    assert!(!ics.contains("DESCRIPTION:\r\n"), "{ics}");
    let (_, named, _) = calma(data, &["followups", "--format", "ics", "--with-names"], "");
    assert!(named.contains("SUMMARY:Follow up: Ana Horvat · T-1\r\n"), "{named}");

    let (code, out, err) =
        calma(data, &["followups", "done", &timed, "--note", "Called, refund confirmed"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&timed), "{out}");
    // A new process (a restart) sees it done: it is in the record.
    let (_, due, _) = calma(data, &["followups", "--due"], "");
    assert!(!due.contains(&timed) && due.contains(&all_day), "{due}");
    let (_, ics, _) = calma(data, &["followups", "--format", "ics"], "");
    assert!(!ics.contains(&format!("UID:{timed}@calma")) && ics.contains(&format!("UID:{all_day}@calma")));
    let (_, record, _) = calma(data, &["export", &timed, "--format", "json"], "");
    let record: serde_json::Value = serde_json::from_str(&record).unwrap();
    assert_eq!(record["follow_up_done"]["note"], "Called, refund confirmed");
    assert!(record["follow_up_done"]["at"].as_str().unwrap().starts_with(&today));

    // Nothing left: no calendar, one line that says so.
    calma(data, &["followups", "done", &all_day], "");
    let (code, ics, err) = calma(data, &["followups", "--format", "ics"], "");
    assert_eq!((code, ics.as_str(), err.lines().count()), (0, "", 1), "{err}");
}

#[test]
fn an_unknown_call_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    for id in ["20260101-000000-1", "../../etc/passwd", ""] {
        let (code, out, err) = calma(data, &["followups", "done", id], "");
        assert_eq!(code, 1, "{id}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("calma history"), "{err}");
    }
    let no_follow_up = call(data, &[], "-");
    let (code, _, err) = calma(data, &["followups", "done", &no_follow_up], "");
    assert_eq!(code, 1);
    assert!(err.contains("no follow-up"), "{err}");
}

/// `export latest --copy` hands the Markdown to the terminal's clipboard.
#[test]
fn export_copy_sends_the_summary_to_the_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let id = call(data, &["--ticket", "T-1043"], "-");
    let tmux = common::Tmux::start_with_clipboard(
        &["--data-dir", data, "--lang", "en", "export", "latest", "--copy"],
        &[],
        200,
        10,
    );
    assert_eq!(tmux.wait_exit(), 0);
    let copied = tmux.clipboard();
    assert!(copied.starts_with(&format!("## Call {id}")), "{copied}");
    assert!(copied.contains("T-1043") && copied.contains("Waiting for billing"), "{copied}");
    // Not a terminal: one clear line, nothing copied.
    let (code, out, err) = calma(data, &["export", "latest", "--copy"], "");
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("--copy"), "{err}");
}

/// Home → `f`: the open follow-ups, overdue first; `d` asks for a note
/// and closes the highlighted one (the command line and the Markdown see
/// it closed, with the note); `u` opens it again.
#[test]
fn the_follow_ups_screen_closes_one_with_d() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let today = jiff::Zoned::now().date();
    let first = call(data, &["--customer", "Ana Horvat"], &format!("{today} 09:30"));
    let second = call(data, &["--customer", "Marko Kovač"], &today.tomorrow().unwrap().to_string());
    let tmux = common::Tmux::start(&["--data-dir", data, "--lang", "en"], &[], 80, 20);
    tmux.wait_for("Follow-ups to do");
    tmux.keys(&["f"]);
    let screen = tmux.wait_for("Follow-ups still open");
    assert!(screen.contains("Ana Horvat") && screen.contains("Marko Kovač"), "{screen}");
    assert!(screen.contains(&format!("ID: {first}")), "the first is highlighted:\n{screen}");
    tmux.keys(&["d"]);
    tmux.wait_for("How did it go?");
    tmux.type_text("Called, refund confirmed");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("marked done");
    assert!(!screen.contains("Ana Horvat") && screen.contains("Marko Kovač"), "{screen}");
    let (_, md, _) = calma(data, &["export", &first], "");
    assert!(md.contains("Called, refund confirmed"), "the note, where the ticket's reader looks: {md}");
    // u: open again, back in the list.
    tmux.keys(&["u"]);
    let screen = tmux.wait_for("open again");
    assert!(screen.contains("Ana Horvat"), "{screen}");
    // Closed once more, without a note (Enter skips it).
    tmux.keys(&["d", "Enter"]);
    tmux.wait_for("marked done");
    tmux.keys(&["q"]);
    tmux.wait_for("Follow-ups to do");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    let (_, list, _) = calma(data, &["followups"], "");
    assert!(!list.contains(&first) && list.contains(&second), "{list}");
    let (_, record, _) = calma(data, &["export", &first, "--format", "json"], "");
    let record: serde_json::Value = serde_json::from_str(&record).unwrap();
    assert!(record["follow_up_done"]["note"].is_null(), "the second close has no note: {record}");
}

/// Issue 27, 3: a follow-up marked done twice keeps its first time and
/// note, and the second says so (and fails): its note is not dropped
/// without a word.
#[test]
fn a_second_done_keeps_the_first_note_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let today = jiff::Zoned::now().date().to_string();
    let id = call(data, &[], &today);
    let (code, _, err) = calma(data, &["followups", "done", &id, "--note", "Refund confirmed"], "");
    assert_eq!(code, 0, "{err}");
    let (_, first, _) = calma(data, &["export", &id, "--format", "json"], "");
    let first: serde_json::Value = serde_json::from_str(&first).unwrap();

    let (code, out, err) = calma(data, &["followups", "done", &id, "--note", "Called again"], "");
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("already marked done") && err.contains("this note was not added"), "{err}");
    assert!(err.contains(&today), "when it was done: {err}");
    let (code, _, err) = calma(data, &["followups", "done", &id], "");
    assert_eq!(code, 1);
    assert!(err.contains("already marked done") && err.contains("nothing was changed"), "{err}");

    let (_, now, _) = calma(data, &["export", &id, "--format", "json"], "");
    let now: serde_json::Value = serde_json::from_str(&now).unwrap();
    assert_eq!(now["follow_up_done"], first["follow_up_done"], "the first time and note are kept");
    assert_eq!(now["follow_up_done"]["note"], "Refund confirmed");
}

/// Issue 27, 3: two `followups done` at once: one marks it done with its
/// note, the other is told it was done already; neither note is
/// overwritten by the other.
#[test]
fn two_dones_at_once_never_overwrite_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let today = jiff::Zoned::now().date().to_string();
    for round in 0..8 {
        let id = call(data, &[], &today);
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
        let dones: Vec<_> = ["first", "second"]
            .into_iter()
            .map(|who| {
                let (data, id, barrier) = (data.to_string(), id.clone(), barrier.clone());
                std::thread::spawn(move || {
                    let note = format!("{who} of round {round}");
                    barrier.wait();
                    let (code, out, err) = calma(&data, &["followups", "done", &id, "--note", &note], "");
                    (code, out, err, note)
                })
            })
            .collect();
        let results: Vec<_> = dones.into_iter().map(|d| d.join().unwrap()).collect();
        let won: Vec<_> = results.iter().filter(|r| r.0 == 0).collect();
        assert_eq!(won.len(), 1, "round {round}: exactly one marks it done: {results:?}");
        assert!(won[0].1.contains("marked done"), "{results:?}");
        let lost = results.iter().find(|r| r.0 != 0).unwrap();
        assert!(lost.2.contains("already marked done"), "round {round}: {results:?}");
        let (_, record, _) = calma(data, &["export", &id, "--format", "json"], "");
        let record: serde_json::Value = serde_json::from_str(&record).unwrap();
        assert_eq!(record["follow_up_done"]["note"], won[0].3.as_str(), "round {round}: the winner's note");
    }
}
