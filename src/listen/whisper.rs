//! The engine: whisper.cpp through whisper-rs, on this machine's CPU. Any
//! multilingual whisper.cpp (ggml) model works; nothing is downloaded and
//! nothing leaves the machine.

use std::path::Path;

use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters, WhisperState};

use super::Transcriber;
use crate::coach::lang::Lang;

/// A loaded model, ready to transcribe.
pub struct Whisper {
    state: WhisperState,
    threads: i32,
}

impl Whisper {
    /// Loads the model at `path` (about a second for "base"). Whisper.cpp's
    /// own log lines go to calma's log (`CALMA_LOG`), never to the screen.
    pub fn load(path: &Path) -> Result<Whisper, String> {
        whisper_rs::install_logging_hooks();
        let file = path.to_str().ok_or_else(|| format!("{}: not a UTF-8 path", path.display()))?;
        let context = WhisperContext::new_with_params(file, WhisperContextParameters::default())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let state = context.create_state().map_err(|e| format!("{}: {e}", path.display()))?;
        // Two threads at most: the screen and the audio need the rest.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(2)) as i32;
        Ok(Whisper { state, threads })
    }
}

impl Transcriber for Whisper {
    fn transcribe(&mut self, samples: &[f32], lang: Lang) -> Result<String, String> {
        if samples.is_empty() {
            return Ok(String::new());
        }
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        // The language is given: detection mistakes Portuguese for Spanish.
        params.set_language(Some(lang.code()));
        params.set_n_threads(self.threads);
        // Each utterance on its own: no text carried over from the last one,
        // which is where whisper repeats itself.
        params.set_no_context(true);
        params.set_single_segment(true);
        // The encoder looks at as much audio as was said, not at whisper's
        // usual 30 s: several times faster, and no padding of silence to
        // make words up from (50 positions a second, and some margin).
        let secs = samples.len() as f64 / f64::from(super::RATE);
        params.set_audio_ctx(((secs * 50.0).ceil() as i32 + 64).clamp(256, 1500));
        // One decoding, no retries at higher temperatures: a tick must not
        // wait for a fifth attempt at a word.
        params.set_temperature_inc(0.0);
        params.set_suppress_blank(true);
        params.set_suppress_nst(true);
        params.set_print_special(false);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_timestamps(false);
        self.state.full(params, samples).map_err(|e| e.to_string())?;
        let mut text = String::new();
        for segment in self.state.as_iter() {
            text.push_str(&segment.to_str_lossy().map_err(|e| e.to_string())?);
        }
        Ok(text.trim().to_string())
    }
}
