//! The live call as a pure state machine: no terminal, no clock (time comes
//! in as an argument), no files. The session feeds it [`Event`]s and the
//! front-ends show the [`Effect`]s it returns.

mod boundary;
mod cards;
mod event;
mod follow_up;
mod jump;
mod moves;
mod phrasing;
mod promise_time;
mod recommend;
mod wrap_up;

pub use crate::coach::playbook::cues::{CueInfo, Cues};
pub use event::{Documentation, Effect, Event, Mark, Note, NoteKind, Outcome, Talk};
pub use follow_up::{
    BadDate, DateStyle, DateWords, FollowUpError, parse_date, parse_follow_up, read_follow_up, spell,
};
pub use jump::find_steps;
pub use phrasing::phrasing_in;
pub use promise_time::promise_time;
use recommend::HEAR_OUT;
pub use recommend::{Advice, Reason};
pub use wrap_up::{WrapUp, wrap_up};

use crate::coach::lang::Lang;
use crate::coach::mood;
use crate::coach::playbook::step_id;
use crate::coach::playbook::{Pack, Phase, Severity, Speaker, VoiceKind};
use boundary::Ladder;
use cards::Cards;

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

/// The cue a note in the agent's own voice of a commitment raises ("I told
/// her we will refund…"): such a note is the agent's account, so it raises
/// no customer need (PRODUCT.md §3, who said it).
pub const COMMITMENT: &str = "commitment";

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
    /// Done stays done: an item ticked, or stayed on long enough.
    done: Vec<bool>,
    visited: Vec<bool>,
    /// Left since the last change (the mood, an event, a card, a step
    /// done): `→` does not come back to them until something changes.
    passed: Vec<bool>,
    notes: Vec<Note>,
    /// Seconds since the start, as last told (time is an argument).
    now: u64,
    /// When the current step was entered.
    entered_at: u64,
    /// The cues of the agent's language, compiled once for the call.
    cues: std::sync::Arc<Cues>,
    /// The cards on screen, most severe first.
    cards: Cards,
    /// Where the call stands on the abuse ladder.
    ladder: Ladder,
    /// Counts what changes the coach's view: mood, events, cues.
    changes: u64,
    /// Counts the steps done beyond hearing the customer out: a need's
    /// card is news until the next.
    acts: u64,
    /// The change count at the resolution, while the call stands resolved.
    resolved_at: Option<u64>,
    /// The customer was hostile (mood 5) at some point.
    was_hostile: bool,
    /// Listen mode's talk time, as last told.
    talk: Option<Talk>,
    paused: bool,
    escalated: bool,
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
        let current = steps.iter().position(|s| s.id == step_id::CALM).unwrap_or(0);
        let mut visited = vec![false; steps.len()];
        if let Some(v) = visited.get_mut(current) {
            *v = true;
        }
        CallState {
            ticks: steps.iter().map(|s| vec![false; s.items]).collect(),
            heard: steps.iter().map(|s| vec![false; s.items]).collect(),
            done: vec![false; steps.len()],
            passed: vec![false; steps.len()],
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
            cues: Cues::of(pack),
            cards: Cards::default(),
            ladder: Ladder::default(),
            changes: 0,
            acts: 0,
            resolved_at: None,
            was_hostile: false,
            talk: None,
            paused: false,
            escalated: false,
            ended: false,
        }
    }

    /// Applies one event that happened `secs` seconds into the call, and
    /// returns what changed. Time only moves forward.
    pub fn apply_at(&mut self, event: Event, secs: u64) -> Vec<Effect> {
        self.now = self.now.max(secs);
        self.apply(event)
    }

    /// `c`: the top card is followed, to its step. A mood suggestion heard
    /// in the voice is the agent's to take: following it is the one key
    /// that moves the mood.
    fn follow_cue(&mut self, effects: &mut Vec<Effect>) {
        if let Some(cue) = self.cards.take_top().and_then(|c| self.cues.info(c.cue).cloned()) {
            effects.push(Effect::CueFollowed(cue.id.clone()));
            if let Some(change) = mood_suggestion(&cue) {
                self.set_mood(mood::moved(self.mood, change), effects);
            }
            self.go_to_id(&cue.step, effects);
        }
    }

    /// Applies one event at the time last told, and returns what changed.
    pub fn apply(&mut self, event: Event) -> Vec<Effect> {
        let mut effects = Vec::new();
        match event {
            Event::Next => {
                // With no advice, the next step neither done nor passed
                // since the last change: `→` never comes back to a step it
                // just left. After the call, only the rows of the form.
                let ahead = || {
                    let open = |i: &usize| !self.passed[*i] && !self.done[*i] && !self.ended;
                    (self.current + 1..self.steps.len()).find(open)
                };
                if let Some(to) = self.recommended().or_else(ahead) {
                    self.go(to, &mut effects);
                }
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
                self.abusive_turn(&mut effects);
                self.set_mood(self.mood.max(mood::ANGRY), &mut effects);
                if let Some(due) = self.ladder.due() {
                    self.go_to_id(due, &mut effects);
                }
            }
            Event::Escalate => {
                self.escalated = true;
                self.change();
                effects.push(Effect::Marked(Mark::Escalation));
                self.go_to_id(step_id::ESCALATE, &mut effects);
            }
            Event::Resolved => {
                // Resolved: no boundary step any more, unless abuse again.
                self.change();
                self.resolved_at = Some(self.changes);
                self.ladder.settle();
                effects.push(Effect::Marked(Mark::Resolution));
                self.go_to_id(step_id::CLOSE, &mut effects);
            }
            Event::EndCall => {
                if !self.ended {
                    self.leave_current(&mut effects);
                    self.ended = true;
                    effects.push(Effect::Ended);
                    self.go_to_id(step_id::DOCUMENT, &mut effects);
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
                    for i in self.note_cues(&text, note.kind) {
                        self.raise_cue(i, false, &mut effects);
                    }
                    self.notes.push(Note { text, ..note });
                }
            }
            Event::FollowCue => self.follow_cue(&mut effects),
            Event::DismissCue => {
                if let Some(cue) = self.cards.take_top().and_then(|c| self.cues.info(c.cue).cloned()) {
                    effects.push(Effect::CueDismissed(cue.id));
                }
            }
            Event::Resumed => effects.push(Effect::Marked(Mark::Resumed)),
            Event::Talk(talk) => self.talk = Some(talk),
            Event::Heard { speaker, cues, .. } => {
                for id in cues {
                    // A cue this playbook does not know (a journal from
                    // another version) is passed over, not guessed.
                    // The agent's account of a commitment is a note's, not speech's.
                    if let Some(i) = self.cues.index_of(&id)
                        && self.cues.info(i).is_some_and(|c| c.speaker == speaker && c.id != COMMITMENT)
                    {
                        self.raise_cue(i, true, &mut effects);
                    }
                }
            }
        }
        effects
    }

    /// The cues of the agent's language, as compiled for this call (listen
    /// mode matches utterances with them before they become events).
    pub fn cues(&self) -> &Cues {
        &self.cues
    }

    /// The top card on screen (the most severe), if any.
    pub fn open_cue(&self) -> Option<&CueInfo> {
        self.open_cues().next()
    }

    /// The cards on screen, most severe first.
    pub fn open_cues(&self) -> impl Iterator<Item = &CueInfo> {
        self.cards.infos(&self.cues)
    }

    /// How many abusive turns the call had (`!`, or an abuse cue).
    pub fn abusive_turns(&self) -> u32 {
        self.ladder.turns()
    }

    /// The boundary steps abuse asked for in this call, lowest first.
    pub fn boundary_asked(&self) -> &'static [&'static str] {
        self.ladder.asked()
    }

    /// Whether the customer was hostile (mood 5) at some point.
    pub fn was_hostile(&self) -> bool {
        self.was_hostile
    }

    /// Listen mode's talk time, as last told (none without listen mode).
    pub fn talk(&self) -> Option<Talk> {
        self.talk
    }

    /// Whether the call stands resolved.
    pub fn resolved(&self) -> bool {
        self.resolved_at.is_some()
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

    /// The outcome the call points to, to pre-select in the form: `r`
    /// resolved, the customer let go, `e` escalated, a pause; else not
    /// resolved.
    pub fn likely_outcome(&self) -> Outcome {
        if self.resolved() {
            Outcome::Resolved
        } else if self.let_go() {
            Outcome::LetGo
        } else if self.escalated {
            Outcome::Escalated
        } else if self.paused {
            Outcome::Paused
        } else {
            Outcome::Unresolved
        }
    }

    /// Whether the agent sought support (`e`).
    pub fn escalated(&self) -> bool {
        self.escalated
    }

    /// Whether the call went to the pause, with its promised update.
    pub fn paused(&self) -> bool {
        self.paused
    }

    /// Whether the agent went to the step that lets the customer go.
    pub fn let_go(&self) -> bool {
        self.index(step_id::LET_GO).is_some_and(|i| self.is_visited(i))
    }

    /// Whether the call has ended.
    pub fn ended(&self) -> bool {
        self.ended
    }
}

/// The mood change a voice cue suggests: up when the customer gets
/// louder, down when they calm down; `None` for any other cue.
pub fn mood_suggestion(cue: &CueInfo) -> Option<i8> {
    match cue.voice.map(|v| v.kind) {
        Some(VoiceKind::CustomerLouder) => Some(1),
        Some(VoiceKind::CustomerCalmer) => Some(-1),
        _ => None,
    }
}

#[cfg(test)]
mod judged;
#[cfg(test)]
mod tests;
