use super::*;
use crate::coach::call::NoteKind;
use crate::coach::lang::Lang;
use crate::records::record::RecordNote;
use crate::shell::app::Task;

/// Calls 0..n, newest first, the customers taking turns.
fn listing(n: usize) -> Listing {
    let customers = ["Ana Horvat", "João Conceição", "Đurđa Šimić"];
    let records = (0..n)
        .rev()
        .map(|i| {
            let json = serde_json::json!({
                "id": format!("20261201-10{i:02}00-1"), "status": "complete",
                "started_at": format!("2026-12-01T11:{i:02}:00+01:00"), "ended_at": null,
                "duration_secs": 60, "ui_lang": "en", "customer_lang": "en",
                "customer": customers[i % 3], "ticket": format!("T-{i}"), "playbook_version": "1",
                "outcome": "resolved", "summary": null, "follow_up": null,
                "moods": [], "steps": [], "steps_done": [], "ticks": [],
                "notes": [{ "at": "2026-12-01T11:00:30+01:00", "kind": "note", "text": format!("note {i} — reembolso") }],
            });
            serde_json::from_value::<Record>(json).expect("a valid record")
        })
        .collect();
    Listing { records, warnings: Vec::new() }
}

fn screen(n: usize, height: usize) -> (HistoryScreen, Playbook, I18n) {
    let i18n = I18n::new(Lang::En);
    let mut screen = HistoryScreen::new(listing(n), &i18n);
    screen.resize(60, height);
    (screen, Playbook::embedded().expect("valid"), i18n)
}

fn press(screen: &mut HistoryScreen, playbook: &Playbook, i18n: &I18n, keys: &[Key]) -> Vec<Task> {
    let mut commands = Vec::new();
    for key in keys {
        if let HistoryOutcome::Stay(c) = screen.handle(*key, playbook, i18n) {
            commands.extend(c);
        }
    }
    commands
}

#[test]
fn the_highlight_stays_in_view_down_to_the_last_row_and_back() {
    // 20 rows high: 16 rows of calls.
    let (mut s, pb, i18n) = screen(40, 20);
    let rows = s.list_rows(20);
    assert_eq!(rows, 16);
    press(&mut s, &pb, &i18n, &[Key::Down; 20]);
    assert_eq!(s.selected_row(), 20);
    assert_eq!(s.first_row(rows), 5, "the list scrolled just enough");
    press(&mut s, &pb, &i18n, &[Key::Up; 3]);
    assert_eq!(s.first_row(rows), 5, "going back up within the page does not scroll");
    press(&mut s, &pb, &i18n, &[Key::End]);
    assert_eq!((s.selected_row(), s.first_row(rows)), (39, 24));
    press(&mut s, &pb, &i18n, &[Key::Down, Key::Char('j')]);
    assert_eq!(s.selected_row(), 39, "never past the last row");
    press(&mut s, &pb, &i18n, &[Key::PageUp]);
    assert_eq!((s.selected_row(), s.first_row(rows)), (23, 23));
    press(&mut s, &pb, &i18n, &[Key::Home]);
    assert_eq!((s.selected_row(), s.first_row(rows)), (0, 0));
    press(&mut s, &pb, &i18n, &[Key::PageDown, Key::Char('k')]);
    assert_eq!(s.selected_row(), 15);
    assert_eq!(s.selected().map(|r| r.id.as_str()), Some("20261201-102400-1"));
}

#[test]
fn typing_narrows_the_list_live_and_esc_clears_it() {
    let (mut s, pb, i18n) = screen(9, 20);
    press(&mut s, &pb, &i18n, &[Key::Char('/'), Key::Char('J'), Key::Char('O'), Key::Char('A')]);
    assert_eq!(s.mode(), Mode::HistoryFilter);
    assert_eq!((s.shown(), s.total()), (3, 9), "João, without the accent");
    press(&mut s, &pb, &i18n, &[Key::Backspace, Key::Backspace, Key::Backspace]);
    assert_eq!(s.shown(), 9, "an empty filter shows all");
    s.paste("REEMBOLSO 7");
    assert_eq!(s.shown(), 1, "a note's text, every word");
    press(&mut s, &pb, &i18n, &[Key::Enter]);
    assert_eq!((s.mode(), s.shown()), (Mode::History, 1), "Enter keeps the filter");
    press(&mut s, &pb, &i18n, &[Key::Char('/'), Key::Esc]);
    assert_eq!((s.mode(), s.shown(), s.query.value()), (Mode::History, 9, ""), "Esc clears it");
    assert_eq!(s.handle(Key::Esc, &pb, &i18n), HistoryOutcome::Back);
}

#[test]
fn enter_opens_the_record_and_y_copies_its_markdown() {
    let (mut s, pb, i18n) = screen(5, 20);
    press(&mut s, &pb, &i18n, &[Key::Down, Key::Enter]);
    let Some(open) = &s.open else { panic!("the record is open") };
    let expected = markdown(&s.records[open.record], &pb, &i18n);
    assert_eq!(open.markdown, expected, "the same as calma export --format md");
    assert!(open.markdown.contains("20261201-100300-1"), "the full id");
    let commands = press(&mut s, &pb, &i18n, &[Key::Char('y')]);
    assert_eq!(commands, [Task::Copy(expected)]);
    assert_eq!(s.status, Some("status-record-copied"));
    press(&mut s, &pb, &i18n, &[Key::End, Key::Char('q')]);
    assert!(s.open.is_none() && s.status.is_none(), "q closes the record, the list stays");
    let commands = press(&mut s, &pb, &i18n, &[Key::Char('y')]);
    assert!(matches!(&commands[..], [Task::Copy(md)] if md.contains("20261201-100300-1")));
}

#[test]
fn the_open_record_scrolls_no_further_than_its_end() {
    let (mut s, pb, i18n) = screen(1, 8);
    press(&mut s, &pb, &i18n, &[Key::Enter, Key::End]);
    let lines = HistoryScreen::record_lines(&s.open.as_ref().expect("open").markdown, 60).len();
    let rows = s.record_rows(8);
    assert_eq!(s.record_scroll(60, rows), lines - rows);
    press(&mut s, &pb, &i18n, &[Key::PageDown, Key::Down]);
    assert_eq!(s.record_scroll(60, rows), lines - rows);
    press(&mut s, &pb, &i18n, &[Key::Home]);
    assert_eq!(s.record_scroll(60, rows), 0);
}

#[test]
fn no_key_panics_on_an_empty_history() {
    let (mut s, pb, i18n) = screen(0, 3);
    for key in
        [Key::Down, Key::End, Key::PageDown, Key::Enter, Key::Char('y'), Key::Char('/'), Key::Char('x')]
    {
        s.handle(key, &pb, &i18n);
    }
    assert!(s.open.is_none());
    assert_eq!(s.shown(), 0);
}

#[test]
fn notes_count_in_the_list_and_promises_do_not() {
    let mut l = listing(1);
    l.records[0].notes.push(RecordNote { at: String::new(), kind: NoteKind::Promise, text: "call".into() });
    let s = HistoryScreen::new(l, &I18n::new(Lang::En));
    assert_eq!(s.row(0).map(|r| r[4].as_str()), Some("1"));
}

fn drawn(draw: impl FnOnce(&mut ratatui::Frame)) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 12)).unwrap();
    terminal.draw(draw).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect::<String>().trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_history_and_follow_ups_screens_say_what_was_damaged_in_one_line() {
    let i18n = I18n::new(Lang::En);
    let damaged = || {
        let mut listing = listing(3);
        listing.warnings = vec![
        "/home/ana/.local/share/calma/calls/20261201-100000-1.json: invalid utf-8 sequence of 1 bytes from index 7; read with it replaced".into(),
        "/home/ana/.local/share/calma/calls/20261201-110000-1.journal.jsonl:4: unreadable line skipped".into(),
        "/home/ana/.local/share/calma/calls/20261201-110000-1.journal.jsonl:9: unreadable line skipped".into(),
        ];
        listing
    };
    let mut s = HistoryScreen::new(damaged(), &i18n);
    s.resize(80, 12);
    let theme = Theme::new(false);
    let screen = drawn(|f| draw::render(&s, &i18n, &theme, f, f.area()));
    assert!(
        screen.contains("2 damaged files skipped or read in part, the first: 20261201-100000-1.json: inv"),
        "{screen}"
    );
    assert_eq!(s.list_rows(12), 7, "the line takes a row from the list");
    let today = jiff::civil::date(2026, 12, 7);
    let f = crate::shell::app::FollowupsScreen::new(&damaged(), today, &i18n);
    let screen =
        drawn(|frame| crate::shell::app::followups::draw::render(&f, &i18n, &theme, frame, frame.area()));
    assert!(screen.contains("2 damaged files skipped or read in part"), "{screen}");
    // Nothing damaged: no line.
    let clean = HistoryScreen::new(listing(3), &i18n);
    assert_eq!(clean.damaged, None);
}
