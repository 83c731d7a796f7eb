//! Audio in: WAV files (read whole, or replayed in real time for tests,
//! demos and training) and the sound card's input devices. Everything
//! becomes 16 kHz mono `f32`; no audio is ever written anywhere.

use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use audioadapter_buffers::direct::InterleavedSlice;
use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use rubato::{
    Async, FixedAsync, Resampler, SincInterpolationParameters, SincInterpolationType, WindowFunction,
};

use super::{RATE, Source};

/// A WAV file as 16 kHz mono samples (mixed down and resampled).
pub fn read_wav(path: &Path) -> Result<Vec<f32>, String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let mut reader = hound::WavReader::open(path).map_err(|e| fail(&e))?;
    let spec = reader.spec();
    let samples: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => {
            let floats: Vec<f32> = reader.samples::<f32>().collect::<Result<_, _>>().map_err(|e| fail(&e))?;
            floats.into_iter().map(finite).collect()
        }
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            let ints: Vec<i32> = reader.samples::<i32>().collect::<Result<_, _>>().map_err(|e| fail(&e))?;
            ints.into_iter().map(|s| s as f32 * scale).collect()
        }
    };
    let mono = mono(&samples, usize::from(spec.channels));
    resample(&mono, spec.sample_rate).map_err(|e| fail(&e))
}

/// A sample as the resampler and the model can take it: a NaN, an
/// infinity or a spike from a broken file or device is not.
fn finite(sample: f32) -> f32 {
    if sample.is_finite() { sample.clamp(-1.0, 1.0) } else { 0.0 }
}

/// Interleaved frames of `channels` mixed to one channel.
fn mono(samples: &[f32], channels: usize) -> Vec<f32> {
    if channels <= 1 {
        return samples.to_vec();
    }
    samples.chunks(channels).map(|frame| frame.iter().sum::<f32>() / channels as f32).collect()
}

/// Mono samples at `rate` resampled to 16 kHz with rubato's sinc
/// resampler.
fn resample(samples: &[f32], rate: u32) -> Result<Vec<f32>, String> {
    if rate == RATE || samples.is_empty() {
        return Ok(samples.to_vec());
    }
    let params = SincInterpolationParameters {
        sinc_len: 128,
        f_cutoff: None,
        oversampling_factor: 128,
        interpolation: SincInterpolationType::Cubic,
        window: WindowFunction::BlackmanHarris2,
    };
    let ratio = f64::from(RATE) / f64::from(rate);
    let mut resampler =
        Async::<f32>::new_sinc(ratio, 1.0, &params, 1024, 1, FixedAsync::Input).map_err(|e| e.to_string())?;
    let input = InterleavedSlice::new(samples, 1, samples.len()).map_err(|e| e.to_string())?;
    let output = resampler.process_all(&input, samples.len(), None).map_err(|e| e.to_string())?;
    Ok(output.take_data())
}

/// A recording replayed in real time, a tenth of a second at a time.
pub struct FileSource {
    samples: Vec<f32>,
    at: usize,
    started: Option<Instant>,
}

impl FileSource {
    /// The file at `path`, read now (so that a bad file is said at once).
    pub fn open(path: &Path) -> Result<FileSource, String> {
        Ok(FileSource { samples: read_wav(path)?, at: 0, started: None })
    }
}

impl Source for FileSource {
    fn next_chunk(&mut self) -> Result<Option<Vec<f32>>, String> {
        if self.at >= self.samples.len() {
            return Ok(None);
        }
        let started = *self.started.get_or_insert_with(Instant::now);
        let end = (self.at + RATE as usize / 10).min(self.samples.len());
        // Paced by the clock, not by sleeps, so that it never drifts.
        let due = started + Duration::from_secs_f64(end as f64 / f64::from(RATE));
        std::thread::sleep(due.saturating_duration_since(Instant::now()));
        let chunk = self.samples[self.at..end].to_vec();
        self.at = end;
        Ok(Some(chunk))
    }
}

/// The sound card: an input device (the default one, or one named),
/// opened in the thread that reads it.
pub struct DeviceSource {
    name: Option<String>,
    open: Option<Open>,
}

/// A device being read: its stream (stopped when dropped), the samples
/// its callback hands over, its errors, and what waits to be resampled.
struct Open {
    _stream: cpal::Stream,
    samples: Receiver<Vec<f32>>,
    errors: Receiver<String>,
    pieces: Pieces,
}

/// What a device's callbacks gave, on its way to 16 kHz mono: the only
/// part of the device path the file path does not share (both then go
/// through the same gate and voice analysis, in the listener's thread).
/// Apart from cpal, so that tests feed it synthetic callbacks.
#[derive(Debug)]
pub struct Pieces {
    rate: u32,
    pending: Vec<f32>,
}

impl Pieces {
    /// Samples at the device's `rate`.
    pub fn new(rate: u32) -> Pieces {
        Pieces { rate, pending: Vec::new() }
    }

    /// A callback's interleaved `f32` frames of `channels`, as mono: a
    /// device's floats are not trusted (a NaN or a spike would make the
    /// resampler and the model fail).
    pub fn of_f32(data: &[f32], channels: usize) -> Vec<f32> {
        let clean: Vec<f32> = data.iter().copied().map(finite).collect();
        mono(&clean, channels)
    }

    /// A callback's interleaved `i16` frames of `channels`, as mono.
    pub fn of_i16(data: &[i16], channels: usize) -> Vec<f32> {
        let floats: Vec<f32> = data.iter().map(|&s| f32::from(s) / 32768.0).collect();
        mono(&floats, channels)
    }

    /// Takes a callback's mono samples; gives what is ready at 16 kHz
    /// (empty while a piece fills). Resampled half a second at a time:
    /// each piece on its own is plenty for speech, and keeps the delay
    /// short.
    pub fn push(&mut self, samples: Vec<f32>) -> Result<Vec<f32>, String> {
        self.pending.extend(samples);
        if self.rate != RATE && self.pending.len() < self.rate as usize / 2 {
            return Ok(Vec::new());
        }
        resample(&std::mem::take(&mut self.pending), self.rate)
    }
}

impl DeviceSource {
    /// The default input device (`None`), or the one whose name or id is
    /// `name` (a softphone's monitor source, say).
    pub fn new(name: Option<String>) -> DeviceSource {
        DeviceSource { name, open: None }
    }

    fn open(&self) -> Result<Open, String> {
        let host = cpal::default_host();
        let device = match &self.name {
            None => host.default_input_device().ok_or("no input device (microphone) found")?,
            Some(name) => {
                let devices: Vec<cpal::Device> = host.input_devices().map_err(|e| e.to_string())?.collect();
                let named = |d: &cpal::Device| d.description().map(|desc| desc.name().to_string()).ok();
                let found = devices.iter().find(|d| {
                    d.id().is_ok_and(|id| id.to_string() == *name) || named(d).as_deref() == Some(name)
                });
                match found {
                    Some(device) => device.clone(),
                    None => {
                        let names: Vec<String> =
                            devices.iter().filter_map(|d| d.id().ok()).map(|id| id.to_string()).collect();
                        return Err(format!(
                            "no input device named {name} (there are: {})",
                            names.join(", ")
                        ));
                    }
                }
            }
        };
        let config = preferred_config(&device)?;
        let channels = usize::from(config.channels());
        let rate = config.sample_rate();
        let (send, samples) = mpsc::channel();
        // Never printed (the screen is calma's): kept, and told if the
        // stream then stops giving samples.
        let (send_error, errors) = mpsc::channel();
        let error = move |e: cpal::Error| {
            let _ = send_error.send(e.to_string());
        };
        let stream = match config.sample_format() {
            cpal::SampleFormat::F32 => device.build_input_stream(
                config.into(),
                move |data: &[f32], _: &_| {
                    let _ = send.send(Pieces::of_f32(data, channels));
                },
                error,
                None,
            ),
            cpal::SampleFormat::I16 => device.build_input_stream(
                config.into(),
                move |data: &[i16], _: &_| {
                    let _ = send.send(Pieces::of_i16(data, channels));
                },
                error,
                None,
            ),
            other => return Err(format!("the input device gives {other} samples; calma reads f32 or i16")),
        }
        .map_err(|e| e.to_string())?;
        stream.play().map_err(|e| e.to_string())?;
        Ok(Open { _stream: stream, samples, errors, pieces: Pieces::new(rate) })
    }
}

/// 16 kHz mono 16-bit when the device offers it (then nothing is
/// resampled, and a raw 16 kHz file behind ALSA's file plugin reads as
/// it is), else the device's own default.
fn preferred_config(device: &cpal::Device) -> Result<cpal::SupportedStreamConfig, String> {
    let offered = device.supported_input_configs().map_err(|e| e.to_string())?;
    let mut fits: Vec<cpal::SupportedStreamConfigRange> = offered
        .filter(|c| {
            matches!(c.sample_format(), cpal::SampleFormat::I16 | cpal::SampleFormat::F32)
                && (c.min_sample_rate()..=c.max_sample_rate()).contains(&RATE)
        })
        .collect();
    fits.sort_by_key(|c| (c.channels(), c.sample_format() != cpal::SampleFormat::I16));
    match fits.into_iter().next() {
        Some(range) => Ok(range.with_sample_rate(RATE)),
        None => device.default_input_config().map_err(|e| e.to_string()),
    }
}

impl Source for DeviceSource {
    fn next_chunk(&mut self) -> Result<Option<Vec<f32>>, String> {
        if self.open.is_none() {
            self.open = Some(self.open()?);
        }
        let Some(open) = &mut self.open else { return Ok(None) };
        match open.samples.recv_timeout(Duration::from_millis(100)) {
            Ok(samples) => open.pieces.push(samples).map(Some),
            // No samples for a while: an error the device gave explains it.
            Err(RecvTimeoutError::Timeout) => open.errors.try_recv().map_or(Ok(Some(Vec::new())), Err),
            Err(RecvTimeoutError::Disconnected) => Ok(None),
        }
    }

    /// Closes the stream (dropping it): the device is opened again when
    /// listening resumes.
    fn rest(&mut self) -> bool {
        self.open = None;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A call's agent side as a 48 kHz stereo device gives it: speech
    /// (a 220 Hz voice whose loudness rises and falls four times a
    /// second, like syllables) from 1 s to 4 s and from 5 s to 7 s.
    fn device_signal() -> Vec<i16> {
        let rate = 48_000.0;
        (0..8 * 48_000)
            .flat_map(|i| {
                let t = f64::from(i) / rate;
                let speaking = (1.0..4.0).contains(&t) || (5.0..7.0).contains(&t);
                let syllables = 0.65 + 0.35 * (t * 4.0 * std::f64::consts::TAU).sin();
                let voice =
                    if speaking { 0.2 * syllables * (t * 220.0 * std::f64::consts::TAU).sin() } else { 0.0 };
                let s = (voice * 32767.0) as i16;
                [s, s]
            })
            .collect()
    }

    /// The levels and talk time of a stream of 16 kHz chunks, as the
    /// listener's thread and the call take them (the gate, then the voice
    /// analysis).
    fn heard(chunks: impl Iterator<Item = Vec<f32>>) -> (Vec<crate::listen::voice::Level>, u64) {
        let mut gate = crate::listen::Gate::default();
        let mut voice = crate::listen::voice::VoiceCues::new(Vec::new(), false);
        let mut levels = Vec::new();
        for chunk in chunks {
            gate.push(&chunk);
            let taken = gate.take_levels();
            voice.push(crate::coach::playbook::Speaker::Agent, &taken);
            levels.extend(taken);
        }
        (levels, voice.talk().agent_secs)
    }

    #[test]
    fn a_device_feeds_the_voice_analysis_as_a_file_of_the_same_audio_does() {
        let signal = device_signal();
        // The file path: read whole, mixed down, resampled, replayed a
        // tenth of a second at a time.
        let floats: Vec<f32> = signal.iter().map(|&s| f32::from(s) / 32768.0).collect();
        let file = resample(&mono(&floats, 2), 48_000).expect("resampled");
        let (from_file, file_talk) = heard(file.chunks(1600).map(<[f32]>::to_vec));
        // The device path: 10 ms callbacks, resampled half a second at a time.
        let mut pieces = Pieces::new(48_000);
        let callbacks =
            signal.chunks(960).map(|data| pieces.push(Pieces::of_i16(data, 2)).expect("resampled"));
        let (from_device, device_talk) = heard(callbacks.collect::<Vec<_>>().into_iter());
        assert_eq!((file_talk, device_talk), (5, 5));
        assert_eq!(from_file.len(), from_device.len(), "the same frames, at the same times");
        let differ = from_file
            .iter()
            .zip(&from_device)
            .filter(|(f, d)| f.loud != d.loud || (f.at - d.at).abs() > 1e-9)
            .count();
        assert!(differ <= 2, "{differ} frames heard otherwise");
        let louder =
            from_file.iter().zip(&from_device).map(|(f, d)| (f.rms - d.rms).abs()).fold(0.0, f32::max);
        assert!(louder < 0.01, "levels within 0.01: {louder}");
    }

    #[test]
    fn a_broken_float_wav_reads_as_silence_where_it_is_broken_and_is_resampled() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("broken.wav");
        let spec = hound::WavSpec {
            channels: 2,
            sample_rate: 32_000,
            bits_per_sample: 32,
            sample_format: hound::SampleFormat::Float,
        };
        let mut writer = hound::WavWriter::create(&path, spec).expect("a wav");
        for s in [f32::NAN, f32::INFINITY, 4.0, -0.5].repeat(8_000) {
            writer.write_sample(s).expect("written");
        }
        writer.finalize().expect("finished");
        let samples = read_wav(&path).expect("read");
        assert!(samples.iter().all(|s| s.is_finite() && s.abs() <= 1.0), "{:?}", &samples[..8]);
        let secs = samples.len() as f32 / RATE as f32;
        assert!((secs - 0.5).abs() < 0.05, "16,000 stereo frames at 32 kHz are half a second: {secs}");
        assert!(read_wav(&dir.path().join("missing.wav")).is_err_and(|e| e.contains("missing.wav")));
    }
}
