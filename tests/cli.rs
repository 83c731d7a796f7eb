//! The command line: clear lines and exit codes for bad input.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::process::{Command, Stdio};

fn calma(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_calma"));
    command.env("CALMA_CONFIG", "/nonexistent/calma/config.toml");
    command.args(args).env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    // A real terminal type: TERM=dumb would choose plain mode.
    command.env("TERM", "xterm-256color").envs(env.iter().copied()).stdin(Stdio::null());
    let out = command.output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

#[test]
fn an_unknown_language_is_one_clear_line() {
    let (code, _, err) = calma(&["--lang", "de", "call"], &[]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("de") && err.contains("pt, es, it, hr, en"), "{err}");
    let (_, _, err) = calma(&["--lang", "xx", "call"], &[("LANG", "hr_HR.UTF-8")]);
    assert!(err.contains("pt, es, it, hr, en") && err.contains("Nepoznat"), "localised: {err}");
}

#[test]
fn call_without_a_terminal_is_one_clear_line() {
    let (code, _, err) = calma(&["call"], &[]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn playbook_check_passes_and_export_round_trips() {
    let (code, out, _) = calma(&["playbook", "check"], &[]);
    assert_eq!(code, 0);
    assert!(out.contains("16"), "{out}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let (code, _, err) = calma(&["playbook", "export", path], &[]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = calma(&["playbook", "check", path], &[]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn a_broken_playbook_is_reported_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    calma(&["playbook", "export", path], &[]);
    std::fs::write(dir.path().join("hr.json"), "{\n  \"language\": \"hr\",\n  oops\n}").unwrap();
    let (code, _, err) = calma(&["playbook", "check", path], &[]);
    assert_eq!(code, 1);
    assert!(err.contains("hr.json:3:3"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn help_lists_the_commands() {
    let (code, out, _) = calma(&["--help"], &[]);
    assert_eq!(code, 0);
    assert!(out.contains("call") && out.contains("playbook") && out.contains("--lang"), "{out}");
}

#[test]
fn completions_and_man_page_are_generated() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, out, err) = calma(&["completions", shell], &[]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("calma") && out.contains("practice") && out.len() > 500, "{shell}: {out}");
    }
    let (code, out, _) = calma(&["man"], &[]);
    assert_eq!(code, 0);
    assert!(out.contains(".TH calma") && out.contains("playbook"), "{out}");
}

#[test]
fn version_names_the_playbook_version() {
    let (code, out, _) = calma(&["--version"], &[]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), format!("calma {} (playbook 1)", env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = calma(&["call", "--no-such-flag"], &[]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn help_snapshot() {
    let (code, out, _) = calma(&["--help"], &[]);
    assert_eq!(code, 0);
    insta::assert_snapshot!(out);
}

/// `--help` speaks the UI language: the about line and every argument's help.
#[test]
fn help_is_in_the_ui_language() {
    let (code, out, _) = calma(&["--lang", "hr", "followups", "--help"], &[]);
    assert_eq!(code, 0);
    assert!(out.contains("Samo one s rokom danas ili ranije"), "{out}");
    let (_, out, _) = calma(&["call", "--help"], &[("LANG", "it_IT.UTF-8")]);
    assert!(out.contains("Apre"), "{out}");
    // The manual documents every subcommand with its options.
    let (_, man, _) = calma(&["man"], &[]);
    assert!(man.contains(".SH \"CALMA FOLLOWUPS DONE\"") && man.contains("\\-\\-note"), "{man}");
}

/// `calma ARGS` on a data dir with stdout on /dev/full: the exit code and
/// stderr.
fn to_full_disk(args: &[&str], data: &str) -> (i32, String) {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("TERM", "xterm-256color")
        .args(["--data-dir", data])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::from(full))
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A write error on stdout other than a closed pipe is one line and a
/// non-zero exit, for every command that prints (PRODUCT.md §6).
#[test]
fn a_failed_write_on_stdout_is_one_line_and_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let (code, _, err) = common::run_calma(
        &["--data-dir", data, "call", "--plain", "--ticket", "T-1"],
        &[],
        "n a note\nq\n2\nA summary\n+2d\n",
    );
    assert_eq!(code, 0, "{err}");
    let commands: &[&[&str]] = &[
        &["history"],
        &["history", "--json"],
        &["export", "latest"],
        &["export", "latest", "--format", "json"],
        &["export", "--all", "--format", "jsonl"],
        &["followups"],
        &["followups", "--due"],
        &["followups", "--format", "ics"],
        &["config"],
        &["schema", "record"],
        &["man"],
        &["completions", "bash"],
        &["practice", "--list"],
        &["playbook", "check"],
        &["--version"],
        // The help clap prints (found by the fresh attack of issue 27: it
        // said 0 on a full disk).
        &["--help"],
        &["-h"],
        &["help"],
        &["call", "--help"],
        &["help", "followups", "done"],
    ];
    for args in commands {
        let (code, err) = to_full_disk(args, data);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("No space left on device"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// `calma model` says which model to get for each language, where from and
/// where it goes (`models/` of the data directory, which it does not
/// create); `model check` tells a whisper.cpp file from anything else.
#[test]
fn model_lists_where_to_get_a_model_and_checks_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data_arg = data.to_str().unwrap();
    let (code, out, err) = calma(&["--data-dir", data_arg, "--lang", "en", "model"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("https://huggingface.co/ggerganov/whisper.cpp"), "{out}");
    for lang in ["hr", "pt"] {
        assert_eq!(out.lines().filter(|l| l.contains("←") && l.contains(lang)).count(), 1, "{lang}: {out}");
    }
    assert!(out.contains(&format!("{}/models/ggml-base.bin", data.display())), "{out}");
    assert!(!data.exists(), "listing creates no data directory");

    let own = dir.path().join("ggml-own.bin");
    std::fs::write(&own, b"lmgg and some tensors").unwrap();
    let (code, out, _) = calma(&["--lang", "en", "model", "check", own.to_str().unwrap()], &[]);
    assert_eq!((code, out.lines().count()), (0, 1), "{out}");
    let text = dir.path().join("notes.bin");
    std::fs::write(&text, b"not a model").unwrap();
    let (code, _, err) = calma(&["--lang", "en", "model", "check", text.to_str().unwrap()], &[]);
    assert_eq!((code, err.lines().count()), (1, 1), "{err}");
    assert!(err.contains("not a whisper.cpp model"), "{err}");
}

/// Without listen mode `calma model fetch` downloads nothing: one line says
/// it needs the listen build, and which file to get by hand, where.
#[cfg(not(feature = "listen"))]
#[test]
fn model_fetch_says_it_needs_the_listen_build() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for lang in ["pt", "es", "it", "hr", "en"] {
        let (code, out, err) =
            calma(&["--data-dir", data.to_str().unwrap(), "--lang", lang, "model", "fetch", "base"], &[]);
        assert_eq!((code, out.as_str(), err.lines().count()), (1, "", 1), "{lang}: {err}");
        assert!(err.contains("--features listen"), "{lang}: {err}");
        assert!(err.contains("/resolve/main/ggml-base.bin"), "{lang}: {err}");
        assert!(err.contains(&format!("{}/models", data.display())), "{lang}: {err}");
    }
    assert!(!data.exists(), "nothing is created");
}
