//! The Markdown export, as pasted into a ticket, in Croatian and Italian.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use calma::coach::call::Outcome;
use calma::coach::call::{Event, Note, NoteKind};
use calma::coach::i18n::I18n;
use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use calma::records::record::{Entry, Meta, Record, Status, Store};

fn record(lang: Lang) -> Record {
    record_with(lang, &[])
}

/// The call of [`record`], with `heard` (listen mode's events) after its
/// first step.
fn record_with(lang: Lang, heard: &[Event]) -> Record {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let meta = Meta {
        id: String::new(),
        started_at: "2026-11-25T10:00:00+01:00".into(),
        ui_lang: lang,
        customer_lang: lang,
        customer: Some("Ana Horvat".into()),
        ticket: Some("T-1043".into()),
        agent: None,
        playbook_version: "1".into(),
    };
    let mut journal = store.start("20261125-090000", meta).unwrap();
    let note = |kind, text: &str| Event::AddNote(Note { at: 0, kind, text: text.into() });
    let mut events = vec![Event::Next];
    events.extend(heard.iter().cloned());
    events.extend([
        note(NoteKind::Note, "Račun 1043: dvostruka naplata, 2 × 49,90 €"),
        Event::MoodUp,
        Event::Next,
        note(NoteKind::Promise, "Povrat do petka; nazvati u ponedjeljak"),
        Event::MoodDown,
        Event::Resolved,
        Event::EndCall,
    ]);
    for (i, event) in events.into_iter().enumerate() {
        let secs = 30 * (i as u64 + 1);
        let at = format!("2026-11-25T10:{:02}:{:02}+01:00", secs / 60, secs % 60);
        journal.append(&Entry::Event { at, secs, event }).unwrap();
    }
    let (_, mut record) = Record::replay(&store.read(journal.id()).unwrap(), &playbook);
    record.status = Status::Complete;
    record.outcome = Some(Outcome::Resolved);
    record.summary = Some("Dvostruka naplata potvrđena, povrat odobren.".into());
    record.follow_up = Some("2026-11-30".into());
    record.id = "20261125-090000-1".into();
    record
}

fn markdown(lang: Lang) -> String {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    calma::shell::cli::markdown(&record(lang), &playbook, &I18n::new(lang))
}

#[test]
fn markdown_hr() {
    insta::assert_snapshot!(markdown(Lang::Hr));
}

#[test]
fn markdown_it() {
    insta::assert_snapshot!(markdown(Lang::It));
}

/// Issue 28: a follow-up closed with a note shows both where the ticket's
/// reader looks, in every language; no line has two bullet marks, and a
/// call under a minute is not "0 minutes 31 s".
#[test]
fn a_closed_follow_up_shows_when_and_how_it_went() {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    for lang in Lang::ALL {
        let i18n = I18n::new(lang);
        let mut r = record(lang);
        let open = calma::shell::cli::markdown(&r, &playbook, &i18n);
        assert!(!open.contains(&i18n.t("md-follow-up-done")), "{lang:?}: still open:\n{open}");
        r.follow_up_done = Some(calma::records::record::FollowUpDone {
            at: "2026-11-30T10:12:00+01:00".into(),
            note: Some("Nazvan, povrat potvrđen".into()),
        });
        let md = calma::shell::cli::markdown(&r, &playbook, &i18n);
        let line =
            format!("- **{}:** 2026-11-30 10:12 — Nazvan, povrat potvrđen", i18n.t("md-follow-up-done"));
        assert!(md.lines().any(|l| l == line), "{lang:?}: {line}\n{md}");
        assert!(!md.lines().any(|l| l.starts_with("- · ") || l.starts_with("- • ")), "{lang:?}:\n{md}");
        // Under a minute, only seconds; all in words.
        let short = calma::records::record::duration(31, &i18n);
        assert_eq!(
            short,
            i18n.t_with("seconds-count", &calma::coach::i18n::args!["count" => 31]),
            "{lang:?}"
        );
    }
}

/// Issue 31: a call listen mode heard has its talk time and the times the
/// agent cut in, in every language; a call it did not hear has neither.
#[test]
fn talk_time_and_cut_ins_in_every_language() {
    use calma::coach::call::Talk;
    use calma::coach::playbook::Speaker;
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let cut_in = Event::Heard { speaker: Speaker::Agent, cues: vec!["interruption".into()], text: None };
    let talk =
        Talk { agent_secs: 80, customer_secs: 125, listening_agent_secs: 30, listening_customer_secs: 45 };
    let heard = [cut_in.clone(), Event::Talk(talk), cut_in];
    for lang in Lang::ALL {
        let i18n = I18n::new(lang);
        let md = calma::shell::cli::markdown(&record_with(lang, &heard), &playbook, &i18n);
        let lines: Vec<&str> =
            md.lines().filter(|l| l.contains("1:20") || l.contains(&i18n.t("md-interruptions"))).collect();
        insta::assert_snapshot!(format!("markdown_talk_{}", lang.code()), lines.join("\n"));
        let unheard = calma::shell::cli::markdown(&record(lang), &playbook, &i18n);
        assert!(!unheard.contains(&i18n.t("md-talk")), "{lang:?}:\n{unheard}");
    }
}
