//! The voice-activity gate: cuts a stream of 16 kHz samples into
//! utterances by their energy and their spectrum, so that the model runs
//! only on speech, never on silence nor on steady noise (a fan, hiss, a
//! line's static: loud, but flat across the speech band). Pure and cheap:
//! a few multiplications a sample, and one small transform a loud frame.

use super::RATE;
use super::flatness::flatness;
use super::voice::Level;

/// 30 ms frames: short enough to catch the start of a word.
const FRAME: usize = RATE as usize * 30 / 1000;
/// Frames loud enough in a row to count as speech (90 ms: not a click).
const START_FRAMES: usize = 3;
/// Quiet frames that end an utterance (750 ms: a pause, not a breath).
const END_FRAMES: usize = 25;
/// Quiet frames that end an answer said in practice (1.5 s): the pause
/// between two of its sentences does not cut it in two answers.
const ANSWER_END_FRAMES: usize = 50;
/// Kept from before the start, so that the first syllable is not cut.
const PRE_ROLL_FRAMES: usize = 8;
/// The longest utterance: longer speech is cut there (25 s), so a tick
/// never waits for the end of a monologue.
const MAX_SAMPLES: usize = RATE as usize * 25;
/// Utterances with less speech are dropped (a cough, a door): 250 ms.
const MIN_VOICED: usize = RATE as usize / 4;
/// Frames of background heard before speech may start (300 ms).
const WARM_UP_FRAMES: usize = 10;
/// The quietest level taken for speech (RMS, about -42 dBFS).
const FLOOR: f32 = 0.008;
/// Speech is this much louder than the background noise (RMS ratio).
const ABOVE_NOISE: f32 = 3.0;
/// The background is the quietest frame of the last 3 s: a steady hum
/// is never speech, and the pauses between words keep it low. It is
/// measured during speech too, so that a noise that came on while the
/// gate was open becomes the background within 3 s.
const NOISE_FRAMES: usize = 100;
/// The flattest a frame's speech band may be and still be a voice
/// ([`flatness`]): voiced speech is under 0.05 for most frames and under
/// 0.2 for nine in ten (espeak-ng, pt and hr); pink noise is 0.28 to 0.45
/// for nine in ten frames, white noise 0.5 to 0.63.
const FLAT_MAX: f32 = 0.25;

/// An utterance the gate cut: where it starts in the stream, and its samples.
#[derive(Debug, Clone, PartialEq)]
pub struct Cut {
    /// Seconds from the start of the stream.
    pub start: f64,
    /// The samples, 16 kHz mono.
    pub samples: Vec<f32>,
}

/// The gate's state over one stream.
#[derive(Debug, Clone)]
pub struct Gate {
    frame: Vec<f32>,
    /// Samples seen, for the start times.
    seen: u64,
    /// The levels of the last frames, for the background level.
    levels: std::collections::VecDeque<f32>,
    /// The last frames before speech (the pre-roll), or the speech so far.
    held: Vec<f32>,
    speaking: bool,
    loud_in_a_row: usize,
    quiet_in_a_row: usize,
    /// Loud frames in the utterance so far.
    loud_frames: usize,
    start: u64,
    /// Each frame's level since last taken (the voice cues read them).
    measured: Vec<Level>,
    /// Quiet frames that end an utterance.
    end_frames: usize,
}

impl Default for Gate {
    fn default() -> Gate {
        Gate {
            frame: Vec::with_capacity(FRAME),
            seen: 0,
            levels: std::collections::VecDeque::with_capacity(NOISE_FRAMES),
            held: Vec::new(),
            speaking: false,
            loud_in_a_row: 0,
            quiet_in_a_row: 0,
            loud_frames: 0,
            start: 0,
            measured: Vec::new(),
            end_frames: END_FRAMES,
        }
    }
}

impl Gate {
    /// The gate for answers said in practice: an utterance ends at a
    /// longer pause (1.5 s), so that an answer of a few sentences is
    /// heard, and judged, whole.
    pub fn answers() -> Gate {
        Gate { end_frames: ANSWER_END_FRAMES, ..Gate::default() }
    }

    /// Feeds samples; returns the utterances that ended in them.
    pub fn push(&mut self, samples: &[f32]) -> Vec<Cut> {
        let mut cuts = Vec::new();
        for &s in samples {
            self.frame.push(s);
            if self.frame.len() == FRAME {
                let frame = std::mem::take(&mut self.frame);
                if let Some(cut) = self.frame_in(&frame) {
                    cuts.push(cut);
                }
                self.frame = frame;
                self.frame.clear();
            }
        }
        cuts
    }

    /// The level of every frame pushed since last asked.
    pub fn take_levels(&mut self) -> Vec<Level> {
        std::mem::take(&mut self.measured)
    }

    /// The utterance still open at the end of the stream, if any.
    pub fn finish(&mut self) -> Option<Cut> {
        let cut = if self.speaking { self.cut() } else { None };
        self.reset();
        cut
    }

    /// Forgets what it holds (listening paused): nothing said while paused
    /// is ever transcribed.
    pub fn reset(&mut self) {
        let (seen, levels, end_frames) = (self.seen, std::mem::take(&mut self.levels), self.end_frames);
        *self = Gate { seen, levels, end_frames, ..Gate::default() };
    }

    fn frame_in(&mut self, frame: &[f32]) -> Option<Cut> {
        let rms = (frame.iter().map(|s| s * s).sum::<f32>() / frame.len() as f32).sqrt();
        if self.levels.len() == NOISE_FRAMES {
            self.levels.pop_front();
        }
        self.levels.push_back(rms);
        let noise = self.levels.iter().copied().fold(f32::MAX, f32::min);
        // Loud, and not flat: the spectrum is looked at only when loud.
        let loud = rms > FLOOR.max(noise * ABOVE_NOISE) && flatness(frame) < FLAT_MAX;
        let frame_start = self.seen;
        self.seen += frame.len() as u64;
        // Ready once the background is known, as speech is.
        let heard = loud && self.levels.len() >= WARM_UP_FRAMES;
        self.measured.push(Level { at: frame_start as f64 / f64::from(RATE), rms, loud: heard });
        if !self.speaking {
            self.loud_in_a_row = if loud { self.loud_in_a_row + 1 } else { 0 };
            self.held.extend_from_slice(frame);
            let keep = (PRE_ROLL_FRAMES + START_FRAMES) * FRAME;
            if self.held.len() > keep {
                self.held.drain(..self.held.len() - keep);
            }
            // Speech starts only once the background is known.
            if self.loud_in_a_row >= START_FRAMES && self.levels.len() >= WARM_UP_FRAMES {
                self.speaking = true;
                self.quiet_in_a_row = 0;
                self.loud_frames = self.loud_in_a_row;
                self.start = (frame_start + FRAME as u64).saturating_sub(self.held.len() as u64);
            }
            return None;
        }
        self.held.extend_from_slice(frame);
        self.quiet_in_a_row = if loud { 0 } else { self.quiet_in_a_row + 1 };
        self.loud_frames += usize::from(loud);
        if self.quiet_in_a_row >= self.end_frames || self.held.len() + FRAME > MAX_SAMPLES {
            let cut = self.cut();
            self.speaking = false;
            self.loud_in_a_row = 0;
            self.held.clear();
            return cut;
        }
        None
    }

    /// The utterance held, without its trailing quiet; `None` when it had
    /// too little speech in it.
    fn cut(&mut self) -> Option<Cut> {
        let trailing = (self.quiet_in_a_row.saturating_sub(2) * FRAME).min(self.held.len());
        let samples: Vec<f32> = self.held[..self.held.len() - trailing].to_vec();
        let voiced = self.loud_frames * FRAME;
        (voiced >= MIN_VOICED).then(|| Cut { start: self.start as f64 / f64::from(RATE), samples })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `secs` of a 220 Hz tone at `level`, or of silence at level 0.
    fn sound(secs: f32, level: f32) -> Vec<f32> {
        let n = (secs * RATE as f32) as usize;
        (0..n).map(|i| level * (i as f32 * 220.0 * std::f32::consts::TAU / RATE as f32).sin()).collect()
    }

    fn cuts(parts: &[(f32, f32)]) -> Vec<Cut> {
        cut_with(Gate::default(), parts)
    }

    fn cut_with(mut gate: Gate, parts: &[(f32, f32)]) -> Vec<Cut> {
        let mut cuts = Vec::new();
        for &(secs, level) in parts {
            // Fed in odd-sized pieces, as devices deliver them.
            for piece in sound(secs, level).chunks(333) {
                cuts.extend(gate.push(piece));
            }
        }
        cuts.extend(gate.finish());
        cuts
    }

    #[test]
    fn silence_and_noise_make_no_utterance() {
        assert!(cuts(&[(5.0, 0.0)]).is_empty());
        assert!(cuts(&[(5.0, 0.004)]).is_empty(), "a quiet hum stays under the floor");
        assert!(cuts(&[(1.0, 0.0), (0.1, 0.5), (1.0, 0.0)]).is_empty(), "a click is too short");
    }

    #[test]
    fn speech_between_pauses_is_one_utterance_each_with_its_start() {
        let c = cuts(&[(1.0, 0.0), (2.0, 0.3), (1.5, 0.0), (1.0, 0.3), (2.0, 0.0)]);
        assert_eq!(c.len(), 2, "{:?}", c.iter().map(|c| c.start).collect::<Vec<_>>());
        assert!((c[0].start - 1.0).abs() < 0.3, "starts near 1 s with its pre-roll: {}", c[0].start);
        assert!((c[1].start - 4.5).abs() < 0.3, "{}", c[1].start);
        let secs = c[0].samples.len() as f32 / RATE as f32;
        assert!((2.0..2.6).contains(&secs), "the speech, not the pause after it: {secs}");
    }

    #[test]
    fn an_answer_said_in_practice_ends_at_a_longer_pause() {
        let two_sentences = [(1.0, 0.0), (2.0, 0.3), (1.0, 0.0), (1.5, 0.3), (2.0, 0.0)];
        assert_eq!(cuts(&two_sentences).len(), 2, "a call hears two utterances");
        let c = cut_with(Gate::answers(), &two_sentences);
        assert_eq!(c.len(), 1, "practice hears one answer");
        let secs = c[0].samples.len() as f32 / RATE as f32;
        assert!((4.5..5.2).contains(&secs), "both sentences, not the pause after them: {secs}");
        let mut gate = Gate::answers();
        gate.reset();
        assert_eq!(gate.end_frames, ANSWER_END_FRAMES, "kept when paused");
        let two_answers = [(1.0, 0.0), (2.0, 0.3), (1.6, 0.0), (1.0, 0.3), (2.0, 0.0)];
        assert_eq!(cut_with(Gate::answers(), &two_answers).len(), 2);
    }

    #[test]
    fn a_short_pause_inside_a_sentence_does_not_cut_it() {
        let c = cuts(&[(0.5, 0.0), (1.0, 0.3), (0.4, 0.0), (1.0, 0.3), (1.0, 0.0)]);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn a_monologue_is_cut_at_the_longest_utterance() {
        // Words with short gaps between them, for a minute.
        let c = cuts(&[(0.5, 0.3), (0.2, 0.0)].repeat(90));
        assert!(c.len() >= 2 && c.iter().all(|c| c.samples.len() <= MAX_SAMPLES), "{}", c.len());
        assert!(cuts(&[(0.0, 0.0)]).is_empty());
    }

    /// `secs` of seeded noise at RMS about `level`: white, or pink (Paul
    /// Kellet's filter: 3 dB less an octave, as sox's `pinknoise`).
    fn noise(secs: f32, level: f32, pink: bool, seed: u32) -> Vec<f32> {
        let white = crate::listen::flatness::tests::white(seed, (secs * RATE as f32) as usize);
        let mut b = [0f32; 3];
        let shaped: Vec<f32> = white
            .into_iter()
            .map(|w| {
                if !pink {
                    return w;
                }
                b[0] = 0.99765 * b[0] + w * 0.0990460;
                b[1] = 0.96300 * b[1] + w * 0.2965164;
                b[2] = 0.57000 * b[2] + w * 1.0526913;
                b[0] + b[1] + b[2] + w * 0.1848
            })
            .collect();
        let rms = (shaped.iter().map(|s| s * s).sum::<f32>() / shaped.len() as f32).sqrt();
        shaped.into_iter().map(|s| s * level / rms).collect()
    }

    #[test]
    fn steady_noise_is_not_speech_however_loud_and_however_it_starts() {
        for pink in [false, true] {
            for level in [0.02, 0.1, 0.3] {
                // Straight after silence (the background then is silence),
                // and from the start.
                let mut gate = Gate::default();
                let mut c = gate.push(&vec![0.0; RATE as usize * 2]);
                c.extend(gate.push(&noise(30.0, level, pink, 3)));
                c.extend(gate.finish());
                assert!(c.is_empty(), "pink {pink}, level {level}: {} cuts", c.len());
                let mut gate = Gate::default();
                let mut c = gate.push(&noise(30.0, level, pink, 5));
                c.extend(gate.finish());
                assert!(c.is_empty(), "pink {pink}, level {level}: {} cuts", c.len());
            }
        }
    }

    #[test]
    fn speech_after_and_over_steady_noise_is_still_found() {
        let mut gate = Gate::default();
        let mut c = gate.push(&noise(10.0, 0.03, true, 9));
        let voiced: Vec<f32> =
            sound(2.0, 0.3).iter().zip(noise(2.0, 0.03, true, 11)).map(|(s, n)| s + n).collect();
        c.extend(gate.push(&voiced));
        c.extend(gate.push(&noise(3.0, 0.03, true, 13)));
        c.extend(gate.finish());
        assert_eq!(c.len(), 1, "{:?}", c.iter().map(|c| (c.start, c.samples.len())).collect::<Vec<_>>());
        assert!((c[0].start - 10.0).abs() < 0.4, "{}", c[0].start);
        let secs = c[0].samples.len() as f32 / RATE as f32;
        assert!((2.0..2.8).contains(&secs), "the speech, not the noise after it: {secs}");
    }

    #[test]
    fn speech_over_steady_background_noise_is_still_found() {
        let noise: Vec<f32> =
            (0..RATE as usize * 3).map(|i| 0.02 * ((i * 7919 % 101) as f32 / 50.0 - 1.0)).collect();
        let mut gate = Gate::default();
        assert!(gate.push(&noise).is_empty(), "the background alone is not speech");
        let mut c = gate.push(&sound(2.0, 0.3));
        c.extend(gate.push(&vec![0.0; RATE as usize * 2]));
        assert_eq!(c.len(), 1);
    }
}
