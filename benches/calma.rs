//! Performance budgets (issue 7, docs/performance.md): loading, one
//! update, rendering, the journal, history, and a large team playbook.
//! Inputs are generated here, not committed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::hint::black_box;

use calma::coach::call::{CallState, Event, Note, NoteKind};
use calma::coach::i18n::I18n;
use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use calma::records::record::{Entry, Meta, Store};
use calma::shell::app::{App, CallOptions};
use calma::shell::keymap::Key;
use calma::shell::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

fn playbook() -> Playbook {
    Playbook::embedded().expect("the embedded playbook is valid")
}

/// Loading and validating the embedded playbook, every scenario and the
/// five locales (budget: < 5 ms).
#[divan::bench]
fn load_playbook_scenarios_and_locales() {
    let playbook = Playbook::embedded_checked().expect("valid");
    let bundles: Vec<I18n> = Lang::ALL.into_iter().map(I18n::new).collect();
    black_box((playbook, bundles));
}

/// The start path of `calma call --lang hr` up to its first frame, in
/// memory: the playbook (Croatian read, nothing validated), the UI strings
/// of one language, the call, and the frame drawn at 80×24 (the cue
/// matcher waits for the first note; scenarios for practice).
#[divan::bench]
fn start_a_call_to_its_first_frame() {
    let playbook = playbook();
    let mut app = App::call(playbook, I18n::new(Lang::Hr), CallOptions::default());
    app.open_call(calma::records::session::CallSession::in_memory(&app.playbook, &app.call_start()));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
    terminal.draw(|frame| app.render(&Theme::new(true), frame)).expect("drawing into a buffer");
    black_box(terminal);
}

/// After-call work with the draft accepted (issue 28): from `q` to the
/// record's documentation, as keys and time. The call has a note, an
/// escalation and a promise with a time; `q`, `y` and one Enter save it
/// (the key count is asserted: at most 3).
#[divan::bench]
fn after_call_work_from_q_to_saved(bencher: divan::Bencher) {
    let playbook = playbook();
    let call = || {
        let mut app = App::call(playbook.clone(), I18n::new(Lang::Hr), CallOptions::default());
        app.open_call(calma::records::session::CallSession::in_memory(&app.playbook, &app.call_start()));
        let mut keys = vec![Key::Char('n')];
        keys.extend("Dvostruko naplaćen račun za studeni".chars().map(Key::Char));
        keys.extend([Key::Enter, Key::Char('e'), Key::Char('p')]);
        keys.extend("nazvat ću sutra u 10 sati".chars().map(Key::Char));
        keys.push(Key::Enter);
        for key in keys {
            app.handle(key);
        }
        app
    };
    bencher.with_inputs(call).bench_local_values(|mut app| {
        let keys = [Key::Char('q'), Key::Char('y'), Key::Enter];
        let saved = keys
            .iter()
            .position(|key| app.handle(*key).iter().any(|c| matches!(c, calma::shell::app::Task::Save(_))));
        assert_eq!(saved.map(|i| i + 1), Some(3), "saved with the third key");
        black_box(app)
    });
}

/// One event through the state machine (budget: < 10 µs).
#[divan::bench]
fn update_one_event(bencher: divan::Bencher) {
    let playbook = playbook();
    let events = [
        Event::Next,
        Event::Tick { item: 0 },
        Event::MoodUp,
        Event::ItemDown,
        Event::NextPhrasing,
        Event::MoodDown,
    ];
    let mut state = CallState::new(playbook.pack(Lang::Hr), Lang::Hr);
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % events.len();
        black_box(state.apply(events[i].clone()))
    });
}

fn call_app(notes: usize) -> App {
    let mut app = App::call(playbook(), I18n::new(Lang::Hr), CallOptions::default());
    app.open_call(calma::records::session::CallSession::in_memory(&playbook(), &app.call_start()));
    app.freeze_clock(0);
    for n in 0..notes {
        app.handle(Key::Char(if n % 2 == 0 { 'n' } else { 'p' }));
        for c in format!("bilješka {n}: kupac čeka povrat").chars() {
            app.handle(Key::Char(c));
        }
        app.handle(Key::Enter);
    }
    app.handle(Key::Char('!'));
    app
}

fn render(bencher: divan::Bencher, app: &App, width: u16, height: u16) {
    let theme = Theme::new(true);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    bencher.bench_local(|| {
        terminal.draw(|frame| app.render(&theme, frame)).expect("drawing into a buffer");
    });
}

/// The call screen at 80×24.
#[divan::bench]
fn render_call_80x24(bencher: divan::Bencher) {
    render(bencher, &call_app(3), 80, 24);
}

/// The call screen at 200×60 (budget: < 1 ms).
#[divan::bench]
fn render_call_200x60(bencher: divan::Bencher) {
    render(bencher, &call_app(3), 200, 60);
}

/// The same with 10,000 notes in the call (budget: < 2 ms).
#[divan::bench]
fn render_call_200x60_10k_notes(bencher: divan::Bencher) {
    render(bencher, &call_app(10_000), 200, 60);
}

fn meta() -> Meta {
    Meta {
        id: String::new(),
        started_at: "2026-11-25T10:00:00+01:00".into(),
        ui_lang: Lang::Hr,
        customer_lang: Lang::Hr,
        customer: None,
        ticket: None,
        agent: None,
        playbook_version: "1".into(),
    }
}

/// Appending one note to the journal, fsync included (disk-bound).
#[divan::bench(sample_count = 200)]
fn journal_append_note_fsync(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = Store::open(dir.path()).expect("a data directory");
    let mut journal = store.start("20261125-090000", meta()).expect("a journal");
    let entry = Entry::Event {
        at: "2026-11-25T10:00:01+01:00".into(),
        secs: 1,
        event: Event::AddNote(Note {
            at: 1,
            kind: NoteKind::Note,
            text: "Kupac čeka povrat od 3. studenoga".into(),
        }),
    };
    bencher.bench_local(|| journal.append(&entry).expect("the journal is written"));
}

/// Listen mode's gate over a minute of quiet (16 kHz): what listening
/// costs while nobody speaks (aim: about nothing).
#[divan::bench]
fn listen_gate_one_minute_of_quiet(bencher: divan::Bencher) {
    let quiet: Vec<f32> = (0..16_000 * 60).map(|i| 0.001 * ((i * 7919 % 101) as f32 / 50.0 - 1.0)).collect();
    bencher.bench_local(|| {
        let mut gate = calma::listen::Gate::default();
        for chunk in quiet.chunks(1_600) {
            black_box(gate.push(chunk));
        }
    });
}

/// `calma history` over 100,000 records (budget: < 2 s, < 50 MiB
/// resident, issue 18). The records are written plainly, not through the
/// store's fsync, so that making them takes seconds, not minutes.
#[divan::bench(sample_count = 3)]
fn history_100k_records(bencher: divan::Bencher) {
    let playbook = playbook();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = Store::open(dir.path()).expect("a data directory");
    let mut journal = store.start("20261125-090000", meta()).expect("a journal");
    let note = Note { at: 3, kind: NoteKind::Note, text: "Encomenda atrasada duas semanas".into() };
    let events = [Event::Next, Event::Tick { item: 0 }, Event::MoodUp, Event::AddNote(note)];
    for (i, event) in events.into_iter().enumerate() {
        let at = format!("2026-11-25T10:00:0{i}+01:00");
        journal.append(&Entry::Event { at, secs: i as u64, event }).expect("written");
    }
    let (_, record) =
        calma::records::record::Record::replay(&store.read(journal.id()).expect("read"), &playbook);
    let journal_file = dir.path().join(format!("calls/{}.journal.jsonl", journal.id()));
    drop(journal);
    std::fs::remove_file(journal_file).expect("the journal removed");
    for n in 0..100_000 {
        let mut r = record.clone();
        r.id = format!("20261125-{n:06}-1");
        let json = serde_json::to_vec_pretty(&r).expect("a record");
        std::fs::write(dir.path().join(format!("calls/{}.json", r.id)), json).expect("written");
    }
    bencher.bench_local(|| {
        black_box(calma::shell::cli::history(&store, &playbook, &I18n::new(Lang::Hr), false, None))
    });
}

/// A team playbook with 1,000 scenarios: check and load (budget: < 300 ms).
#[divan::bench(sample_count = 5)]
fn team_playbook_1000_scenarios(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let scenarios = dir.path().join("scenarios");
    std::fs::create_dir_all(&scenarios).expect("a scenarios directory");
    let embedded = playbook();
    let base = &embedded.scenarios()[0];
    for n in 0..1_000 {
        let mut s = base.clone();
        s.id = format!("team_{n}");
        let json = serde_json::to_string_pretty(&s).expect("json");
        std::fs::write(scenarios.join(format!("team_{n}.json")), json).expect("written");
    }
    bencher.bench_local(|| black_box(Playbook::with_team(dir.path()).expect("valid")));
}

/// Matching one 200-character note against every cue of a language
/// (budget: < 20 µs).
#[divan::bench]
fn cues_match_one_note(bencher: divan::Bencher) {
    let playbook = playbook();
    let cues = calma::coach::call::Cues::of(playbook.pack(Lang::Pt));
    let note = "Cliente ligou pela terceira vez, diz que ninguém retornou e que vai procurar o Procon e um \
                advogado se o reembolso da fatura 1043 não sair até amanhã; pediu para falar com o gerente.";
    bencher.bench_local(|| black_box(cues.find(black_box(note), None)));
}

/// A ten-minute transcript (about 1,500 words) fed utterance by utterance
/// (budget: < 5 ms in all).
#[divan::bench]
fn cues_match_a_ten_minute_transcript(bencher: divan::Bencher) {
    let playbook = playbook();
    let cues = calma::coach::call::Cues::of(playbook.pack(Lang::Hr));
    let utterances: Vec<String> = (0..150)
        .map(|i| format!("korisnik {i} kaže da je zvao već treći put i da će zvati odvjetnika ako ne dobije povrat novca"))
        .collect();
    bencher.bench_local(|| {
        for u in &utterances {
            black_box(cues.find(black_box(u), Some(calma::coach::playbook::Speaker::Customer)));
        }
    });
}
