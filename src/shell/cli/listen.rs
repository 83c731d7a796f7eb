//! Listen mode on the command line: the setup of `calma call --listen`
//! and `calma practice --listen`, and `calma transcribe FILE.wav`.

use std::path::{Path, PathBuf};

use super::{CliError, ListenArgs, PracticeListenArgs};
use crate::coach::lang::Lang;
use crate::listen::{ListenSetup, model_path};
use crate::shell::config::Settings;

/// Listen mode's setup for a call, when `--listen` is given.
pub fn setup(args: &ListenArgs, settings: &Settings, data_dir: &Path) -> Option<ListenSetup> {
    args.listen.then(|| ListenSetup {
        model: model_path(settings.model.value.clone(), data_dir),
        agent_file: args.audio_file.clone(),
        customer_device: args.customer_audio.clone(),
        customer_file: args.customer_audio_file.clone(),
        keep_transcript: args.keep_transcript || settings.keep_transcript.value,
        answers: false,
    })
}

/// Listen mode's setup for practice, when `--listen` is given: the
/// trainee's voice only, and no transcript kept.
pub fn practice_setup(
    args: &PracticeListenArgs,
    settings: &Settings,
    data_dir: &Path,
) -> Option<ListenSetup> {
    args.listen.then(|| ListenSetup {
        model: model_path(settings.model.value.clone(), data_dir),
        agent_file: args.audio_file.clone(),
        answers: true,
        ..ListenSetup::default()
    })
}

/// `calma transcribe FILE`: one line per utterance, `MM:SS.s  words`.
#[cfg(feature = "listen")]
pub fn transcribe(file: &Path, model: PathBuf, lang: Lang) -> Result<Option<String>, CliError> {
    use crate::listen::{ListenError, audio, transcribe_all, whisper::Whisper};

    let setup = ListenSetup { model, ..ListenSetup::default() };
    if let Some(problem) = setup.problem() {
        return Err(problem.into());
    }
    let samples = audio::read_wav(file).map_err(ListenError::Audio)?;
    let mut engine = Whisper::load(&setup.model).map_err(|why| {
        tracing::warn!("the model did not load: {why}");
        ListenError::Unloadable(setup.model.clone())
    })?;
    let heard = transcribe_all(&samples, lang, &mut engine).map_err(ListenError::Audio)?;
    let lines: Vec<String> = heard
        .iter()
        .map(|(start, text)| {
            let tenths = (start * 10.0).round() as u64;
            format!(
                "{:02}:{:02}.{}  {}",
                tenths / 600,
                tenths / 10 % 60,
                tenths % 10,
                crate::coach::sanitize::clean(text)
            )
        })
        .collect();
    Ok(Some(lines.join("\n")))
}

/// Without the `listen` feature: the line that says how to get it.
#[cfg(not(feature = "listen"))]
pub fn transcribe(_file: &Path, _model: PathBuf, _lang: Lang) -> Result<Option<String>, CliError> {
    Err(crate::listen::ListenError::NotBuilt.into())
}
