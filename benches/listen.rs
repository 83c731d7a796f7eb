//! Listen mode's budgets (issue 19, docs/performance.md), with the test
//! model (`scripts/fetch-test-model`; `$CALMA_TEST_MODEL` to use another)
//! and speech made by espeak-ng: the real-time factor of transcription,
//! the delay from the end of an utterance to its report, and a key's
//! way to the screen while transcription runs. `cargo bench --features
//! listen --bench listen`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmarks fail loudly by design

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use calma::app::{App, CallOptions};
use calma::i18n::I18n;
use calma::keymap::Key;
use calma::lang::Lang;
use calma::listen::audio::{FileSource, read_wav};
use calma::listen::whisper::Whisper;
use calma::listen::{Listener, Report, Source, Transcriber};
use calma::playbook::{Playbook, Speaker};
use calma::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

fn model() -> PathBuf {
    std::env::var_os("CALMA_TEST_MODEL").map(PathBuf::from).unwrap_or_else(|| {
        let cache = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var("HOME").unwrap()).join(".cache"));
        cache.join("calma/test-model/ggml-base.bin")
    })
}

/// Five seconds or so of Portuguese, as espeak-ng says it, 16 kHz mono.
fn speech(dir: &Path) -> PathBuf {
    let raw = dir.join("raw.wav");
    let wav = dir.join("speech.wav");
    let text = "Se eu entendi bem, o seu pedido chegou atrasado. Sinto muito pelo transtorno.";
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

/// One utterance through whisper.cpp with two threads (aim: real-time
/// factor ≤ 0.5: the time divided by the length of the speech).
#[divan::bench(sample_count = 5)]
fn transcribe_one_utterance(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let samples = read_wav(&speech(dir.path())).unwrap();
    let mut engine = Whisper::load(&model()).unwrap();
    println!("speech: {:.2} s", samples.len() as f64 / 16_000.0);
    bencher.bench_local(|| black_box(engine.transcribe(&samples, Lang::Pt).unwrap()));
}

/// From the end of an utterance in a recording played in real time to
/// the listener's report of it (aim: ≤ 2 s): the gate's pause, then the
/// transcription.
#[divan::bench(sample_count = 3)]
fn utterance_end_to_report(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let wav = speech(dir.path());
    // The speech ends 1.5 s before the end of the file (its padding).
    let speech_end = read_wav(&wav).unwrap().len() as f64 / 16_000.0 - 1.5;
    bencher.bench_local(|| {
        let model = model();
        let source: Box<dyn Source> = Box::new(FileSource::open(&wav).unwrap());
        let load: calma::listen::listener::Load =
            Box::new(move || Whisper::load(&model).map(|w| Box::new(w) as Box<dyn Transcriber>));
        let started = Instant::now();
        let listener = Listener::start(vec![(Speaker::Agent, source)], load, Lang::Pt);
        loop {
            match listener.report() {
                Some(Report::Heard(_)) => break,
                Some(Report::Failed(why)) => panic!("{why}"),
                Some(_) => {}
                None => panic!("nothing heard"),
            }
        }
        black_box(started.elapsed().saturating_sub(Duration::from_secs_f64(speech_end)))
    });
}

/// A key handled and the call screen drawn while whisper.cpp transcribes
/// on both cores (aim: within a frame, 16 ms).
#[divan::bench(sample_count = 50)]
fn key_to_frame_while_transcribing(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let samples = read_wav(&speech(dir.path())).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let busy = {
        let stop = stop.clone();
        let mut engine = Whisper::load(&model()).unwrap();
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                black_box(engine.transcribe(&samples, Lang::Pt).unwrap());
            }
        })
    };
    let playbook = Playbook::embedded().unwrap();
    let mut app = App::call(playbook.clone(), I18n::new(Lang::Pt), CallOptions::default());
    app.open_call(calma::session::CallSession::in_memory(&playbook, &app.call_start()));
    let theme = Theme::new(true);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let keys = [Key::Right, Key::Char(' '), Key::Tab, Key::Left];
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % keys.len();
        app.handle(keys[i]);
        terminal.draw(|frame| ui::render(&app, &theme, frame)).unwrap();
    });
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    busy.join().unwrap();
}
