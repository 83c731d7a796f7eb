//! Listen mode with the real engine (`cargo test --features listen`):
//! espeak-ng speaks the lines into WAV files, calma listens to them with
//! the test model (`scripts/fetch-test-model`, which `.ci/run` runs), and
//! what it heard must tick the checklist and raise the cues — on screen,
//! in plain mode and in the journal, without a socket opened.
#![cfg(feature = "listen")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;
#[path = "common/model.rs"]
mod model;
#[path = "common/pulse.rs"]
mod pulse;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use calma::coach::lang::Lang;
use calma::coach::playbook::cues::Cues;
use calma::coach::playbook::{Playbook, Speaker};
use common::{Tmux, run_calma};
use pulse::Pulse;

/// The whisper.cpp model the tests use, which must be there.
fn model() -> String {
    let path = model::test_model();
    assert!(path.is_file(), "no test model at {}: run scripts/fetch-test-model", path.display());
    path.display().to_string()
}

/// What `calma --lang LANG transcribe WAV` prints (exit code, out, err).
fn transcribe(lang: &str, model: &str, wav: &Path) -> (i32, String, String) {
    run_calma(&["--lang", lang, "--model", model, "transcribe", &wav.display().to_string()], &[], "")
}

/// The espeak-ng voice and pace that whisper understands best per language.
fn voice(lang: &str) -> &'static [&'static str] {
    match lang {
        "pt" => &["-v", "pt-br", "-s", "110", "-g", "4", "-a", "150"],
        "es" => &["-v", "es", "-s", "105", "-g", "5"],
        "it" => &["-v", "it", "-s", "120", "-g", "3"],
        "hr" => &["-v", "hr", "-s", "120", "-g", "3"],
        _ => &["-v", "en-us", "-s", "130", "-g", "3"],
    }
}

fn run(program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Speaks `lines` in `lang` into one 16 kHz mono WAV: `lead` seconds of
/// silence first, 1.2 s after each line. Returns the file and where each
/// line starts and ends in it (seconds).
fn speak(dir: &Path, name: &str, lang: &str, lead: f64, lines: &[&str]) -> (PathBuf, Vec<(f64, f64)>) {
    let mut parts = Vec::new();
    let mut spans = Vec::new();
    let mut at = 0.0;
    for (i, line) in lines.iter().enumerate() {
        let raw = dir.join(format!("{name}-{i}-raw.wav"));
        let part = dir.join(format!("{name}-{i}.wav"));
        let mut args: Vec<&str> = voice(lang).to_vec();
        let raw_path = raw.display().to_string();
        args.extend(["-w", &raw_path, line]);
        run("espeak-ng", &args);
        let before = if i == 0 { lead } else { 0.3 }.to_string();
        let part_path = part.display().to_string();
        run(
            "sox",
            &[
                "-v", "0.9", &raw_path, "-r", "16000", "-c", "1", "-b", "16", &part_path, "pad", &before,
                "1.2",
            ],
        );
        let secs = {
            let reader = hound::WavReader::open(&part).unwrap();
            f64::from(reader.duration()) / f64::from(reader.spec().sample_rate)
        };
        let start = at + before.parse::<f64>().unwrap();
        spans.push((start, at + secs - 1.2));
        at += secs;
        parts.push(part_path);
    }
    let out = dir.join(format!("{name}.wav"));
    let mut args: Vec<&str> = parts.iter().map(String::as_str).collect();
    let out_path = out.display().to_string();
    args.push(&out_path);
    run("sox", &args);
    (out, spans)
}

/// The journal of the only call in a data directory.
fn journal(data: &Path) -> String {
    let calls = data.join("calls");
    let path = std::fs::read_dir(&calls)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.display().to_string().ends_with(".journal.jsonl"))
        .expect("a journal");
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn transcribe_prints_what_a_recording_says_with_start_times() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let lines = ["If I understood correctly, your order arrived late.", "I am so sorry about that."];
    let (wav, _) = speak(dir.path(), "en", "en", 0.5, &lines);
    let (code, out, err) = transcribe("en", &model(), &wav);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 2, "one row per utterance: {out}");
    assert!(rows[0].starts_with("00:00.") && rows[1].starts_with("00:0"), "{out}");
    let text = out.to_lowercase();
    assert!(text.contains("understood correctly") && text.contains("sorry"), "{out}");
    // A model that is not there is one line that says what to do.
    let (code, _, err) = transcribe("en", "/nowhere/ggml-base.bin", &wav);
    assert_eq!((code, err.lines().count()), (1, 1), "{err}");
    assert!(err.contains("/nowhere/ggml-base.bin") && err.contains("--model"), "{err}");
}

/// What the agent says (a restating, an apology) and what the customer
/// says (a lawyer), in one language, and what the screen calls them.
struct Call {
    lang: &'static str,
    agent: [&'static str; 2],
    customer: &'static str,
    heard: &'static str,
    card: &'static str,
}

const CALLS: [Call; 2] = [
    Call {
        lang: "pt",
        agent: ["Se eu entendi bem, o seu pedido chegou atrasado.", "Sinto muito pelo transtorno."],
        customer: "Se isso não for resolvido, eu vou procurar um advogado.",
        heard: "· ouvido",
        card: "⚑ O cliente fala em advogado",
    },
    Call {
        lang: "es",
        agent: ["Entonces me está diciendo que el pedido llegó tarde.", "Lo siento mucho, de verdad."],
        customer: "Voy a hablar con mi abogado.",
        heard: "· oído",
        card: "⚑ El cliente habla de abogados",
    },
];

#[test]
fn a_listening_call_ticks_what_the_agent_says_and_raises_what_the_customer_says() {
    let _one = one_at_a_time();
    for call in CALLS {
        let dir = tempfile::tempdir().unwrap();
        let (agent, _) = speak(dir.path(), "agent", call.lang, 0.5, &call.agent);
        // The customer speaks after the agent, as on a call.
        let (customer, _) = speak(dir.path(), "customer", call.lang, 9.0, &[call.customer]);
        let (agent, customer) = (agent.display().to_string(), customer.display().to_string());
        let args = [
            "--lang",
            call.lang,
            "--model",
            &model(),
            "call",
            "--listen",
            "--audio-file",
            &agent,
            "--customer-audio-file",
            &customer,
        ];
        let t = Tmux::start(&args, &[], 80, 24);
        t.wait_longer(|s| s.contains("nada"), "the listening indicator", Duration::from_secs(60));
        let screen = t.wait_longer(|s| s.contains(call.card), call.card, Duration::from_secs(90));
        assert!(screen.contains("●"), "the screen says it listens:\n{screen}");
        // The restating and the apology were ticked, marked heard.
        for (step, cue) in [("3", "restate_said"), ("5", "apology_said")] {
            t.wait_longer(|_| journal(t.data_dir()).contains(cue), cue, Duration::from_secs(30));
            t.keys(&["g"]);
            t.type_text(step);
            t.keys(&["Enter"]);
            let screen = t.wait_longer(|s| s.contains(call.heard), call.heard, Duration::from_secs(30));
            assert!(screen.contains("[x]"), "{}: {cue} ticked:\n{screen}", call.lang);
        }
        let journal = journal(t.data_dir());
        assert!(journal.contains(r#""cues":["legal"]"#), "{journal}");
        // Nothing said is written without --keep-transcript.
        assert!(!journal.contains(r#""text""#), "no words in the journal: {journal}");
        t.keys(&["C-c"]);
    }
}

#[test]
fn the_customers_device_is_heard_as_it_plays() {
    let _one = one_at_a_time();
    let pulse = Pulse::start(&["softphone"]);
    let dir = tempfile::tempdir().unwrap();
    let (customer, _) = speak(dir.path(), "customer", "en", 0.5, &["I will call my lawyer about this."]);
    let quiet = dir.path().join("quiet.wav").display().to_string();
    run("sox", &["-n", "-r", "16000", "-c", "1", "-b", "16", &quiet, "trim", "0", "60"]);
    // The softphone's monitor as the customer's device, through ALSA's
    // PulseAudio plugin; the agent's microphone is a quiet file.
    let env = [("PULSE_SERVER", pulse.address.as_str()), ("PULSE_SOURCE", "softphone.monitor")];
    let args = [
        "--lang",
        "en",
        "--model",
        &model(),
        "call",
        "--listen",
        "--audio-file",
        &quiet,
        "--customer-audio",
        "alsa:pulse",
    ];
    let t = Tmux::start(&args, &env, 80, 24);
    t.wait_longer(|s| s.contains("● Listening"), "the listening indicator", Duration::from_secs(60));
    let played = pulse.client("paplay").args(["--device=softphone"]).arg(&customer).status().unwrap();
    assert!(played.success());
    let screen =
        t.wait_longer(|s| s.contains("⚑ They mention legal action"), "the card", Duration::from_secs(60));
    assert!(screen.contains("Customer said:"), "{screen}");
    t.keys(&["C-c"]);
}

/// The model runs on both cores: one listening test at a time, so that
/// none waits on another's transcriptions.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// `calma ARGS` under strace: the system calls that make or reach sockets,
/// and what it printed. `input` is typed once a line containing `until`
/// was printed (or after two minutes).
fn sockets_of(args: &[&str], until: &str, input: &str) -> (String, String) {
    use std::io::{BufRead, Write};
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace");
    let mut child = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=socket,connect", "-o"])
        .arg(&trace)
        .arg(env!("CARGO_BIN_EXE_calma"))
        .args(args)
        .env("CALMA_CONFIG", "/nonexistent/config.toml")
        .env("CALMA_DATA_DIR", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("strace is installed (.ci/run installs it)");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (seen, wait) = std::sync::mpsc::channel();
    let waits = !until.is_empty();
    let until = until.to_string();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            if !until.is_empty() && line.contains(&until) {
                let _ = seen.send(());
            }
            out.push_str(&line);
            out.push('\n');
        }
        out
    });
    if waits {
        let _ = wait.recv_timeout(Duration::from_secs(120));
    }
    let _ = stdin.write_all(input.as_bytes());
    drop(stdin);
    let status = child.wait().unwrap();
    let out = reader.join().unwrap();
    assert!(status.success(), "{out}");
    (std::fs::read_to_string(trace).unwrap(), out)
}

#[test]
fn listening_opens_no_socket_and_plain_mode_says_what_it_heard() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let lines = ["If I understood correctly, your order arrived late.", "I will call my lawyer about this."];
    let (wav, _) = speak(dir.path(), "en", "en", 0.5, &lines);
    let wav = wav.display().to_string();
    let model = model();
    let (trace, _) = sockets_of(&["--model", &model, "transcribe", &wav], "", "");
    assert!(!trace.contains("connect(") && !trace.contains("AF_INET"), "{trace}");
    let args = [
        "--lang",
        "en",
        "--model",
        &model,
        "call",
        "--plain",
        "--listen",
        "--audio-file",
        &wav,
        "--customer-audio-file",
        &wav,
    ];
    let (trace, out) = sockets_of(&args, "Cue: They mention legal action", "q\n1\n\n\n");
    assert!(!trace.contains("connect(") && !trace.contains("AF_INET"), "{trace}");
    assert!(out.contains("Listening (nothing is recorded)"), "{out}");
    assert!(out.contains("Heard you: Repeat the request in your own words ✓"), "{out}");
    assert!(out.contains("Cue: They mention legal action"), "the lawyer raised its card: {out}");
}

/// An answer said out loud in practice (`calma practice --plain --listen`),
/// in one language, and how it must be graded.
struct Spoken {
    lang: &'static str,
    said: &'static str,
    grade: &'static str,
}

/// At the first turn of `sunday_delivery` (the step: Show empathy), a
/// good answer and one with a line to avoid, in two languages.
const SPOKEN: [Spoken; 4] = [
    Spoken {
        lang: "en",
        said: "A fridge breaking down is really stressful, I understand. Let me pull up your order.",
        grade: "practice-good",
    },
    Spoken { lang: "en", said: "Calm down. There is nothing I can do about it.", grade: "practice-harmful" },
    Spoken {
        lang: "es",
        said: "Entiendo perfectamente, se le ha estropeado la nevera con todo dentro. Voy a abrir su pedido.",
        grade: "practice-good",
    },
    Spoken { lang: "es", said: "Cálmese, no hay nada que yo pueda hacer.", grade: "practice-harmful" },
];

/// `calma practice sunday_delivery --plain --listen` with `wav` as the
/// trainee's voice: what it printed up to the grade of the first answer
/// (the input is held open until then, and closed after it).
fn practise_aloud(lang: &str, wav: &Path, data: &Path) -> String {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let i18n = calma::coach::i18n::I18n::new(Lang::from_locale(lang).unwrap());
    let grades: Vec<String> =
        ["practice-good", "practice-weak", "practice-harmful"].iter().map(|id| i18n.t(id)).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
        .args(["--lang", lang, "--model", &model(), "practice", "sunday_delivery", "--plain", "--listen"])
        .args(["--seed", "3", "--audio-file"])
        .arg(wav)
        .env("CALMA_CONFIG", "/nonexistent/config.toml")
        .env("CALMA_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (done, graded) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            out.push_str(&line);
            out.push('\n');
            if grades.contains(&line) {
                let _ = done.send(());
            }
        }
        out
    });
    let _ = graded.recv_timeout(Duration::from_secs(120));
    drop(stdin);
    let status = child.wait().unwrap();
    let out = reader.join().unwrap();
    assert!(status.success(), "{out}");
    out
}

#[test]
fn an_answer_said_out_loud_is_shown_and_graded_and_never_kept() {
    let _one = one_at_a_time();
    for spoken in SPOKEN {
        let i18n = calma::coach::i18n::I18n::new(Lang::from_locale(spoken.lang).unwrap());
        let dir = tempfile::tempdir().unwrap();
        let (wav, _) = speak(dir.path(), "answer", spoken.lang, 0.5, &[spoken.said]);
        let data = dir.path().join("data");
        let out = practise_aloud(spoken.lang, &wav, &data);
        assert!(out.contains(&i18n.t("plain-practice-listening")), "{out}");
        let heard = i18n.t_with("listen-agent", &calma::coach::i18n::args!["text" => ""]);
        let transcript = out.lines().find(|l| l.starts_with(&heard));
        assert!(transcript.is_some(), "the transcript is shown: {out}");
        let grade = out.lines().skip_while(|l| !l.starts_with(&heard)).nth(1);
        assert_eq!(grade, Some(i18n.t(spoken.grade).as_str()), "{}: {}\n{out}", spoken.lang, spoken.said);
        // Nothing was written: the scenario did not end, so not even the
        // progress, and never the words.
        let files: Vec<_> = walk(&data);
        assert!(files.is_empty(), "{files:?}");
    }
}

#[test]
fn on_the_full_screen_an_answer_said_out_loud_is_shown_and_judged() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let said = "That sounds really frustrating, I completely understand. Let me pull up your order.";
    let (wav, _) = speak(dir.path(), "answer", "en", 4.0, &[said]);
    let wav = wav.display().to_string();
    let model = model();
    let args = ["--lang", "en", "--model", &model, "practice", "sunday_delivery", "--seed", "3"];
    let t = Tmux::start(&[&args[..], &["--listen", "--audio-file", &wav]].concat(), &[], 60, 20);
    t.wait_longer(|s| s.contains("● Listening: say your answer"), "listening", Duration::from_secs(60));
    let screen = t.wait_longer(|s| s.contains("✓ Good"), "the grade", Duration::from_secs(90));
    assert!(screen.contains("You: “That sounds really frustrating"), "the transcript:\n{screen}");
    assert!(screen.contains("I heard: Show empathy."), "{screen}");
    assert!(
        walk(t.data_dir())
            .iter()
            .all(|f| !std::fs::read_to_string(f).unwrap_or_default().contains("frustrating"))
    );
    t.keys(&["C-c"]);
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// `texts` spoken by espeak-ng in `lang` into one file and transcribed
/// (`calma transcribe`): what was heard of each line, each utterance
/// going with the line it started in.
fn heard_lines(lang: Lang, texts: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let (wav, spans) = speak(dir.path(), lang.code(), lang.code(), 0.5, texts);
    let (code, out, err) = transcribe(lang.code(), &model(), &wav);
    assert_eq!(code, 0, "{err}");
    let mut heard = vec![String::new(); texts.len()];
    for row in out.lines() {
        let (time, text) = row.split_once("  ").unwrap();
        let (m, s) = time.split_once(':').unwrap();
        let at = m.parse::<f64>().unwrap() * 60.0 + s.parse::<f64>().unwrap();
        if let Some(i) = spans.iter().rposition(|(start, _)| *start <= at + 0.5) {
            heard[i].push_str(text);
            heard[i].push(' ');
        }
    }
    heard
}

/// Every cue of a language spoken by espeak-ng (tests/fixtures/listen/
/// spoken.json) and transcribed: the share whose cue is found again.
fn detected(lang: Lang, lines: &BTreeMap<String, String>) -> (usize, usize, Vec<String>) {
    let playbook = Playbook::embedded().unwrap();
    let pack = playbook.pack(lang);
    let cues = Cues::of(pack);
    let ids: Vec<&String> = lines.keys().collect();
    let texts: Vec<&str> = lines.values().map(String::as_str).collect();
    let heard = heard_lines(lang, &texts);
    let mut missed = Vec::new();
    let mut found = 0;
    for (i, id) in ids.iter().enumerate() {
        let cue = pack.cues.iter().find(|c| &c.id == *id).unwrap();
        let speaker = if cue.speaker == Speaker::Agent { Speaker::Agent } else { Speaker::Customer };
        let hit = cues.find(&heard[i], Some(speaker)).iter().any(|&c| cues.info(c).unwrap().id == **id);
        if hit {
            found += 1;
        } else {
            missed.push(format!("{id}: “{}” heard as “{}”", texts[i], heard[i].trim()));
        }
    }
    (found, ids.len(), missed)
}

#[test]
fn detection_table_of_every_cue_spoken() {
    let _one = one_at_a_time();
    let text = std::fs::read_to_string("tests/fixtures/listen/spoken.json").unwrap();
    let spoken: BTreeMap<String, BTreeMap<String, String>> = serde_json::from_str(&text).unwrap();
    let mut table = vec!["| language | detected | share |".to_string(), "|---|---|---|".to_string()];
    let mut report = Vec::new();
    for lang in [Lang::Pt, Lang::Es, Lang::En, Lang::It, Lang::Hr] {
        let (found, total, missed) = detected(lang, &spoken[lang.code()]);
        let share = found as f64 / total as f64;
        table.push(format!("| {} | {found}/{total} | {:.0} % |", lang.code(), share * 100.0));
        report.push(format!("{}: missed {}", lang.code(), missed.join("; ")));
        // A floor one cue under what was measured (docs/performance.md):
        // a model, a voice or a pattern that got worse fails here.
        let floor = match lang {
            Lang::Pt => 0.75,
            Lang::Es => 0.8,
            Lang::En => 0.9,
            // Base hears these poorly (calma says so when listening
            // starts), yet a floor that can fail: 7 of 17, and 1.
            Lang::It => 0.4,
            Lang::Hr => 0.05,
        };
        assert!(share >= floor, "{}: {found}/{total}\n{}", lang.code(), missed.join("\n"));
    }
    let table = table.join("\n");
    println!("{table}\n\n{}", report.join("\n"));
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("listen-detection.md");
    std::fs::write(&out, format!("{table}\n\n{}\n", report.join("\n"))).unwrap();
}

/// The held-out lines of one language (tests/fixtures/listen/held_out.json).
#[derive(serde::Deserialize)]
struct HeldOut {
    cues: BTreeMap<String, String>,
    neutral: Vec<String>,
}

/// A text's words as compared: lower case, letters and digits only.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The share of `said`'s words found in `heard` (each heard word counts once).
fn words_found(said: &str, heard: &str) -> (usize, usize) {
    let mut heard = words_of(heard);
    let said = words_of(said);
    let found = said
        .iter()
        .filter(|w| heard.iter().position(|h| h == *w).map(|i| heard.swap_remove(i)).is_some())
        .count();
    (found, said.len())
}

/// Honest figures (issue 30): lines written fresh for measuring, kept
/// apart from spoken.json (which the cue patterns were written against)
/// in tests/fixtures/listen/held_out.json, never tuned to. Per language:
/// the words found, the cues found and the cues raised on neutral lines,
/// with the model in use; docs/performance.md and the README carry the
/// table. Every language has a floor that can fail.
#[test]
fn held_out_lines_words_cues_and_false_cues_per_language() {
    let _one = one_at_a_time();
    let text = std::fs::read_to_string("tests/fixtures/listen/held_out.json").unwrap();
    let mut held: BTreeMap<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
    held.remove("_about");
    let mut table = vec![
        "| lang | words found | cues found | false cues on neutral lines |".to_string(),
        "| --- | --- | --- | --- |".to_string(),
    ];
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for lang in [Lang::Pt, Lang::Es, Lang::It, Lang::Hr, Lang::En] {
        let lines: HeldOut = serde_json::from_value(held[lang.code()].clone()).unwrap();
        let playbook = Playbook::embedded().unwrap();
        let pack = playbook.pack(lang);
        let cues = Cues::of(pack);
        let ids: Vec<&String> = lines.cues.keys().collect();
        let texts: Vec<&str> =
            lines.cues.values().map(String::as_str).chain(lines.neutral.iter().map(String::as_str)).collect();
        let heard = heard_lines(lang, &texts);
        let (mut words, mut total) = (0, 0);
        for (said, heard) in texts.iter().zip(&heard) {
            let (f, t) = words_found(said, heard);
            (words, total) = (words + f, total + t);
        }
        let mut found = 0;
        for (i, id) in ids.iter().enumerate() {
            let speaker = pack.cues.iter().find(|c| &c.id == *id).unwrap().speaker;
            let hit = cues.find(&heard[i], Some(speaker)).iter().any(|&c| cues.info(c).unwrap().id == **id);
            found += usize::from(hit);
            if !hit {
                report.push(format!("{} {id}: “{}” heard as “{}”", lang.code(), texts[i], heard[i].trim()));
            }
        }
        let mut false_cues = 0;
        for (i, said) in lines.neutral.iter().enumerate() {
            let heard = &heard[ids.len() + i];
            let raised: Vec<String> =
                cues.find(heard, None).iter().map(|&c| cues.info(c).unwrap().id.clone()).collect();
            false_cues += raised.len();
            if !raised.is_empty() {
                report.push(format!(
                    "{} neutral “{said}” heard as “{}” raised {raised:?}",
                    lang.code(),
                    heard.trim()
                ));
            }
        }
        let share = words as f64 / total as f64;
        table.push(format!(
            "| {} | {:.0} % | {found}/{} | {false_cues} |",
            lang.code(),
            share * 100.0,
            ids.len()
        ));
        // Floors a little under what the test model (base) did
        // (docs/performance.md): a worse model, voice, prompt or pattern
        // fails here, in every language.
        let (words_floor, cues_floor, false_most) = match lang {
            Lang::Pt => (0.52, 2, 1),
            Lang::Es => (0.6, 4, 1),
            Lang::It => (0.62, 3, 1),
            Lang::Hr => (0.25, 1, 1),
            Lang::En => (0.88, 6, 1),
        };
        if share < words_floor || found < cues_floor || false_cues > false_most {
            failures.push(format!("{}: words {share:.2}, cues {found}, false {false_cues}", lang.code()));
        }
    }
    let table = table.join("\n");
    println!("{table}\n\n{}", report.join("\n"));
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("listen-held-out.md");
    std::fs::write(&out, format!("{table}\n\n{}\n", report.join("\n"))).unwrap();
    assert!(failures.is_empty(), "{}\n{table}\n{}", failures.join("\n"), report.join("\n"));
}

/// The words heard of each side in a call's journal (`--keep-transcript`).
fn transcripts(data: &Path) -> (String, String) {
    let (mut agent, mut customer) = (String::new(), String::new());
    // The object with a speaker and words, wherever the entry nests it.
    fn said(v: &serde_json::Value) -> Option<(&str, &str)> {
        let object = v.as_object()?;
        match (object.get("speaker").and_then(|s| s.as_str()), object.get("text").and_then(|t| t.as_str())) {
            (Some(speaker), Some(text)) => Some((speaker, text)),
            _ => object.values().find_map(said),
        }
    }
    for line in journal(data).lines() {
        let entry: serde_json::Value = serde_json::from_str(line).unwrap();
        if let Some((speaker, text)) = said(&entry) {
            let side = if speaker == "agent" { &mut agent } else { &mut customer };
            side.push_str(text);
            side.push(' ');
        }
    }
    (agent, customer)
}

/// A listening call in plain mode with the UI in English: `typed` is
/// typed first (`L` switches the customer's language), then the agent
/// and the customer speak in `lang`, one after the other; what each side
/// was heard saying, and what plain mode printed.
fn heard_with_english_ui(
    customer_lang: &str,
    typed: &str,
    lang: &str,
    lines: [&str; 2],
) -> (String, String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let (agent, _) = speak(dir.path(), "agent", lang, 0.5, &lines[..1]);
    let (customer, _) = speak(dir.path(), "customer", lang, 5.0, &lines[1..]);
    let printed = dir.path().join("printed.txt");
    let data = dir.path().join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
        .args(["--lang", "en", "--model", &model(), "call", "--plain", "--customer-lang", customer_lang])
        .args(["--listen", "--keep-transcript", "--audio-file"])
        .arg(&agent)
        .arg("--customer-audio-file")
        .arg(&customer)
        .env("CALMA_CONFIG", "/nonexistent/config.toml")
        .env("CALMA_DATA_DIR", &data)
        .stdin(Stdio::piped())
        .stdout(std::fs::File::create(&printed).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(typed.as_bytes()).unwrap();
    // Both sides heard (or two minutes), then the input ends the call.
    let mut heard = (String::new(), String::new());
    for _ in 0..240 {
        std::thread::sleep(Duration::from_millis(500));
        let journal_there = std::fs::read_dir(data.join("calls"))
            .into_iter()
            .flatten()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".journal.jsonl"));
        if journal_there {
            heard = transcripts(&data);
        }
        if !heard.0.is_empty() && !heard.1.is_empty() {
            break;
        }
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    (heard.0, heard.1, std::fs::read_to_string(&printed).unwrap())
}

/// Issue 30: a team keeps the UI in English and serves customers in
/// another language: both sides are transcribed in the customer's
/// language, as the call starts and after `L` switches it (it → hr). Each
/// side must come out as its own words (half of them at least), not as
/// English made up from them.
#[test]
fn both_sides_are_heard_in_the_customers_language_with_the_ui_in_english() {
    let _one = one_at_a_time();
    let calls: [(&str, &str, &str, [&str; 2]); 4] = [
        (
            "pt",
            "",
            "pt",
            ["Se eu entendi bem, o seu pedido chegou atrasado.", "Eu quero falar com o seu supervisor."],
        ),
        ("es", "", "es", ["Lo siento mucho, de verdad.", "Voy a hablar con mi abogado."]),
        ("it", "", "it", ["Mi scuso per il disagio.", "Voglio il rimborso completo."]),
        ("it", "L\n", "hr", ["Dobar dan, kako vam mogu pomoći?", "Vratite mi novac koji sam platio."]),
    ];
    let mut failures = Vec::new();
    for (start, typed, lang, lines) in calls {
        let (agent, customer, printed) = heard_with_english_ui(start, typed, lang, lines);
        for (said, heard) in lines.iter().zip([&agent, &customer]) {
            let (found, total) = words_found(said, heard);
            if found * 2 < total {
                failures.push(format!(
                    "{lang} (started in {start}): “{said}” heard as “{}”\n{printed}",
                    heard.trim()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Issue 30: steady noise is not speech. Thirty seconds of pink or white
/// noise (sox) make no utterance, so nothing for whisper to loop on;
/// a line said over the pink noise, after it, is still heard.
#[test]
fn thirty_seconds_of_noise_make_no_utterance_and_speech_over_it_is_heard() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).display().to_string();
    for colour in ["pinknoise", "whitenoise"] {
        let noise = path(&format!("{colour}.wav"));
        // Silence first: the background is quiet when the noise comes on.
        run(
            "sox",
            &[
                "-n", "-r", "16000", "-c", "1", "-b", "16", &noise, "synth", "32", colour, "vol", "0.3",
                "pad", "2", "0",
            ],
        );
        let began = std::time::Instant::now();
        let (code, out, err) = transcribe("en", &model(), Path::new(&noise));
        assert_eq!((code, out.trim()), (0, ""), "{colour}: {err}");
        assert!(began.elapsed() < Duration::from_secs(20), "{colour}: {:?}", began.elapsed());
    }
    let (line, _) = speak(dir.path(), "line", "en", 10.0, &["I will call my lawyer about this."]);
    let (noise, mixed) = (path("quiet-pink.wav"), path("mixed.wav"));
    let secs = hound::WavReader::open(&line).map(|r| f64::from(r.duration()) / 16_000.0).unwrap().to_string();
    run(
        "sox",
        &["-n", "-r", "16000", "-c", "1", "-b", "16", &noise, "synth", &secs, "pinknoise", "vol", "0.05"],
    );
    run("sox", &["-m", &noise, &line.display().to_string(), &mixed]);
    let (code, out, err) = transcribe("en", &model(), Path::new(&mixed));
    assert_eq!(code, 0, "{err}");
    assert!(out.to_lowercase().contains("lawyer"), "the line over the noise: {out}");
}
