//! The threads of listen mode: one per source (the agent's voice, the
//! customer's audio) cutting its samples into utterances, and one worker
//! that transcribes them in turn, in the call's customer language, and
//! reports what was heard. The screen never waits for any of them.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use super::voice::Level;
use super::{Cut, Gate, Heard, Transcriber, clean};
use crate::coach::lang::Lang;
use crate::coach::playbook::Speaker;

/// Where samples come from: a device, or a file replayed in real time.
pub trait Source: Send {
    /// The next samples (16 kHz mono), waiting a little for them; an empty
    /// chunk when none came yet, `None` at the end, an error (one line)
    /// when the device cannot be read.
    fn next_chunk(&mut self) -> Result<Option<Vec<f32>>, String>;

    /// Lets go of the device while listening is paused (the system's
    /// microphone indicator goes off), and says whether it did: a source
    /// that rests is not read until listening resumes. A file does not
    /// rest: it plays on, unheard.
    fn rest(&mut self) -> bool {
        false
    }
}

/// What the listener tells the call.
#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    /// The model is loaded: listening.
    Ready,
    /// The loaded model's size as whisper.cpp names it (`base`, `small`…):
    /// how well it hears each language.
    Model(String),
    /// An utterance was dropped, not transcribed: the worker fell behind
    /// (too many waiting, or it would come too late to help).
    Behind,
    /// The model did not load, and why: the voice is still heard (its
    /// levels), the words are not.
    NoWords(String),
    /// The levels of a source's frames (the voice cues), a chunk's worth.
    Levels(Speaker, Vec<Level>),
    /// Listening stopped, and why (one line for the agent): the model
    /// could not transcribe.
    Failed(String),
    /// Listening stopped because a source could not be read, and why.
    Lost(Speaker, String),
    /// An utterance was heard.
    Heard(Heard),
    /// A source ended (its file played out).
    Ended(Speaker),
    /// Which sides are heard: the first report of every listener.
    Sources {
        /// Whether the customer's audio is heard too.
        customer: bool,
    },
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
        let customer = sources.iter().any(|(s, _)| *s == Speaker::Customer);
        let _ = report.send(Report::Sources { customer });
        let report = Line { to: report, failed: Arc::new(Mutex::new(false)), stop: stop.clone() };
        let (utterance, utterances) = mpsc::sync_channel::<Utterance>(WAITING);
        {
            let (report, paused, lang) = (report.clone(), paused.clone(), lang.clone());
            thread::spawn(move || transcribe(load, &utterances, &report, &paused, &lang));
        }
        for (speaker, source) in sources {
            let (report, utterance, paused, gate) =
                (report.clone(), utterance.clone(), paused.clone(), gate.clone());
            thread::spawn(move || cut(speaker, source, gate, &utterance, &report, &paused));
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

/// Utterances that may wait for the worker: more, and it has fallen
/// behind (each is up to 25 s of speech).
const WAITING: usize = 4;

/// How late an utterance may be transcribed, from its end: a tick or a
/// card half a minute after the words is worse than none.
const STALE: Duration = Duration::from_secs(30);

/// An utterance on its way to the worker: who said it, its audio, and
/// when it ended.
type Utterance = (Speaker, Cut, Instant);

/// Hands an utterance to the worker, or drops it when too many wait (and
/// says so); `false` when the worker is gone (no model).
fn hand_over(utterance: &SyncSender<Utterance>, speaker: Speaker, cut: Cut, report: &Line) -> bool {
    match utterance.try_send((speaker, cut, Instant::now())) {
        Ok(()) => true,
        Err(TrySendError::Full((_, cut, _))) => {
            tracing::warn!(
                ?speaker,
                audio_ms = cut.samples.len() / 16,
                "an utterance dropped: too many waiting"
            );
            report.send(Report::Behind);
            true
        }
        Err(TrySendError::Disconnected(_)) => false,
    }
}

/// A source's thread: samples through the gate, utterances to the worker.
/// While paused, a device is let go of; the first failure anywhere ends
/// every thread.
fn cut(
    speaker: Speaker,
    mut source: Box<dyn Source>,
    mut gate: Gate,
    utterance: &SyncSender<Utterance>,
    report: &Line,
    paused: &AtomicBool,
) {
    let mut words = true;
    while !report.stopped() {
        if paused.load(Ordering::Relaxed) && source.rest() {
            gate.reset();
            thread::sleep(RESTING);
            continue;
        }
        let chunk = match source.next_chunk() {
            Ok(Some(chunk)) => chunk,
            Ok(None) => {
                if let Some(cut) = gate.finish() {
                    hand_over(utterance, speaker, cut, report);
                }
                report.send(Report::Ended(speaker));
                return;
            }
            Err(why) => {
                report.fail(Report::Lost(speaker, why));
                return;
            }
        };
        if paused.load(Ordering::Relaxed) {
            gate.reset();
            continue;
        }
        let cuts = gate.push(&chunk);
        // Without the worker (no model) the voice is still heard.
        words = words && cuts.into_iter().all(|cut| hand_over(utterance, speaker, cut, report));
        let levels = gate.take_levels();
        if !levels.is_empty() && !report.send(Report::Levels(speaker, levels)) {
            return; // stopped, or the call is over
        }
    }
}

/// The worker: loads the engine, then transcribes utterances one by one;
/// one that would come too late is dropped (and said).
fn transcribe(
    load: Load,
    utterances: &Receiver<Utterance>,
    report: &Line,
    paused: &AtomicBool,
    lang: &Mutex<Lang>,
) {
    let mut engine = match load() {
        Ok(engine) => engine,
        // Without a model the voice is still heard: not a failure.
        Err(why) => {
            report.send(Report::NoWords(why));
            return;
        }
    };
    if !report.send(Report::Ready) {
        return;
    }
    if let Some(model) = engine.model()
        && !report.send(Report::Model(model))
    {
        return;
    }
    for (speaker, cut, ended) in utterances {
        if report.stopped() {
            return; // a source failed: nothing more is transcribed
        }
        if paused.load(Ordering::Relaxed) {
            continue; // said before the pause, heard after it: dropped
        }
        if ended.elapsed() > STALE {
            tracing::warn!(?speaker, late_ms = ended.elapsed().as_millis(), "a stale utterance dropped");
            report.send(Report::Behind);
            continue;
        }
        let lang = *lang.lock().unwrap_or_else(PoisonError::into_inner);
        let began = std::time::Instant::now();
        let transcribed = engine.transcribe(&cut.samples, lang);
        tracing::debug!(
            ?speaker,
            lang = %lang.code(),
            audio_ms = cut.samples.len() / 16,
            took_ms = began.elapsed().as_millis(),
            "transcribed an utterance"
        );
        match transcribed {
            Ok(_) if ended.elapsed() > STALE => {
                tracing::warn!(
                    ?speaker,
                    late_ms = ended.elapsed().as_millis(),
                    "a late transcription dropped"
                );
                report.send(Report::Behind);
            }
            Ok(text) => {
                let text = clean(&text);
                if !text.is_empty() && !report.send(Report::Heard(Heard { speaker, start: cut.start, text }))
                {
                    return; // stopped, or the call is over
                }
            }
            Err(why) => return report.fail(Report::Failed(why)),
        }
    }
}

/// How long a resting source's thread sleeps between looks at the pause.
const RESTING: Duration = Duration::from_millis(100);

/// The threads' way to the call: the first failure is the last report,
/// and stops every thread (nothing more is heard, transcribed or
/// journaled), as dropping the [`Listener`] does.
#[derive(Clone)]
struct Line {
    to: Sender<Report>,
    /// Whether a failure was reported: held while sending, so that no
    /// report of another thread slips in after it.
    failed: Arc<Mutex<bool>>,
    stop: Arc<AtomicBool>,
}

impl Line {
    /// Whether listening stopped (a failure, or the listener dropped).
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Reports, unless listening stopped; `false` when it did (or the call
    /// is over).
    fn send(&self, report: Report) -> bool {
        let failed = self.failed.lock().unwrap_or_else(PoisonError::into_inner);
        !*failed && !self.stopped() && self.to.send(report).is_ok()
    }

    /// Reports a failure, the first only, and stops every thread.
    fn fail(&self, report: Report) {
        let mut failed = self.failed.lock().unwrap_or_else(PoisonError::into_inner);
        if !*failed {
            *failed = true;
            self.stop.store(true, Ordering::Relaxed);
            let _ = self.to.send(report);
        }
    }
}
