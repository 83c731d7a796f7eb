//! The voice cues end to end (issue 31), without a speech model: espeak-ng
//! and sox make a call's two channels — the agent cutting in on the
//! customer, a short "mm-hm" that is no interruption, the customer louder
//! and louder, a long silence after them, the agent's last sentence 10 dB
//! louder — and `call --plain --listen` hears them from the levels alone.
//! The record's timeline has each moment, at its time, and the talk time.
//! The same from two devices playing in real time (PulseAudio null sinks),
//! and a call ended mid-speech keeps its talk time to the end.
#![cfg(feature = "listen")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[path = "common/pulse.rs"]
mod pulse;

use std::ffi::OsStr;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use pulse::Pulse;

fn run(program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn secs_of(wav: &Path) -> f64 {
    let reader = hound::WavReader::open(wav).unwrap();
    f64::from(reader.duration()) / f64::from(reader.spec().sample_rate)
}

/// `text` spoken by espeak-ng at `volume`, without the silence around it,
/// cut to `max` seconds; the file and its length.
fn line(dir: &Path, name: &str, text: &str, volume: f64, max: Option<f64>) -> (PathBuf, f64) {
    let raw = dir.join(format!("{name}-raw.wav"));
    let wav = dir.join(format!("{name}.wav"));
    let (raw_s, wav_s) = (raw.display().to_string(), wav.display().to_string());
    run("espeak-ng", &["-v", "en-us", "-s", "130", "-w", &raw_s, text]);
    let volume = volume.to_string();
    let mut args = vec!["-v", &volume, &raw_s, "-r", "16000", "-c", "1", "-b", "16", &wav_s];
    // Leading and trailing silence off: the line starts where it is placed.
    args.extend(["silence", "1", "0.01", "0.5%", "reverse", "silence", "1", "0.01", "0.5%", "reverse"]);
    let max = max.map(|m| m.to_string());
    if let Some(max) = &max {
        args.extend(["trim", "0", max]);
    }
    run("sox", &args);
    let secs = secs_of(&wav);
    (wav, secs)
}

/// One channel of `total` seconds: each line placed at its start.
fn channel(dir: &Path, name: &str, total: f64, lines: &[(&Path, f64)]) -> PathBuf {
    let quiet = dir.join(format!("{name}-quiet.wav"));
    let quiet_s = quiet.display().to_string();
    run("sox", &["-n", "-r", "16000", "-c", "1", "-b", "16", &quiet_s, "trim", "0", &total.to_string()]);
    let mut inputs = vec![quiet_s];
    for (i, (wav, start)) in lines.iter().enumerate() {
        let placed = dir.join(format!("{name}-{i}.wav")).display().to_string();
        run("sox", &[&wav.display().to_string(), &placed, "pad", &start.to_string(), "0"]);
        inputs.push(placed);
    }
    let out = dir.join(format!("{name}.wav"));
    let mut args = vec!["-m".to_string()];
    for input in inputs {
        args.extend(["-v".to_string(), "1".to_string(), input]);
    }
    args.push(out.display().to_string());
    run("sox", &args.iter().map(String::as_str).collect::<Vec<_>>());
    out
}

/// Seconds from `from` to `to`, both RFC 3339 times of one record.
fn between(from: &str, to: &str) -> i64 {
    let t = |s: &str| s.parse::<jiff::Timestamp>().unwrap().as_second();
    t(to) - t(from)
}

/// A plain-mode listening call in English, with no model and its own data
/// directory, `args` after `--listen`; its output read on a thread that
/// says when a line holds one of `marks`.
struct Call {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    reader: std::thread::JoinHandle<String>,
    /// When a line with one of the marks came.
    seen: std::sync::mpsc::Receiver<std::time::Instant>,
    data: PathBuf,
}

impl Call {
    fn start(
        data: PathBuf,
        args: &[&std::ffi::OsStr],
        env: &[(&str, &std::ffi::OsStr)],
        marks: &'static [&str],
    ) -> Call {
        let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
            .args(["--lang", "en", "call", "--plain", "--listen"])
            .args(args)
            .env_remove("CALMA_MODEL")
            .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
            .env("CALMA_DATA_DIR", &data)
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, seen) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut out = String::new();
            for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
                if marks.iter().any(|m| line.contains(m)) {
                    let _ = send.send(std::time::Instant::now());
                }
                out.push_str(&line);
                out.push('\n');
            }
            out
        });
        Call { child, stdin, reader, seen, data }
    }

    /// Ends the call with `q` and the form's defaults: whether calma
    /// exited well, its output and the record it wrote.
    fn end(mut self) -> (bool, String, serde_json::Value) {
        self.stdin.write_all(b"q\n1\n\n\n").unwrap();
        drop(self.stdin);
        let status = self.child.wait().unwrap();
        let out = self.reader.join().unwrap();
        let record = std::fs::read_dir(self.data.join("calls"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "json"))
            .expect("a record");
        let record = serde_json::from_str(&std::fs::read_to_string(record).unwrap()).unwrap();
        (status.success(), out, record)
    }
}

#[test]
fn the_voice_cues_are_heard_from_the_levels_without_a_model() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // The customer: three lines, each 5 dB louder than the one before.
    let c1 = line(d, "c1", "I have been waiting for three weeks and nobody has called me back.", 0.2, None);
    let c2 = line(
        d,
        "c2",
        "This is the third time I am calling and every time I get a different answer.",
        0.356,
        None,
    );
    let c3 =
        line(d, "c3", "I want this fixed today, I am really tired of waiting for you people.", 0.632, None);
    // The agent: 0.3 s of "mm-hm" over the first line, then cutting in
    // 1 s before its end; a calm answer; after a 10 s silence, the last
    // sentence 10 dB louder.
    let mm = line(d, "mm", "mm-hm", 0.25, Some(0.3));
    let a1 = line(d, "a1", "I am so sorry, let me check that for you right now.", 0.25, None);
    let a2 = line(d, "a2", "I understand, and I can see the order here in front of me.", 0.25, None);
    let a3 =
        line(d, "a3", "I have told you already that there is nothing more I can do about it.", 0.79, None);
    let c1_at = 0.5;
    let cut_in = c1_at + c1.1 - 1.0;
    let c2_at = cut_in + a1.1 + 1.0;
    let a2_at = c2_at + c2.1 + 0.6;
    let c3_at = a2_at + a2.1 + 1.0;
    let a3_at = c3_at + c3.1 + 10.0;
    let total = a3_at + a3.1 + 1.0;
    let customer = channel(d, "customer", total, &[(&c1.0, c1_at), (&c2.0, c2_at), (&c3.0, c3_at)]);
    let agent = channel(d, "agent", total, &[(&mm.0, 2.5), (&a1.0, cut_in), (&a2.0, a2_at), (&a3.0, a3_at)]);

    let files = [
        OsStr::new("--audio-file"),
        agent.as_os_str(),
        OsStr::new("--customer-audio-file"),
        customer.as_os_str(),
    ];
    let call = Call::start(d.join("data"), &files, &[], &["Lower your voice"]);
    let heard = call.seen.recv_timeout(Duration::from_secs_f64(total + 30.0)).is_ok();
    // The files played out (the last talk time is written then), and the call ends.
    std::thread::sleep(Duration::from_secs(2));
    let (ended, out, record) = call.end();
    assert!(heard && ended, "{out}");
    assert!(out.contains("Listening to the voice only"), "{out}");
    assert!(out.contains("Cue: Let them finish"), "{out}");
    assert!(
        out.contains("Talk: you 0:") && out.contains("· you cut in 1×"),
        "the end screen's talk time: {out}"
    );

    let start = record["started_at"].as_str().unwrap();
    let moments: Vec<(String, i64)> = record["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "cue")
        .map(|m| (m["cue"].as_str().unwrap().to_string(), between(start, m["at"].as_str().unwrap())))
        .collect();
    let cues: Vec<&str> = moments.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(cues, ["interruption", "customer_louder", "silence", "raised_voice"], "{moments:?}\n{out}");
    // Each within a second or two of its condition (the record keeps whole
    // seconds, and the files start a moment after the call).
    let expected = [cut_in + 0.5, c3_at + c3.1 + 0.3, c3_at + c3.1 + 8.0, a3_at + 2.0];
    for ((cue, at), want) in moments.iter().zip(expected) {
        let at = *at as f64;
        assert!(at >= want - 1.0 && at <= want + 3.0, "{cue} at {at} s, its condition at {want:.1} s");
    }
    let talk = &record["talk"];
    let (agent_secs, customer_secs) =
        (talk["agent_secs"].as_u64().unwrap(), talk["customer_secs"].as_u64().unwrap());
    let said = |lines: &[f64]| lines.iter().sum::<f64>();
    assert!((agent_secs as f64 - said(&[mm.1, a1.1, a2.1, a3.1])).abs() <= 1.5, "{talk}");
    assert!((customer_secs as f64 - said(&[c1.1, c2.1, c3.1])).abs() <= 1.5, "{talk}");
}

/// The call ends while the agent is still talking, long before the files
/// end: the record's talk time is the audio's to the end of the call (it
/// used to be written only at the end of a turn, now and then).
#[test]
fn a_call_ended_mid_speech_keeps_its_talk_time_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let c1 = line(d, "c1", "I have been waiting for three weeks and nobody has called me back.", 0.3, None);
    // One long sentence, without commas: no pause of 0.3 s in it.
    let a1 = line(
        d,
        "a1",
        "I completely understand how frustrating that must be and I am looking at your account right now so \
         that we can sort this out together today without any more waiting on your side of things at all",
        0.3,
        None,
    );
    let agent_at = 0.5 + c1.1 + 0.6;
    let total = agent_at + a1.1 + 5.0;
    let customer = channel(d, "customer", total, &[(&c1.0, 0.5)]);
    let agent = channel(d, "agent", total, &[(&a1.0, agent_at)]);
    // The call ends 6 s into the agent's answer, well before its end.
    let talked = 6.0;
    assert!(a1.1 > talked + 2.0, "the answer is long enough: {} s", a1.1);

    let files = [
        OsStr::new("--audio-file"),
        agent.as_os_str(),
        OsStr::new("--customer-audio-file"),
        customer.as_os_str(),
    ];
    // No model: said as soon as listening starts, and the files with it.
    let call = Call::start(d.join("data"), &files, &[], &["Listening to the voice only"]);
    let started = call.seen.recv_timeout(Duration::from_secs(20)).expect("listening");
    let end = started + Duration::from_secs_f64(agent_at + talked);
    std::thread::sleep(end.saturating_duration_since(std::time::Instant::now()));
    // The truth: how much of the answer had played when the call ended.
    let truth = started.elapsed().as_secs_f64() - agent_at;
    let (ended, out, record) = call.end();
    assert!(ended, "{out}");
    let agent_secs = record["talk"]["agent_secs"].as_u64().unwrap_or_else(|| panic!("talk time: {record}"));
    assert!(
        (agent_secs as f64 - truth).abs() <= 0.5,
        "talk {agent_secs} s, the answer had played {truth:.2} s"
    );
    // The end screen says it, as the call screen does.
    assert!(out.contains(&format!("Talk: you 0:{agent_secs:02} ")), "{out}");
}

/// The same voice analysis from two devices playing in real time (no
/// sound card needed: null sinks' monitors): the agent cutting in is
/// heard, and the talk time is the audio's.
#[test]
fn the_voice_cues_are_heard_from_devices() {
    let pulse = Pulse::start(&["agent", "customer"]);
    // calma reads the monitors through ALSA's PulseAudio plugin.
    let alsa = "pcm.!default { type pulse; device \"agent.monitor\" }\n\
                pcm.customer { type pulse; device \"customer.monitor\" }\n";
    std::fs::write(pulse.dir.path().join(".asoundrc"), alsa).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let c1 = line(d, "c1", "I have been waiting for three weeks and nobody has called me back.", 0.3, None);
    let a1 = line(d, "a1", "I am so sorry, let me check that for you right now.", 0.3, None);
    let cut_in = 0.5 + c1.1 - 1.0;
    let total = cut_in + a1.1 + 1.0;
    let customer = channel(d, "customer", total, &[(&c1.0, 0.5)]);
    let agent = channel(d, "agent", total, &[(&a1.0, cut_in)]);

    let env = [("HOME", pulse.dir.path().as_os_str()), ("PULSE_SERVER", OsStr::new(&pulse.address))];
    let marks = &["Listening to the voice only", "Cue: Let them finish"];
    let call = Call::start(
        d.join("data"),
        &[OsStr::new("--customer-audio"), OsStr::new("alsa:customer")],
        &env,
        marks,
    );
    let listening = call.seen.recv_timeout(Duration::from_secs(30)).is_ok();
    let play = |sink: &str, wav: &Path| {
        pulse.client("paplay").arg(format!("--device={sink}")).arg(wav).spawn().unwrap()
    };
    let (mut a, mut c) = (play("agent", &agent), play("customer", &customer));
    let heard = call.seen.recv_timeout(Duration::from_secs_f64(total + 20.0)).is_ok();
    assert!(a.wait().unwrap().success() && c.wait().unwrap().success());
    std::thread::sleep(Duration::from_secs(1));
    let (ended, out, record) = call.end();
    assert!(listening && heard && ended, "{out}");
    let cues: Vec<&str> = record["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "cue")
        .filter_map(|m| m["cue"].as_str())
        .collect();
    assert_eq!(cues, ["interruption"], "{out}");
    let talk = &record["talk"];
    let secs = |who: &str| talk[who].as_u64().unwrap_or_else(|| panic!("{talk}")) as f64;
    assert!((secs("agent_secs") - a1.1).abs() <= 1.0, "{talk}: the agent said {:.1} s", a1.1);
    assert!((secs("customer_secs") - c1.1).abs() <= 1.0, "{talk}: the customer said {:.1} s", c1.1);
}
