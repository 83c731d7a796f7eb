use std::collections::VecDeque;

use super::*;

/// A transcriber that says how long each utterance was, and in which
/// language, so that tests see what reached it.
struct Fake;

impl Transcriber for Fake {
    fn transcribe(&mut self, samples: &[f32], lang: Lang) -> Result<String, String> {
        Ok(format!("{} {:.1}s [noise]", lang.code(), samples.len() as f32 / RATE as f32))
    }
}

/// Chunks handed over as fast as asked for, then the end.
struct Chunks(VecDeque<Vec<f32>>);

impl Source for Chunks {
    fn next_chunk(&mut self) -> Result<Option<Vec<f32>>, String> {
        Ok(self.0.pop_front())
    }
}

fn speech(secs: f32) -> Vec<f32> {
    let n = (secs * RATE as f32) as usize;
    (0..n).map(|i| 0.3 * (i as f32 * 0.09).sin()).collect()
}

fn recording() -> Vec<f32> {
    [
        vec![0.0; RATE as usize],
        speech(1.5),
        vec![0.0; RATE as usize * 2],
        speech(1.0),
        vec![0.0; RATE as usize],
    ]
    .concat()
}

#[test]
fn a_recording_is_transcribed_utterance_by_utterance_with_start_times() {
    let heard = transcribe_all(&recording(), Lang::Pt, &mut Fake).unwrap();
    let texts: Vec<&str> = heard.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts.len(), 2, "{heard:?}");
    assert!(texts[0].starts_with("pt 1.") && !texts[0].contains("noise"), "markers are dropped: {texts:?}");
    assert!((heard[1].0 - 4.5).abs() < 0.3, "{heard:?}");
    assert!(transcribe_all(&vec![0.0; RATE as usize * 10], Lang::Pt, &mut Fake).unwrap().is_empty());
}

#[test]
fn whisper_markers_and_controls_are_cleaned_away() {
    assert_eq!(clean(" [MUSIC] Peço desculpas (risos)  pelo\u{7}  atraso.\n"), "Peço desculpas pelo atraso.");
    assert_eq!(clean("um [ dois ( três"), "um [ dois ( três", "an open bracket is kept");
    assert_eq!(clean("[BLANK_AUDIO]"), "");
}

fn chunks(samples: Vec<f32>) -> Box<dyn Source> {
    Box::new(Chunks(samples.chunks(1600).map(<[f32]>::to_vec).collect()))
}

#[test]
fn the_listener_reports_each_speaker_in_the_language_set_last() {
    let load: listener::Load = Box::new(|| Ok(Box::new(Fake) as Box<dyn Transcriber>));
    let listener = Listener::start(
        vec![
            (Speaker::Agent, chunks(recording())),
            (Speaker::Customer, chunks([vec![0.0; 8000], speech(1.0)].concat())),
        ],
        load,
        Lang::Es,
    );
    let mut heard = Vec::new();
    let mut ended = 0;
    while ended < 2 || heard.len() < 3 {
        match listener.report().expect("the threads report") {
            Report::Ready
            | Report::Levels(..)
            | Report::Sources { .. }
            | Report::Model(_)
            | Report::Behind => {}
            Report::Heard(h) => heard.push((h.speaker, h.text)),
            Report::Ended(_) => ended += 1,
            Report::Failed(why) | Report::NoWords(why) | Report::Lost(_, why) => panic!("{why}"),
        }
    }
    assert_eq!(heard.iter().filter(|(s, _)| *s == Speaker::Agent).count(), 2, "{heard:?}");
    assert_eq!(heard.iter().filter(|(s, _)| *s == Speaker::Customer).count(), 1, "{heard:?}");
    assert!(heard.iter().all(|(_, t)| t.starts_with("es ")), "{heard:?}");
}

#[test]
fn a_model_that_does_not_load_is_one_reason_and_only_the_voice_is_heard() {
    let load: listener::Load = Box::new(|| Err("no model at /x/ggml-base.bin".into()));
    let listener = Listener::start(vec![(Speaker::Agent, chunks(recording()))], load, Lang::Es);
    let mut reports = Vec::new();
    while let Some(r) = listener.report() {
        reports.push(r);
    }
    assert!(reports.contains(&Report::NoWords("no model at /x/ggml-base.bin".into())), "{reports:?}");
    assert!(!reports.iter().any(|r| matches!(r, Report::Heard(_) | Report::Ready)), "{reports:?}");
    // The levels still come, every frame of the recording.
    let frames: usize = reports.iter().map(|r| if let Report::Levels(_, l) = r { l.len() } else { 0 }).sum();
    assert_eq!(frames, recording().len() / 480, "{reports:?}");
}

#[test]
fn nothing_said_while_paused_is_transcribed() {
    let load: listener::Load = Box::new(|| Ok(Box::new(Fake) as Box<dyn Transcriber>));
    // The source waits until the test has paused before it hands anything over.
    let (go, wait) = std::sync::mpsc::channel::<()>();
    struct Gated(std::sync::mpsc::Receiver<()>, Box<dyn Source>);
    impl Source for Gated {
        fn next_chunk(&mut self) -> Result<Option<Vec<f32>>, String> {
            if let Ok(()) = self.0.recv() {}
            self.1.next_chunk()
        }
    }
    let source = Box::new(Gated(wait, chunks(recording())));
    let listener = Listener::start(vec![(Speaker::Agent, source)], load, Lang::Es);
    listener.set_paused(true);
    assert!(listener.is_paused());
    drop(go);
    let mut reports = Vec::new();
    while let Some(r) = listener.report() {
        let ended = matches!(r, Report::Ended(_));
        reports.push(r);
        if ended {
            break;
        }
    }
    assert!(!reports.iter().any(|r| matches!(r, Report::Heard(_))), "{reports:?}");
}

/// A device that talks for ever (a second of speech, a second of
/// silence), fails after `fails_after` chunks if asked to, and says
/// whether it is open (read since it last rested) and whether it was let go.
struct Mic {
    at: usize,
    fails_after: Option<usize>,
    open: std::sync::Arc<std::sync::atomic::AtomicBool>,
    dropped: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Mic {
    fn new(fails_after: Option<usize>) -> (Mic, Arc<AtomicBool>, Arc<AtomicBool>) {
        let (open, dropped) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
        (Mic { at: 0, fails_after, open: open.clone(), dropped: dropped.clone() }, open, dropped)
    }
}

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

impl Source for Mic {
    fn next_chunk(&mut self) -> Result<Option<Vec<f32>>, String> {
        std::thread::sleep(std::time::Duration::from_millis(2));
        self.open.store(true, Ordering::SeqCst);
        self.at += 1;
        if self.fails_after.is_some_and(|n| self.at > n) {
            return Err("the device was unplugged".into());
        }
        let chunk =
            if (self.at / 10).is_multiple_of(2) { speech(0.1) } else { vec![0.0; RATE as usize / 10] };
        Ok(Some(chunk))
    }

    fn rest(&mut self) -> bool {
        self.open.store(false, Ordering::SeqCst);
        true
    }
}

impl Drop for Mic {
    fn drop(&mut self) {
        self.dropped.store(true, Ordering::SeqCst);
    }
}

#[test]
fn a_source_that_fails_stops_all_listening_and_nothing_is_heard_after() {
    let load: listener::Load = Box::new(|| Ok(Box::new(Fake) as Box<dyn Transcriber>));
    let (agent, _, agent_gone) = Mic::new(None);
    let (customer, _, customer_gone) = Mic::new(Some(60));
    let listener = Listener::start(
        vec![(Speaker::Agent, Box::new(agent)), (Speaker::Customer, Box::new(customer))],
        load,
        Lang::Es,
    );
    let (done, reports) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        // Ends when every thread has ended (the worker too).
        while let Some(r) = listener.report() {
            all.push(r);
        }
        let _ = done.send(all);
    });
    let reports = reports.recv_timeout(std::time::Duration::from_secs(10)).expect("every thread ends");
    let lost = reports.iter().position(|r| matches!(r, Report::Lost(..))).expect("the failure is reported");
    assert_eq!(
        reports[lost],
        Report::Lost(Speaker::Customer, "the device was unplugged".into()),
        "which side"
    );
    assert_eq!(lost, reports.len() - 1, "nothing after the failure: {:?}", &reports[lost..]);
    assert!(reports.iter().any(|r| matches!(r, Report::Heard(_))), "heard before it: {reports:?}");
    assert!(agent_gone.load(Ordering::SeqCst) && customer_gone.load(Ordering::SeqCst), "both sources closed");
}

#[test]
fn a_transcription_that_fails_stops_the_sources_too() {
    struct Breaks;
    impl Transcriber for Breaks {
        fn transcribe(&mut self, _: &[f32], _: Lang) -> Result<String, String> {
            Err("whisper: out of memory".into())
        }
    }
    let load: listener::Load = Box::new(|| Ok(Box::new(Breaks) as Box<dyn Transcriber>));
    let (agent, _, agent_gone) = Mic::new(None);
    let listener = Listener::start(vec![(Speaker::Agent, Box::new(agent))], load, Lang::Es);
    let (done, reports) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        while let Some(r) = listener.report() {
            all.push(r);
        }
        let _ = done.send(all);
    });
    let reports = reports.recv_timeout(std::time::Duration::from_secs(10)).expect("every thread ends");
    // The voice's reports aside (which sides, their levels): ready, then
    // the failure, the last report.
    let reports: Vec<Report> =
        reports.into_iter().filter(|r| !matches!(r, Report::Sources { .. } | Report::Levels(..))).collect();
    assert_eq!(reports, vec![Report::Ready, Report::Failed("whisper: out of memory".into())]);
    assert!(agent_gone.load(Ordering::SeqCst), "the microphone is closed");
}

#[test]
fn pausing_lets_go_of_the_device_and_resuming_opens_it_again() {
    let load: listener::Load = Box::new(|| Ok(Box::new(Fake) as Box<dyn Transcriber>));
    let (mic, open, _) = Mic::new(None);
    let listener = Listener::start(vec![(Speaker::Agent, Box::new(mic))], load, Lang::Es);
    let wait = |want: bool| {
        let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while open.load(Ordering::SeqCst) != want && std::time::Instant::now() < until {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        open.load(Ordering::SeqCst) == want
    };
    assert!(wait(true), "listening opens the device");
    listener.set_paused(true);
    assert!(wait(false), "paused: the device is closed");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(!open.load(Ordering::SeqCst), "and stays closed while paused");
    listener.set_paused(false);
    assert!(wait(true), "resumed: open again");
}

#[test]
fn a_worker_that_falls_behind_drops_utterances_and_says_so() {
    /// A transcriber far slower than the speech comes.
    struct Slow;
    impl Transcriber for Slow {
        fn transcribe(&mut self, _: &[f32], _: Lang) -> Result<String, String> {
            std::thread::sleep(std::time::Duration::from_millis(200));
            Ok("heard".into())
        }
    }
    let load: listener::Load = Box::new(|| Ok(Box::new(Slow) as Box<dyn Transcriber>));
    // Twelve utterances, handed over at once.
    let samples = [vec![0.0; RATE as usize / 2], speech(1.0), vec![0.0; RATE as usize]].concat().repeat(12);
    let listener = Listener::start(vec![(Speaker::Agent, chunks(samples))], load, Lang::Es);
    let mut reports = Vec::new();
    while let Some(r) = listener.report() {
        reports.push(r);
    }
    let heard = reports.iter().filter(|r| matches!(r, Report::Heard(_))).count();
    let behind = reports.iter().filter(|r| **r == Report::Behind).count();
    assert!(heard < 12 && heard + behind == 12, "heard {heard}, behind {behind}");
    assert!(heard >= 4, "what waited was heard: {heard}");
}
