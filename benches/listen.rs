//! Listen mode's budgets (issue 19, docs/performance.md), with the test
//! model (`scripts/fetch-test-model`; `$CALMA_TEST_MODEL` to use another)
//! and speech made by espeak-ng: the real-time factor of transcription,
//! the delay from the end of an utterance to its report, and a key's
//! way to the screen while transcription runs; the voice cues' level and
//! overlap analysis (issue 31: under 1 % of a core, no model needed:
//! `cargo bench --features listen --bench listen voice`). `cargo bench
//! --features listen --bench listen`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmarks fail loudly by design

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use calma::coach::i18n::I18n;
use calma::coach::lang::Lang;
use calma::coach::playbook::{Playbook, Speaker};
use calma::listen::audio::read_wav;
use calma::listen::whisper::Whisper;
use calma::listen::{Listener, Report, Source, Transcriber};
use calma::shell::app::{App, CallOptions};
use calma::shell::keymap::Key;
use calma::shell::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "../tests/common/model.rs"]
mod model;

use model::test_model as model;

fn main() {
    divan::main();
}

/// Two sentences of Portuguese (9 s), as the agent might say them.
const TWO_SENTENCES: &str = "Se eu entendi bem, o seu pedido chegou atrasado. Sinto muito pelo transtorno.";

/// `text` as espeak-ng says it in Portuguese, 16 kHz mono, with 0.5 s of
/// silence before and 1.5 s after.
fn speech(dir: &Path, text: &str) -> PathBuf {
    let raw = dir.join("raw.wav");
    let wav = dir.join("speech.wav");
    let ok = Command::new("espeak-ng")
        .args(["-v", "pt-br", "-s", "120", "-g", "3", "-w"])
        .arg(&raw)
        .arg(text)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "espeak-ng speaks (.ci/run installs it)");
    let ok = Command::new("sox")
        .arg(&raw)
        .args(["-r", "16000", "-c", "1", "-b", "16"])
        .arg(&wav)
        .args(["pad", "0.5", "1.5"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "sox converts");
    wav
}

/// A minute of a call, both sides: speech of 2.5 s and pauses of 1 s,
/// the customer's at a varying level, 16 kHz samples.
fn a_minute_of_speech(phase: usize, level: f32) -> Vec<f32> {
    let rate = 16_000usize;
    (0..60 * rate)
        .map(|i| {
            let t = (i + phase * rate) % (rate * 7 / 2);
            let syllable = (i / (rate / 5)) % 4 != 3;
            let on = t < rate * 5 / 2 && syllable;
            if on { level * (i as f32 * 0.07).sin() } else { 0.0 }
        })
        .collect()
}

/// The voice cues over a minute of both sides, from the samples: the
/// gate's levels (which it measures anyway) and the cues' state machines,
/// fed a tenth of a second at a time as the threads do. Aim: under 1 %
/// of a core, 600 ms for the minute.
#[divan::bench(sample_count = 10)]
fn voice_cues_a_minute_of_both_sides(bencher: divan::Bencher) {
    use calma::coach::playbook::Speaker;
    use calma::listen::Gate;
    use calma::listen::voice::VoiceCues;
    let playbook = Playbook::embedded().unwrap();
    let rules: Vec<_> =
        calma::coach::call::Cues::of(playbook.pack(Lang::En)).voices().map(|(_, v)| v).collect();
    let (agent, customer) = (a_minute_of_speech(0, 0.2), a_minute_of_speech(2, 0.3));
    bencher.bench_local(|| {
        let mut cues = VoiceCues::new(rules.clone(), true);
        let (mut a, mut c) = (Gate::default(), Gate::default());
        let mut moments = 0;
        for (ac, cc) in agent.chunks(1600).zip(customer.chunks(1600)) {
            black_box(a.push(ac));
            black_box(c.push(cc));
            moments += cues.push(Speaker::Agent, &a.take_levels()).len();
            moments += cues.push(Speaker::Customer, &c.take_levels()).len();
        }
        black_box((moments, cues.talk()))
    });
}

/// The cues' state machines alone over a minute of both sides' frames
/// (4,000 frames): what listen mode adds to the gate.
#[divan::bench(sample_count = 10)]
fn voice_cues_state_machines_a_minute(bencher: divan::Bencher) {
    use calma::coach::playbook::Speaker;
    use calma::listen::Gate;
    use calma::listen::voice::VoiceCues;
    let playbook = Playbook::embedded().unwrap();
    let rules: Vec<_> =
        calma::coach::call::Cues::of(playbook.pack(Lang::En)).voices().map(|(_, v)| v).collect();
    let levels = |samples: Vec<f32>| {
        let mut gate = Gate::default();
        gate.push(&samples);
        gate.take_levels()
    };
    let (agent, customer) = (levels(a_minute_of_speech(0, 0.2)), levels(a_minute_of_speech(2, 0.3)));
    bencher.bench_local(|| {
        let mut cues = VoiceCues::new(rules.clone(), true);
        let mut moments = 0;
        for (a, c) in agent.chunks(3).zip(customer.chunks(3)) {
            moments += cues.push(Speaker::Agent, a).len();
            moments += cues.push(Speaker::Customer, c).len();
        }
        black_box((moments, cues.talk()))
    });
}

/// One utterance through whisper.cpp with two threads (aim: real-time
/// factor ≤ 0.5: the time divided by the length of the speech).
#[divan::bench(sample_count = 5)]
fn transcribe_one_utterance(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let samples = read_wav(&speech(dir.path(), TWO_SENTENCES)).unwrap();
    let mut engine = Whisper::load(&model()).unwrap();
    println!("speech: {:.2} s", samples.len() as f64 / 16_000.0);
    bencher.bench_local(|| black_box(engine.transcribe(&samples, Lang::Pt).unwrap()));
}

/// From the end of an utterance to the listener's report of it (aim:
/// ≤ 2 s, with the screen's 50 ms poll on top): the gate's pause, heard
/// in real time, then the transcription. The model is loaded and the
/// speech fed at once before the clock starts; the silence after it
/// comes at the pace of a microphone.
#[divan::bench(sample_count = 5)]
fn utterance_end_to_report(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let wav = speech(dir.path(), "Se eu entendi bem, o seu pedido chegou atrasado.");
    let mut said = read_wav(&wav).unwrap();
    said.truncate(said.len() - 24_000); // the 1.5 s of silence after it
    bencher
        .with_inputs(|| {
            let model = model();
            let go = Arc::new(AtomicBool::new(false));
            let source = Box::new(Microphone { said: Some(said.clone()), go: go.clone() });
            let load: calma::listen::listener::Load =
                Box::new(move || Whisper::load(&model).map(|w| Box::new(w) as Box<dyn Transcriber>));
            let listener = Listener::start(vec![(Speaker::Agent, source as Box<dyn Source>)], load, Lang::Pt);
            assert_eq!(listener.report(), Some(Report::Ready));
            (listener, go)
        })
        .bench_local_values(|(listener, go)| {
            go.store(true, Ordering::Relaxed);
            loop {
                match listener.report() {
                    Some(Report::Heard(heard)) => break black_box((listener, heard)),
                    Some(Report::Failed(why)) => panic!("{why}"),
                    Some(_) => {}
                    None => panic!("nothing heard"),
                }
            }
        });
}

/// Once told to go, what was said at once, then silence in real time.
struct Microphone {
    said: Option<Vec<f32>>,
    go: Arc<AtomicBool>,
}

impl Source for Microphone {
    fn next_chunk(&mut self) -> Result<Option<Vec<f32>>, String> {
        if !self.go.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(1));
            return Ok(Some(Vec::new()));
        }
        if let Some(said) = self.said.take() {
            return Ok(Some(said));
        }
        std::thread::sleep(Duration::from_millis(30));
        Ok(Some(vec![0.0; 480]))
    }
}

/// A key handled and the call screen drawn while whisper.cpp transcribes
/// on both cores (aim: within a frame, 16 ms).
#[divan::bench(sample_count = 50)]
fn key_to_frame_while_transcribing(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let samples = read_wav(&speech(dir.path(), TWO_SENTENCES)).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let busy = {
        let stop = stop.clone();
        let mut engine = Whisper::load(&model()).unwrap();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                black_box(engine.transcribe(&samples, Lang::Pt).unwrap());
            }
        })
    };
    let playbook = Playbook::embedded().unwrap();
    let mut app = App::call(playbook.clone(), I18n::new(Lang::Pt), CallOptions::default());
    app.open_call(calma::records::session::CallSession::in_memory(&playbook, &app.call_start()));
    let theme = Theme::new(true);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let keys = [Key::Right, Key::Char(' '), Key::Tab, Key::Left];
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % keys.len();
        app.handle(keys[i]);
        terminal.draw(|frame| app.render(&theme, frame)).unwrap();
    });
    stop.store(true, Ordering::Relaxed);
    busy.join().unwrap();
}
