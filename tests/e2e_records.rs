//! Nothing is lost: the real binary killed in the middle of a call, the
//! notes found in history and export, and the call recovered on restart.
#![cfg(unix)] // tmux, kill and signals: Unix only
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use calma::coach::i18n::I18n;
use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use common::Tmux;
use serde_json::Value;

fn calma(data: &str, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["--data-dir", data])
        .args(args)
        .env_remove("LANG")
        .env("TERM", "xterm-256color")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn title(lang: Lang, step: &str) -> String {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    playbook.pack(lang).step(step).unwrap().title.clone()
}

/// Starts a call, types a note and a promise, and kills calma with -9.
fn killed_call(data: &str) {
    let t = Tmux::start(&["--data-dir", data, "call", "--lang", "hr"], &[], 80, 24);
    t.wait_for(&title(Lang::Hr, "calm"));
    t.keys(&["n"]);
    t.type_text("Kupac čeka povrat");
    t.keys(&["Enter"]);
    t.wait_for("Kupac čeka povrat");
    t.keys(&["p"]);
    t.type_text("Nazvati sutra u 10");
    t.keys(&["Enter"]);
    t.wait_for("Nazvati sutra u 10");
    t.kill_9();
    assert_eq!(t.wait_exit(), 137, "killed by SIGKILL");
}

#[test]
fn kill_9_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    killed_call(data);

    let (code, out, err) = calma(data, &["history", "--json"]);
    assert_eq!(code, 0, "{err}");
    let history: Value = serde_json::from_str(&out).unwrap();
    let call = &history[0];
    assert_eq!(call["status"], "interrupted");
    assert_eq!(call["ended_at"], Value::Null);
    assert_eq!(call["notes"], 1);
    assert_eq!(call["promises"], 1);

    let id = call["id"].as_str().unwrap();
    let (code, out, err) = calma(data, &["export", id, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let record: Value = serde_json::from_str(&out).unwrap();
    let notes: Vec<(&str, &str)> = record["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["kind"].as_str().unwrap(), n["text"].as_str().unwrap()))
        .collect();
    assert_eq!(notes, [("note", "Kupac čeka povrat"), ("promise", "Nazvati sutra u 10")]);
    assert!(record["notes"][0]["at"].as_str().unwrap().contains('T'), "RFC 3339 times");
}

#[test]
fn an_interrupted_call_is_resumed_then_documented() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    killed_call(data);

    let hr = I18n::new(Lang::Hr);
    let t = Tmux::start(&["--data-dir", data, "call", "--lang", "hr"], &[], 80, 24);
    t.wait_for(&hr.t("recover-title"));
    t.wait_for("Kupac čeka povrat");
    t.keys(&["r"]);
    t.wait_for(&format!("▶ {}", title(Lang::Hr, "calm")));
    t.wait_for("Nazvati sutra u 10");
    t.keys(&["r", "q", "y"]);
    t.wait_for(&hr.t("form-title"));
    // The summary comes drafted: cleared and written anew.
    t.keys(&["Tab", "C-u"]);
    t.type_text("Povrat odobren");
    t.keys(&["Enter"]);
    t.wait_for(&hr.t("summary-title"));
    t.keys(&["Enter"]);
    t.wait_exit();

    let (_, out, _) = calma(data, &["history", "--json"]);
    let history: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(history.as_array().unwrap().len(), 1, "one call, resumed: {history}");
    assert_eq!(history[0]["status"], "complete");
    assert_eq!(history[0]["outcome"], "resolved");
    assert_eq!(history[0]["notes"], 1);
    assert_eq!(history[0]["promises"], 1);
}

#[test]
fn an_interrupted_call_can_be_filed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    killed_call(data);
    let hr = I18n::new(Lang::Hr);
    let t = Tmux::start(&["--data-dir", data, "--lang", "hr"], &[], 80, 24);
    t.wait_for(&hr.t("recover-title"));
    t.keys(&["f"]);
    t.wait_for(&hr.t("home-call"));
    t.keys(&["q"]);
    t.wait_exit();
    let (_, out, _) = calma(data, &["history", "--json"]);
    let history: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(history[0]["status"], "interrupted");
    let calls = std::fs::read_dir(dir.path().join("calls")).unwrap().count();
    assert_eq!(calls, 1, "the journal became a record");
}

#[test]
fn unusable_data_dir_and_missing_record_are_one_clear_line() {
    let (code, _, err) = calma("/dev/null/x", &["history"]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/dev/null/x"), "{err}");
    let (code, _, err) = calma("/dev/null/x", &["call"]);
    assert_eq!(code, 1, "{err}");
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = calma(dir.path().to_str().unwrap(), &["export", "nope"]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("nope") && !err.contains("panicked"), "{err}");
}

#[test]
fn the_follow_up_is_counted_from_today() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let t = Tmux::start(&["--data-dir", data, "call", "--lang", "en"], &[], 80, 24);
    t.wait_for(&title(Lang::En, "calm"));
    t.keys(&["r", "q", "y"]);
    let en = I18n::new(Lang::En);
    t.wait_for(&en.t("form-title"));
    // Resolved: in three days, once the fix has had time to work.
    let in_three_days = calma::coach::clock::now().date().checked_add(jiff::Span::new().days(3)).unwrap();
    t.wait_for(&in_three_days.to_string());
}
