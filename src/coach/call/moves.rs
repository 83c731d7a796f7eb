//! How the call moves: steps entered and left, done and passed, the mood,
//! abusive turns and the cues a note or an utterance raises.

use super::{COMMITMENT, CallState, Effect, HEAR_OUT, Mark, NoteKind, Phase, Severity, Speaker};
use crate::coach::mood;
use crate::coach::playbook::step_id;

impl CallState {
    pub(super) fn last(&self) -> usize {
        self.steps.len().saturating_sub(1)
    }

    pub(super) fn index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    pub(super) fn items(&self) -> usize {
        self.steps.get(self.current).map_or(0, |s| s.items)
    }

    /// Something changed the coach's view (mood, an event, a cue): steps
    /// passed through may be advised again.
    pub(super) fn change(&mut self) {
        self.changes += 1;
        self.passed.fill(false);
    }

    /// Moves to a step, remembering where we were for `Previous`.
    pub(super) fn go(&mut self, to: usize, effects: &mut Vec<Effect>) {
        if to != self.current && to < self.steps.len() {
            self.back.push(self.current);
            self.enter(to, effects);
        }
    }

    pub(super) fn go_to_id(&mut self, id: &str, effects: &mut Vec<Effect>) {
        if let Some(i) = self.index(id) {
            self.go(i, effects);
        }
    }

    /// Leaving the current step: it counts as done if the agent stayed on
    /// it for [`super::DWELL_SECS`]; either way it was passed.
    pub(super) fn leave_current(&mut self, effects: &mut Vec<Effect>) {
        if self.now.saturating_sub(self.entered_at) >= super::DWELL_SECS {
            self.mark_done(self.current, effects);
        }
        self.passed[self.current] = true;
    }

    pub(super) fn enter(&mut self, to: usize, effects: &mut Vec<Effect>) {
        self.leave_current(effects);
        // Going to the pause: the update is promised from now (the rung
        // is taken once the pause is done, as any step).
        if self.steps[to].id == step_id::PAUSE {
            self.paused = true;
            effects.push(Effect::Marked(Mark::Pause));
        }
        self.current = to;
        self.entered_at = self.now;
        self.visited[to] = true;
        self.item = 0;
        self.phrasing = 0;
        effects.push(Effect::StepChanged(self.steps[to].id.clone()));
    }

    /// A step is done, and stays done; the cards pointing to it are followed.
    pub(super) fn mark_done(&mut self, i: usize, effects: &mut Vec<Effect>) {
        let Some(done) = self.done.get_mut(i) else { return };
        *done = true;
        // A step done is a change: what was passed may be advised again.
        self.passed.fill(false);
        let id = self.steps[i].id.clone();
        if !HEAR_OUT.contains(&id.as_str()) {
            self.acts += 1;
        }
        self.ladder.taken(&id);
        for cue in self.cards.close_step(&self.cues, &id) {
            if let Some(info) = self.cues.info(cue) {
                effects.push(Effect::CueFollowed(info.id.clone()));
            }
        }
    }

    pub(super) fn set_mood(&mut self, mood: u8, effects: &mut Vec<Effect>) {
        let mood = mood.clamp(mood::MIN, mood::MAX);
        if mood == self.mood {
            return;
        }
        self.was_hostile |= mood == mood::MAX;
        // Calmed down: back to the conversation, not the boundary.
        if mood <= mood::CALM {
            self.ladder.settle();
        }
        self.mood = mood;
        self.change();
        effects.push(Effect::MoodChanged(mood));
    }

    /// An abusive turn (`!`, or an abuse cue): the ladder asks for its next
    /// rung, and a resolution no longer stands.
    pub(super) fn abusive_turn(&mut self, effects: &mut Vec<Effect>) {
        self.ladder.abuse();
        self.resolved_at = None;
        self.change();
        effects.push(Effect::Marked(Mark::Abuse));
    }

    /// The cues a typed line raises. A promise is the agent's commitment:
    /// agent cues only. A note is the agent's account of the call: every
    /// cue, but a note that tells of the agent's own commitment ("I told
    /// her we will refund") raises no customer need or information, only
    /// what outranks them (safety, legal, abuse, a supervisor).
    pub(super) fn note_cues(&self, text: &str, kind: NoteKind) -> Vec<usize> {
        let speaker = (kind == NoteKind::Promise).then_some(Speaker::Agent);
        let found = self.cues.find(text, speaker);
        let own = found.iter().any(|&i| self.cues.info(i).is_some_and(|c| c.id == COMMITMENT));
        found
            .into_iter()
            .filter(|&i| {
                self.cues
                    .info(i)
                    .is_some_and(|c| !own || c.speaker == Speaker::Agent || c.severity > Severity::Need)
            })
            .collect()
    }

    /// Raises one cue: an agent cue with an item ticks it (the agent said
    /// it); any other opens its card, and an abuse card is an abusive turn.
    pub(super) fn raise_cue(&mut self, i: usize, heard: bool, effects: &mut Vec<Effect>) {
        let Some(cue) = self.cues.info(i).cloned() else { return };
        let step = self.index(&cue.step);
        if let (Speaker::Agent, Some(item), Some(step)) = (cue.speaker, cue.tick, step) {
            // Once resolved, "I'll call you back" is a follow-up, not a pause.
            if self.resolved() && self.steps[step].phase == Phase::Boundary {
                return;
            }
            effects.push(Effect::CueRaised { cue: cue.id.clone(), heard });
            if let Some(slot) = self.ticks.get_mut(step).and_then(|t| t.get_mut(item))
                && !*slot
            {
                *slot = true;
                if let Some(mark) = self.heard.get_mut(step).and_then(|t| t.get_mut(item)) {
                    *mark = heard;
                }
                effects.push(Effect::Ticked { step: cue.step.clone(), item, on: true, heard });
                self.mark_done(step, effects);
            }
            return;
        }
        effects.push(Effect::CueRaised { cue: cue.id.clone(), heard });
        if cue.severity == Severity::Abuse && cue.speaker == Speaker::Customer {
            self.abusive_turn(effects);
        } else {
            self.change();
        }
        self.cards.open(&self.cues, i, self.changes, self.acts);
    }

    /// Ticking any item of a step marks it done: something of it was said.
    pub(super) fn tick(&mut self, item: usize, effects: &mut Vec<Effect>) {
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
            self.mark_done(step, effects);
        }
    }
}
