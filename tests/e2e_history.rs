//! The history, as an agent uses it between calls: calls made in plain
//! mode, then found again with `calma history --grep` and on the history
//! screen of the real binary in tmux (filter, scroll to the last call and
//! back, open one).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use calma::coach::i18n::I18n;
use calma::coach::lang::Lang;
use common::Tmux;
use serde_json::Value;

fn calma(data: &str, args: &[&str], input: &str) -> (i32, String, String) {
    let mut all = vec!["--data-dir", data, "--lang", "en"];
    all.extend(args);
    common::run_calma(&all, &[], input)
}

/// Twenty scripted calls, T-100 (oldest) to T-119; T-107 is Željka's
/// double charge. Returns the ids, newest first.
fn shift(data: &str) -> Vec<String> {
    let customers = ["Ana Horvat", "João Conceição", "Luca Bianchi", "María Núñez"];
    for i in 0..20 {
        let (customer, note) = if i == 7 {
            ("Željka Čop", "Cobrança em dobro")
        } else {
            (customers[i % 4], "Reembolso pedido")
        };
        let ticket = format!("T-{}", 100 + i);
        let input = format!("l\nn {note} {i}\nq\n1\nSummary {i}\n\n");
        let (code, _, err) =
            calma(data, &["call", "--plain", "--customer", customer, "--ticket", &ticket], &input);
        assert_eq!(code, 0, "{err}");
    }
    let (_, out, _) = calma(data, &["history", "--json"], "");
    let history: Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<String> =
        history.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().into()).collect();
    assert_eq!(ids.len(), 20);
    ids
}

#[test]
fn history_grep_finds_calls_by_customer_ticket_or_note_without_accents() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let ids = shift(data);
    let (code, out, err) = calma(data, &["history", "--grep", "ZELJKA"], "");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2, "the header and one call: {out}");
    assert!(out.contains("Željka Čop · T-107") && out.contains(&ids[12]), "{out}");

    let (_, out, _) = calma(data, &["history", "--json", "--grep", "cobranca"], "");
    let found: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(found.as_array().unwrap().len(), 1, "a note's text: {found}");
    assert_eq!(found[0]["ticket"], "T-107");

    let (_, out, _) = calma(data, &["history", "--json", "--grep", "joao reembolso"], "");
    let found: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(found.as_array().unwrap().len(), 5, "every word, each anywhere: {found}");

    let (code, out, _) = calma(data, &["history", "--grep", "nobody"], "");
    assert_eq!(code, 0);
    assert_eq!(out.trim(), I18n::new(Lang::En).t("history-no-match"));
    let (_, out, _) = calma(data, &["history", "--json", "--grep", "nobody"], "");
    assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), serde_json::json!([]));
}

#[test]
fn the_history_screen_filters_scrolls_and_opens_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let ids = shift(data);
    let en = I18n::new(Lang::En);
    let id_line = |id: &str| format!("{}: {id}", en.t("history-id"));
    let t = Tmux::start(&["--data-dir", data, "--lang", "en"], &[], 60, 20);
    t.wait_for(&en.t("home-history"));
    t.keys(&["h"]);
    t.wait_for(&en.t("history-title"));
    let screen = t.wait_for(&id_line(&ids[0]));
    assert!(screen.contains("T-119") && !screen.contains("T-100"), "newest first, one screenful:\n{screen}");

    // To the last call and back: the highlighted row stays in view.
    t.keys(&["End"]);
    let screen = t.wait_for(&id_line(&ids[19]));
    assert!(screen.contains("T-100") && !screen.contains("T-119"), "{screen}");
    t.keys(&["Home"]);
    t.wait_for(&id_line(&ids[0]));
    for _ in 0..19 {
        t.keys(&["j"]);
    }
    let screen = t.wait_for(&id_line(&ids[19]));
    assert!(screen.contains("T-100"), "{screen}");
    for _ in 0..19 {
        t.keys(&["k"]);
    }
    let screen = t.wait_for(&id_line(&ids[0]));
    assert!(screen.contains("T-119"), "{screen}");

    // The filter narrows the list as it is typed, without accents.
    t.keys(&["/"]);
    t.type_text("zel");
    let screen =
        t.wait_for(&en.t_with("history-matches", &calma::coach::i18n::args!["count" => 1, "total" => 20]));
    assert!(screen.contains("T-107") && !screen.contains("T-119"), "{screen}");
    t.keys(&["Enter", "Enter"]);
    let screen = t.wait_for(&format!(
        "## {}",
        en.t_with("md-title", &calma::coach::i18n::args!["id" => ids[12].clone()])
    ));
    assert!(screen.contains("Željka Čop"), "{screen}");
    t.keys(&["End"]);
    t.wait_for("Cobrança em dobro 7");
    t.keys(&["y"]);
    t.wait_for(&en.t("status-record-copied"));

    // Back to the list, the filter still on; Esc in the field clears it.
    t.keys(&["q"]);
    t.wait_for("zel");
    t.keys(&["/", "Escape"]);
    t.wait_for("T-119");

    // At 120 columns the full ids are in the table itself.
    t.resize(120, 40);
    t.wait_until(|s| s.lines().any(|l| l.contains("T-100") && l.contains(&ids[19])), "the id column");
    t.keys(&["q"]);
    t.wait_for(&en.t("home-history"));
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(), 0);
}
