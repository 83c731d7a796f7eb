//! calma attacked as issue 12 did, with the real binary: a paste into a
//! note, signals, a second window on the same data directory, kill -9 at
//! random moments, and a full disk.
#![cfg(unix)] // tmux, kill and signals: Unix only
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use calma::coach::i18n::{I18n, args};
use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use common::Tmux;
use serde_json::Value;

fn calma(data: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["--data-dir", data, "--lang", "en"])
        .args(args)
        .env("TERM", "xterm-256color")
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

/// `calma call --plain` on `data`, stdin and stdout piped, stderr as given.
fn plain_call(data: &str, stderr: Stdio) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["--data-dir", data, "--lang", "en", "call", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap()
}

/// `calma history --json` of a data directory.
fn history_of(data: &str) -> Value {
    let (_, out, _) = calma(data, &["history", "--json"]);
    serde_json::from_str(&out).unwrap()
}

/// The names of the files in a data directory's `calls`.
fn files_of(data: &str) -> Vec<String> {
    let calls = std::fs::read_dir(std::path::Path::new(data).join("calls")).unwrap();
    calls.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

fn title(step: &str) -> String {
    Playbook::embedded().unwrap().pack(Lang::En).step(step).unwrap().title.clone()
}

#[test]
fn a_paste_into_a_note_is_text_never_keys() {
    let t = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
    t.wait_for(&title("calm"));
    t.keys(&["n"]);
    t.paste("Refund for invoice 1043\ne! then q and y");
    t.keys(&["Enter"]);
    t.wait_for("Refund for invoice 1043 e! then q and y");
    t.keys(&["C-c"]);
    t.wait_exit();
    let data = t.data_dir().to_str().unwrap();
    let (_, out, err) = calma(data, &["export", "latest", "--format", "json"]);
    let record: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}"));
    assert_eq!(record["notes"].as_array().unwrap().len(), 1, "{record}");
    let steps: Vec<&str> =
        record["steps"].as_array().unwrap().iter().map(|s| s["step"].as_str().unwrap()).collect();
    assert_eq!(steps, ["calm"], "no key of the paste ran: {steps:?}");
}

#[test]
fn a_paste_outside_a_text_field_does_nothing() {
    let t = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
    t.wait_for(&title("calm"));
    t.paste("e!+ q");
    t.keys(&["l"]);
    t.wait_for(&format!("▶ {}", title("listen")));
    let screen = t.screen();
    assert!(!screen.contains(&I18n::new(Lang::En).t("status-escalate")), "{screen}");
    assert!(!screen.contains(&I18n::new(Lang::En).t("confirm-quit")), "{screen}");
}

#[test]
fn signals_give_the_terminal_back() {
    for (name, number) in [("TERM", 15), ("HUP", 1), ("QUIT", 3), ("INT", 2)] {
        let t = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
        t.wait_for(&title("calm"));
        assert_eq!(t.format("#{alternate_on}"), "1", "the call runs on the alternate screen");
        t.signal(name);
        assert_eq!(t.wait_exit(), 128 + number, "SIG{name} ends calma");
        assert_eq!(t.format("#{alternate_on}"), "0", "SIG{name} leaves the alternate screen");
        let modes = std::fs::read_to_string(t.data_dir().join("stty-after")).unwrap();
        for mode in [" echo ", " icanon "] {
            assert!(modes.contains(mode), "after SIG{name} the terminal has{mode}again: {modes}");
        }
    }
}

/// SIGTSTP gives the terminal back before calma stops (cooked, the main
/// screen); SIGCONT takes it again and draws the call whole.
#[test]
fn a_stop_gives_the_terminal_back_and_a_continue_takes_it_again() {
    let t = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
    t.wait_for(&title("calm"));
    let tty = t.format("#{pane_tty}");
    let modes = || {
        let out = std::process::Command::new("stty").args(["-a", "-F", &tty]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(modes().contains(" -icanon "), "the call runs raw: {}", modes());
    t.signal("TSTP");
    t.wait_until(|_| t.format("#{alternate_on}") == "0", "the main screen while stopped");
    assert!(modes().contains(" icanon ") && modes().contains(" echo "), "cooked while stopped: {}", modes());
    t.signal("CONT");
    t.wait_until(|_| t.format("#{alternate_on}") == "1", "the alternate screen again");
    t.wait_for(&title("calm"));
    assert!(modes().contains(" -icanon "), "raw again: {}", modes());
    // It still answers keys.
    t.keys(&["l"]);
    t.wait_for(&format!("▶ {}", title("listen")));
}

/// Two windows offered the same interrupted call: one resumes it, the
/// other files it. The second is told in one line that the call is open
/// elsewhere, and goes on; the first keeps every note it confirms.
#[test]
fn filing_a_call_another_window_resumed_is_refused_in_one_line() {
    let first = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
    let data = first.data_dir().to_str().unwrap().to_string();
    first.wait_for(&title("calm"));
    first.keys(&["n"]);
    first.type_text("Kept before the crash");
    first.keys(&["Enter"]);
    first.wait_for("Kept before the crash");
    first.kill_9();
    let en = I18n::new(Lang::En);
    let a = Tmux::start(&["--data-dir", &data, "--lang", "en"], &[], 80, 24);
    let b = Tmux::start(&["--data-dir", &data, "--lang", "en"], &[], 80, 24);
    a.wait_for(&en.t("recover-title"));
    b.wait_for(&en.t("recover-title"));
    b.keys(&["r"]);
    b.wait_for("Kept before the crash");
    a.keys(&["f"]);
    a.wait_for("open in another calma window");
    b.keys(&["n"]);
    b.type_text("Added after the race");
    b.keys(&["Enter"]);
    b.wait_for(&en.t("status-note-saved"));
    let journals: Vec<String> =
        files_of(&data).into_iter().filter(|f| f.ends_with(".journal.jsonl")).collect();
    assert_eq!(journals.len(), 1, "B's journal is still there: {journals:?}");
    let text = std::fs::read_to_string(std::path::Path::new(&data).join("calls").join(&journals[0])).unwrap();
    assert!(text.contains("Added after the race") && text.contains("Kept before the crash"), "{text}");
}

/// The other order (found by the fresh attack of issue 27): A files the
/// call first, then B, still showing the offer, resumes or files it. B
/// is told in one line that another window took it, and goes on; it
/// used to end with "The record could not be saved: …journal.jsonl: No
/// such file or directory. Press Enter to try again".
#[test]
fn resuming_or_filing_a_call_another_window_filed_is_said_in_one_line() {
    let en = I18n::new(Lang::En);
    for key in ["r", "f"] {
        let first = Tmux::start(&["call", "--plain", "--lang", "en"], &[], 80, 24);
        let data = first.data_dir().to_str().unwrap().to_string();
        first.wait_for("Command");
        first.type_text("n Kept before the crash");
        first.keys(&["Enter"]);
        first.wait_for(&en.t("status-note-saved"));
        first.kill_9();
        let a = Tmux::start(&["--data-dir", &data, "--lang", "en"], &[], 80, 24);
        let b = Tmux::start(&["--data-dir", &data, "--lang", "en"], &[], 80, 24);
        a.wait_for(&en.t("recover-title"));
        b.wait_for(&en.t("recover-title"));
        a.keys(&["f"]);
        a.wait_gone(&en.t("recover-title"));
        b.keys(&[key]);
        let screen = b.wait_for("was just filed or resumed in another calma window");
        assert!(!screen.contains("could not be saved"), "{key}: {screen}");
        assert!(!screen.contains("No such file"), "{key}: {screen}");
        let history = history_of(&data);
        assert_eq!(history.as_array().map(Vec::len), Some(1), "{key}: filed once: {history}");
        assert_eq!(history[0]["notes"], 1, "{key}: {history}");
        // B goes on: its home screen still answers keys.
        b.wait_for(&en.t("home-call"));
        b.keys(&["c"]);
        b.wait_for(&title("calm"));
    }
}

#[test]
fn a_second_window_never_takes_a_live_call() {
    let first = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
    let data = first.data_dir().to_str().unwrap().to_string();
    first.wait_for(&title("calm"));
    first.keys(&["n"]);
    first.type_text("Customer waits for a refund");
    first.keys(&["Enter"]);
    first.wait_for("Customer waits for a refund");

    let history = history_of(&data);
    assert_eq!(history[0]["status"], "live", "{history}");

    // A second window on the same data directory starts its own call at once.
    let second = Tmux::start(&["--data-dir", &data, "call", "--lang", "en"], &[], 80, 24);
    second.wait_for(&title("calm"));
    assert!(!second.screen().contains(&I18n::new(Lang::En).t("recover-title")));
    second.keys(&["C-c"]);
    second.wait_exit();

    first.keys(&["n"]);
    first.type_text("Still saved");
    first.keys(&["Enter"]);
    first.wait_for("Still saved");
    first.kill_9();
    first.wait_exit();
    let history = history_of(&data);
    let notes: u64 = history.as_array().unwrap().iter().map(|c| c["notes"].as_u64().unwrap()).sum();
    assert_eq!(notes, 2, "both notes of the first window are kept: {history}");
}

/// calma started again on `data`, showing the interrupted call.
fn offered(data: &str) -> Tmux {
    let t = Tmux::start(&["--data-dir", data, "--lang", "en"], &[], 80, 24);
    t.wait_for(&I18n::new(Lang::En).t("recover-title"));
    t
}

/// Kills calma in the middle of typing `text` (in the field just opened).
fn killed_typing(t: &Tmux, text: &str) {
    t.type_text(text);
    t.wait_for(text);
    t.kill_9();
    t.wait_exit();
}

#[test]
fn a_note_half_typed_when_calma_is_killed_comes_back() {
    let first = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
    let data = first.data_dir().to_str().unwrap().to_string();
    first.wait_for(&title("calm"));
    first.keys(&["p"]);
    killed_typing(&first, "Call back Friday with the refu");

    // Resumed, the promise field is open again with what was typed.
    let again = offered(&data);
    again.keys(&["r"]);
    let call = title("calm");
    again.wait_until(|s| s.contains(&call) && s.contains("with the refu"), "the promise field, reopened");
    again.type_text("nd");
    again.keys(&["Enter"]);
    again.wait_for("Call back Friday with the refund");
    again.keys(&["n"]);
    killed_typing(&again, "Customer is calmer");

    // Filed as interrupted, the draft becomes a note of the record.
    let third = offered(&data);
    third.keys(&["f"]);
    third.keys(&["C-c"]);
    third.wait_exit();
    let history = history_of(&data);
    assert_eq!(
        (history[0]["notes"].as_u64(), history[0]["promises"].as_u64()),
        (Some(1), Some(1)),
        "{history}"
    );
    let left = files_of(&data);
    assert_eq!(left.len(), 1, "only the record is left: {left:?}");
}

#[test]
fn a_form_half_filled_when_calma_is_killed_comes_back() {
    let first = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
    let data = first.data_dir().to_str().unwrap().to_string();
    first.wait_for(&title("calm"));
    first.keys(&["q", "y"]);
    first.wait_for(&I18n::new(Lang::En).t("form-title"));
    first.keys(&["2", "Tab"]);
    killed_typing(&first, "Escalated to billing, refund pending");

    // Resumed, the form is back as it was; saved, the draft is gone.
    let again = offered(&data);
    again.keys(&["r"]);
    let form = I18n::new(Lang::En).t("form-title");
    let screen = again.wait_until(|s| s.contains(&form) && s.contains("refund pending"), "the form, filled");
    assert!(screen.contains("(•) 2"), "the outcome picked: {screen}");
    again.keys(&["Enter"]);
    again.wait_for(&I18n::new(Lang::En).t("summary-title"));
    again.keys(&["C-c"]);
    again.wait_exit();
    let history = history_of(&data);
    assert_eq!(history[0]["summary"], "Escalated to billing, refund pending", "{history}");
    let left = files_of(&data);
    assert_eq!(left.len(), 1, "only the record is left: {left:?}");
}

/// A small deterministic generator: the same moments every run.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

#[test]
fn kill_9_at_random_moments_loses_no_confirmed_note() {
    let mut seed = 12;
    let (mut runs, mut confirmed_total) = (0, 0);
    for run in 0..30 {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_str().unwrap();
        let mut child = plain_call(data, Stdio::null());
        let mut stdin = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || {
            for n in 0..200 {
                if writeln!(stdin, "n note {n} of run {run} — čćž").is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(2));
            }
        });
        // Confirmations are read as they come; the kill falls anywhere.
        let deadline = Instant::now() + Duration::from_millis(30 + next(&mut seed) % 400);
        let reader = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut confirmed = 0;
        while Instant::now() < deadline {
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(5))
                && line == "Note saved."
            {
                confirmed += 1;
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        while let Ok(line) = rx.try_recv() {
            if line == "Note saved." {
                confirmed += 1;
            }
        }
        let _ = writer.join();
        let (code, out, err) = calma(data, &["history", "--json"]);
        assert_eq!(code, 0, "{err}");
        let history: Value = serde_json::from_str(&out).unwrap();
        let kept = history.as_array().unwrap().first().map_or(0, |c| c["notes"].as_u64().unwrap());
        assert!(kept >= confirmed, "run {run}: {confirmed} notes confirmed, {kept} kept");
        runs += 1;
        confirmed_total += confirmed;
    }
    println!("kill loop: {runs} runs, {confirmed_total} confirmed notes, 0 lost");
}

#[test]
fn a_full_disk_confirms_only_what_was_written() {
    let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
    if !root {
        println!("skipped: mounting a small tmpfs needs root");
        return;
    }
    let mount = tempfile::tempdir().unwrap();
    let point = mount.path().to_str().unwrap();
    let mounted = Command::new("mount").args(["-t", "tmpfs", "-o", "size=64k", "tmpfs", point]).status();
    if !mounted.is_ok_and(|s| s.success()) {
        println!("skipped: mount -t tmpfs is not allowed here");
        return;
    }
    let data = format!("{point}/data");
    let input: String =
        (0..400).map(|n| format!("n note number {n}: kupac čeka povrat, padding padding\n")).collect();
    let mut child = plain_call(&data, Stdio::inherit());
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let confirmed = text.lines().filter(|l| *l == "Note saved.").count() as u64;
    let refused = text.lines().filter(|l| l.contains("Not saved")).count();
    let (_, history, _) = calma(&data, &["history", "--json"]);
    let calls = std::fs::read_dir(format!("{data}/calls")).unwrap();
    let journal = calls.filter_map(|e| e.ok()).find(|e| e.file_name().to_string_lossy().ends_with(".jsonl"));
    let ends_whole = journal.map(|j| std::fs::read(j.path()).unwrap().ends_with(b"\n"));
    Command::new("umount").arg(point).status().unwrap();
    let history: Value = serde_json::from_str(&history).unwrap();
    assert!(refused > 0, "the disk filled up: {text}");
    assert_eq!(history[0]["notes"].as_u64().unwrap(), confirmed, "every confirmed note is kept, no more");
    assert_eq!(ends_whole, Some(true), "the journal ends on a whole line");
    println!("full disk: {confirmed} notes confirmed and kept, {refused} refused");
}

/// Issue 27, 1: four calls started at the same instant on one data
/// directory, many rounds. Each calma tidies the directory as it starts,
/// and no start may lose another's journal or find it "open in another
/// window": every note confirmed is on disk, and every call starts.
#[test]
fn four_calls_started_at_once_lose_no_confirmed_note() {
    const CALLS: usize = 4;
    const NOTES: usize = 5;
    let started = Instant::now();
    let (mut rounds, mut confirmed_total, mut kept_total) = (0, 0, 0);
    while rounds < 100 && started.elapsed() < Duration::from_secs(15) {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_str().unwrap().to_string();
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(CALLS));
        let calls: Vec<_> = (0..CALLS)
            .map(|k| {
                let (data, barrier) = (data.clone(), barrier.clone());
                std::thread::spawn(move || {
                    let mut input: String =
                        (0..NOTES).map(|n| format!("n note {n} of call {k} — čćž\n")).collect();
                    input.push_str("q\n1\nSolved\n-\n");
                    barrier.wait();
                    let mut child = plain_call(&data, Stdio::piped());
                    let mut stdin = child.stdin.take().unwrap();
                    let _ = stdin.write_all(input.as_bytes());
                    drop(stdin);
                    let out = child.wait_with_output().unwrap();
                    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
                    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
                    (out.status.code(), stdout, stderr)
                })
            })
            .collect();
        let mut confirmed = 0;
        for call in calls {
            let (code, out, err) = call.join().unwrap();
            assert!(!err.contains("another calma window"), "round {rounds}: a fresh call refused: {err}");
            assert_eq!(code, Some(0), "round {rounds}: {err}");
            confirmed += out.lines().filter(|l| *l == "Note saved.").count();
        }
        let history = history_of(&data);
        let calls = history.as_array().unwrap();
        let kept: u64 = calls.iter().map(|c| c["notes"].as_u64().unwrap()).sum();
        assert_eq!(calls.len(), CALLS, "round {rounds}: {history}");
        assert_eq!(confirmed, CALLS * NOTES, "round {rounds}");
        assert!(kept >= confirmed as u64, "round {rounds}: {confirmed} notes confirmed, {kept} kept");
        rounds += 1;
        confirmed_total += confirmed;
        kept_total += kept;
    }
    println!(
        "start race: {rounds} rounds of {CALLS} calls, {confirmed_total} notes confirmed, {kept_total} on disk"
    );
}

/// A terminal that goes away without a SIGHUP (calma not its session's
/// controlling process: `setsid`) ends calma; it used to read end-of-file
/// in a loop at 100 % of a core, for ever.
#[test]
fn a_terminal_that_hangs_up_without_a_signal_ends_calma() {
    let data = tempfile::tempdir().unwrap();
    let data = data.path().to_str().unwrap().to_string();
    let socket = format!("calma-hangup-{}", std::process::id());
    let tmux =
        |args: &[&str]| Command::new("tmux").args(["-L", &socket, "-f", "/dev/null"]).args(args).output();
    let command = format!(
        "env TERM=xterm-256color CALMA_CONFIG=/nonexistent/calma/config.toml setsid -w {} --data-dir {data} call --lang en",
        env!("CARGO_BIN_EXE_calma")
    );
    tmux(&["new-session", "-d", "-x", "80", "-y", "24", &command]).unwrap();
    let running = || {
        let out =
            Command::new("pgrep").args(["-f", "--", &format!("--data-dir {data} call")]).output().unwrap();
        !String::from_utf8_lossy(&out.stdout).trim().is_empty()
    };
    let start = Instant::now();
    while !running() {
        assert!(start.elapsed() < Duration::from_secs(15), "calma started");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(500));
    tmux(&["kill-server"]).unwrap();
    let start = Instant::now();
    while running() {
        if start.elapsed() > Duration::from_secs(10) {
            // Not left spinning after the test.
            Command::new("pkill").args(["-f", "--", &format!("--data-dir {data} call")]).status().unwrap();
            panic!("calma still runs after its terminal went away");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Mounts a tmpfs of `size` for a test, or says why it cannot (not root,
/// not allowed); unmounted when dropped.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
        let dir = tempfile::tempdir().unwrap();
        let point = dir.path().to_str().unwrap();
        let mounted = root
            && Command::new("mount")
                .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs", point])
                .status()
                .is_ok_and(|s| s.success());
        if !mounted {
            println!("skipped: mounting a small tmpfs needs root, and mount allowed");
            return None;
        }
        Some(SmallDisk(dir))
    }

    fn path(&self) -> &str {
        self.0.path().to_str().unwrap()
    }

    /// Fills what is left with a file `filler`; removing it frees the room.
    fn fill(&self) -> std::path::PathBuf {
        let filler = self.0.path().join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        while file.write_all(&[b'x'; 512]).is_ok() {}
        let _ = file.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

/// Issue 27, 4: plain mode, the disk full when the record is written: what
/// the form was given is kept, and Enter really tries again once there is
/// room.
#[test]
fn plain_mode_keeps_its_form_when_the_record_cannot_be_written_and_enter_tries_again() {
    let Some(disk) = SmallDisk::mount("256k") else { return };
    let data = format!("{}/data", disk.path());
    let mut child = plain_call(&data, Stdio::inherit());
    let mut stdin = child.stdin.take().unwrap();
    let (lines, read) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { return };
            if lines.send(line).is_err() {
                return;
            }
        }
    });
    let mut out = String::new();
    let mut wait_for = |what: &str| -> String {
        loop {
            let line =
                read.recv_timeout(Duration::from_secs(20)).unwrap_or_else(|_| panic!("{what} in:\n{out}"));
            out.push_str(&line);
            out.push('\n');
            if line.contains(what) {
                return out.clone();
            }
        }
    };
    stdin.write_all(b"n the customer waits for a refund\nq\n").unwrap();
    wait_for("Outcome: type its number");
    stdin.write_all(b"2\nRefund promised by Friday\n").unwrap();
    wait_for("Follow-up date");
    let filler = disk.fill();
    stdin.write_all(b"2026-12-24\n").unwrap();
    let failed = wait_for("could not be saved");
    assert!(failed.contains("Press Enter to try again"), "{failed}");
    std::fs::remove_file(&filler).unwrap();
    stdin.write_all(b"\n").unwrap();
    let out = wait_for("Saved");
    drop(stdin);
    let status = child.wait().unwrap();
    assert!(status.success(), "{out}");
    let history = history_of(&data);
    assert_eq!(history.as_array().map(Vec::len), Some(1), "{history}");
    let record = &history[0];
    assert_eq!(record["status"], "complete", "{record}");
    assert_eq!(
        record["summary"], "Refund promised by Friday",
        "the summary typed before the failure: {record}"
    );
    assert_eq!(record["follow_up"], "2026-12-24", "{record}");
}

/// Issue 27, 5: the full screen, the disk full when a long note is saved:
/// the failure shows on the same Enter, not after another key.
#[test]
fn a_note_the_full_disk_refuses_is_said_on_the_same_key() {
    let Some(disk) = SmallDisk::mount("256k") else { return };
    let data = format!("{}/data", disk.path());
    let t = Tmux::start(&["--data-dir", &data, "call", "--lang", "en"], &[], 100, 30);
    t.wait_for(&title("calm"));
    let _filler = disk.fill();
    t.keys(&["n"]);
    // Longer than a page: the journal's last page has no room for it.
    let note: String = (0..700).map(|n| format!("word{n} ")).collect();
    t.paste(note.trim_end());
    t.wait_for("word699");
    t.keys(&["Enter"]);
    let screen = t.wait_for("NOT being saved");
    assert!(!screen.contains("Note saved"), "{screen}");
    t.keys(&["C-c"]);
    t.wait_exit();
}

/// Found by the fresh attack of issue 27: the disk already full when a
/// call starts (the journal's first write). calma stops before the call
/// with one line that says the call could not be started; it used to say
/// "The record could not be saved … Press Enter to try again", and end.
#[test]
fn a_call_that_cannot_start_on_a_full_disk_says_so_in_one_line() {
    let Some(disk) = SmallDisk::mount("64k") else { return };
    let data = format!("{}/data", disk.path());
    let (code, _, err) = calma(&data, &["history"]);
    assert_eq!(code, 0, "{err}");
    std::fs::create_dir_all(format!("{data}/calls")).unwrap();
    let _filler = disk.fill();
    let en = I18n::new(Lang::En);
    let started = en.t_with("error-call-start", &args!["reason" => "@"]);
    let started = started.split('@').next().unwrap();
    let mut child = plain_call(&data, Stdio::piped());
    let _ = child.stdin.take().unwrap().write_all(b"n a note\n");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(started) && err.contains("No space left on device"), "{err}");
    assert!(!err.contains("Press Enter") && !err.contains("could not be saved"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Note saved"));
    // The full screen says the same, on the main screen, and ends.
    let t = Tmux::start(&["--data-dir", &data, "call", "--lang", "en"], &[], 100, 30);
    assert_eq!(t.wait_exit(), 1);
    // (A long path wraps the line: its start may have scrolled away.)
    let screen = t.screen();
    assert!(screen.contains("No space left on device"), "{screen}");
    assert!(!screen.contains("Press Enter") && !screen.contains("could not be saved"), "{screen}");
}

/// Found by the fresh attack of issue 27: control characters typed into
/// the full screen's fields (a terminal sends a C1 CSI, U+009B, as a key,
/// not as a paste) were stored raw in the journal and the record; a
/// paste was cleaned. Typed text is cleaned the same way.
#[test]
fn control_characters_typed_into_a_note_are_not_stored() {
    let t = Tmux::start(&["call", "--lang", "en"], &[], 80, 24);
    t.wait_for(&title("calm"));
    t.keys(&["n"]);
    t.type_text("typed \u{9b}31m and \u{85}next \u{202e}end");
    t.keys(&["Enter"]);
    t.wait_for("typed 31m and next end");
    t.keys(&["q", "y"]);
    t.wait_for(&I18n::new(Lang::En).t("form-title"));
    t.type_text("x\u{9b}2J");
    t.keys(&["Enter"]);
    t.wait_for(&I18n::new(Lang::En).t("summary-title"));
    let data = t.data_dir().to_str().unwrap();
    for name in files_of(data) {
        let text = std::fs::read_to_string(t.data_dir().join("calls").join(&name)).unwrap();
        for c in ['\u{9b}', '\u{85}', '\u{202e}'] {
            assert!(!text.contains(c), "{name} holds {c:?}: {text}");
        }
        assert!(!text.to_lowercase().contains("\\u009b"), "{name}: {text}");
    }
    let (_, out, _) = calma(data, &["export", "latest", "--format", "json"]);
    assert!(out.contains("typed 31m and next end"), "{out}");
}

/// Found by the fresh attack of issue 27: the follow-ups screen's note,
/// typed while `calma followups done` closed the same follow-up from a
/// shell, was refused with "The record could not be saved … Press Enter to
/// try again" (cut off, and no retry can work). It now says the follow-up
/// was already marked done and that this note was not added.
#[test]
fn a_follow_up_closed_elsewhere_while_its_note_is_typed_says_the_note_was_not_added() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let (code, _, err) = common::run_calma(
        &["--data-dir", data, "--lang", "en", "call", "--plain"],
        &[],
        "p ring back\nq\n2\nRefund promised\n+2d\n",
    );
    assert_eq!(code, 0, "{err}");
    let id = history_of(data)[0]["id"].as_str().unwrap().to_string();
    let en = I18n::new(Lang::En);
    let t = Tmux::start(&["--data-dir", data, "--lang", "en"], &[], 120, 24);
    t.wait_for(&en.t("home-call"));
    t.keys(&["f"]);
    t.wait_for("Refund promised");
    t.keys(&["d"]);
    t.wait_for(&en.t("followups-note"));
    t.type_text("Called back from the screen");
    let (code, _, err) = calma(data, &["followups", "done", &id, "--note", "Called back from a shell"]);
    assert_eq!(code, 0, "{err}");
    t.keys(&["Enter"]);
    let screen = t.wait_for("this note was not added");
    assert!(!screen.contains("could not be saved"), "{screen}");
    let (_, out, _) = calma(data, &["export", &id, "--format", "json"]);
    let record: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        record["follow_up_done"]["note"], "Called back from a shell",
        "the first note stays: {record}"
    );
}
