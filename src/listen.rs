//! Listen mode (issue 19): what is said on the call, transcribed on this
//! machine, ticks the checklist and raises cues; in practice (issue 29),
//! what the trainee says is the answer. The parts here are plain
//! Rust — the voice-activity gate, the threads that carry utterances to a
//! [`Transcriber`] and back — so that they are tested without a model or
//! a microphone. The engine (whisper.cpp) and the audio (WAV files, the
//! sound card) come with the `listen` feature.

#[cfg(feature = "listen")]
pub mod audio;
pub mod decoding;
mod error;
pub mod fetch;
mod flatness;
mod gate;
pub mod listener;
mod listening;
pub mod models;
mod repeats;
mod setup;
mod spoken;
pub mod strength;
pub mod voice;
#[cfg(feature = "listen")]
pub mod whisper;

pub use error::ListenError;
pub use gate::{Cut, Gate};
pub use listener::{Listener, Report, Source};
pub use listening::{ListenState, Listening, lost};
pub use setup::{DEFAULT_MODEL, ListenSetup, model_path, models_dir};
pub use spoken::Spoken;

use crate::coach::lang::Lang;
use crate::coach::playbook::Speaker;

/// The sample rate of everything listen mode handles (whisper's).
pub const RATE: u32 = 16_000;

/// Turns an utterance into text: whisper.cpp in the product, a fake in
/// tests.
pub trait Transcriber: Send {
    /// The words of `samples` (16 kHz mono) spoken in `lang`.
    fn transcribe(&mut self, samples: &[f32], lang: Lang) -> Result<String, String>;

    /// The model's size as whisper.cpp names it (`base`, `small`…), when
    /// known: how well it hears each language.
    fn model(&self) -> Option<String> {
        None
    }
}

/// An utterance heard and transcribed.
#[derive(Debug, Clone, PartialEq)]
pub struct Heard {
    /// Who said it.
    pub speaker: Speaker,
    /// Seconds from the start of its source.
    pub start: f64,
    /// The words (trimmed; never empty).
    pub text: String,
}

/// The utterances of a whole recording, each transcribed, in order
/// (`calma transcribe`): the same gate as a live call.
pub fn transcribe_all(
    samples: &[f32],
    lang: Lang,
    transcriber: &mut dyn Transcriber,
) -> Result<Vec<(f64, String)>, String> {
    let mut gate = Gate::default();
    let mut cuts = gate.push(samples);
    cuts.extend(gate.finish());
    let mut out = Vec::new();
    for cut in cuts {
        let text = clean(&transcriber.transcribe(&cut.samples, lang)?);
        if !text.is_empty() {
            out.push((cut.start, text));
        }
    }
    Ok(out)
}

/// A transcription as shown and matched: one line, without whisper's
/// markers for what is not speech (`[MUSIC]`, `(laughs)`) nor controls
/// ([`crate::coach::sanitize::clean`]), and without the model's loops (a
/// phrase said over and over is kept once; nothing but a loop is
/// dropped): what the listener reports is safe to show.
pub fn clean(text: &str) -> String {
    repeats::unloop(&unmarked(text)).unwrap_or_default()
}

/// `text` on one line without whisper's markers nor controls.
fn unmarked(text: &str) -> String {
    let text = crate::coach::sanitize::clean(text);
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find(['[', '(']) {
        let close = if rest[open..].starts_with('[') { ']' } else { ')' };
        out.push_str(&rest[..open]);
        match rest[open..].find(close) {
            Some(end) => rest = &rest[open + end + 1..],
            None => {
                out.push_str(&rest[open..open + 1]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
