//! The live call as a pure state machine: no terminal, no clock (time comes
//! in as an argument), no files. The session feeds it [`Event`]s and the
//! front-ends show the [`Effect`]s it returns.

mod event;
mod follow_up;
mod jump;
mod phrasing;
mod recommend;

pub use crate::playbook::cues::{CueInfo, Cues};
pub use event::{Documentation, Effect, Event, Mark, Note, NoteKind, Outcome};
pub use follow_up::{BadDate, DateWords, parse_date, parse_follow_up, spell};
pub use jump::find_steps;
pub use phrasing::phrasing_in;
pub use recommend::{Advice, Reason};

use crate::lang::Lang;
use crate::mood;
use crate::playbook::{Pack, Phase};

/// What the state machine needs of a step: language-neutral facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepInfo {
    /// The stable step id.
    pub id: String,
    /// Its phase.
    pub phase: Phase,
    /// How many checklist items it has (in the agent's language).
    pub items: usize,
}

/// How long the agent stays on a step for it to count as done without a
/// tick: long enough to have said something of it, not a skip past it.
pub const DWELL_SECS: u64 = 10;

/// The state of one live call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallState {
    steps: Vec<StepInfo>,
    current: usize,
    back: Vec<usize>,
    item: usize,
    phrasing: usize,
    mood: u8,
    customer_lang: Lang,
    ticks: Vec<Vec<bool>>,
    /// Which ticks listen mode made (a tick by hand clears its mark).
    heard: Vec<Vec<bool>>,
    done: Vec<bool>,
    visited: Vec<bool>,
    notes: Vec<Note>,
    /// Seconds since the start, as last told (time is an argument).
    now: u64,
    /// When the current step was entered.
    entered_at: u64,
    hostile_turns: u32,
    prior_hostile_calls: u32,
    /// The cues of the agent's language, compiled once for the call.
    cues: std::sync::Arc<Cues>,
    /// The cue whose card is on screen.
    open_cue: Option<usize>,
    /// Abuse was reported and the limit is not set yet.
    abuse_open: bool,
    /// The customer reached hostile (5) and has not come down to 3.
    hostile: bool,
    paused: bool,
    escalated: bool,
    resolved: bool,
    ended: bool,
}

impl CallState {
    /// A new call over the steps of `pack` (the agent's language), with
    /// phrasings in `customer_lang`.
    pub fn new(pack: &Pack, customer_lang: Lang) -> CallState {
        let steps: Vec<StepInfo> = pack
            .steps
            .iter()
            .map(|s| StepInfo { id: s.id.clone(), phase: s.phase, items: s.checklist.len() })
            .collect();
        let current = steps.iter().position(|s| s.id == "calm").unwrap_or(0);
        let mut visited = vec![false; steps.len()];
        if let Some(v) = visited.get_mut(current) {
            *v = true;
        }
        CallState {
            ticks: steps.iter().map(|s| vec![false; s.items]).collect(),
            heard: steps.iter().map(|s| vec![false; s.items]).collect(),
            done: vec![false; steps.len()],
            visited,
            current,
            steps,
            back: Vec::new(),
            item: 0,
            phrasing: 0,
            mood: mood::START,
            customer_lang,
            notes: Vec::new(),
            now: 0,
            entered_at: 0,
            hostile_turns: 0,
            prior_hostile_calls: 0,
            cues: Cues::of(pack),
            open_cue: None,
            abuse_open: false,
            hostile: false,
            paused: false,
            escalated: false,
            resolved: false,
            ended: false,
        }
    }

    /// Tells the coach how many earlier calls with this customer were
    /// hostile: after repeated hostile calls it may suggest letting go.
    pub fn with_prior_hostile_calls(mut self, calls: u32) -> CallState {
        self.prior_hostile_calls = calls;
        self
    }

    /// Applies one event that happened `secs` seconds into the call, and
    /// returns what changed. Time only moves forward.
    pub fn apply_at(&mut self, event: Event, secs: u64) -> Vec<Effect> {
        self.now = self.now.max(secs);
        self.apply(event)
    }

    /// Applies one event at the time last told, and returns what changed.
    pub fn apply(&mut self, event: Event) -> Vec<Effect> {
        let mut effects = Vec::new();
        match event {
            Event::Next => {
                let to = self.recommended().unwrap_or((self.current + 1).min(self.last()));
                self.go(to, &mut effects);
            }
            Event::Previous => {
                if let Some(to) = self.back.pop() {
                    self.enter(to, &mut effects);
                }
            }
            Event::Jump { step } => self.go(step.min(self.last()), &mut effects),
            Event::ItemDown => self.item = (self.item + 1).min(self.items().saturating_sub(1)),
            Event::ItemUp => self.item = self.item.saturating_sub(1),
            Event::Tick { item } => self.tick(item, &mut effects),
            Event::NextPhrasing => self.phrasing = self.phrasing.wrapping_add(1),
            Event::MoodUp => self.set_mood(self.mood.saturating_add(1), &mut effects),
            Event::MoodDown => self.set_mood(self.mood.saturating_sub(1), &mut effects),
            Event::Abusive => {
                // Abuse opens the boundary again, even after a resolution.
                self.hostile_turns += 1;
                self.abuse_open = true;
                self.resolved = false;
                self.paused = false;
                self.reopen("limits");
                self.reopen("pause");
                effects.push(Effect::Marked(Mark::Abuse));
                self.set_mood(self.mood.max(4), &mut effects);
                self.go_to_id("limits", &mut effects);
            }
            Event::Escalate => {
                self.escalated = true;
                self.reopen("escalate");
                effects.push(Effect::Marked(Mark::Escalation));
                self.go_to_id("escalate", &mut effects);
            }
            Event::Resolved => {
                // Resolved: no boundary step any more, unless abuse again.
                self.resolved = true;
                self.abuse_open = false;
                self.hostile = false;
                self.reopen("close");
                effects.push(Effect::Marked(Mark::Resolution));
                self.go_to_id("close", &mut effects);
            }
            Event::EndCall => {
                if !self.ended {
                    self.leave_current();
                    self.ended = true;
                    effects.push(Effect::Ended);
                    self.go_to_id("document", &mut effects);
                }
            }
            Event::Reopen => {
                if self.ended {
                    self.ended = false;
                    effects.push(Effect::Reopened);
                    if let Some(to) = self.back.pop() {
                        self.enter(to, &mut effects);
                    }
                }
            }
            Event::CycleLang => {
                self.customer_lang = self.customer_lang.next();
                effects.push(Effect::LangChanged(self.customer_lang));
            }
            Event::AddNote(note) => {
                let text = note.text.trim().to_string();
                if !text.is_empty() {
                    effects.push(Effect::NoteAdded(note.kind));
                    self.raise_cues(&text, &mut effects);
                    self.notes.push(Note { text, ..note });
                }
            }
            Event::FollowCue => {
                if let Some(cue) = self.open_cue.take().and_then(|i| self.cues.info(i).cloned()) {
                    effects.push(Effect::CueFollowed(cue.id));
                    self.go_to_id(&cue.step, &mut effects);
                }
            }
            Event::DismissCue => {
                if let Some(cue) = self.open_cue.take().and_then(|i| self.cues.info(i).cloned()) {
                    effects.push(Effect::CueDismissed(cue.id));
                }
            }
            Event::Resumed => effects.push(Effect::Marked(Mark::Resumed)),
            Event::Heard { speaker, cues, .. } => {
                for id in cues {
                    // A cue this playbook does not know (a journal from
                    // another version) is passed over, not guessed.
                    if let Some(i) = self.cues.index_of(&id)
                        && self.cues.info(i).is_some_and(|c| c.speaker == speaker)
                    {
                        self.raise_cue(i, true, &mut effects);
                    }
                }
            }
        }
        effects
    }

    fn last(&self) -> usize {
        self.steps.len().saturating_sub(1)
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    fn items(&self) -> usize {
        self.steps.get(self.current).map_or(0, |s| s.items)
    }

    /// Moves to a step, remembering where we were for `Previous`.
    fn go(&mut self, to: usize, effects: &mut Vec<Effect>) {
        if to != self.current && to < self.steps.len() {
            self.back.push(self.current);
            self.enter(to, effects);
        }
    }

    fn go_to_id(&mut self, id: &str, effects: &mut Vec<Effect>) {
        if let Some(i) = self.index(id) {
            self.go(i, effects);
        }
    }

    /// Leaving the current step: it counts as done if the agent stayed on
    /// it for [`DWELL_SECS`]; otherwise it was only visited.
    fn leave_current(&mut self) {
        if self.now.saturating_sub(self.entered_at) >= DWELL_SECS {
            self.mark_done(self.current);
        }
    }

    fn enter(&mut self, to: usize, effects: &mut Vec<Effect>) {
        self.leave_current();
        // Taking the pause ends the hostile episode: the call can then
        // resume or end, with the update promised.
        if self.steps[to].id == "pause" {
            self.paused = true;
            self.abuse_open = false;
            self.hostile = false;
            effects.push(Effect::Marked(Mark::Pause));
        }
        self.current = to;
        self.entered_at = self.now;
        self.visited[to] = true;
        self.item = 0;
        self.phrasing = 0;
        effects.push(Effect::StepChanged(self.steps[to].id.clone()));
    }

    fn mark_done(&mut self, i: usize) {
        if let Some(d) = self.done.get_mut(i) {
            *d = true;
            // The limit is set: from now on the coach follows the mood.
            if self.steps[i].id == "limits" {
                self.abuse_open = false;
            }
        }
    }

    /// Marks a step as to be done again (a new abusive turn needs limits again).
    fn reopen(&mut self, id: &str) {
        if let Some(i) = self.index(id) {
            self.done[i] = false;
        }
    }

    fn set_mood(&mut self, mood: u8, effects: &mut Vec<Effect>) {
        let mood = mood.clamp(mood::MIN, mood::MAX);
        if mood == self.mood {
            return;
        }
        if mood == mood::MAX && !self.hostile {
            self.hostile_turns += 1;
            self.hostile = true;
            self.paused = false;
            self.reopen("limits");
            self.reopen("pause");
        }
        if mood <= mood::UPSET {
            self.hostile = false;
        }
        if mood <= mood::CALM {
            self.abuse_open = false;
        }
        self.mood = mood;
        effects.push(Effect::MoodChanged(mood));
    }

    /// The cues a typed text raises.
    fn raise_cues(&mut self, text: &str, effects: &mut Vec<Effect>) {
        for i in self.cues.find(text, None) {
            self.raise_cue(i, false, effects);
        }
    }

    /// Raises one cue: a customer cue opens its card; an agent cue ticks
    /// the item of its step it names (the agent said it).
    fn raise_cue(&mut self, i: usize, heard: bool, effects: &mut Vec<Effect>) {
        let Some(cue) = self.cues.info(i).cloned() else { return };
        effects.push(Effect::CueRaised { cue: cue.id.clone(), heard });
        match (cue.speaker, cue.tick, self.index(&cue.step)) {
            (crate::playbook::Speaker::Agent, Some(item), Some(step)) => {
                if let Some(slot) = self.ticks.get_mut(step).and_then(|t| t.get_mut(item))
                    && !*slot
                {
                    *slot = true;
                    if let Some(mark) = self.heard.get_mut(step).and_then(|t| t.get_mut(item)) {
                        *mark = heard;
                    }
                    effects.push(Effect::Ticked { step: cue.step.clone(), item, on: true, heard });
                    self.mark_done(step);
                }
            }
            _ => self.open_cue = Some(i),
        }
    }

    /// The cues of the agent's language, as compiled for this call (listen
    /// mode matches utterances with them before they become events).
    pub fn cues(&self) -> &Cues {
        &self.cues
    }

    /// The cue whose card is on screen, if any.
    pub fn open_cue(&self) -> Option<&CueInfo> {
        self.open_cue.and_then(|i| self.cues.info(i))
    }

    /// Ticking any item of a step marks it done: something of it was said.
    fn tick(&mut self, item: usize, effects: &mut Vec<Effect>) {
        let step = self.current;
        let Some(slot) = self.ticks.get_mut(step).and_then(|t| t.get_mut(item)) else {
            return;
        };
        *slot = !*slot;
        let on = *slot;
        if let Some(mark) = self.heard.get_mut(step).and_then(|t| t.get_mut(item)) {
            *mark = false;
        }
        self.item = item;
        effects.push(Effect::Ticked { step: self.steps[step].id.clone(), item, on, heard: false });
        if on {
            self.mark_done(step);
        }
    }

    /// The playbook's steps, as the call sees them.
    pub fn steps(&self) -> &[StepInfo] {
        &self.steps
    }

    /// Index of the step on screen.
    pub fn current(&self) -> usize {
        self.current
    }

    /// The step on screen.
    pub fn current_step(&self) -> &StepInfo {
        &self.steps[self.current]
    }

    /// The checklist cursor.
    pub fn item(&self) -> usize {
        self.item
    }

    /// Which phrasing to show, as a counter; take it modulo the count.
    pub fn phrasing(&self) -> usize {
        self.phrasing
    }

    /// The customer's mood, 1..=5.
    pub fn mood(&self) -> u8 {
        self.mood
    }

    /// The language phrasings are shown in.
    pub fn customer_lang(&self) -> Lang {
        self.customer_lang
    }

    /// Whether item `item` of step `step` is ticked.
    pub fn is_ticked(&self, step: usize, item: usize) -> bool {
        self.ticks.get(step).and_then(|t| t.get(item)).copied().unwrap_or(false)
    }

    /// Whether item `item` of step `step` was ticked by listen mode.
    pub fn is_heard(&self, step: usize, item: usize) -> bool {
        self.heard.get(step).and_then(|t| t.get(item)).copied().unwrap_or(false)
    }

    /// The ticks of every step (same shape as the checklists).
    pub fn ticks(&self) -> &[Vec<bool>] {
        &self.ticks
    }

    /// Whether step `i` is done: an item ticked, or stayed on long enough.
    pub fn is_done(&self, i: usize) -> bool {
        self.done.get(i).copied().unwrap_or(false)
    }

    /// Whether step `i` was on screen at some point (done or not).
    pub fn is_visited(&self, i: usize) -> bool {
        self.visited.get(i).copied().unwrap_or(false)
    }

    /// How many steps are done.
    pub fn done_count(&self) -> usize {
        self.done.iter().filter(|d| **d).count()
    }

    /// Notes and promises, oldest first.
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// The outcome the call points to, to pre-select in the form.
    pub fn likely_outcome(&self) -> Outcome {
        if self.resolved {
            Outcome::Resolved
        } else if self.escalated {
            Outcome::Escalated
        } else if self.paused {
            Outcome::Paused
        } else {
            Outcome::Unresolved
        }
    }

    /// Whether the call has ended.
    pub fn ended(&self) -> bool {
        self.ended
    }
}

#[cfg(test)]
mod tests;
