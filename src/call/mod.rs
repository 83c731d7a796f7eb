//! The live call as a pure state machine: no terminal, no clock, no files.
//! The runtime feeds it [`Event`]s and performs the [`Effect`]s it returns.

mod follow_up;
mod phrasing;
mod recommend;

use serde::{Deserialize, Serialize};

pub use follow_up::{BadDate, DateWords, parse_date};
pub use phrasing::phrasing_in;

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

/// Whether a typed line is a note or a promise made to the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Something the agent wants on record.
    Note,
    /// Something promised to the customer: it goes to the follow-up.
    Promise,
}

/// How a call ended, chosen in the documentation form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The problem was solved.
    Resolved,
    /// Passed to a colleague or supervisor.
    Escalated,
    /// Paused with a promised update.
    Paused,
    /// Not solved.
    Unresolved,
    /// The customer was let go.
    LetGo,
}

impl Outcome {
    /// The outcomes in the order of the form.
    pub const ALL: [Outcome; 5] =
        [Outcome::Resolved, Outcome::Escalated, Outcome::Paused, Outcome::Unresolved, Outcome::LetGo];

    /// The Fluent message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::Resolved => "outcome-resolved",
            Outcome::Escalated => "outcome-escalated",
            Outcome::Paused => "outcome-paused",
            Outcome::Unresolved => "outcome-unresolved",
            Outcome::LetGo => "outcome-let-go",
        }
    }
}

/// What the documentation form says at the end of a call (PRODUCT.md §4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Documentation {
    /// How the call ended.
    pub outcome: Outcome,
    /// The summary line (may be empty).
    pub summary: String,
    /// The follow-up date, if any.
    pub follow_up: Option<jiff::civil::Date>,
}

/// A note or promise typed during the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Seconds since the call started.
    pub at: u64,
    /// Note or promise.
    pub kind: NoteKind,
    /// What was typed.
    pub text: String,
}

/// Something that happens during a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// Go to the recommended step; the current one counts as done.
    Next,
    /// Go back to the step visited before this one.
    Previous,
    /// Go to the step at this index of the playbook.
    Jump {
        /// Index into the playbook's steps.
        step: usize,
    },
    /// Move the checklist cursor down.
    ItemDown,
    /// Move the checklist cursor up.
    ItemUp,
    /// Tick or untick a checklist item of the current step (the item is
    /// named, not taken from the cursor, so a replayed journal ticks the
    /// same item).
    Tick {
        /// The item's index.
        item: usize,
    },
    /// Show the next suggested phrasing.
    NextPhrasing,
    /// The customer is getting more upset.
    MoodUp,
    /// The customer is calming down.
    MoodDown,
    /// The customer became abusive: set limits.
    Abusive,
    /// The agent seeks support.
    Escalate,
    /// The problem is solved: close the call.
    Resolved,
    /// The call is over: document it.
    EndCall,
    /// Show phrasings in the next customer language.
    CycleLang,
    /// A note or promise was typed.
    AddNote(Note),
}

/// A change the runtime must record (journal) and may confirm on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The current step changed.
    StepChanged(String),
    /// A checklist item was ticked (`true`) or unticked.
    Ticked {
        /// The step id.
        step: String,
        /// The item index.
        item: usize,
        /// Ticked or not.
        on: bool,
    },
    /// The mood changed to this value.
    MoodChanged(u8),
    /// A note or promise was added.
    NoteAdded(NoteKind),
    /// Phrasings are now shown in this language.
    LangChanged(Lang),
    /// The call ended.
    Ended,
}

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
    done: Vec<bool>,
    notes: Vec<Note>,
    hostile_turns: u32,
    prior_hostile_calls: u32,
    boundary_open: bool,
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
        CallState {
            ticks: steps.iter().map(|s| vec![false; s.items]).collect(),
            done: vec![false; steps.len()],
            current: steps.iter().position(|s| s.id == "calm").unwrap_or(0),
            steps,
            back: Vec::new(),
            item: 0,
            phrasing: 0,
            mood: mood::START,
            customer_lang,
            notes: Vec::new(),
            hostile_turns: 0,
            prior_hostile_calls: 0,
            boundary_open: false,
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

    /// Applies one event and returns what changed.
    pub fn apply(&mut self, event: Event) -> Vec<Effect> {
        let mut effects = Vec::new();
        match event {
            Event::Next => {
                self.mark_done(self.current);
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
                self.hostile_turns += 1;
                self.open_boundary();
                self.set_mood(self.mood.max(4), &mut effects);
                self.go_to_id("limits", &mut effects);
            }
            Event::Escalate => {
                self.escalated = true;
                self.reopen("escalate");
                self.go_to_id("escalate", &mut effects);
            }
            Event::Resolved => {
                self.resolved = true;
                self.reopen("close");
                self.go_to_id("close", &mut effects);
            }
            Event::EndCall => {
                if !self.ended {
                    self.ended = true;
                    effects.push(Effect::Ended);
                    self.go_to_id("document", &mut effects);
                }
            }
            Event::CycleLang => {
                self.customer_lang = self.customer_lang.next();
                effects.push(Effect::LangChanged(self.customer_lang));
            }
            Event::AddNote(note) => {
                let text = note.text.trim();
                if !text.is_empty() {
                    effects.push(Effect::NoteAdded(note.kind));
                    self.notes.push(Note { text: text.to_string(), ..note });
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

    fn enter(&mut self, to: usize, effects: &mut Vec<Effect>) {
        // Taking the pause ends the hostile episode: the call can then
        // resume or end.
        if self.steps[to].id == "pause" {
            self.paused = true;
            self.boundary_open = false;
        }
        self.current = to;
        self.item = 0;
        self.phrasing = 0;
        effects.push(Effect::StepChanged(self.steps[to].id.clone()));
    }

    fn mark_done(&mut self, i: usize) {
        if let Some(d) = self.done.get_mut(i) {
            *d = true;
        }
    }

    /// Marks a step as to be done again (a new abusive turn needs limits again).
    fn reopen(&mut self, id: &str) {
        if let Some(i) = self.index(id) {
            self.done[i] = false;
        }
    }

    fn open_boundary(&mut self) {
        self.boundary_open = true;
        self.paused = false;
        self.reopen("limits");
        self.reopen("pause");
    }

    fn set_mood(&mut self, mood: u8, effects: &mut Vec<Effect>) {
        let mood = mood.clamp(mood::MIN, mood::MAX);
        if mood == self.mood {
            return;
        }
        if mood == mood::MAX {
            self.hostile_turns += 1;
            self.open_boundary();
        }
        self.mood = mood;
        effects.push(Effect::MoodChanged(mood));
    }

    fn tick(&mut self, item: usize, effects: &mut Vec<Effect>) {
        let step = self.current;
        let Some(slot) = self.ticks.get_mut(step).and_then(|t| t.get_mut(item)) else {
            return;
        };
        *slot = !*slot;
        self.item = item;
        effects.push(Effect::Ticked { step: self.steps[step].id.clone(), item, on: *slot });
        if self.ticks[step].iter().all(|t| *t) {
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

    /// The ticks of every step (same shape as the checklists).
    pub fn ticks(&self) -> &[Vec<bool>] {
        &self.ticks
    }

    /// Whether step `i` is done.
    pub fn is_done(&self, i: usize) -> bool {
        self.done.get(i).copied().unwrap_or(false)
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
