//! A live call in plain mode.

use std::io;

use jiff::civil::Date;

use super::Console;
use crate::call::{CallState, DateWords, Event, Note, NoteKind, Outcome, parse_date, phrasing_in};
use crate::clock;
use crate::i18n::args;
use crate::lang::Lang;
use crate::mood;
use crate::playbook::Playbook;
use crate::record::{self, Entry, Journal, Meta, Store, StoreError};
use crate::runtime::RuntimeError;

/// What the agent hears about: a change in any of these is one line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct View {
    step: usize,
    mood: u8,
    phrasing: usize,
    lang: Lang,
    ticks: Vec<bool>,
    recommended: Option<usize>,
}

impl View {
    fn of(state: &CallState) -> View {
        View {
            step: state.current(),
            mood: state.mood(),
            phrasing: state.phrasing(),
            lang: state.customer_lang(),
            ticks: state.ticks().get(state.current()).cloned().unwrap_or_default(),
            recommended: state.recommended(),
        }
    }
}

/// The commands of plain mode, with the help message of each (the same
/// letters as the keys of the full screen).
const COMMANDS: [(&str, &str); 15] = [
    ("l", "key-next"),
    ("h", "key-previous"),
    ("tick N", "key-tick"),
    ("say", "key-phrasing"),
    ("+", "key-mood-up"),
    ("-", "key-mood-down"),
    ("!", "key-abusive"),
    ("e", "key-escalate"),
    ("r", "key-resolved"),
    ("n TEXT", "key-note"),
    ("p TEXT", "key-promise"),
    ("L", "key-lang"),
    ("step N", "key-jump"),
    ("?", "key-help"),
    ("q", "key-end"),
];

/// What a line of input asks for.
enum Command {
    Event(Event),
    Help,
    End,
    Unknown,
}

fn parse(line: &str, elapsed: u64) -> Command {
    let (word, rest) = line.split_once(' ').map_or((line, ""), |(w, r)| (w, r.trim()));
    let number = || rest.parse::<usize>().ok().filter(|n| *n > 0).map(|n| n - 1);
    let note = |kind| Command::Event(Event::AddNote(Note { at: elapsed, kind, text: rest.to_string() }));
    match word {
        "l" | "next" => Command::Event(Event::Next),
        "h" | "previous" => Command::Event(Event::Previous),
        "+" => Command::Event(Event::MoodUp),
        "-" => Command::Event(Event::MoodDown),
        "!" => Command::Event(Event::Abusive),
        "e" => Command::Event(Event::Escalate),
        "r" => Command::Event(Event::Resolved),
        "L" => Command::Event(Event::CycleLang),
        "say" | "tab" => Command::Event(Event::NextPhrasing),
        "tick" => number().map_or(Command::Unknown, |item| Command::Event(Event::Tick { item })),
        "step" => number().map_or(Command::Unknown, |step| Command::Event(Event::Jump { step })),
        "n" if !rest.is_empty() => note(NoteKind::Note),
        "p" if !rest.is_empty() => note(NoteKind::Promise),
        "?" | "help" => Command::Help,
        "q" | "quit" => Command::End,
        _ => Command::Unknown,
    }
}

/// Runs a call in plain mode until `q` (then the documentation form) or
/// the end of the input (then the call waits for recovery).
pub fn call(
    console: &mut Console,
    playbook: &Playbook,
    store: &Store,
    customer_lang: Lang,
    customer: Option<String>,
    ticket: Option<String>,
) -> Result<(), RuntimeError> {
    let ui = console.i18n.lang();
    let started = std::time::Instant::now();
    let now = clock::now();
    let meta = Meta {
        id: String::new(),
        started_at: record::timestamp(&now),
        ui_lang: ui,
        customer_lang,
        customer,
        ticket,
        playbook_version: playbook.version().to_string(),
    };
    let mut journal = store.start(&record::id_base(&now), meta)?;
    let mut state = CallState::new(playbook.pack(ui), customer_lang);
    let mut shown: Option<View> = None;
    announce(console, playbook, &state, &mut shown)?;
    console.say(&console.i18n.t("plain-prompt"))?;
    loop {
        let Some(line) = console.read()? else {
            console.say(&console.i18n.t("plain-input-ended"))?;
            return Ok(());
        };
        if line.is_empty() {
            continue;
        }
        let elapsed = started.elapsed().as_secs();
        match parse(&line, elapsed) {
            Command::Event(event) => {
                let note = matches!(&event, Event::AddNote(n) if n.kind == NoteKind::Note);
                let promise = matches!(&event, Event::AddNote(n) if n.kind == NoteKind::Promise);
                if record(&mut journal, &mut state, event, elapsed)? {
                    if note {
                        console.say(&console.i18n.t("status-note-saved"))?;
                    }
                    if promise {
                        console.say(&console.i18n.t("status-promise-saved"))?;
                    }
                }
                announce(console, playbook, &state, &mut shown)?;
            }
            Command::Help => help(console)?,
            Command::Unknown => {
                let message = console.i18n.t_with("plain-unknown", &args!["command" => line]);
                console.say(&message)?;
            }
            Command::End => {
                record(&mut journal, &mut state, Event::EndCall, elapsed)?;
                return document(console, playbook, store, &journal, &state);
            }
        }
    }
}

/// Applies an event and journals it (synced) if it changed anything.
fn record(journal: &mut Journal, state: &mut CallState, event: Event, secs: u64) -> Result<bool, StoreError> {
    if state.apply(event.clone()).is_empty() {
        return Ok(false);
    }
    let entry = Entry::Event { at: record::timestamp(&clock::now()), secs, event };
    journal.append(&entry).map_err(|source| StoreError::Io { path: journal.path().to_path_buf(), source })?;
    Ok(true)
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
            let label = i18n.t(&format!("mood-{}", view.mood));
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
        let label = i18n.t(&format!("mood-{}", view.mood));
        console.say(&i18n.t_with("plain-mood", &args!["mood" => view.mood, "label" => label]))?;
    }
    let recommendation_changed = before.as_ref().is_none_or(|b| b.recommended != view.recommended);
    if recommendation_changed || step_changed {
        let line = match view.recommended {
            Some(i) => i18n.t_with("call-recommended", &args!["step" => title(i)]),
            None => i18n.t("call-no-recommendation"),
        };
        console.say(&line)?;
    }
    *shown = Some(view);
    Ok(())
}

/// The command list.
fn help(console: &mut Console) -> io::Result<()> {
    console.say(&console.i18n.t("plain-commands"))?;
    for (command, help) in COMMANDS {
        let line = format!("  {command} — {}", console.i18n.t(help));
        console.say(&line)?;
    }
    Ok(())
}

/// The documentation form, as three questions; then the record is saved.
fn document(
    console: &mut Console,
    playbook: &Playbook,
    store: &Store,
    journal: &Journal,
    state: &CallState,
) -> Result<(), RuntimeError> {
    let i18n = console.i18n;
    console.say(&i18n.t("form-title"))?;
    for (i, outcome) in Outcome::ALL.into_iter().enumerate() {
        console.say(&format!("  {} {}", i + 1, i18n.t(outcome.message_id())))?;
    }
    let likely = state.likely_outcome();
    let default = i18n.t(likely.message_id());
    let Some(answer) = console.ask(&i18n.t_with("plain-outcome", &args!["default" => default]))? else {
        return Ok(());
    };
    let outcome = answer
        .parse::<usize>()
        .ok()
        .and_then(|n| Outcome::ALL.get(n.wrapping_sub(1)).copied())
        .unwrap_or(likely);
    let Some(summary) = console.ask(&i18n.t("plain-summary"))? else { return Ok(()) };
    let today = clock::now().date();
    let advised = outcome.follow_up_days().and_then(|d| today.checked_add(jiff::Span::new().days(d)).ok());
    let words = DateWords { today: vec![i18n.t("date-today")], tomorrow: vec![i18n.t("date-tomorrow")] };
    let follow_up: Option<Date> = loop {
        let shown = advised.map_or_else(|| "—".to_string(), |d| d.to_string());
        let Some(answer) = console.ask(&i18n.t_with("plain-follow-up", &args!["default" => shown]))? else {
            return Ok(());
        };
        match answer.as_str() {
            "" => break advised,
            "-" => break None,
            typed => match parse_date(typed, today, &words) {
                Ok(date) => break date,
                Err(_) => console.say(&i18n.t("form-bad-date"))?,
            },
        }
    };
    let now = record::timestamp(&clock::now());
    let path = store.complete(journal.id(), playbook, outcome, &summary, follow_up, now)?;
    console.say(&i18n.t_with("summary-saved", &args!["path" => path.display().to_string()]))?;
    Ok(())
}
