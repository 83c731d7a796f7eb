//! Team data: every record as JSON Lines, interrupted calls included,
//! newest first, filtered by day.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use serde_json::Value;

fn calma(data: &str, args: &[&str], input: &str) -> (i32, String, String) {
    let mut all = vec!["--data-dir", data, "--lang", "en"];
    all.extend(args);
    common::run_calma(&all, &[], input)
}

#[test]
fn every_record_as_json_lines_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    for ticket in ["T-1", "T-2"] {
        let (code, _, err) = calma(data, &["call", "--plain", "--ticket", ticket], "n hi\nq\n1\nDone\n\n");
        assert_eq!(code, 0, "{err}");
    }
    // Input ends mid-call: the call stays interrupted, as a journal.
    calma(data, &["call", "--plain", "--ticket", "T-3"], "n the line dropped\n");

    let (code, out, err) = calma(data, &["export", "--all", "--format", "jsonl"], "");
    assert_eq!(code, 0, "{err}");
    let rows: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let tickets: Vec<&str> = rows.iter().map(|r| r["ticket"].as_str().unwrap()).collect();
    assert_eq!(tickets, ["T-3", "T-2", "T-1"], "newest first");
    assert_eq!(rows[0]["status"], "interrupted");
    assert_eq!(rows[0]["notes"][0]["text"], "the line dropped");
    assert!(
        rows.iter()
            .all(|r| r["schema"] == calma::records::record::SCHEMA && r["playbook_version"].is_string())
    );

    let today = jiff::Zoned::now().date();
    let tomorrow = today.tomorrow().unwrap().to_string();
    let (_, out, _) = calma(data, &["export", "--all", "--format", "jsonl", "--since", &tomorrow], "");
    assert_eq!(out, "", "nothing from tomorrow on");
    let (_, out, _) =
        calma(data, &["export", "--all", "--format", "jsonl", "--until", &today.to_string()], "");
    assert_eq!(out.lines().count(), 3);

    let (code, _, err) = calma(data, &["export", "--all", "--format", "jsonl", "--since", "yesterday"], "");
    assert_eq!(code, 2, "wrong usage: {err}");
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    let (code, _, err) = calma(data, &["export", "latest", "--format", "jsonl"], "");
    assert_eq!((code, err.lines().count()), (1, 1), "{err}");
}
