use std::io::{self, Cursor};

use super::*;
use crate::coach::i18n::I18n;
use crate::coach::i18n::args;
use crate::records::record::{Journal, MemorySink};

/// Runs plain mode over `input` on a session whose journal is `sink`;
/// returns what it printed.
fn run(input: &str, sink: MemorySink) -> String {
    let playbook = Playbook::embedded().expect("the embedded playbook is valid");
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = Store::open(dir.path()).expect("a store");
    let i18n = I18n::new(Lang::En);
    let state = CallState::new(playbook.pack(Lang::En), Lang::En);
    let session = CallSession::over(Journal::in_memory("t", sink), state, Lang::En);
    let mut input = Cursor::new(input.as_bytes().to_vec());
    let mut output = Vec::new();
    let mut console = Console::new(&mut input, &mut output, false, &i18n);
    call(&mut console, &playbook, &store, session, None).expect("plain mode runs");
    String::from_utf8(output).expect("UTF-8")
}

#[test]
fn a_note_that_cannot_be_written_is_never_confirmed() {
    let out = run("n Refund for invoice 1043\n+\nl\n", MemorySink::failing(io::ErrorKind::StorageFull));
    let i18n = I18n::new(Lang::En);
    assert!(!out.contains(&i18n.t("status-note-saved")), "{out}");
    assert!(out.contains(&i18n.t("status-not-saved")), "{out}");
    assert!(!out.contains("Mood: 4"), "the mood did not change either: {out}");
    assert!(out.contains(&i18n.t("plain-input-ended")), "the call goes on to the end of the input: {out}");
}

#[test]
fn a_written_note_is_confirmed() {
    let sink = MemorySink::default();
    let out = run("n Refund for invoice 1043\n", sink.clone());
    assert!(out.contains(&I18n::new(Lang::En).t("status-note-saved")), "{out}");
    assert!(sink.text().contains("Refund for invoice 1043"));
}

#[test]
fn every_command_gets_an_answer() {
    let out = run("tick 9\nstep 99\nn\np   \n-\n-\n-\n", MemorySink::default());
    let i18n = I18n::new(Lang::En);
    for line in [
        i18n.t_with("plain-no-item", &args!["n" => 9, "count" => 4]),
        i18n.t_with("plain-no-step", &args!["n" => 99, "count" => 16]),
        i18n.t_with("plain-needs-text", &args!["command" => "n"]),
        i18n.t_with("plain-needs-text", &args!["command" => "p"]),
        i18n.t_with("plain-mood-bound", &args!["mood" => 1, "label" => i18n.t("mood-1")]),
    ] {
        assert!(out.lines().any(|l| l == line), "“{line}” in:\n{out}");
    }
}
