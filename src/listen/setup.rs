//! What `calma call --listen` asked for, and starting it: the model file,
//! the agent's and the customer's audio. Without the `listen` feature the
//! options are still there, and say how to get listen mode.

use std::path::{Path, PathBuf};

use super::{ListenError, Listener};
use crate::coach::i18n::I18n;
use crate::coach::lang::Lang;

/// The model file looked for in `models/` of the data directory when
/// none is given.
pub const DEFAULT_MODEL: &str = "ggml-base.bin";

/// Listen mode's settings for a call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListenSetup {
    /// The whisper.cpp model file.
    pub model: PathBuf,
    /// A WAV file replayed as the agent's voice instead of the microphone.
    pub agent_file: Option<PathBuf>,
    /// The input device of the customer's audio, if any.
    pub customer_device: Option<String>,
    /// A WAV file replayed as the customer's audio.
    pub customer_file: Option<PathBuf>,
    /// Whether the words go into the journal and the record.
    pub keep_transcript: bool,
    /// Whether what is heard are answers said in practice: an utterance
    /// then ends at a longer pause ([`super::Gate::answers`]).
    pub answers: bool,
}

/// The model to use: the one given (flag, `CALMA_MODEL`, config), else the
/// first `.bin` file in `models/` of the data directory (or in
/// `calls/models/`, where calma looked before), else the file expected in
/// `models/`.
pub fn model_path(given: Option<PathBuf>, data_dir: &Path) -> PathBuf {
    if let Some(path) = given {
        return path;
    }
    let dir = models_dir(data_dir);
    [dir.clone(), data_dir.join("calls").join("models")]
        .iter()
        .find_map(|dir| first_model_in(dir))
        .unwrap_or_else(|| dir.join(DEFAULT_MODEL))
}

/// Where speech models go: `models/` of the data directory.
pub fn models_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("models")
}

/// The first `.bin` file of `dir`, by name.
fn first_model_in(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin") && p.is_file())
        .collect();
    found.sort();
    found.into_iter().next()
}

impl ListenSetup {
    /// Why the words cannot be heard, if they cannot: the model file is
    /// missing or unreadable, or not a whisper.cpp file (a quick look at
    /// its first bytes; its sum is `calma model check`'s).
    pub fn problem(&self) -> Option<ListenError> {
        let readable = std::fs::File::open(&self.model).and_then(|f| f.metadata()).is_ok_and(|m| m.is_file());
        if !readable {
            return Some(ListenError::NoModel(self.model.clone()));
        }
        (!super::models::looks_like_a_model(&self.model).unwrap_or(false))
            .then(|| ListenError::NotAModel(self.model.clone()))
    }

    /// Starts listening in `lang` (the customer's language), or says why
    /// it cannot (an audio file that cannot be read); the call goes on
    /// either way. Without a model only the voice is heard.
    #[cfg(feature = "listen")]
    pub fn start(&self, lang: Lang, i18n: &I18n) -> Result<Listener, ListenError> {
        use super::audio::{DeviceSource, FileSource};
        use super::{Source, Transcriber, whisper::Whisper};
        use crate::coach::playbook::Speaker;

        // Without a model a call still hears the voice (the voice cues,
        // talk time) and the worker says why the words are not; practice
        // needs the words, so it stops here, before any device is opened.
        let problem = self.problem();
        if let (true, Some(problem)) = (self.answers, &problem) {
            return Err(problem.clone());
        }
        // What the worker says instead of the words, in the agent's words.
        let problem = problem.map(|p| p.message(i18n));
        let agent: Box<dyn Source> = match &self.agent_file {
            Some(path) => Box::new(FileSource::open(path).map_err(ListenError::Audio)?),
            None => Box::new(DeviceSource::new(None)),
        };
        let mut sources = vec![(Speaker::Agent, agent)];
        if let Some(path) = &self.customer_file {
            sources.push((Speaker::Customer, Box::new(FileSource::open(path).map_err(ListenError::Audio)?)));
        } else if let Some(device) = &self.customer_device {
            sources.push((Speaker::Customer, Box::new(DeviceSource::new(Some(device.clone())))));
        }
        let model = self.model.clone();
        let unloadable = ListenError::Unloadable(self.model.clone()).message(i18n);
        let load: super::listener::Load = match problem {
            Some(problem) => Box::new(move || Err(problem)),
            None => Box::new(move || match Whisper::load(&model) {
                Ok(whisper) => Ok(Box::new(whisper) as Box<dyn Transcriber>),
                Err(why) => {
                    tracing::warn!("the model did not load: {why}");
                    Err(unloadable)
                }
            }),
        };
        let gate = if self.answers { super::Gate::answers() } else { super::Gate::default() };
        Ok(Listener::start_gated(sources, load, lang, &gate))
    }

    /// Without the `listen` feature: the line that says how to get it.
    #[cfg(not(feature = "listen"))]
    pub fn start(&self, _lang: Lang, _i18n: &I18n) -> Result<Listener, ListenError> {
        Err(ListenError::NotBuilt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_or_one_that_is_no_model_is_one_line_naming_it() {
        let i18n = I18n::new(Lang::En);
        let dir = tempfile::tempdir().expect("a temporary directory");
        let setup = |name: &str| ListenSetup { model: dir.path().join(name), ..ListenSetup::default() };
        let missing = setup("ggml-base.bin").problem().expect("a problem").message(&i18n);
        assert!(missing.contains("ggml-base.bin") && missing.contains("calma model fetch base"), "{missing}");
        std::fs::write(dir.path().join("notes.bin"), b"meeting notes").expect("written");
        let notes = setup("notes.bin").problem().expect("a problem").message(&i18n);
        assert!(notes.contains("notes.bin") && notes.contains("not a whisper.cpp model"), "{notes}");
        assert_eq!(notes.lines().count(), 1);
        std::fs::write(dir.path().join("ggml-own.bin"), b"lmgg and tensors").expect("written");
        assert_eq!(setup("ggml-own.bin").problem(), None);
        let unloadable = ListenError::Unloadable(dir.path().join("ggml-own.bin")).message(&i18n);
        assert!(
            unloadable.contains("calma model check") && unloadable.contains("ggml-own.bin"),
            "{unloadable}"
        );
    }
}
