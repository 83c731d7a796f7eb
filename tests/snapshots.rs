//! Rendering is a function of state: snapshots of each screen with
//! ratatui's TestBackend, and no panic at any size.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use calma::coach::i18n::I18n;
use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use calma::records::session::CallSession;
use calma::shell::app::{App, CallOptions};
use calma::shell::keymap::Key;
use calma::shell::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn playbook() -> Playbook {
    Playbook::embedded().unwrap_or_else(|p| panic!("{p}"))
}

fn call(lang: Lang, keys: &[Key]) -> App {
    let mut app = App::call(playbook(), I18n::new(lang), CallOptions::default());
    app.open_call(CallSession::in_memory(&playbook(), &app.call_start()));
    app.freeze_clock(133);
    for key in keys {
        app.handle(*key);
    }
    app
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| app.render(&Theme::new(false), frame)).unwrap();
    terminal.backend().to_string()
}

/// Keys of a typical moment in a call: listened, then the customer turned abusive.
const SCENE: [Key; 4] = [Key::Right, Key::Char(' '), Key::Char('!'), Key::Char('+')];

#[test]
fn call_screen_hr_80x24() {
    insta::assert_snapshot!(draw(&call(Lang::Hr, &SCENE), 80, 24));
}

#[test]
fn call_screen_hr_60x20() {
    insta::assert_snapshot!(draw(&call(Lang::Hr, &SCENE), 60, 20));
}

#[test]
fn call_screen_pt_80x24() {
    insta::assert_snapshot!(draw(&call(Lang::Pt, &SCENE), 80, 24));
}

#[test]
fn call_screen_pt_60x20() {
    insta::assert_snapshot!(draw(&call(Lang::Pt, &SCENE), 60, 20));
}

#[test]
fn call_screen_two_panes_with_a_gloss_120x30() {
    let app = call(Lang::Pt, &[Key::Right, Key::Char('L'), Key::Char('L'), Key::Char('L')]);
    insta::assert_snapshot!(draw(&app, 120, 30));
}

#[test]
fn call_screen_small_40x10() {
    insta::assert_snapshot!(draw(&call(Lang::Hr, &SCENE), 40, 10));
}

#[test]
fn help_overlay_hr() {
    insta::assert_snapshot!(draw(&call(Lang::Hr, &[Key::Char('?')]), 80, 30));
}

#[test]
fn note_input_with_croatian_letters() {
    let mut keys = vec![Key::Char('n')];
    keys.extend("Kupac traži povrat, čeka od 3. 11. — đak".chars().map(Key::Char));
    insta::assert_snapshot!(draw(&call(Lang::Hr, &keys), 80, 24));
}

#[test]
fn saved_notes_show_on_the_call_screen() {
    let mut keys = vec![Key::Char('p')];
    keys.extend("Ligar de volta às 15h, não esquecer".chars().map(Key::Char));
    keys.push(Key::Enter);
    insta::assert_snapshot!(draw(&call(Lang::Pt, &keys), 80, 24));
}

#[test]
fn documentation_form_and_summary_pt() {
    // A real store: the summary is drawn from the record as saved.
    let dir = tempfile::tempdir().unwrap();
    let store = calma::records::record::Store::open(dir.path()).unwrap();
    let pb = playbook();
    let mut app = App::call(pb.clone(), I18n::new(Lang::Pt), CallOptions::default());
    app.open_call(CallSession::begin(&store, &pb, &app.call_start()).unwrap());
    app.freeze_clock(133);
    let mut keys = vec![Key::Right, Key::Char('p')];
    keys.extend("Ligar amanhã às 10h".chars().map(Key::Char));
    keys.extend([Key::Enter, Key::Char('+'), Key::Char('r'), Key::Char('q'), Key::Char('y')]);
    for key in keys {
        app.handle(key);
    }
    insta::assert_snapshot!("form_pt", draw(&app, 80, 24));
    // The digits pick the outcome on its field only; in a text field they
    // are typed, and the footer does not offer them.
    let digits = calma::shell::keymap::label_of(
        calma::shell::keymap::Mode::Form,
        calma::shell::keymap::Action::Pick,
        &I18n::new(Lang::Pt),
    );
    assert!(draw(&app, 80, 24).contains(&digits));
    app.handle(Key::Tab);
    assert!(!draw(&app, 80, 24).contains(&digits), "{}", draw(&app, 80, 24));
    app.handle(Key::Esc);
    assert!(draw(&app, 80, 24).contains(&digits), "back on the outcome");
    let mut save = Vec::new();
    for key in [Key::Tab, Key::Ctrl('u'), Key::Char('O'), Key::Char('k'), Key::Enter] {
        save.extend(app.handle(key));
    }
    let [calma::shell::app::Task::Save(form)] = save.as_slice() else {
        panic!("the form is saved: {save:?}")
    };
    let (_, record) = app.session().unwrap().finish(&store, &pb, form).unwrap();
    let summary = calma::records::record::Summary::of(&record, pb.pack(Lang::Pt));
    assert_eq!(summary.duration_secs, 133, "the record keeps the call's time");
    app.saved(Ok(("/home/ana/.local/share/calma/calls/20260101-100000-1.json".into(), record.clone())));
    insta::assert_snapshot!("summary_pt", draw(&app, 80, 24));
    // y sends the record's Markdown (calma export's) to the clipboard, and says so.
    let copy = app.handle(Key::Char('y'));
    assert_eq!(
        copy,
        [calma::shell::app::Task::Copy(calma::records::history::markdown(
            &record,
            &pb,
            &I18n::new(Lang::Pt)
        ))]
    );
    let screen = draw(&app, 80, 24);
    assert!(screen.contains(&I18n::new(Lang::Pt).t("status-record-copied")), "{screen}");
}

/// Issue 31: the end screen of a call listen mode heard has talk time
/// and the times the agent cut in, in one line that fits 40 columns.
#[test]
fn end_screen_with_talk_time_in_every_language() {
    use calma::coach::call::{Event, Talk};
    use calma::coach::playbook::Speaker;
    use calma::records::record::{Entry, Meta, Record, Store};
    let pb = playbook();
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let meta = Meta {
            id: String::new(),
            started_at: "2026-11-25T10:00:00+01:00".into(),
            ui_lang: lang,
            customer_lang: lang,
            customer: None,
            ticket: None,
            agent: None,
            playbook_version: "1".into(),
        };
        let mut journal = store.start("20261125-090000", meta).unwrap();
        let cut_in = Event::Heard { speaker: Speaker::Agent, cues: vec!["interruption".into()], text: None };
        let talk = Talk {
            agent_secs: 80,
            customer_secs: 125,
            listening_agent_secs: 30,
            listening_customer_secs: 45,
        };
        let events =
            [Event::Next, cut_in.clone(), cut_in, Event::Talk(talk), Event::Resolved, Event::EndCall];
        for (i, event) in events.into_iter().enumerate() {
            let secs = 30 * (i as u64 + 1);
            let at = format!("2026-11-25T10:{:02}:{:02}+01:00", secs / 60, secs % 60);
            journal.append(&Entry::Event { at, secs, event }).unwrap();
        }
        let (_, record) = Record::replay(&store.read(journal.id()).unwrap(), &pb);
        let i18n = I18n::new(lang);
        let summary = calma::records::record::Summary::of(&record, pb.pack(lang));
        let line = summary.talk_line(&i18n).unwrap();
        assert!(line.contains("1:20") && line.contains("2:05") && line.contains('2'), "{lang:?}: {line}");
        let mut app = App::call(pb.clone(), i18n, CallOptions::default());
        app.saved(Ok(("/home/ana/calls/20261125-090000-1.json".into(), record)));
        insta::assert_snapshot!(format!("end_screen_talk_{}_40x20", lang.code()), draw(&app, 40, 20));
    }
}

/// A call as an agent has it: what the customer wants, escalated, a
/// callback promised with its time.
fn escalated_call(lang: Lang, note: &str, promise: &str) -> App {
    let mut keys = vec![Key::Char('n')];
    keys.extend(note.chars().map(Key::Char));
    keys.extend([Key::Enter, Key::Char('e'), Key::Char('p')]);
    keys.extend(promise.chars().map(Key::Char));
    keys.push(Key::Enter);
    call(lang, &keys)
}

#[test]
fn after_the_call_the_wrap_up_is_drafted_and_saved_in_three_keys() {
    use calma::coach::call::Outcome;
    use calma::shell::app::Task;
    let calls = [
        (Lang::Hr, "Dvostruko naplaćen račun za studeni", "nazvat ću sutra u 10 sati"),
        (Lang::Pt, "Cobrança em dobro na fatura de novembro", "retorno amanhã às 10h"),
    ];
    for (lang, note, promise) in calls {
        let mut app = escalated_call(lang, note, promise);
        // q, y (yes, end the call), Enter (the form as drafted): three keys.
        let keys = [Key::Char('q'), Key::Char('y'), Key::Enter];
        let mut commands = Vec::new();
        for (i, key) in keys.into_iter().enumerate() {
            if i == 2 {
                insta::assert_snapshot!(format!("form_drafted_{}_60x20", lang.code()), draw(&app, 60, 20));
            }
            commands.extend(app.handle(key));
        }
        let [Task::Save(form)] = commands.as_slice() else {
            panic!("{lang:?}: saved in three keys: {commands:?}")
        };
        assert_eq!(form.outcome, Outcome::Escalated, "{lang:?}");
        assert!(form.summary.contains(note), "{lang:?}: {}", form.summary);
        assert!(form.summary.contains(promise), "{lang:?}: {}", form.summary);
        // App::call's today is 1 January 2026: the callback is tomorrow at ten.
        assert_eq!(form.follow_up, Some(jiff::civil::date(2026, 1, 2)), "{lang:?}");
        assert_eq!(form.follow_up_time, Some(jiff::civil::time(10, 0, 0, 0)), "{lang:?}");
    }
}

#[test]
fn recovery_offer_hr() {
    use calma::coach::call::{CallState, Event, Note, NoteKind};
    let pb = playbook();
    let mut state = CallState::new(pb.pack(Lang::Hr), Lang::Hr);
    let note = Note { at: 3, kind: NoteKind::Note, text: "Kupac čeka povrat".into() };
    state.apply(Event::AddNote(note));
    let mut app = App::call(pb, I18n::new(Lang::Hr), CallOptions::default());
    app.offer(vec![calma::shell::app::Pending {
        id: "20260101-100000-1".into(),
        started_at: "2026-01-01T10:00:00+01:00".into(),
        state,
        elapsed: 42,
        draft: Some("Obećao sam da ću nazvati u pet".into()),
    }]);
    insta::assert_snapshot!(draw(&app, 80, 24));
}

#[test]
fn home_screen_en_and_hr() {
    let app = App::home(playbook(), I18n::new(Lang::En), CallOptions::default());
    insta::assert_snapshot!("home_en", draw(&app, 80, 24));
    let app = App::home(playbook(), I18n::new(Lang::Hr), CallOptions::default());
    insta::assert_snapshot!("home_hr", draw(&app, 60, 20));
}

#[test]
fn tiny_terminals_ask_to_be_enlarged() {
    let app = call(Lang::Hr, &[]);
    let screen = draw(&app, 19, 5);
    assert!(screen.contains("Povećajte"), "{screen}");
}

#[test]
fn no_size_panics() {
    let mut stacked = vec![Key::Char('n')];
    stacked
        .extend("Korisnik prijeti da će nas tužiti ako danas ne dobije povrat novca".chars().map(Key::Char));
    stacked.extend([Key::Enter, Key::Char('!')]);
    let apps = [
        call(Lang::Hr, &SCENE),
        call(Lang::Hr, &stacked),
        call(Lang::Pt, &[Key::Char('?')]),
        call(Lang::It, &[Key::Char('n'), Key::Char('x')]),
        call(Lang::Es, &[Key::Char('q')]),
        App::home(playbook(), I18n::new(Lang::En), CallOptions::default()),
    ];
    for app in &apps {
        for width in [1, 2, 5, 19, 20, 21, 40, 59, 60, 61, 99, 100, 101, 200] {
            for height in [1, 2, 4, 5, 6, 11, 12, 20, 24, 60] {
                draw(app, width, height);
            }
        }
    }
}

#[test]
fn control_characters_never_reach_the_screen() {
    let mut keys = vec![Key::Char('n')];
    keys.extend("a\u{1b}]2;x\u{7}b\u{1b}[31mc\u{202e}d".chars().map(Key::Char));
    keys.push(Key::Enter);
    let screen = draw(&call(Lang::En, &keys), 80, 24);
    assert!(!screen.chars().any(|c| c.is_control() && c != '\n'), "{screen:?}");
    assert!(screen.contains("a]2;xb[31mcd"), "{screen}");
}

/// The seed of the practice snapshots: their answers in a fixed order.
const PRACTICE_SEED: u64 = 42;

fn practice(lang: Lang, keys: &[Key]) -> App {
    let pb = playbook();
    let index = pb.scenarios().iter().position(|s| s.id == "sunday_delivery");
    let mut app = App::practice(pb, I18n::new(lang), index, PRACTICE_SEED, None);
    for key in keys {
        // What the runtime does with a finished attempt, without the disk.
        for command in app.handle(*key) {
            if let calma::shell::app::Task::RecordProgress(id, attempt) = command {
                app.progress.record(&id, attempt);
            }
        }
    }
    app
}

/// The best path of a scenario, as keys (the number the good response is
/// shown with, then on).
fn best_path(id: &str) -> Vec<Key> {
    use calma::coach::playbook::scenario::Quality;
    use calma::coach::practice::Session;
    let pb = playbook();
    let scenario = pb.scenario(id).unwrap();
    let mut session = Session::new(scenario, PRACTICE_SEED);
    let mut keys = Vec::new();
    while !session.ended() {
        let node = session.node(scenario).unwrap();
        let good = node.responses.iter().position(|r| r.quality == Quality::Good).unwrap();
        let place = session.order(node).iter().position(|&i| i == good).unwrap();
        keys.push(Key::Char(char::from(b'1' + place as u8)));
        keys.push(Key::Enter);
        session.pick(scenario, good);
        session.proceed(scenario);
    }
    keys
}

#[test]
fn practice_turn_feedback_and_ending_es() {
    insta::assert_snapshot!("practice_turn_es", draw(&practice(Lang::Es, &[]), 80, 24));
    insta::assert_snapshot!("practice_feedback_es", draw(&practice(Lang::Es, &[Key::Char('1')]), 80, 24));
    let keys = best_path("sunday_delivery");
    insta::assert_snapshot!("practice_ending_es", draw(&practice(Lang::Es, &keys), 80, 30));
}

/// An answer in the trainee's own words: typed (`w`), then its feedback,
/// at 60×20 in English and 80×24 in Portuguese (issue 29).
#[test]
fn practice_own_words_typed_and_judged() {
    let typed = |lang, text: &str| {
        let mut keys = vec![Key::Char('w')];
        keys.extend(text.chars().map(Key::Char));
        practice(lang, &keys)
    };
    insta::assert_snapshot!(
        "practice_own_typing_en",
        draw(&typed(Lang::En, "I understand, but calm down"), 60, 20)
    );
    let mut app = typed(Lang::En, "I understand, but calm down");
    app.handle(Key::Enter);
    insta::assert_snapshot!("practice_own_feedback_en", draw(&app, 60, 20));
    let mut app = typed(Lang::Pt, "Estou ouvindo, pode continuar. Peço desculpas pela demora.");
    app.handle(Key::Enter);
    insta::assert_snapshot!("practice_own_feedback_pt", draw(&app, 80, 24));
}

#[test]
fn practice_turn_feedback_and_ending_hr() {
    insta::assert_snapshot!("practice_turn_hr", draw(&practice(Lang::Hr, &[]), 60, 20));
    insta::assert_snapshot!("practice_feedback_hr", draw(&practice(Lang::Hr, &[Key::Char('3')]), 60, 20));
    let keys = [
        Key::Char('1'),
        Key::Enter,
        Key::Char('1'),
        Key::Enter,
        Key::Char('1'),
        Key::Enter,
        Key::Char('1'),
        Key::Enter,
        Key::Char('1'),
        Key::Enter,
    ];
    insta::assert_snapshot!("practice_ending_hr", draw(&practice(Lang::Hr, &keys), 80, 30));
}

/// Practice with listen mode (`calma practice --listen`), after these
/// reports of the listener.
fn practice_aloud(lang: Lang, reports: Vec<calma::listen::Report>) -> App {
    let pb = playbook();
    let index = pb.scenarios().iter().position(|s| s.id == "sunday_delivery");
    let listen = Some(calma::listen::ListenSetup::default());
    let mut app = App::practice(pb, I18n::new(lang), index, PRACTICE_SEED, listen);
    for report in reports {
        app.listened(report);
    }
    app
}

fn heard(text: &str) -> calma::listen::Report {
    let speaker = calma::coach::playbook::Speaker::Agent;
    calma::listen::Report::Heard(calma::listen::Heard { speaker, start: 0.0, text: text.into() })
}

#[test]
fn practice_aloud_listening_en() {
    let app = practice_aloud(Lang::En, vec![calma::listen::Report::Ready]);
    insta::assert_snapshot!(draw(&app, 60, 20));
}

#[test]
fn practice_aloud_heard_pt() {
    let said = heard("Entendo perfeitamente, a geladeira estragou com tudo dentro. Vou abrir o seu pedido.");
    let app = practice_aloud(Lang::Pt, vec![calma::listen::Report::Ready, said]);
    insta::assert_snapshot!(draw(&app, 80, 24));
}

#[test]
fn practice_aloud_not_built_es() {
    let why = I18n::new(Lang::Es).t("listen-not-built");
    let app = practice_aloud(Lang::Es, vec![calma::listen::Report::Failed(why)]);
    insta::assert_snapshot!(draw(&app, 60, 20));
}

#[test]
fn practice_list_en() {
    insta::assert_snapshot!(draw(
        &App::practice(playbook(), I18n::new(Lang::En), None, PRACTICE_SEED, None),
        80,
        24
    ));
}

#[test]
fn high_contrast_keeps_every_mark() {
    let app = call(Lang::Hr, &SCENE);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|frame| app.render(&Theme::high_contrast(true), frame)).unwrap();
    insta::assert_snapshot!(terminal.backend().to_string());
    // The same text as the default theme: colour adds nothing that is not written.
    let mut plain = Terminal::new(TestBackend::new(100, 30)).unwrap();
    plain.draw(|frame| app.render(&Theme::new(false), frame)).unwrap();
    assert_eq!(terminal.backend().to_string(), plain.backend().to_string());
}

#[test]
fn light_keeps_every_mark() {
    let app = call(Lang::Hr, &SCENE);
    let mut light = Terminal::new(TestBackend::new(100, 30)).unwrap();
    light.draw(|frame| app.render(&Theme::light(true), frame)).unwrap();
    // The same text as without colour: the light palette only recolours.
    let mut plain = Terminal::new(TestBackend::new(100, 30)).unwrap();
    plain.draw(|frame| app.render(&Theme::new(false), frame)).unwrap();
    assert_eq!(light.backend().to_string(), plain.backend().to_string());
    // And no cell is left in a colour the light palette does not measure.
    let measured = Theme::light(true).pairs();
    for cell in light.backend().buffer().content() {
        if cell.fg != ratatui::style::Color::Reset {
            assert!(measured.contains(&(cell.fg, ratatui::style::Color::White)), "{:?} unmeasured", cell.fg);
        }
    }
}

/// Every language at the sizes agents use, with a customer and a ticket,
/// after a note: mood, next step, the card the note raised (if any),
/// customer, step and phrasing are always there, the note itself from
/// 40×12 (at 40×10 too where it raises no card).
#[test]
fn call_screen_in_every_language_at_every_size() {
    for lang in Lang::ALL {
        let options = CallOptions {
            customer_lang: None,
            customer: Some("João Conceição".into()),
            ticket: Some("T-77".into()),
            agent: None,
            listen: None,
        };
        let mut app = App::call(playbook(), I18n::new(lang), options);
        app.open_call(CallSession::in_memory(&playbook(), &app.call_start()));
        app.freeze_clock(75);
        let mut keys = vec![Key::Char('+'), Key::Char('n')];
        keys.extend(
            "Invoice 1043 charged twice; the customer wants the money back today".chars().map(Key::Char),
        );
        keys.push(Key::Enter);
        for key in keys {
            app.handle(key);
        }
        for (w, h) in [(40, 10), (40, 12), (60, 20), (80, 24), (120, 40), (200, 60)] {
            let screen = draw(&app, w, h);
            let pb = playbook();
            let pack = pb.pack(lang);
            let title = &pack.step("calm").unwrap().title;
            assert!(screen.contains(title.as_str()), "{lang} {w}×{h}: the step\n{screen}");
            assert!(screen.contains('★'), "{lang} {w}×{h}: the next step\n{screen}");
            assert!(screen.contains("●●●●○"), "{lang} {w}×{h}: the mood\n{screen}");
            assert!(screen.contains("T-77"), "{lang} {w}×{h}: the ticket\n{screen}");
            // In English the note raises a card: its first line takes the
            // note's row at 40×10.
            let card = app.session().unwrap().state().open_cue().is_some();
            assert_eq!(screen.contains('⚑'), card, "{lang} {w}×{h}: the card the note raised\n{screen}");
            if h > 10 || !card {
                assert!(screen.contains("Invoice 1043"), "{lang} {w}×{h}: the last note\n{screen}");
            }
            let open_quote = lang.quote("").chars().next().unwrap();
            assert!(screen.contains(open_quote), "{lang} {w}×{h}: the phrasing\n{screen}");
            insta::assert_snapshot!(format!("every_size_{lang}_{w}x{h}"), screen);
        }
    }
}

#[test]
fn help_overlay_scrolls_to_its_end_at_60x20() {
    let mut keys = vec![Key::Char('?')];
    keys.extend([Key::Down; 30]);
    let screen = draw(&call(Lang::Hr, &keys), 60, 20);
    let hr = I18n::new(Lang::Hr);
    assert!(screen.contains(&hr.t("key-force-quit")), "the last key is in view:\n{screen}");
    assert!(screen.contains(&hr.t("hint-close")), "and how to close it:\n{screen}");
    insta::assert_snapshot!(screen);
}

/// A typed note raises the legal cue card in every language.
#[test]
fn a_cue_card_in_every_language_60x20() {
    for (lang, note) in [
        (Lang::Pt, "cliente vai procurar o Procon e um advogado"),
        (Lang::Es, "va a llamar a su abogado"),
        (Lang::It, "andrà dal Codacons"),
        (Lang::Hr, "zvat će odvjetnika"),
        (Lang::En, "customer says he will call his lawyer"),
    ] {
        let mut keys = vec![Key::Char('n')];
        keys.extend(note.chars().map(Key::Char));
        keys.push(Key::Enter);
        let screen = draw(&call(lang, &keys), 60, 20);
        assert!(screen.contains('⚑'), "{lang}: the card\n{screen}");
        insta::assert_snapshot!(format!("cue_card_{lang}"), screen);
    }
}

/// One note raises a legal card and a refund card, then `!`: the cards
/// stack, most severe first, each with its step; at 40×12 the legal card's
/// first line stays beside the header, the next step, the step and the
/// phrasing, and the next step follows it.
#[test]
fn stacked_cue_cards_after_abuse() {
    for (lang, note) in [
        (Lang::En, "Customer threatens to call his lawyer unless he gets a refund today"),
        (Lang::Hr, "Korisnik prijeti da će nas tužiti ako danas ne dobije povrat novca"),
    ] {
        let mut keys = vec![Key::Char('n')];
        keys.extend(note.chars().map(Key::Char));
        keys.extend([Key::Enter, Key::Char('!')]);
        let app = call(lang, &keys);
        let pb = playbook();
        let pack = pb.pack(lang);
        let card = |id: &str| pack.cues.iter().find(|c| c.id == id).unwrap().card.clone();
        let legal: String = format!("⚑ {}", card("legal")).chars().take(20).collect();
        let escalate = &pack.step("escalate").unwrap().title;
        let current = &pack.step(&app.session().unwrap().state().current_step().id).unwrap().title;
        for (w, h) in [(40, 12), (60, 20), (120, 30)] {
            let screen = draw(&app, w, h);
            let at = |text: &str| screen.find(text);
            assert!(at(&legal).is_some(), "{lang} {w}×{h}: the legal card\n{screen}");
            assert!(screen.contains('★'), "{lang} {w}×{h}: the next step\n{screen}");
            assert!(screen.contains(&format!("▶ {current}")), "{lang} {w}×{h}: the step\n{screen}");
            assert!(screen.contains('“'), "{lang} {w}×{h}: the phrasing\n{screen}");
            // The legal card is on top, above every other card.
            assert_eq!(at("⚑"), at(&legal), "{lang} {w}×{h}: the legal card first\n{screen}");
            let next = screen.lines().find(|l| l.contains('★')).unwrap();
            assert!(
                next.contains(escalate.chars().take(8).collect::<String>().as_str()),
                "{lang} {w}×{h}: ★ follows the legal card\n{screen}"
            );
            if h >= 20 {
                let refund: String = format!("⚑ {}", card("refund")).chars().take(12).collect();
                assert!(at(&refund) > at(&legal), "{lang} {w}×{h}: the refund card below\n{screen}");
            }
            insta::assert_snapshot!(format!("stacked_cards_{lang}_{w}x{h}"), screen);
        }
    }
}

/// A day of calls, newest first: customers with accents, a long name, an
/// interrupted call, notes and promises.
fn calls() -> calma::records::record::Listing {
    let customers =
        ["Ana Horvat", "João Conceição", "María Núñez Fernández de la Vega", "Đurđa Šimić", "Luca Bianchi"];
    let outcomes = ["resolved", "escalated", "paused", "unresolved", "let_go"];
    let records = (0..30)
        .rev()
        .map(|i: usize| {
            let interrupted = i % 7 == 3;
            let json = serde_json::json!({
                "id": format!("20261201-{:02}{:02}00-{}", 8 + i / 6, (i % 6) * 10, 1 + i % 2),
                "status": if interrupted { "interrupted" } else { "complete" },
                "started_at": format!("2026-12-01T{:02}:{:02}:00+01:00", 9 + i / 6, (i % 6) * 10),
                "ended_at": null, "duration_secs": 125 + i as u64 * 17,
                "ui_lang": "en", "customer_lang": "pt", "customer": customers[i % 5],
                "ticket": format!("T-{}", 1040 + i), "playbook_version": "1",
                "outcome": if interrupted { serde_json::Value::Null } else { outcomes[i % 5].into() },
                "summary": if interrupted { serde_json::Value::Null } else { format!("Cobrança dupla {i}, estorno aprovado.").into() },
                "follow_up": if i.is_multiple_of(4) { serde_json::Value::from("2026-12-04") } else { serde_json::Value::Null },
                "moods": [{ "at": "2026-12-01T09:00:00+01:00", "mood": 3 }, { "at": "2026-12-01T09:01:00+01:00", "mood": 2 }],
                "steps": [], "steps_done": ["listen", "apologize"], "steps_visited": ["calm"], "ticks": [],
                "notes": [
                    { "at": "2026-12-01T09:00:30+01:00", "kind": "note", "text": format!("Fatura {i}: cobrança em dobro, 2 × 49,90 €") },
                    { "at": "2026-12-01T09:01:10+01:00", "kind": "promise", "text": "Ligar de volta amanhã às 10h" },
                ],
            });
            serde_json::from_value::<calma::records::record::Record>(json).unwrap()
        })
        .collect();
    calma::records::record::Listing { records, warnings: Vec::new() }
}

/// The history screen at a size, after these keys.
fn history(lang: Lang, keys: &[Key], width: u16, height: u16) -> String {
    let mut app = App::home(playbook(), I18n::new(lang), CallOptions::default());
    app.handle(Key::Char('h'));
    app.loaded(calls(), None);
    app.resize(width, height);
    for key in keys {
        app.handle(*key);
    }
    draw(&app, width, height)
}

/// Scrolled past the first screenful: the highlight at the bottom.
const DOWN_THE_LIST: [Key; 20] = [Key::Down; 20];

#[test]
fn history_list_en_60x20() {
    insta::assert_snapshot!(history(Lang::En, &DOWN_THE_LIST, 60, 20));
}

#[test]
fn history_list_en_120x40() {
    insta::assert_snapshot!(history(Lang::En, &DOWN_THE_LIST, 120, 40));
}

fn filtered(lang: Lang, width: u16, height: u16) -> String {
    let mut keys = vec![Key::Char('/')];
    keys.extend("CONCEICAO 106".chars().map(Key::Char));
    keys.push(Key::Down);
    history(lang, &keys, width, height)
}

#[test]
fn history_filtered_pt_60x20() {
    insta::assert_snapshot!(filtered(Lang::Pt, 60, 20));
}

#[test]
fn history_filtered_pt_120x40() {
    insta::assert_snapshot!(filtered(Lang::Pt, 120, 40));
}

/// The second call opened and copied.
const OPEN_RECORD: [Key; 3] = [Key::Down, Key::Enter, Key::Char('y')];

#[test]
fn history_record_hr_60x20() {
    insta::assert_snapshot!(history(Lang::Hr, &OPEN_RECORD, 60, 20));
}

#[test]
fn history_record_hr_120x40() {
    insta::assert_snapshot!(history(Lang::Hr, &OPEN_RECORD, 120, 40));
}

#[test]
fn history_never_panics_at_any_size() {
    for (w, h) in [(1, 1), (20, 5), (21, 6), (30, 8), (45, 12), (200, 60)] {
        for keys in [&DOWN_THE_LIST[..], &OPEN_RECORD, &[Key::Char('/'), Key::Char('x')], &[Key::End]] {
            history(Lang::Es, keys, w, h);
        }
    }
}

/// At 40×12 the card the customer's words raised keeps its first line;
/// the first spare row for what was said shows the customer, not the
/// agent: their words are what raises a card.
#[test]
fn a_spare_row_shows_the_customers_words_first() {
    use calma::coach::playbook::Speaker;
    use calma::listen::{Heard, ListenSetup, Report};
    let options = CallOptions { listen: Some(ListenSetup::default()), ..CallOptions::default() };
    let mut app = App::call(playbook(), I18n::new(Lang::Pt), options);
    app.open_call(CallSession::in_memory(&playbook(), &app.call_start()));
    app.freeze_clock(23);
    let call = app.call_screen().unwrap();
    call.listened(Report::Ready);
    for (speaker, text) in
        [(Speaker::Agent, "Sinto muito."), (Speaker::Customer, "Vou falar com o meu gerente.")]
    {
        call.listened(Report::Heard(Heard { speaker, start: 0.0, text: text.into() }));
    }
    let screen = draw(&app, 40, 12);
    assert!(screen.contains("⚑ O cliente quer falar"), "{screen}");
    let screen = (12..40).map(|h| draw(&app, 40, h)).find(|s| s.contains(" disse: ")).unwrap();
    assert!(screen.contains("⚑ O cliente quer falar"), "{screen}");
    assert!(screen.contains("O cliente disse: Vou falar"), "{screen}");
    assert!(!screen.contains("Você disse"), "{screen}");
    assert!(draw(&app, 60, 20).contains("Você disse: Sinto muito."), "both where there is room");
}

/// Listen mode on the restating step: the indicator, each speaker's last
/// words, a tick made by speech marked heard, and the customer's cue card,
/// in every language; at 40×12 the indicator and the step still show.
#[test]
fn listening_call_screen_in_every_language() {
    use calma::coach::playbook::Speaker;
    use calma::listen::{Heard, ListenSetup, Report};
    let said = [
        (Lang::Pt, "Se eu entendi bem, o pedido chegou atrasado.", "Vou falar com o meu advogado."),
        (Lang::Es, "Entonces me está diciendo que el pedido llegó tarde.", "Voy a hablar con mi abogado."),
        (Lang::It, "Se ho capito bene, l'ordine è arrivato in ritardo.", "Chiamo il mio avvocato."),
        (Lang::Hr, "Ako sam dobro razumio, narudžba je kasnila.", "Zvat ću svog odvjetnika."),
        (Lang::En, "If I understood correctly, the order came late.", "I will call my lawyer."),
    ];
    for (lang, agent, customer) in said {
        let options = CallOptions { listen: Some(ListenSetup::default()), ..CallOptions::default() };
        let mut app = App::call(playbook(), I18n::new(lang), options);
        app.open_call(CallSession::in_memory(&playbook(), &app.call_start()));
        app.freeze_clock(42);
        for key in [Key::Char('g'), Key::Char('3'), Key::Enter] {
            app.handle(key);
        }
        let call = app.call_screen().unwrap();
        call.listened(Report::Ready);
        for (speaker, text) in [(Speaker::Agent, agent), (Speaker::Customer, customer)] {
            call.listened(Report::Heard(Heard { speaker, start: 0.0, text: text.into() }));
        }
        let i18n = I18n::new(lang);
        let heard = i18n.t("call-heard");
        let on = i18n.t_with("listen-on", &calma::coach::i18n::args!["key" => "m"]);
        for (w, h) in [(40, 12), (80, 24)] {
            let screen = draw(&app, w, h);
            assert!(screen.contains(&on[..on.find('·').unwrap()]), "{lang} {w}×{h}: listening\n{screen}");
            if h >= 24 {
                assert!(screen.contains('⚑'), "{lang} {w}×{h}: the customer's cue\n{screen}");
                assert!(screen.contains(&heard), "{lang} {w}×{h}: the heard tick\n{screen}");
            }
            insta::assert_snapshot!(format!("listening_{lang}_{w}x{h}"), screen);
        }
    }
}

/// Listen mode without a model (issue 31): the voice-only indicator, why
/// (the model file expected, whole: issue 30), the card of an interruption
/// heard from the levels, and the talk-time line, in every language at
/// 60×20.
#[test]
fn voice_cues_and_talk_time_without_a_model_in_every_language() {
    use calma::coach::playbook::Speaker;
    use calma::listen::voice::Level;
    use calma::listen::{ListenSetup, Report};
    // Frames of speech (or silence) from `from` seconds for `secs`.
    let frames = |from: f64, secs: f64, loud: bool| -> Vec<Level> {
        let n = (secs / 0.03).round() as usize;
        (0..n)
            .map(|i| Level { at: from + i as f64 * 0.03, rms: if loud { 0.1 } else { 0.0 }, loud })
            .collect()
    };
    for lang in Lang::ALL {
        let options = CallOptions { listen: Some(ListenSetup::default()), ..CallOptions::default() };
        let mut app = App::call(playbook(), I18n::new(lang), options);
        app.open_call(CallSession::in_memory(&playbook(), &app.call_start()));
        app.freeze_clock(12);
        let call = app.call_screen().unwrap();
        call.listened(Report::Sources { customer: true });
        let path = "/home/ana/.local/share/calma/models/ggml-base.bin";
        let why = I18n::new(lang).t_with("listen-no-model", &calma::coach::i18n::args!["path" => path]);
        call.listened(Report::NoWords(why));
        // The customer talks for 4 s; the agent cuts in at 2 s, for 3 s.
        let customer = [frames(0.0, 4.0, true), frames(4.0, 2.0, false)].concat();
        let agent = [frames(0.0, 2.0, false), frames(2.0, 3.0, true), frames(5.0, 1.0, false)].concat();
        for (c, a) in customer.chunks(4).zip(agent.chunks(4)) {
            call.listened(Report::Levels(Speaker::Customer, c.to_vec()));
            call.listened(Report::Levels(Speaker::Agent, a.to_vec()));
        }
        let pack = playbook().pack(lang).clone();
        let card = &pack.cues.iter().find(|c| c.id == "interruption").unwrap().card;
        let screen = draw(&app, 60, 20);
        assert!(screen.contains(&card[..20]), "{lang}: the interruption's card\n{screen}");
        assert!(screen.contains(" 0:03 ") && screen.contains(" 0:04"), "{lang}: talk time\n{screen}");
        // Why, whole, where the coach leaves room (and under `?` anywhere).
        let large = draw(&app, 200, 60);
        assert!(
            large.contains(path) && large.contains("calma model fetch base"),
            "{lang}: the model\n{large}"
        );
        insta::assert_snapshot!(format!("voice_only_{lang}_60x20"), screen);
    }
}

/// Listen mode that says what it can do (issue 30): the base model with
/// a Croatian customer says it hears Croatian poorly and names the model
/// that does better, until something is heard; listening that fell
/// behind says so for the rest of the call. The UI in pt and hr, the
/// customer in hr, at 60×20 and 40×12.
#[test]
fn a_weak_model_and_falling_behind_are_said_on_the_call_screen() {
    use calma::listen::{ListenSetup, Report};
    for lang in [Lang::Pt, Lang::Hr] {
        for (w, h) in [(60, 20), (40, 12)] {
            let options = CallOptions {
                listen: Some(ListenSetup::default()),
                customer_lang: Some(Lang::Hr),
                ..CallOptions::default()
            };
            let mut app = App::call(playbook(), I18n::new(lang), options);
            app.open_call(CallSession::in_memory(&playbook(), &app.call_start()));
            app.freeze_clock(12);
            let call = app.call_screen().unwrap();
            // Two cores, as the machine the snapshots were taken on.
            call.listening.as_mut().unwrap().cores = 2;
            call.listened(Report::Sources { customer: true });
            call.listened(Report::Ready);
            call.listened(Report::Model("base".into()));
            call.listened(Report::Behind);
            let screen = draw(&app, w, h);
            if h >= 20 {
                assert!(screen.contains("ggml-small"), "{lang} {w}×{h}: the better model\n{screen}");
            }
            insta::assert_snapshot!(format!("listen_weak_behind_{lang}_{w}x{h}"), screen);
        }
    }
}

/// Start-up reads only what the first frame needs (issue 34): a call in
/// Croatian reads the Croatian pack, no other language and no scenario. A count, not a timing: it cannot flake.
#[test]
fn a_call_reads_only_its_own_languages() {
    let app = call(Lang::Hr, &[]);
    draw(&app, 80, 24);
    let (packs, scenarios) = app.playbook.read_so_far();
    assert_eq!(packs, [Lang::Hr], "a call in Croatian reads the Croatian pack only");
    assert!(!scenarios, "no scenario is read for a call");
}
