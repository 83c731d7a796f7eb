//! The voice cues (issue 31): how it is said, from the levels of both
//! channels and their timing, with no words and no model. Pure state
//! machines fed frame by frame (30 ms, as the gate measures them), so
//! that table tests give them synthetic levels and a call gives them the
//! microphone's: an interruption, a raised voice, the customer getting
//! louder or calmer, a long silence after the customer, and talk time.

mod channel;
#[cfg(test)]
mod tests;

use std::collections::VecDeque;

use crate::coach::call::Talk;
use crate::coach::playbook::{Speaker, Voice, VoiceKind};
use channel::Channel;

/// The length of a frame, in seconds (the gate's).
pub const FRAME_SECS: f64 = 0.03;

/// One frame of one channel, as the gate measured it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Level {
    /// Seconds from the start of its source.
    pub at: f64,
    /// Its loudness (RMS of the samples, 0..1).
    pub rms: f32,
    /// Whether it is louder than the background: speech, or a noise.
    pub loud: bool,
}

/// A voice cue's condition held, at this time of the call's audio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VoiceMoment {
    /// Which condition.
    pub kind: VoiceKind,
    /// Seconds from the start of the sources.
    pub at: f64,
}

/// The voice cues of one call: each channel's turns, the rules the
/// playbook gives (a kind it does not give is off), and what is waiting
/// for the other channel to catch up.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceCues {
    rules: Vec<Voice>,
    agent: Channel,
    /// `None` without the customer's audio: the agent-only cues.
    customer: Option<Channel>,
    /// Frames not yet taken, per channel (agent, customer): the two
    /// threads deliver them at their own pace.
    waiting: [VecDeque<Level>; 2],
    /// The channels whose source ended: silent from then on.
    ended: [bool; 2],
    /// Whether a listening step is on screen (talk time is split by it).
    listening: bool,
    /// The time of the last frame taken.
    now: f64,
    /// When a turn of the agent began over the customer's, until it is
    /// counted or comes to nothing.
    overlap_from: Option<f64>,
    /// The end of the customer's last turn, while nobody spoke since.
    quiet_since: Option<f64>,
    /// The customer's recent turns: (end, mean level in dB).
    turns: VecDeque<(f64, f64)>,
    /// A turn of either side ended since last asked.
    turn_ended: bool,
}

/// A customer's turn shorter than this ("mm-hm", "yes") says nothing of
/// their tension.
const SHORT_TURN: f64 = 0.4;
/// The customer's turns it takes to see a trend.
const TREND_TURNS: usize = 3;

impl VoiceCues {
    /// The cues of `rules`; `customer` says whether the customer's audio
    /// is heard at all.
    pub fn new(rules: Vec<Voice>, customer: bool) -> VoiceCues {
        VoiceCues {
            rules,
            agent: Channel::default(),
            customer: customer.then(Channel::default),
            waiting: [VecDeque::new(), VecDeque::new()],
            ended: [false, !customer],
            listening: false,
            now: 0.0,
            overlap_from: None,
            quiet_since: None,
            turns: VecDeque::new(),
            turn_ended: false,
        }
    }

    /// Whether a listening step is on screen from now on.
    pub fn set_listening(&mut self, listening: bool) {
        self.listening = listening;
    }

    /// Talk time so far, turns in progress included.
    pub fn talk(&self) -> Talk {
        let secs = |s: f64| s.max(0.0).round() as u64;
        let customer = self.customer.as_ref().map_or((0.0, 0.0), |c| (c.talked, c.listening_talked));
        Talk {
            agent_secs: secs(self.agent.talked),
            customer_secs: secs(customer.0),
            listening_agent_secs: secs(self.agent.listening_talked),
            listening_customer_secs: secs(customer.1),
        }
    }

    /// Whether a turn of either side ended since last asked (the moment
    /// to write talk time down).
    pub fn take_turn_ended(&mut self) -> bool {
        std::mem::take(&mut self.turn_ended)
    }

    /// Frames of one channel; returns the cues whose conditions held.
    pub fn push(&mut self, speaker: Speaker, levels: &[Level]) -> Vec<VoiceMoment> {
        let i = usize::from(speaker == Speaker::Customer);
        if i == 1 && self.customer.is_none() {
            return Vec::new();
        }
        self.waiting[i].extend(levels.iter().copied());
        self.take()
    }

    /// A source ended: its channel is silent from now on.
    pub fn end(&mut self, speaker: Speaker) -> Vec<VoiceMoment> {
        self.ended[usize::from(speaker == Speaker::Customer)] = true;
        self.take()
    }

    /// The call ends: the frames one channel holds while waiting for the
    /// other are taken now, the other silent for them, so that talk time
    /// counts every frame heard. The channels are not ended: should the
    /// call go on, their frames are taken as before.
    pub fn flush(&mut self) -> Vec<VoiceMoment> {
        let ended = self.ended;
        self.ended = [true, true];
        let moments = self.take();
        self.ended = ended;
        moments
    }

    /// Takes the frames both channels have, in time order.
    fn take(&mut self) -> Vec<VoiceMoment> {
        let mut moments = Vec::new();
        loop {
            let (a, c) = (self.waiting[0].front().copied(), self.waiting[1].front().copied());
            let (agent, customer) = match (a, c) {
                (None, None) => break,
                // One channel ahead: it waits, unless the other ended.
                (Some(_), None) if !self.ended[1] => break,
                (None, Some(_)) if !self.ended[0] => break,
                // Frames of the same moment go together; else the earlier first.
                (Some(a), Some(c)) if (a.at - c.at).abs() < FRAME_SECS / 2.0 => (Some(a), Some(c)),
                (Some(a), Some(c)) if a.at < c.at => (Some(a), None),
                (Some(_), Some(c)) => (None, Some(c)),
                (a, c) => (a, c),
            };
            if agent.is_some() {
                self.waiting[0].pop_front();
            }
            if customer.is_some() {
                self.waiting[1].pop_front();
            }
            self.step(agent, customer, &mut moments);
        }
        moments
    }

    fn rule(&self, kind: VoiceKind) -> Option<Voice> {
        self.rules.iter().copied().find(|r| r.kind == kind)
    }

    /// One moment of the call: each channel's frame (`None`: silent).
    fn step(&mut self, agent: Option<Level>, customer: Option<Level>, moments: &mut Vec<VoiceMoment>) {
        let at = agent.or(customer).map_or(self.now, |l| l.at);
        self.now = self.now.max(at);
        let silent = Level { at, rms: 0.0, loud: false };
        let listening = self.listening;
        let raised = self.rule(VoiceKind::RaisedVoice);
        if self.agent.frame(agent.unwrap_or(silent), listening, raised) {
            moments.push(VoiceMoment { kind: VoiceKind::RaisedVoice, at });
        }
        if let Some(channel) = &mut self.customer {
            channel.frame(customer.unwrap_or(silent), listening, None);
        }
        self.turn_ended |= self.agent.just_ended || self.customer.as_ref().is_some_and(|c| c.just_ended);
        self.interruption(at, moments);
        self.silence(at, moments);
        self.trend(at, moments);
    }

    /// The agent starts over the customer and goes on past the grace,
    /// the customer still talking; a short "mm-hm" never gets that far.
    fn interruption(&mut self, at: f64, moments: &mut Vec<VoiceMoment>) {
        let (Some(rule), Some(customer)) = (self.rule(VoiceKind::Interruption), &self.customer) else {
            return;
        };
        let agent = &self.agent;
        if agent.just_started && customer.talking && customer.turn_start < agent.turn_start {
            self.overlap_from = Some(agent.turn_start);
        }
        let Some(from) = self.overlap_from else { return };
        if !agent.talking || !customer.talking {
            self.overlap_from = None;
        } else if agent.last_loud - from >= secs(rule.ms) {
            moments.push(VoiceMoment { kind: VoiceKind::Interruption, at });
            self.overlap_from = None;
        }
    }

    /// Nobody speaks for the rule's time after the customer's turn.
    fn silence(&mut self, at: f64, moments: &mut Vec<VoiceMoment>) {
        let (Some(rule), Some(customer)) = (self.rule(VoiceKind::Silence), &self.customer) else {
            return;
        };
        if customer.just_ended && !self.agent.talking {
            self.quiet_since = Some(customer.last_loud);
        }
        if self.agent.talking || customer.talking {
            self.quiet_since = None;
        }
        if let Some(since) = self.quiet_since
            && at - since >= secs(rule.ms)
        {
            moments.push(VoiceMoment { kind: VoiceKind::Silence, at });
            self.quiet_since = None;
        }
    }

    /// The customer's turns of the last window, louder and louder (or
    /// quieter): the trend of their levels, fitted by least squares.
    fn trend(&mut self, at: f64, moments: &mut Vec<VoiceMoment>) {
        let Some(customer) = &self.customer else { return };
        if !customer.just_ended {
            return;
        }
        let (louder, calmer) = (self.rule(VoiceKind::CustomerLouder), self.rule(VoiceKind::CustomerCalmer));
        if customer.last_turn_secs >= SHORT_TURN {
            self.turns.push_back((at, customer.last_turn_db));
        }
        let window = louder.or(calmer).map_or(60.0, |r| secs(r.ms));
        while self.turns.front().is_some_and(|(end, _)| at - end > window) {
            self.turns.pop_front();
        }
        let levels: Vec<f64> = self.turns.iter().map(|(_, db)| *db).collect();
        let Some(change) = change(&levels) else { return };
        let kind = match (louder, calmer) {
            (Some(rule), _) if change >= f64::from(rule.db.unwrap_or(4)) => VoiceKind::CustomerLouder,
            (_, Some(rule)) if -change >= f64::from(rule.db.unwrap_or(4)) => VoiceKind::CustomerCalmer,
            _ => return,
        };
        moments.push(VoiceMoment { kind, at });
        // A new suggestion needs a new trend.
        self.turns.clear();
    }
}

/// Milliseconds as seconds.
fn secs(ms: u32) -> f64 {
    f64::from(ms) / 1000.0
}

/// How much the levels rose from the first turn to the last along their
/// least-squares line (dB); `None` with too few turns to tell.
pub fn change(levels: &[f64]) -> Option<f64> {
    let n = levels.len();
    if n < TREND_TURNS {
        return None;
    }
    let mean_x = (n - 1) as f64 / 2.0;
    let mean_y = levels.iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for (i, y) in levels.iter().enumerate() {
        let dx = i as f64 - mean_x;
        sxy += dx * (y - mean_y);
        sxx += dx * dx;
    }
    Some(sxy / sxx * (n - 1) as f64)
}
