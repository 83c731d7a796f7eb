//! The engine: whisper.cpp through whisper-rs, on this machine's CPU. Any
//! multilingual whisper.cpp (ggml) model works; nothing is downloaded and
//! nothing leaves the machine.

use std::path::Path;

use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters, WhisperState};

use super::{Transcriber, decoding};
use crate::coach::lang::Lang;

/// A loaded model, ready to transcribe.
pub struct Whisper {
    state: WhisperState,
    threads: i32,
    /// The model's size as whisper.cpp names it (`base`, `small`…).
    kind: Option<String>,
    /// Each language's prompt ([`decoding::prompt`]) as the model's
    /// tokens, made once (in [`Lang::ALL`]'s order).
    prompts: Vec<Vec<std::ffi::c_int>>,
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
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let threads = decoding::threads(cores);
        let kind = context.model_type_readable_str_lossy().ok().map(|k| k.to_lowercase());
        let prompts = Lang::ALL
            .iter()
            .map(|&lang| context.tokenize(decoding::prompt(lang), 64).unwrap_or_default())
            .collect();
        tracing::info!(model = %path.display(), kind = ?kind, threads, "speech model loaded");
        Ok(Whisper { state, threads, kind, prompts })
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
        // Never more words than the audio can hold: a loop stops early.
        params.set_max_tokens(decoding::max_tokens(secs));
        // What is not speech is not written: whisper.cpp drops a segment
        // it finds likely silence (no-speech probability over 0.6) and
        // unsure of (average log-probability under -1); a decoding that
        // repeats itself (entropy under 2.4) fails. Loops that pass are
        // cut by `clean`.
        params.set_no_speech_thold(0.6);
        params.set_logprob_thold(-1.0);
        params.set_entropy_thold(2.4);
        // The language's own call opening, for the words and the accents.
        if let Some(prompt) = Lang::ALL
            .iter()
            .position(|&l| l == lang)
            .and_then(|i| self.prompts.get(i))
            .filter(|p| !p.is_empty())
        {
            params.set_tokens(prompt);
        }
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
        Ok(decoding::unechoed(text.trim(), decoding::prompt(lang)).to_string())
    }

    fn model(&self) -> Option<String> {
        self.kind.clone()
    }
}
