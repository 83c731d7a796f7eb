//! Practice in a real terminal: a scenario played to its ending with the
//! number keys, the score shown, and the progress saved.
#![cfg(unix)] // tmux, kill and signals: Unix only
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use calma::coach::i18n::{I18n, args};
use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use calma::coach::playbook::scenario::Quality;
use calma::coach::practice::Session;
use common::Tmux;

#[test]
fn a_scenario_played_with_number_keys_scores_and_saves_progress() {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let scenario = playbook.scenarios().first().expect("scenarios are embedded").clone();
    let es = I18n::new(Lang::Es);
    let t = Tmux::start(&["practice", &scenario.id, "--lang", "es", "--seed", "42"], &[], 100, 40);
    t.wait_for(&es.t("practice-your-answer"));

    // Always the good response, by the number it is shown with: the best path.
    let mut session = Session::new(&scenario, 42);
    while !session.ended() {
        let node = session.node(&scenario).expect("a node while not ended");
        let good = node.responses.iter().position(|r| r.quality == Quality::Good).unwrap();
        let place = session.order(node).iter().position(|&i| i == good).unwrap();
        t.keys(&[&(place + 1).to_string()]);
        t.wait_for(&es.t("practice-good"));
        session.pick(&scenario, good);
        session.proceed(&scenario);
        t.keys(&["Enter"]);
    }
    t.wait_for(&es.t_with("practice-score", &args!["percent" => 100]));
    t.wait_for(&es.t_with("practice-seed", &args!["value" => "42"]));
    let progress = std::fs::read_to_string(t.data_dir().join("progress.json")).expect("progress saved");
    let json: serde_json::Value = serde_json::from_str(&progress).unwrap();
    assert_eq!(json["scenarios"][&scenario.id]["best"], 100);
    assert_eq!(json["scenarios"][&scenario.id]["attempts"], 1);

    // r tries again; q goes back; q again quits (started directly).
    t.keys(&["r"]);
    t.wait_for(&es.t("practice-your-answer"));
    t.keys(&["q"]);
    t.wait_for(&es.t("practice-title"));
    t.wait_for(&es.t_with("practice-best", &args!["percent" => 100]));
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn practice_list_prints_id_and_title() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["practice", "--list", "--lang", "hr"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(text.lines().count(), playbook.scenarios().len());
    assert!(playbook.scenarios().len() >= 12, "at least 12 scenarios");
    for line in text.lines() {
        let (id, title) = line.split_once('\t').expect("id<TAB>title");
        assert_eq!(playbook.scenario(id).unwrap().title.get(Lang::Hr), title);
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["practice", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope"));
}

/// An answer in the trainee's own words at 60×20 (issue 29): `w`, the
/// words, Enter; the feedback says what was heard and shows the model
/// answer, and the progress counts the attempt apart from picks.
#[test]
fn an_answer_in_own_words_is_judged_at_60_by_20() {
    let hr = I18n::new(Lang::Hr);
    let t = Tmux::start(&["practice", "customer_shouting", "--lang", "hr", "--seed", "3"], &[], 60, 20);
    t.wait_for(&hr.t("practice-your-answer"));
    t.keys(&["w"]);
    t.wait_for(&hr.t("practice-own-prompt"));
    t.type_text("Slušam Vas, ali smirite se.");
    t.keys(&["Enter"]);
    t.wait_for(&hr.t("practice-harmful"));
    t.wait_for("„smirite se“");
    // The harmful path ends the call: the debrief counts own words apart.
    t.keys(&["Enter"]);
    t.wait_for(&hr.t("hint-retry"));
    let progress = std::fs::read_to_string(t.data_dir().join("progress.json")).expect("progress saved");
    let json: serde_json::Value = serde_json::from_str(&progress).unwrap();
    assert_eq!(json["scenarios"]["customer_shouting"]["own_words"]["attempts"], 1);
    assert_eq!(json["scenarios"]["customer_shouting"]["shuffled"]["attempts"], 0);
    assert_eq!(json["scenarios"]["customer_shouting"]["last_seed"], 3);
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(), 0);
}
