//! A live call in plain mode: the same call session as the full screen,
//! one command per line, one line per change.

use std::io;

use jiff::civil::Date;

use super::command::{Command, parse};
use super::{Console, Input, PlainError};
use crate::coach::call::{
    Advice, CallState, DateWords, Documentation, Effect, Event, FollowUpError, Outcome, phrasing_in,
    read_follow_up, wrap_up,
};
use crate::coach::clock;
use crate::coach::i18n::args;
use crate::coach::lang::Lang;
use crate::coach::mood;
use crate::coach::playbook::{Playbook, Speaker};
use crate::listen::Listening;
use crate::listen::Report;
use crate::records::record::{Draft, Store, Summary};
use crate::records::session::CallSession;
use crate::shell::keymap::{self, Action, Mode};

/// What the agent hears about: a change in any of these is one line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct View {
    step: usize,
    mood: u8,
    phrasing: usize,
    lang: Lang,
    ticks: Vec<bool>,
    recommended: Option<Advice>,
}

impl View {
    fn of(state: &CallState) -> View {
        View {
            step: state.current(),
            mood: state.mood(),
            phrasing: state.phrasing(),
            lang: state.customer_lang(),
            ticks: state.ticks().get(state.current()).cloned().unwrap_or_default(),
            recommended: state.advice(),
        }
    }
}

/// Runs a call in plain mode until `q` (then the documentation form, and
/// the record in `store`) or the end of the input (then the call waits for
/// recovery).
pub fn call(
    console: &mut Console,
    playbook: &Playbook,
    store: &Store,
    mut session: CallSession,
    listening: Option<Listening>,
) -> Result<(), PlainError> {
    let mut shown: Option<View> = None;
    announce(console, playbook, session.state(), &mut shown)?;
    let help_key = keymap::label_of(Mode::Call, Action::Help, console.i18n);
    console.say(&console.i18n.t_with("plain-prompt", &args!["help" => help_key]))?;
    let mut listening = listening;
    if listening.is_some() {
        console.say(&console.i18n.t("plain-listening"))?;
    }
    loop {
        let line = match console.next_input()? {
            Input::End => {
                finish_listening(&mut session, listening.as_mut());
                console.say(&console.i18n.t("plain-input-ended"))?;
                return Ok(());
            }
            Input::Heard(report) => {
                heard(console, playbook, &mut session, listening.as_mut(), report, &mut shown)?;
                continue;
            }
            Input::Line(line) => line,
        };
        if line.is_empty() {
            continue;
        }
        match parse(&line, session.state(), session.elapsed()) {
            Command::Event(event) => {
                let kind = match &event {
                    Event::AddNote(n) => Some(n.kind),
                    _ => None,
                };
                match session.apply(event) {
                    Ok(effects) if !effects.is_empty() => {
                        // The listener hears in the customer's language.
                        for effect in &effects {
                            if let (Effect::LangChanged(lang), Some(listener)) = (effect, console.listener())
                            {
                                listener.set_lang(*lang);
                                if let Some(listening) = &listening {
                                    weak_model(console, listening, *lang)?;
                                }
                            }
                        }
                        if let Some(kind) = kind {
                            console.say(&console.i18n.t(kind.saved_message_id()))?;
                        }
                        announce_cues(console, playbook, &effects)?;
                    }
                    Ok(_) => {}
                    // Never confirmed, and the call goes on: the agent can
                    // type it again once the disk has room.
                    Err(e) => {
                        console.say(&e.message(console.i18n))?;
                        console.say(&console.i18n.t("status-not-saved"))?;
                    }
                }
                announce(console, playbook, session.state(), &mut shown)?;
            }
            Command::Help => help(console, listening.is_some())?,
            Command::Listen => match listening.as_mut().and_then(Listening::toggle) {
                Some(paused) => {
                    if let Some(listener) = console.listener() {
                        listener.set_paused(paused);
                    }
                    let id = if paused { "plain-listen-paused" } else { "plain-listen-resumed" };
                    console.say(&console.i18n.t(id))?;
                }
                // Stopped: why, again (not "start the call with --listen").
                None => match listening.as_ref().and_then(|l| l.state.stopped(console.i18n)) {
                    Some(why) => console.say(&why)?,
                    None => console.say(&console.i18n.t("status-not-listening"))?,
                },
            },
            Command::Refused(refusal) => console.say(&refusal.message(console.i18n))?,
            Command::Unknown => {
                let help = keymap::label_of(Mode::Call, Action::Help, console.i18n);
                let message = console.i18n.t_with("plain-unknown", &args!["command" => line, "help" => help]);
                console.say(&message)?;
            }
            Command::End => {
                finish_listening(&mut session, listening.as_mut());
                if let Err(e) = session.apply(Event::EndCall) {
                    console.say(&e.message(console.i18n))?;
                    continue;
                }
                return document(console, playbook, store, &session);
            }
        }
    }
}

/// The call ends, or its input did: the talk time heard to the last
/// frame goes into the journal, so the record's matches the audio. A
/// write that fails loses only that figure (the last one written stays).
fn finish_listening(session: &mut CallSession, listening: Option<&mut Listening>) {
    if let Some(event) = listening.and_then(Listening::finish) {
        let _ = session.apply(event);
    }
}

/// The line that says the model hears `lang` poorly and which one does
/// better, if it does (and nothing was heard yet).
fn weak_model(console: &mut Console, listening: &Listening, lang: Lang) -> Result<(), PlainError> {
    if let Some(line) = listening.weak_model_line(lang, console.i18n) {
        console.say(&line)?;
    }
    Ok(())
}

/// What the listener reported, in one line each: a tick heard, a cue
/// raised, listening stopped. What was said is not printed (it is on the
/// call, not for the scrollback).
fn heard(
    console: &mut Console,
    playbook: &Playbook,
    session: &mut CallSession,
    listening: Option<&mut Listening>,
    report: Report,
    shown: &mut Option<View>,
) -> Result<(), PlainError> {
    let Some(listening) = listening else { return Ok(()) };
    match &report {
        Report::Failed(why) => {
            console.say(&console.i18n.t_with("listen-stopped", &args!["reason" => why.clone()]))?;
        }
        Report::Lost(side, why) => console.say(&crate::listen::lost(*side, why, console.i18n))?,
        _ => {}
    }
    if let Report::NoWords(why) = &report {
        console.say(&console.i18n.t_with("plain-listen-voice-only", &args!["reason" => why.clone()]))?;
    }
    // Fell behind: said once a call.
    if report == Report::Behind && !listening.behind {
        console.say(&console.i18n.t("listen-behind"))?;
    }
    let model = matches!(report, Report::Model(_));
    let events = listening.report(report, session.state());
    if model {
        weak_model(console, listening, session.state().customer_lang())?;
    }
    for event in events {
        match session.apply(event) {
            Ok(effects) => {
                let pack = playbook.pack(console.i18n.lang());
                for effect in &effects {
                    if let Effect::Ticked { step, item, on: true, heard: true } = effect {
                        let item =
                            pack.step(step).and_then(|s| s.checklist.get(*item)).cloned().unwrap_or_default();
                        console.say(&console.i18n.t_with("plain-heard-tick", &args!["item" => item]))?;
                    }
                }
                // An agent cue heard is its tick, said above; a customer's
                // (or a voice cue), its card.
                let agent = |id: &str| {
                    pack.cues.iter().any(|c| c.id == id && c.speaker == Speaker::Agent && c.voice.is_none())
                };
                let cards: Vec<Effect> = effects
                    .into_iter()
                    .filter(|e| !matches!(e, Effect::CueRaised { cue, .. } if agent(cue)))
                    .collect();
                announce_cues(console, playbook, &cards)?;
                // Ticks already said: only what else changed (the advice).
                let ticks = View::of(session.state()).ticks;
                if let Some(view) = shown.as_mut() {
                    view.ticks = ticks;
                }
                announce(console, playbook, session.state(), shown)?;
            }
            Err(e) => console.say(&e.message(console.i18n))?,
        }
    }
    Ok(())
}

/// Says what changed since the last view, one line per change.
fn announce(
    console: &mut Console,
    playbook: &Playbook,
    state: &CallState,
    shown: &mut Option<View>,
) -> io::Result<()> {
    let i18n = console.i18n;
    let view = View::of(state);
    let pack = playbook.pack(i18n.lang());
    let title = |i: usize| pack.step(&state.steps()[i].id).map_or(String::new(), |s| s.title.clone());
    let phrasing = |lang| phrasing_in(state, playbook, lang).unwrap_or_default().to_string();
    let say_lines = |console: &mut Console| -> io::Result<()> {
        console.say(&i18n.t_with("plain-say", &args!["text" => phrasing(view.lang)]))?;
        if view.lang != i18n.lang() {
            console.say(&format!("≈ {}: {}", i18n.t("call-gloss"), phrasing(i18n.lang())))?;
        }
        Ok(())
    };
    let before = shown.clone();
    let step_changed = before.as_ref().is_none_or(|b| b.step != view.step);
    if step_changed {
        let n = view.step + 1;
        let total = state.steps().len();
        console.say(
            &i18n.t_with("plain-step", &args!["n" => n, "total" => total, "title" => title(view.step)]),
        )?;
        if let Some(step) = pack.step(&state.steps()[view.step].id) {
            console.say(&i18n.t_with("plain-why", &args!["text" => step.why.clone()]))?;
            for (i, item) in step.checklist.iter().enumerate() {
                let mark = if view.ticks.get(i).copied().unwrap_or(false) { "x" } else { " " };
                console.say(&format!("  {}. [{mark}] {item}", i + 1))?;
            }
        }
        say_lines(console)?;
    }
    if let Some(b) = &before {
        if b.mood != view.mood {
            let label = i18n.t(&mood::message_id(view.mood));
            console.say(&i18n.t_with("plain-mood", &args!["mood" => view.mood, "label" => label]))?;
        }
        if !step_changed && (b.phrasing != view.phrasing || b.lang != view.lang) {
            if b.lang != view.lang {
                let name = i18n.lang_name(view.lang);
                console.say(&i18n.t_with("status-lang", &args!["language" => name]))?;
            }
            say_lines(console)?;
        }
        if !step_changed && b.ticks != view.ticks {
            let items =
                pack.step(&state.steps()[view.step].id).map(|s| s.checklist.clone()).unwrap_or_default();
            for (i, (was, is)) in b.ticks.iter().zip(&view.ticks).enumerate() {
                if was != is {
                    let id = if *is { "plain-ticked" } else { "plain-unticked" };
                    let item = items.get(i).cloned().unwrap_or_default();
                    console.say(&i18n.t_with(id, &args!["item" => item]))?;
                }
            }
        }
    } else if view.mood != mood::START {
        let label = i18n.t(&mood::message_id(view.mood));
        console.say(&i18n.t_with("plain-mood", &args!["mood" => view.mood, "label" => label]))?;
    }
    let recommendation_changed = before.as_ref().is_none_or(|b| b.recommended != view.recommended);
    if recommendation_changed || step_changed {
        let line = match view.recommended {
            Some(advice) => advice.describe(state, pack, i18n),
            None => i18n.t("call-no-recommendation"),
        };
        console.say(&line)?;
    }
    *shown = Some(view);
    Ok(())
}

/// Each raised cue card in one line: what to do and where it points; in
/// the order the cards stack (most severe first, among equals the newest),
/// so that `c` and `x` act on the first one said.
fn announce_cues(console: &mut Console, playbook: &Playbook, effects: &[Effect]) -> io::Result<()> {
    let pack = playbook.pack(console.i18n.lang());
    let mut raised: Vec<_> = effects
        .iter()
        .rev()
        .filter_map(|e| match e {
            Effect::CueRaised { cue: id, .. } => pack.cues.iter().find(|c| c.id == *id),
            _ => None,
        })
        .collect();
    raised.sort_by_key(|cue| std::cmp::Reverse(cue.severity));
    for cue in raised {
        let step = pack.step(&cue.step).map_or(cue.step.as_str(), |s| s.title.as_str());
        let line =
            console.i18n.t_with("plain-cue", &args!["card" => cue.card.clone(), "step" => step.to_string()]);
        console.say(&line)?;
    }
    Ok(())
}

/// The command list, from the key table's plain-mode words (`m` only
/// when the call listens).
fn help(console: &mut Console, listening: bool) -> io::Result<()> {
    console.say(&console.i18n.t("plain-commands"))?;
    for b in keymap::bindings(Mode::Call).filter(|b| listening || b.action != Action::Listen) {
        if let Some(word) = b.word {
            let line = format!("  {word} — {}", console.i18n.t(b.help));
            console.say(&line)?;
        }
    }
    Ok(())
}

/// The documentation form, as three questions; then the record is saved.
fn document(
    console: &mut Console,
    playbook: &Playbook,
    store: &Store,
    session: &CallSession,
) -> Result<(), PlainError> {
    let state = session.state();
    let i18n = console.i18n;
    console.say(&i18n.t("form-title"))?;
    for (i, outcome) in Outcome::ALL.into_iter().enumerate() {
        console.say(&format!("  {} {}", i + 1, i18n.t(outcome.message_id())))?;
    }
    // A line is answered with the Enter key of this language.
    let enter = i18n.t("keyname-enter");
    let now = clock::now();
    let today = now.date();
    // Drafted from the call: Enter accepts each answer.
    let wrap = wrap_up(state, session.update_time(), now.datetime(), i18n);
    let likely = wrap.outcome;
    let default = i18n.t(likely.message_id());
    let Some(answer) =
        console.ask(&i18n.t_with("plain-outcome", &args!["default" => default, "enter" => enter.clone()]))?
    else {
        return Ok(());
    };
    let outcome = answer
        .parse::<usize>()
        .ok()
        .and_then(|n| Outcome::ALL.get(n.wrapping_sub(1)).copied())
        .unwrap_or(likely);
    let question = if wrap.summary.is_empty() {
        i18n.t("plain-summary")
    } else {
        let args = args!["default" => wrap.summary.clone(), "enter" => enter.clone()];
        i18n.t_with("plain-summary-drafted", &args)
    };
    let Some(summary) = console.ask(&question)? else { return Ok(()) };
    let summary = if summary.trim().is_empty() { wrap.summary.clone() } else { summary };
    let words = DateWords::of(i18n);
    // A promised time stays; else the advice for the outcome picked.
    let advised = if wrap.promised { wrap.follow_up } else { outcome.follow_up(today).map(|d| (d, None)) };
    let follow_up: Option<(Date, Option<jiff::civil::Time>)> = loop {
        let shown = advised.map_or_else(|| "—".to_string(), |(d, t)| words.write_follow_up(d, t));
        let Some(answer) = console
            .ask(&i18n.t_with("plain-follow-up", &args!["default" => shown, "enter" => enter.clone()]))?
        else {
            return Ok(());
        };
        match answer.as_str() {
            "" => break advised,
            "-" => break None,
            typed => match read_follow_up(typed, today, &words) {
                Ok(date) => break date,
                Err(problem) => {
                    let past = match problem {
                        FollowUpError::Past(date) => words.write(date),
                        FollowUpError::Unreadable => String::new(),
                    };
                    let args = args!["today" => words.write(today), "date" => past];
                    console.say(&i18n.t_with(problem.message_id(), &args))?;
                }
            },
        }
    };
    let form = Documentation {
        outcome,
        summary,
        follow_up: follow_up.map(|(date, _)| date),
        follow_up_time: follow_up.and_then(|(_, time)| time),
    };
    let (path, record) = loop {
        let failed = match session.finish(store, playbook, &form) {
            Ok(saved) => break saved,
            Err(e) => e,
        };
        // What the form was given is kept: here for the retry, and on disk
        // (if there is room) for the recovery should the agent give up.
        let typed = follow_up.map_or_else(String::new, |(date, time)| match time {
            Some(time) => format!("{date} {}", time.strftime("%H:%M")),
            None => date.to_string(),
        });
        let draft = Draft::Form { outcome, summary: form.summary.clone(), follow_up: typed };
        let _ = store.keep_draft(session.id(), Some(&draft));
        let enter = keymap::label_of(Mode::Form, Action::Choose, i18n);
        console.say(&i18n.t_with("error-save", &args!["reason" => failed.to_string(), "enter" => enter]))?;
        if console.ask("")?.is_none() {
            return Err(PlainError::Unsaved(failed));
        }
    };
    for line in Summary::of(&record, playbook.pack(i18n.lang())).lines(i18n) {
        console.say(&line)?;
    }
    console.say(&i18n.t_with("summary-saved", &args!["path" => path.display().to_string()]))?;
    Ok(())
}

#[cfg(test)]
mod tests;
