//! The threads of listen mode: one per source (the agent's voice, the
//! customer's audio) cutting its samples into utterances, and one worker
//! that transcribes them in turn, in the call's customer language, and
//! reports what was heard. The screen never waits for any of them.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;

use super::{Cut, Gate, Heard, Transcriber, clean};
use crate::coach::lang::Lang;
use crate::coach::playbook::Speaker;

/// Where samples come from: a device, or a file replayed in real time.
pub trait Source: Send {
    /// The next samples (16 kHz mono), waiting a little for them; an empty
    /// chunk when none came yet, `None` at the end, an error (one line)
    /// when the device cannot be read.
    fn next_chunk(&mut self) -> Result<Option<Vec<f32>>, String>;
}

/// What the listener tells the call.
#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    /// The model is loaded: listening.
    Ready,
    /// Listening stopped, and why (one line for the agent).
    Failed(String),
    /// An utterance was heard.
    Heard(Heard),
    /// A source ended (its file played out).
    Ended(Speaker),
}

/// Loads the engine, in the worker (loading takes a second or so).
pub type Load = Box<dyn FnOnce() -> Result<Box<dyn Transcriber>, String> + Send>;

/// Listen mode while a call is on; dropping it stops every thread.
#[derive(Debug)]
pub struct Listener {
    paused: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    lang: Arc<Mutex<Lang>>,
    reports: Receiver<Report>,
}

impl Listener {
    /// Starts listening to `sources`, transcribing in `lang`.
    pub fn start(sources: Vec<(Speaker, Box<dyn Source>)>, load: Load, lang: Lang) -> Listener {
        Listener::start_gated(sources, load, lang, &Gate::default())
    }

    /// The same, each source cut into utterances by a copy of `gate`
    /// ([`Gate::answers`] in practice).
    pub fn start_gated(
        sources: Vec<(Speaker, Box<dyn Source>)>,
        load: Load,
        lang: Lang,
        gate: &Gate,
    ) -> Listener {
        let paused = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let lang = Arc::new(Mutex::new(lang));
        let (report, reports) = mpsc::channel();
        let (utterance, utterances) = mpsc::channel::<(Speaker, Cut)>();
        {
            let (report, paused, lang) = (report.clone(), paused.clone(), lang.clone());
            thread::spawn(move || transcribe(load, &utterances, &report, &paused, &lang));
        }
        for (speaker, source) in sources {
            let (report, utterance) = (report.clone(), utterance.clone());
            let (paused, stop, gate) = (paused.clone(), stop.clone(), gate.clone());
            thread::spawn(move || cut(speaker, source, gate, &utterance, &report, &paused, &stop));
        }
        Listener { paused, stop, lang, reports }
    }

    /// Pauses or resumes: while paused, nothing heard is transcribed.
    pub fn set_paused(&self, paused: bool) {
        self.paused.store(paused, Ordering::Relaxed);
    }

    /// Whether listening is paused.
    pub fn is_paused(&self) -> bool {
        self.paused.load(Ordering::Relaxed)
    }

    /// The language utterances are transcribed in from now on.
    pub fn set_lang(&self, lang: Lang) {
        *self.lang.lock().unwrap_or_else(PoisonError::into_inner) = lang;
    }

    /// The next report, waiting for it (`None` when every thread ended,
    /// or after [`Listener::forward`]).
    pub fn report(&self) -> Option<Report> {
        self.reports.recv().ok()
    }

    /// Sends every report from now on into a front-end's one event
    /// channel, as `wrap` makes it, so that the front-end waits on that
    /// channel alone and never polls.
    pub fn forward<T: Send + 'static>(&mut self, to: Sender<T>, wrap: fn(Report) -> T) {
        let (_, closed) = mpsc::channel();
        let reports = std::mem::replace(&mut self.reports, closed);
        thread::spawn(move || {
            for report in reports {
                if to.send(wrap(report)).is_err() {
                    return; // the front-end is gone
                }
            }
        });
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// A source's thread: samples through the gate, utterances to the worker.
fn cut(
    speaker: Speaker,
    mut source: Box<dyn Source>,
    mut gate: Gate,
    utterance: &Sender<(Speaker, Cut)>,
    report: &Sender<Report>,
    paused: &AtomicBool,
    stop: &AtomicBool,
) {
    while !stop.load(Ordering::Relaxed) {
        let chunk = match source.next_chunk() {
            Ok(Some(chunk)) => chunk,
            Ok(None) => {
                if let Some(cut) = gate.finish() {
                    let _ = utterance.send((speaker, cut));
                }
                let _ = report.send(Report::Ended(speaker));
                return;
            }
            Err(why) => {
                let _ = report.send(Report::Failed(why));
                return;
            }
        };
        if paused.load(Ordering::Relaxed) {
            gate.reset();
            continue;
        }
        for cut in gate.push(&chunk) {
            if utterance.send((speaker, cut)).is_err() {
                return; // the worker stopped: the model did not load
            }
        }
    }
}

/// The worker: loads the engine, then transcribes utterances one by one.
fn transcribe(
    load: Load,
    utterances: &Receiver<(Speaker, Cut)>,
    report: &Sender<Report>,
    paused: &AtomicBool,
    lang: &Mutex<Lang>,
) {
    let mut engine = match load() {
        Ok(engine) => engine,
        Err(why) => {
            let _ = report.send(Report::Failed(why));
            return;
        }
    };
    if report.send(Report::Ready).is_err() {
        return;
    }
    for (speaker, cut) in utterances {
        if paused.load(Ordering::Relaxed) {
            continue; // said before the pause, heard after it: dropped
        }
        let lang = *lang.lock().unwrap_or_else(PoisonError::into_inner);
        let sent = match engine.transcribe(&cut.samples, lang) {
            Ok(text) => {
                let text = clean(&text);
                text.is_empty()
                    || report.send(Report::Heard(Heard { speaker, start: cut.start, text })).is_ok()
            }
            Err(why) => report.send(Report::Failed(why)).is_ok(),
        };
        if !sent {
            return; // the call is over
        }
    }
}
