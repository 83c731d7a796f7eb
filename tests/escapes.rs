//! No file can drive the terminal through a command's output: a record and
//! a team playbook full of escape sequences go through every printing
//! command, and the bytes written hold no control character but line
//! breaks. A closed stdout (`| head`) ends a command quietly.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::fs;
use std::process::{Command, Stdio};

/// ESC, BEL, CSI (C1), OSC 52 (clipboard), OSC 0 (title), SGR, bidi and
/// zero-width marks.
const EVIL: &str = "\u{1b}]0;pwned\u{7}\u{1b}]52;c;aGk=\u{7}\u{1b}[31m\u{9b}2J\u{202e}\u{200d}";

fn calma(data: &str, team: &str, args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["--data-dir", data, "--playbook", team, "--lang", "en"])
        .args(args)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn is_escape(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{200b}'..='\u{200f}')
}

#[test]
fn escapes_in_records_and_team_files_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let calls = data.join("calls");
    fs::create_dir_all(&calls).unwrap();
    let record = serde_json::json!({
        "id": format!("20260101-000000-1{EVIL}"),
        "status": "complete",
        "started_at": format!("2026-01-01T10:00:00+01:00{EVIL}"),
        "ended_at": "2026-01-01T10:05:00+01:00",
        "duration_secs": 300,
        "ui_lang": "en", "customer_lang": "en",
        "customer": format!("Ana{EVIL}"), "ticket": format!("T-1{EVIL}"),
        "playbook_version": "1", "outcome": "resolved",
        "summary": format!("## Outcome: resolved{EVIL}"),
        "follow_up": "2020-01-02",
        "moods": [{ "at": "2026-01-01T10:00:00+01:00", "mood": 3 }],
        "steps": [{ "at": "2026-01-01T10:00:00+01:00", "step": "calm" }],
        "steps_done": ["calm", "refund_policy"],
        "ticks": [],
        "notes": [{ "at": format!("2026-01-01T10:01:00+01:00{EVIL}"), "kind": "promise", "text": format!("call back{EVIL}") }]
    });
    fs::write(calls.join("20260101-000000-1.json"), record.to_string()).unwrap();
    let team = dir.path().join("team");
    fs::create_dir_all(&team).unwrap();
    let step = serde_json::json!({ "steps": [{
        "id": "refund_policy", "phase": "resolve", "title": format!("Refunds{EVIL}"),
        "why": format!("Why{EVIL}"), "checklist": ["a", "b"], "phrasings": ["a", "b", "c", "d"],
        "avoid": ["a", "b"], "sources": ["policy.pdf"]
    }]});
    fs::write(team.join("en.json"), step.to_string()).unwrap();
    let (data, team) = (data.to_str().unwrap(), team.to_str().unwrap());
    let commands: [&[&str]; 8] = [
        &["history"],
        &["history", "--json"],
        &["export", "latest"],
        &["export", "latest", "--format", "json"],
        &["followups"],
        &["followups", "--format", "ics"],
        &["followups", "--due"],
        &["practice", "--list"],
    ];
    for args in commands {
        let (code, out, err) = calma(data, team, args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let text = String::from_utf8(out).unwrap();
        assert!(!text.chars().any(is_escape), "{args:?} printed an escape: {text:?}");
        assert!(!err.chars().any(is_escape), "{args:?} warned with an escape: {err:?}");
        if args.contains(&"json") {
            let _: serde_json::Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        }
        if args == ["export", "latest"] {
            assert!(text.contains("\\## Outcome: resolved"), "free text cannot make a heading: {text}");
        }
    }
}

#[test]
fn a_closed_stdout_ends_a_command_quietly() {
    for args in [&["man"][..], &["completions", "zsh"], &["history"], &["practice", "--list"]] {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
            .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
            .args(["--data-dir", dir.path().to_str().unwrap()])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: quietly: {err}");
    }
}

/// The files of a data dir's `calls/` folder (records and journals), by
/// name, as they are on disk.
fn stored(data: &std::path::Path) -> Vec<(String, String)> {
    fs::read_dir(data.join("calls"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), fs::read_to_string(&p).unwrap()))
        .collect()
}

/// Whether stored text holds ESC, BEL or C1, raw or as a JSON escape.
fn holds_controls(text: &str) -> bool {
    ['\u{1b}', '\u{7}', '\u{9b}'].iter().any(|c| text.contains(*c))
        || ["\\u001b", "\\u0007", "\\u009b"].iter().any(|e| text.to_lowercase().contains(e))
}

/// `--customer` and `--ticket` are cleaned on the way in: neither the
/// journal of a call nor its record holds a control character.
#[test]
fn the_customer_and_ticket_flags_are_stored_clean() {
    use std::io::Write;
    // The input ends mid-call (the journal stays), or the call is filed.
    for input in ["n hello\n", "n hello\nq\n1\nDone\n\n"] {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_str().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
            .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
            .args(["--data-dir", data, "--lang", "en", "call", "--plain"])
            .args(["--customer", "Ana \u{1b}[31mHorvat\u{7}\u{9b}2J", "--ticket", "T-\u{1b}]0;x\u{7}1\u{9b}"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let files = stored(dir.path());
        assert!(!files.is_empty());
        for (name, text) in &files {
            assert!(!holds_controls(text), "{name}: {text}");
            assert!(text.contains("Ana [31mHorvat2J") && text.contains("T-]0;x1"), "{name}: {text}");
        }
    }
}
