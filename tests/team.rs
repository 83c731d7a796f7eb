//! Team playbooks: merging a partial directory over the embedded playbook,
//! precise errors, harmless text, and no panic on any input.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[cfg(unix)] // tmux
mod common;

use std::fs;
use std::path::Path;

use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use proptest::prelude::*;
use serde_json::{Value, json};

const EXAMPLE: &str = "tests/fixtures/team-playbook";

fn team(files: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

fn errors(dir: &Path) -> String {
    Playbook::with_team(dir).expect_err("the team playbook is broken").to_string()
}

fn embedded() -> Playbook {
    Playbook::embedded().unwrap_or_else(|p| panic!("{p}"))
}

#[test]
fn the_readme_example_changes_two_phrasings_and_adds_a_step() {
    let merged = Playbook::with_team(Path::new(EXAMPLE)).unwrap_or_else(|p| panic!("{p}"));
    let base = embedded();
    let (old, new) = (base.pack(Lang::Hr).step("firm").unwrap(), merged.pack(Lang::Hr).step("firm").unwrap());
    let changed = old.phrasings.iter().zip(&new.phrasings).filter(|(a, b)| a != b).count();
    assert_eq!(changed, 2);
    assert_eq!(old.title, new.title, "fields not named stay");
    assert_eq!(old.checklist, new.checklist);
    let policy = merged.pack(Lang::Hr).step("refund_policy").expect("the new step is added");
    assert_eq!(policy.title, "Povrat u 14 dana");
    // Absent in pt: shown from English, with a warning.
    let stand_in = merged.pack(Lang::Pt).step("refund_policy").unwrap();
    assert_eq!(stand_in.title, "Refunds within 14 days");
    assert_eq!(stand_in.shown_from, Some(Lang::En), "and marked as English on screen");
    assert_eq!(policy.shown_from, None);
    assert_eq!(merged.warnings().len(), 3, "{:?}", merged.warnings());
    assert_eq!(merged.version(), "acme-1 over 1");
    // Other languages are the embedded ones.
    assert_eq!(merged.pack(Lang::It).step("calm"), base.pack(Lang::It).step("calm"));
    let readme = fs::read_to_string("README.md").unwrap();
    for file in ["hr.json", "en.json"] {
        let text = fs::read_to_string(Path::new(EXAMPLE).join(file)).unwrap();
        assert!(readme.contains(text.trim()), "the README shows {EXAMPLE}/{file} as it is");
    }
}

#[test]
fn only_the_named_field_is_replaced() {
    let dir = team(&[(
        "it.json",
        json!({ "steps": [{ "id": "pause", "title": "Pausa concordata" }] }).to_string(),
    )]);
    let merged = Playbook::with_team(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    let (old, new) = (
        embedded().pack(Lang::It).step("pause").unwrap().clone(),
        merged.pack(Lang::It).step("pause").unwrap().clone(),
    );
    assert_eq!(new.title, "Pausa concordata");
    assert_eq!(new.phrasings, old.phrasings);
    assert_eq!(new.why, old.why);
}

#[test]
fn scenarios_are_added_or_replaced_by_id() {
    let tiny = fs::read_to_string("tests/fixtures/tiny.json").unwrap();
    let mut replaced: Value = serde_json::from_str(&tiny).unwrap();
    replaced["id"] = "sunday_delivery".into();
    replaced["title"]["en"] = "Our Sunday rule".into();
    let dir =
        team(&[("scenarios/tiny.json", tiny), ("scenarios/sunday_delivery.json", replaced.to_string())]);
    let merged = Playbook::with_team(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(merged.scenarios().len(), embedded().scenarios().len() + 1);
    assert!(merged.scenario("tiny").is_some());
    assert_eq!(merged.scenario("sunday_delivery").unwrap().title.get(Lang::En), "Our Sunday rule");
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let dir = team(&[("hr.json", "{\n  \"steps\": [\n    { \"id\": \"firm\", }\n  ]\n}".into())]);
    let message = errors(dir.path());
    assert!(message.contains("hr.json:3:21"), "{message}");
}

#[test]
fn a_wrong_type_names_its_place() {
    let dir = team(&[(
        "es.json",
        "{\n  \"steps\": [\n    { \"id\": \"calm\", \"phrasings\": \"Tranquilo\" }\n  ]\n}".into(),
    )]);
    let message = errors(dir.path());
    assert!(message.contains("es.json:3:"), "{message}");
    assert!(message.contains("invalid type"), "{message}");
}

#[test]
fn an_unknown_phase_is_named() {
    let dir = team(&[("pt.json", json!({ "steps": [{ "id": "calm", "phase": "opening" }] }).to_string())]);
    let message = errors(dir.path());
    assert!(message.contains("pt.json:1:") && message.contains("opening"), "{message}");
}

#[test]
fn a_new_step_without_phase_is_named() {
    let step = json!({ "id": "vip", "title": "VIP", "why": "x", "checklist": ["a", "b"],
        "phrasings": ["1", "2", "3", "4"], "avoid": ["a", "b"] });
    let dir = team(&[("en.json", serde_json::to_string_pretty(&json!({ "steps": [step] })).unwrap())]);
    let message = errors(dir.path());
    assert!(message.contains("new step `vip` needs \"phase\""), "{message}");
    assert!(message.contains("en.json:12:"), "the step is located: {message}");
}

#[test]
fn empty_phrasings_are_named() {
    let text =
        serde_json::to_string_pretty(&json!({ "steps": [{ "id": "listen", "phrasings": [] }] })).unwrap();
    let dir = team(&[("hr.json", text)]);
    let message = errors(dir.path());
    assert!(
        message.contains("hr.json:") && message.contains("`listen`") && message.contains("phrasings"),
        "{message}"
    );
}

#[test]
fn several_errors_are_reported_together() {
    let dir = team(&[
        ("hr.json", "{ oops".into()),
        ("it.json", json!({ "steps": [{ "id": "calm", "avoid": [] }] }).to_string()),
        ("scenarios/x.json", "[]".into()),
    ]);
    let message = errors(dir.path());
    assert!(message.lines().count() >= 3, "{message}");
    assert!(
        message.contains("hr.json") && message.contains("it.json") && message.contains("x.json"),
        "{message}"
    );
}

/// A phrasing that tries to set the title, clear the screen, colour text
/// and reverse the direction of text.
const INJECTION: &str = "Title\u{1b}]2;pwned\u{7} clear\u{1b}[2J red\u{1b}[31m flip\u{202e}end";

fn injected() -> tempfile::TempDir {
    let step = json!({ "id": "calm", "title": "Mir\u{1b}[31m", "phrasings": [INJECTION, INJECTION, INJECTION, INJECTION] });
    team(&[("hr.json", json!({ "steps": [step] }).to_string())])
}

#[test]
fn escape_sequences_in_team_text_render_as_harmless_text() {
    use calma::coach::i18n::I18n;
    use calma::shell::app::{App, CallOptions};
    use calma::shell::ui::Theme;
    use ratatui::{Terminal, backend::TestBackend};
    let dir = injected();
    let playbook = Playbook::with_team(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    let mut app = App::call(playbook.clone(), I18n::new(Lang::Hr), CallOptions::default());
    app.open_call(calma::records::session::CallSession::in_memory(&playbook, &app.call_start()));
    app.freeze_clock(0);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| app.render(&Theme::new(false), f)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(!screen.chars().any(|c| c.is_control() && c != '\n' || c == '\u{202e}'), "{screen:?}");
    insta::assert_snapshot!(screen);
}

#[cfg(unix)] // tmux
#[test]
fn escape_sequences_cannot_reach_the_real_terminal() {
    let dir = injected();
    let path = dir.path().to_str().unwrap();
    let t = common::Tmux::start(&["--playbook", path, "call", "--lang", "hr"], &[], 100, 30);
    let title = t.title();
    t.wait_for("]2;pwned");
    let screen = t.wait_for("[2J red[31m flipend");
    assert!(screen.contains("Mir[31m"), "{screen}");
    assert_eq!(t.title(), title, "the pane title is unchanged");
    let raw = t.screen_with_escapes();
    assert!(!raw.contains("\u{1b}[31m"), "no red from the file: {raw:?}");
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_broken_team_playbook_stops_calma_before_the_screen() {
    let dir = team(&[("hr.json", "{ \"steps\": 3 }".into())]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["--playbook", dir.path().to_str().unwrap(), "call"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("hr.json:1:"), "{err}");
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec!["calm", "listen", "open", "resolve", "pt", "hr"]).prop_map(|s| json!(s)),
    ];
    let keys = prop::sample::select(vec![
        "steps",
        "id",
        "phase",
        "title",
        "why",
        "checklist",
        "phrasings",
        "avoid",
        "sources",
        "principles",
        "text",
        "language",
        "version",
        "x",
    ]);
    leaf.prop_recursive(4, 40, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_json_as_a_team_file_never_panics(value in json_value(), lang in prop::sample::select(vec!["hr", "en", "scenarios/s"])) {
        let dir = team(&[(&format!("{lang}.json"), value.to_string())]);
        let _ = Playbook::with_team(dir.path());
    }

    #[test]
    fn any_bytes_as_a_team_file_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("it.json"), &bytes).unwrap();
        let _ = Playbook::with_team(dir.path());
    }
}

#[test]
fn a_team_step_shown_in_another_language_is_marked_on_screen() {
    use calma::coach::i18n::I18n;
    use calma::records::session::CallSession;
    use calma::shell::app::{App, CallOptions};
    use calma::shell::ui::Theme;
    use ratatui::{Terminal, backend::TestBackend};
    let playbook = Playbook::with_team(Path::new(EXAMPLE)).unwrap_or_else(|p| panic!("{p}"));
    let mut app = App::call(playbook.clone(), I18n::new(Lang::Pt), CallOptions::default());
    app.open_call(CallSession::in_memory(&playbook, &app.call_start()));
    for c in "/refunds".chars() {
        app.handle(calma::shell::keymap::Key::Char(c));
    }
    app.handle(calma::shell::keymap::Key::Enter);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| app.render(&Theme::new(false), f)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("▶ Refunds within 14 days (en)"), "{screen}");
}

#[test]
fn a_team_adds_a_cue_and_removes_an_embedded_one() {
    let file = json!({
        "$schema": "https://example.invalid/calma-playbook.json",
        "cues": [{
            "id": "warranty", "when": ["warrant*", "guarantee"], "step": "solutions",
            "card": "Warranty claim: check the purchase date and offer a repair or a replacement."
        }],
        "remove_cues": ["refund"]
    });
    let dir = team(&[("en.json", file.to_string())]);
    let merged = Playbook::with_team(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    let pack = merged.pack(Lang::En);
    assert!(pack.cues.iter().any(|c| c.id == "warranty"));
    assert!(!pack.cues.iter().any(|c| c.id == "refund"));
    let cues = calma::coach::call::Cues::of(pack);
    let raised: Vec<&str> = cues
        .find("wants the warranty repair and his money back", None)
        .iter()
        .map(|i| cues.info(*i).unwrap().id.as_str())
        .collect();
    assert_eq!(raised, ["warranty"], "the company cue, and no refund cue");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(["playbook", "check", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_team_tunes_a_voice_cue_and_turns_another_off() {
    let file = json!({
        "cues": [{
            "id": "raised_voice", "when": [], "step": "calm", "speaker": "agent", "severity": "info",
            "card": "Lower your voice: slow down and speak softly.",
            "voice": {"kind": "raised_voice", "ms": 3000, "db": 8}
        }],
        "remove_cues": ["silence"]
    });
    let dir = team(&[("en.json", file.to_string())]);
    let merged = Playbook::with_team(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    let cues = calma::coach::call::Cues::of(merged.pack(Lang::En));
    let rules: Vec<(String, u32, Option<u8>)> =
        cues.voices().map(|(c, v)| (c.id.clone(), v.ms, v.db)).collect();
    assert!(rules.contains(&("raised_voice".into(), 3000, Some(8))), "{rules:?}");
    assert!(!rules.iter().any(|(id, ..)| id == "silence"), "{rules:?}");
    assert_eq!(rules.len(), 4, "{rules:?}");
    // A cue with neither words nor a voice rule listens for nothing.
    let file = json!({"cues": [{"id": "mute", "when": [], "step": "calm", "card": "Nothing."}]});
    let dir = team(&[("en.json", file.to_string())]);
    assert!(errors(dir.path()).contains("\"when\" needs at least one word"), "{}", errors(dir.path()));
}

#[test]
fn a_broken_cue_is_named_with_file_line_and_column() {
    let file = json!({ "cues": [{ "id": "x", "when": ["  "], "step": "nope", "card": "" }] });
    let dir = team(&[("hr.json", serde_json::to_string_pretty(&file).unwrap())]);
    let message = errors(dir.path());
    assert!(
        message.contains("hr.json:") && message.contains("cue `x`: step `nope` does not exist"),
        "{message}"
    );
}

/// A team adds its own line to avoid (a phrase its agents overuse) and
/// replaces an embedded one; a broken one is named (issue 29).
#[test]
fn a_team_adds_and_replaces_lines_to_avoid() {
    let file = json!({ "avoid_lines": [
        { "id": "no_promise", "when": ["we'll see"], "step": "agreement" },
        { "id": "calm_down", "when": ["cool it"], "step": "empathy" }
    ] });
    let dir = team(&[("en.json", file.to_string())]);
    let merged = Playbook::with_team(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    let pack = merged.pack(Lang::En);
    let found =
        |text| calma::coach::playbook::avoid::find(pack, text).into_iter().map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(found("We'll see, cool it."), ["no_promise", "calm_down"]);
    assert!(found("Calm down.").is_empty(), "the team's calm_down replaced the embedded one");

    let file = json!({ "avoid_lines": [{ "id": "x", "when": [" "], "step": "nope" }] });
    let dir = team(&[("hr.json", serde_json::to_string_pretty(&file).unwrap())]);
    let message = errors(dir.path());
    assert!(message.contains("hr.json:") && message.contains("avoid line `x`: step `nope`"), "{message}");
}

/// Issue 28: a team's override of `calm` with three phrasings of its own
/// is accepted (one entry at least in each list it gives; the embedded
/// counts are the embedded playbook's gate), and an empty list is not.
#[test]
fn a_team_override_needs_one_entry_in_each_list_it_gives() {
    let calm = json!({ "id": "calm", "phrasings": ["Tu sam.", "Slušam Vas.", "Riješit ćemo to."],
        "checklist": ["Dišite", "Govorite tiše"], "avoid": ["Ne vičite"] });
    let dir = team(&[("hr.json", json!({ "version": "acme-2", "steps": [calm] }).to_string())]);
    let merged = Playbook::with_team(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(merged.pack(Lang::Hr).step("calm").unwrap().phrasings.len(), 3);
    let empty = json!({ "steps": [{ "id": "calm", "checklist": [] }] }).to_string();
    let message = errors(team(&[("hr.json", empty)]).path());
    assert!(message.contains("\"checklist\" has 0 entries; it needs 1 to 4"), "{message}");
}

/// Issue 28: the team's version shows, over the embedded one, in `playbook
/// check`, `--version` and the record of every call.
#[cfg(unix)]
#[test]
fn the_team_version_shows_over_the_embedded_one() {
    let dir = team(&[("hr.json", json!({ "version": "acme-2" }).to_string())]);
    let merged = Playbook::with_team(dir.path()).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(merged.version(), "acme-2 over 1");
    assert_eq!(embedded().version(), "1");
    let team_dir = dir.path().to_str().unwrap();
    let data = tempfile::tempdir().unwrap();
    let data = data.path().to_str().unwrap();
    let calma = |args: &[&str], input: &str| {
        let mut all = vec!["--data-dir", data, "--lang", "en", "--playbook", team_dir];
        all.extend(args);
        common::run_calma(&all, &[], input)
    };
    let (code, out, err) = calma(&["playbook", "check", team_dir], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("acme-2 over 1"), "{out}");
    let (_, out, _) = calma(&["--version"], "");
    assert!(out.contains("(playbook acme-2 over 1)"), "{out}");
    let (code, _, err) = calma(&["call", "--plain"], "q\n1\nDone\n-\n");
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = calma(&["export", "latest", "--format", "json"], "");
    let record: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(record["playbook_version"], "acme-2 over 1");
}

/// Issue 28: every error of every file in one run of `playbook check`: a
/// syntax error in one file, a content error in another, both reported.
#[cfg(unix)]
#[test]
fn playbook_check_reports_a_syntax_and_a_content_error_in_one_run() {
    let dir = team(&[
        ("hr.json", "{\n  \"version\": \"acme-2\",\n  \"steps\": [ { \"id\": \"calm\" }, ]\n}".into()),
        (
            "en.json",
            serde_json::to_string_pretty(&json!({ "steps": [{ "id": "listen", "avoid": [] }] })).unwrap(),
        ),
    ]);
    let team_dir = dir.path().to_str().unwrap();
    let (code, _, err) = common::run_calma(&["--lang", "en", "playbook", "check", team_dir], &[], "");
    assert_eq!(code, 1);
    assert!(err.contains("hr.json:3:"), "the syntax error, located: {err}");
    assert!(err.contains("en.json:") && err.contains("\"avoid\" has 0 entries"), "the content error: {err}");
}

#[test]
fn a_file_that_ends_too_soon_names_a_real_column() {
    let dir = team(&[("en.json", "{\n  \"steps\": [\n".into())]);
    let message = errors(dir.path());
    assert!(
        message.contains("en.json:2:13: EOF while parsing a list"),
        "where the list was left open: {message}"
    );
    let dir = team(&[("en.json", "\n".into())]);
    let message = errors(dir.path());
    assert!(!message.contains(":0:"), "{message}");
}
