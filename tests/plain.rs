//! Plain mode driven from a pipe, as a script or a screen-reader user
//! would: a whole call, asserted line by line, and its record.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::io::Write;
use std::process::{Command, Stdio};

use calma::coach::i18n::{I18n, args};
use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;

fn run(args_: &[&str], input: impl AsRef<[u8]>, data: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["--data-dir", data])
        .args(args_)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_ref()).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

/// The lines plain mode says when it enters a step.
fn step_lines(i18n: &I18n, playbook: &Playbook, n: usize, id: &str) -> Vec<String> {
    let step = playbook.pack(i18n.lang()).step(id).unwrap();
    let mut lines = vec![
        i18n.t_with("plain-step", &args!["n" => n, "total" => 16, "title" => step.title.clone()]),
        i18n.t_with("plain-why", &args!["text" => step.why.clone()]),
    ];
    for (i, item) in step.checklist.iter().enumerate() {
        lines.push(format!("  {}. [ ] {item}", i + 1));
    }
    lines.push(i18n.t_with("plain-say", &args!["text" => step.phrasings[0].clone()]));
    lines
}

fn whole_call(lang: Lang, note: &str, promise: &str) {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let i18n = I18n::new(lang);
    let pack = playbook.pack(lang);
    let title = |id: &str| pack.step(id).unwrap().title.clone();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let input = format!("l\ntick 1\n+\nn {note}\np {promise}\nbogus\nq\n1\nRefund approved\n\n");
    let (code, out, err) = run(&["call", "--plain", "--lang", lang.code()], &input, data);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains('\u{1b}'), "no escape sequences: {out:?}");

    // The coach says what is next and why: the customer is upset (mood 3)
    // and not heard yet, so listening and restating come before anything;
    // once listened to, the usual path goes on (no reason said), until the
    // customer gets angrier and wants more hearing.
    let next = |id: &str| {
        let why = i18n.t("reason-not-heard");
        format!("{} ({why})", i18n.t_with("call-recommended", &args!["step" => title(id)]))
    };
    let flow = |id: &str| i18n.t_with("call-recommended", &args!["step" => title(id)]);
    let mut expected = step_lines(&i18n, &playbook, 1, "calm");
    expected.push(next("listen"));
    expected.push(i18n.t_with("plain-prompt", &args!["help" => "?"]));
    expected.extend(step_lines(&i18n, &playbook, 2, "listen"));
    expected.push(next("restate"));
    expected.push(
        i18n.t_with("plain-ticked", &args!["item" => pack.step("listen").unwrap().checklist[0].clone()]),
    );
    expected.push(flow("restate"));
    expected.push(i18n.t_with("plain-mood", &args!["mood" => 4, "label" => i18n.t("mood-4")]));
    expected.push(next("restate"));
    expected.push(i18n.t("status-note-saved"));
    expected.push(i18n.t("status-promise-saved"));
    expected.push(i18n.t_with("plain-unknown", &args!["command" => "bogus", "help" => "?"]));
    expected.push(i18n.t("form-title"));
    for (i, id) in
        ["outcome-resolved", "outcome-escalated", "outcome-paused", "outcome-unresolved", "outcome-let-go"]
            .into_iter()
            .enumerate()
    {
        expected.push(format!("  {} {}", i + 1, i18n.t(id)));
    }
    let enter = i18n.t("keyname-enter");
    expected.push(i18n.t_with(
        "plain-outcome",
        &args!["default" => i18n.t("outcome-unresolved"), "enter" => enter.clone()],
    ));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[..expected.len()], expected.iter().map(String::as_str).collect::<Vec<_>>()[..]);
    // The summary comes drafted from the note and the promise.
    let drafted = lines[expected.len()];
    let asked = i18n.t_with("plain-summary-drafted", &args!["default" => "\u{0}", "enter" => enter]);
    let start = asked.split('\u{0}').next().unwrap();
    assert!(drafted.starts_with(start), "{drafted}");
    assert!(drafted.contains(note.trim_end_matches('.')) && drafted.contains(promise), "{drafted}");
    let rest = &lines[expected.len() + 1..];
    assert!(rest[0].contains("+") || rest[0].contains("20"), "the follow-up question: {}", rest[0]);
    // The same summary as the end screen, from the record as saved.
    assert_eq!(rest[1], i18n.t("summary-title"), "{rest:?}");
    assert!(rest.contains(&i18n.t_with("summary-mood", &args!["curve" => "3 → 4"]).as_str()), "{rest:?}");
    let saved_prefix = i18n.t_with("summary-saved", &args!["path" => ""]);
    let last = rest[rest.len() - 1];
    assert!(last.starts_with(&saved_prefix) && last.ends_with(".json"), "{last}");

    // The same journal and record as the full screen.
    let (_, history, _) = run(&["history", "--json"], "", data);
    let history: serde_json::Value = serde_json::from_str(&history).unwrap();
    assert_eq!(history[0]["status"], "complete");
    assert_eq!(history[0]["outcome"], "resolved");
    assert_eq!(history[0]["notes"], 1);
    assert_eq!(history[0]["promises"], 1);
    let (_, record, _) = run(&["export", "latest", "--format", "json"], "", data);
    let record: serde_json::Value = serde_json::from_str(&record).unwrap();
    assert_eq!(record["notes"][0]["text"], note);
    assert_eq!(record["notes"][1]["kind"], "promise");
    assert_eq!(record["summary"], "Refund approved");
    // The promise named Monday at ten: the follow-up keeps its day and time.
    assert!(record["follow_up"].is_string(), "{record}");
    assert_eq!(record["follow_up_time"], "10:00", "the promised time");

    // The follow-up, on Monday: listed, not yet due (said so), and a timed
    // calendar event.
    let follow_up = record["follow_up"].as_str().unwrap().to_string();
    let (_, list, _) = run(&["followups"], "", data);
    assert!(list.starts_with(&format!("{follow_up} 10:00")) && list.contains("Refund approved"), "{list}");
    let (_, due, _) = run(&["followups", "--due"], "", data);
    let en = i18n_en();
    let upcoming =
        en.t_with("followups-upcoming", &args!["count" => 1, "next" => format!("{follow_up} 10:00")]);
    assert_eq!(due.trim(), format!("{}\n{upcoming}", en.t("followups-none-due")));
    let (_, ics, _) = run(&["followups", "--format", "ics"], "", data);
    assert!(ics.contains("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT"), "{ics}");
    assert!(ics.contains("DTSTART:") && !ics.contains("VALUE=DATE"), "a timed event: {ics}");
}

fn i18n_en() -> I18n {
    I18n::new(Lang::En)
}

#[test]
fn a_whole_plain_call_in_croatian() {
    whole_call(Lang::Hr, "Kupac čeka ispravak računa od 3. studenoga", "Nazvati u ponedjeljak u 10 sati");
}

#[test]
fn a_whole_plain_call_in_portuguese() {
    whole_call(Lang::Pt, "Cliente aguarda a fatura 1043 corrigida", "Ligar na segunda às 10h");
}

#[test]
fn term_dumb_chooses_plain_mode_and_end_of_input_keeps_the_call() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["--data-dir", data, "--lang", "hr", "call"])
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("n Bilješka prije prekida\n".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let hr = I18n::new(Lang::Hr);
    assert!(text.contains(&hr.t("plain-input-ended")), "{text}");
    let (_, history, _) = run(&["history", "--json"], "", data);
    assert!(history.contains("\"interrupted\""), "{history}");
}

#[test]
fn plain_practice_from_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let scenario = playbook.scenario("sunday_delivery").unwrap();
    // Always the first response, whatever it is; then the end.
    let input = "1\n".repeat(scenario.nodes.len() + 1);
    let (code, out, err) = run(&["practice", "sunday_delivery", "--plain", "--lang", "es"], &input, data);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains('\u{1b}'));
    let es = I18n::new(Lang::Es);
    let score_prefix = es.t_with("practice-score", &args!["percent" => ""]);
    assert!(out.lines().any(|l| l.starts_with(score_prefix.trim_end_matches([' ', '%']))), "{out}");
    assert!(dir.path().join("progress.json").exists());
}

#[test]
fn plain_practice_with_a_seed_numbers_the_answers_as_shown() {
    use calma::coach::playbook::scenario::Quality;
    use calma::coach::practice::Session;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let scenario = playbook.scenario("sunday_delivery").unwrap();
    let es = I18n::new(Lang::Es);
    // The good answer by the number it is shown with, for seed 7.
    let mut session = Session::new(scenario, 7);
    let mut input = String::new();
    let mut feedback = Vec::new();
    while !session.ended() {
        let node = session.node(scenario).unwrap();
        let order = session.order(node);
        let good = node.responses.iter().position(|r| r.quality == Quality::Good).unwrap();
        let place = order.iter().position(|&i| i == good).unwrap();
        input.push_str(&format!("{}\n", place + 1));
        feedback.push(node.responses[good].feedback.get(Lang::Es).to_string());
        session.pick_shown(scenario, place);
        session.proceed(scenario);
    }
    assert!(
        session.picks.iter().any(|p| p.place != p.response),
        "seed 7 moves an answer: {:?}",
        session.picks
    );
    let (code, out, err) =
        run(&["practice", "sunday_delivery", "--plain", "--lang", "es", "--seed", "7"], &input, data);
    assert_eq!(code, 0, "{err}");
    for text in &feedback {
        assert!(out.contains(&format!("{} — {text}", es.t("practice-good"))), "{text}\n{out}");
    }
    assert!(out.contains(&es.t_with("practice-score", &args!["percent" => 100])), "{out}");
    assert!(out.contains(&es.t_with("practice-seed", &args!["value" => "7"])), "{out}");
    // The first node's answers, numbered in the order of seed 7.
    let first = scenario.node(&scenario.start).unwrap();
    for (place, i) in Session::new(scenario, 7).order(first).into_iter().enumerate() {
        let line = format!("  {} {}", place + 1, first.responses[i].text.get(Lang::Es));
        assert!(out.lines().any(|l| l.ends_with(&line) || l == line), "{line}\n{out}");
    }
}

/// What a plain call in `lang` fed `input` said (it must end well).
fn plain_call(lang: Lang, input: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) =
        run(&["call", "--plain", "--lang", lang.code()], input, dir.path().to_str().unwrap());
    assert_eq!(code, 0, "{err}");
    out
}

/// The last `Next:` line plain mode printed for this input.
fn last_next(lang: Lang, input: &str) -> String {
    let out = plain_call(lang, input);
    let prefix = I18n::new(lang).t_with("call-recommended", &args!["step" => ""]);
    out.lines().rev().find(|l| l.starts_with(prefix.trim_end())).unwrap_or_default().to_string()
}

/// The reproductions, as an agent types them in plain mode, in
/// every language: what the coach says next, and why.
#[test]
fn plain_mode_says_the_right_next_step_and_why() {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let legal = [
        (
            Lang::En,
            "Customer threatens to call his lawyer and consumer protection unless he gets a refund today",
        ),
        (Lang::Pt, "Cliente ameaça ir ao Procon e procurar um advogado se não tiver o estorno hoje"),
        (Lang::Es, "El cliente amenaza con ir a la OCU y con un abogado si hoy no le devuelven el dinero"),
        (Lang::It, "Il cliente minaccia di rivolgersi a un avvocato se oggi non ha il rimborso"),
        (Lang::Hr, "Korisnik prijeti da će nas tužiti ako mu danas ne vratimo novac"),
    ];
    for (lang, legal) in legal {
        let i18n = I18n::new(lang);
        let next = |id: &str, why: &str| {
            let title = playbook.pack(lang).step(id).unwrap().title.clone();
            format!("{} ({})", i18n.t_with("call-recommended", &args!["step" => title]), i18n.t(why))
        };
        // Shouting without abuse: listen, softly; never limits.
        assert_eq!(last_next(lang, "+\n+\n"), next("listen", "reason-hostile"), "[{lang}]");
        // Abuse: the limit first (on screen), then back to hearing them.
        assert_eq!(last_next(lang, "!\n"), next("listen", "reason-not-heard"), "[{lang}]");
        // `! + →`: one hostile turn, never "let go".
        assert!(!last_next(lang, "!\n+\nl\n").contains(&next("let_go", "reason-repeated-hostility")));
        // Abuse after the limit was set: to the pause.
        let pause = playbook.pack(lang).step("pause").unwrap().title.clone();
        let entered = i18n.t_with("plain-step", &args!["n" => 11, "total" => 16, "title" => pause]);
        let out = plain_call(lang, "!\ntick 1\n!\n");
        assert_eq!(out.lines().filter(|l| *l == entered).count(), 1, "[{lang}] {out}");
        // A legal threat among a refund and a deadline: the legal card leads.
        assert_eq!(last_next(lang, &format!("n {legal}\n")), next("escalate", "reason-critical"), "[{lang}]");
        // Resolved, then a promise to call back with the refund: still the close.
        assert_eq!(
            last_next(lang, "r\np I will call you back tomorrow to confirm the refund\n"),
            next("document", "reason-resolved"),
            "[{lang}]"
        );
        assert_eq!(last_next(lang, "+\n+\nr\n-\n-\n-\n-\n"), next("document", "reason-resolved"), "[{lang}]");
        assert_eq!(last_next(lang, "e\n"), next("close", "reason-escalating"), "[{lang}]");
        // Upset and not heard: listen first, whatever step is on screen.
        assert_eq!(last_next(lang, "step 7\n"), next("listen", "reason-not-heard"), "[{lang}]");
    }
}

/// `l` again and again walks forward: no step twice.
#[test]
fn next_in_plain_mode_never_loops() {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    for lang in [Lang::En, Lang::Es, Lang::Hr] {
        let out = plain_call(lang, &"l\n".repeat(8));
        let i18n = I18n::new(lang);
        let steps = &playbook.pack(lang).steps;
        let entered: Vec<String> = (0..steps.len())
            .map(|i| {
                let args = args!["n" => i + 1, "total" => steps.len(), "title" => steps[i].title.clone()];
                i18n.t_with("plain-step", &args)
            })
            .collect();
        let visits: Vec<&str> = out.lines().filter(|l| entered.iter().any(|e| e == l)).collect();
        let mut seen = visits.clone();
        seen.sort();
        seen.dedup();
        assert!(visits.len() >= 5, "[{lang}] {visits:?}\n{out}");
        assert_eq!(seen.len(), visits.len(), "[{lang}] a step came back: {visits:?}");
    }
}

#[test]
fn plain_mode_announces_a_cue_in_one_line() {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let dir = tempfile::tempdir().unwrap();
    let input = "n cliente vai procurar o Procon e um advogado\nc\n";
    let (code, out, err) = run(&["call", "--plain", "--lang", "pt"], input, dir.path().to_str().unwrap());
    assert_eq!(code, 0, "{err}");
    let pack = playbook.pack(Lang::Pt);
    let cue = pack.cues.iter().find(|c| c.id == "legal").unwrap();
    let step = pack.step("escalate").unwrap().title.clone();
    let line =
        I18n::new(Lang::Pt).t_with("plain-cue", &args!["card" => cue.card.clone(), "step" => step.clone()]);
    assert!(out.lines().any(|l| l == line), "{out}");
    let entered = I18n::new(Lang::Pt).t_with("plain-step", &args!["n" => 12, "total" => 16, "title" => step]);
    assert!(out.lines().any(|l| l == entered), "c goes to the step of the cue: {out}");
}

/// The files of the data dir's `calls/` folder, by name: the records and
/// journals as they are on disk (what `export` prints is cleaned again).
fn stored(data: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(std::path::Path::new(data).join("calls"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The texts of the notes of the one record in the data dir.
fn notes_on_disk(data: &str) -> Vec<String> {
    let (_, text) = stored(data).into_iter().find(|(name, _)| name.ends_with(".json")).unwrap();
    let record: serde_json::Value = serde_json::from_str(&text).unwrap();
    record["notes"].as_array().unwrap().iter().map(|n| n["text"].as_str().unwrap().to_string()).collect()
}

/// One line that is not UTF-8 is said in one line and the call goes on
/// (PRODUCT.md §6): the bytes that cannot be read are kept as U+FFFD.
#[test]
fn invalid_utf8_on_stdin_is_one_line_and_the_call_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let input: &[u8] = b"n caf\xFF\nn then a note\nq\n1\nFixed\n\n";
    let (code, out, err) = run(&["call", "--plain"], input, data);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
    let i18n = i18n_en();
    assert_eq!(out.lines().filter(|l| *l == i18n.t("plain-not-utf8")).count(), 1, "{out}");
    assert!(!out.contains(&i18n.t_with("error-terminal", &args!["reason" => ""])), "{out}");
    assert_eq!(out.lines().filter(|l| *l == i18n.t("status-note-saved")).count(), 2, "{out}");
    assert_eq!(notes_on_disk(data), ["caf\u{FFFD}", "then a note"]);
}

/// Control characters typed in plain mode never reach the journal or the
/// record: they are cleaned on the way in, as the full screen's are.
#[test]
fn control_characters_typed_in_plain_mode_are_not_stored() {
    let typed = "n red \x1b[31malert\x07 and \u{9b}2J done\np a \x1b]0;x\x07promise\n";
    let raw = ['\u{1b}', '\u{7}', '\u{9b}'];
    let escaped = ["\\u001b", "\\u0007", "\\u009b"];
    let unclean =
        |text: &str| raw.iter().any(|c| text.contains(*c)) || escaped.iter().any(|e| text.contains(e));
    // The input ends mid-call: the journal is kept as it is.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let (code, _, err) = run(&["call", "--plain"], typed, data);
    assert_eq!(code, 0, "{err}");
    let files = stored(data);
    assert!(files.iter().any(|(name, _)| name.ends_with(".jsonl")), "{files:?}");
    for (name, text) in &files {
        assert!(!unclean(text), "{name}: {text}");
    }
    // A whole call: its record, summary and follow-up too.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let input = format!("{typed}q\n2\nsum\x1b[2Jmary\x07\n+3d\n");
    let (code, _, err) = run(&["call", "--plain"], &input, data);
    assert_eq!(code, 0, "{err}");
    let files = stored(data);
    assert!(files.iter().any(|(name, _)| name.ends_with(".json")), "{files:?}");
    for (name, text) in &files {
        assert!(!unclean(text), "{name}: {text}");
    }
    assert_eq!(notes_on_disk(data), ["red [31malert and 2J done", "a ]0;xpromise"]);
}

/// `CALMA_LOG` keeps what calma did in a file of its own: the call started
/// and its record saved, with the call's id, and not the customer's name;
/// stdout says exactly what it says without it.
#[test]
fn calma_log_keeps_the_call_in_a_file_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let log = dir.path().join("calma.log");
    let input = "n Refund wanted\nq\n1\nRefund approved\n\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .env("CALMA_LOG", &log)
        .args([
            "--data-dir",
            data.to_str().unwrap(),
            "call",
            "--plain",
            "--lang",
            "en",
            "--customer",
            "Ana Lopes",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let logged = std::fs::read_to_string(&log).unwrap();
    for line in ["calma started", "call started", "record saved"] {
        assert!(logged.contains(line), "{line:?} in {logged}");
    }
    assert!(!logged.contains("Ana Lopes"), "no customer name in the log: {logged}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("call started"), "the log is not on stdout");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&log).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn practice_listen_that_cannot_start_is_one_line_and_the_practice_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let it = I18n::new(Lang::It);
    let args = ["--lang", "it", "--model", "/nowhere/ggml-base.bin", "practice", "sunday_delivery"];
    let (code, out, err) = run(&[&args[..], &["--plain", "--listen", "--seed", "3"]].concat(), "2\n", data);
    assert_eq!(code, 0, "{err}");
    // Without the `listen` feature the build says so; with it, the model
    // that is not there.
    let reason = if cfg!(feature = "listen") {
        it.t_with("listen-no-model", &args!["path" => "/nowhere/ggml-base.bin"])
    } else {
        it.t("listen-not-built")
    };
    let line = it.t_with("listen-stopped", &args!["reason" => reason]);
    assert_eq!(err.trim_end(), format!("calma: {line}"), "one line");
    assert!(!out.contains(&it.t("plain-practice-listening")), "{out}");
    assert!(out.contains(&it.t("practice-good")), "the typed answer is judged: {out}");
}
