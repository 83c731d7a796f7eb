//! Content is code: every language has every message, step and principle,
//! plurals are right, and bad playbook files get precise messages.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::fs;
use std::path::Path;

use calma::coach::i18n::{I18n, args, message_ids};
use calma::coach::lang::Lang;
use calma::coach::playbook::{PRINCIPLE_IDS, Playbook, STEP_IDS};
use calma::shell::keymap::KEYMAP;

fn sample_args() -> fluent::FluentArgs<'static> {
    args![
        "lang" => "xx", "supported" => "pt, es", "reason" => "denied", "count" => 3,
        "dir" => "/tmp/x", "languages" => 5, "steps" => 16, "principles" => 4,
        "version" => "1", "language" => "Hrvatski", "n" => 2, "total" => 16,
        "step" => "Listen", "minutes" => 2, "seconds" => 5, "done" => 4, "curve" => "3 → 4",
        "path" => "/tmp/x.json", "started" => "2026-11-25 10:00", "notes" => 2, "id" => "20261125-100000-1",
        "what" => "x", "who" => "Ana", "percent" => 85, "mark" => 80, "attempts" => 3, "best" => 90,
        "title" => "Listen", "text" => "x", "mood" => 4, "label" => "angry", "item" => "x", "command" => "x",
        "default" => "x", "note" => "n", "promise" => "p", "help" => "?", "enter" => "Enter", "time" => "10:00", "items" => "x", "status" => "complete", "weekday" => "Friday", "day" => 4, "month" => "December", "year" => 2026, "date" => "Friday", "follow" => "c", "dismiss" => "x", "card" => "Call back",
        "file" => "/tmp/config.toml", "place" => "/tmp/config.toml:2:1", "key" => "lnag", "known" => "lang, theme", "value" => "xx", "themes" => "default, light", "at" => "2026-12-02 10:00", "phrase" => "calm down",
        "source" => "https://example.org", "langs" => "hr, it", "cores" => 2, "name" => "base", "size" => "142 MiB",
        "url" => "https://example.org/ggml-base.bin", "names" => "tiny, base", "part" => "/tmp/ggml-base.bin.part",
        "today" => "7.12.2026.", "when" => "2026-12-07 14:32", "next" => "2026-12-08 10:00", "duration" => "2 min 5 s", "promises" => "refund; call back at 10",
        "agent" => "1:20", "customer" => "2:05", "share" => 35
    ]
}

#[test]
fn every_locale_has_every_message_and_formats_it() {
    let ids = message_ids();
    assert!(ids.len() > 50, "the English file has its messages");
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let i18n = I18n::new(lang);
        for id in &ids {
            match i18n.check(id, &sample_args()) {
                Ok(text) if text.contains(['\u{2068}', '\u{2069}']) => {
                    problems.push(format!("{lang}: `{id}` has bidi isolation marks"))
                }
                Ok(text) if text.trim().is_empty() => problems.push(format!("{lang}: `{id}` is empty")),
                Ok(_) => {}
                Err(e) => problems.push(e),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_key_has_help_in_every_locale() {
    for lang in Lang::ALL {
        let i18n = I18n::new(lang);
        for binding in KEYMAP {
            for id in [Some(binding.help), binding.hint].into_iter().flatten() {
                assert!(i18n.has_own(id), "{lang}: `{id}` is missing");
            }
        }
    }
}

#[test]
fn croatian_has_three_plural_forms() {
    let hr = I18n::new(Lang::Hr);
    let notes = |n: i64| hr.t_with("notes-count", &args!["count" => n]);
    assert_eq!(notes(1), "1 bilješka");
    assert_eq!(notes(3), "3 bilješke");
    assert_eq!(notes(5), "5 bilježaka");
    assert_eq!(notes(21), "21 bilješka");
    assert_eq!(notes(11), "11 bilježaka");
    let minutes = |n: i64| hr.t_with("minutes-count", &args!["count" => n]);
    assert_eq!(minutes(1), "1 minuta");
    assert_eq!(minutes(2), "2 minute");
    assert_eq!(minutes(5), "5 minuta");
}

#[test]
fn portuguese_plurals() {
    let pt = I18n::new(Lang::Pt);
    assert_eq!(pt.t_with("notes-count", &args!["count" => 1]), "1 nota");
    assert_eq!(pt.t_with("notes-count", &args!["count" => 2]), "2 notas");
}

#[test]
fn the_embedded_playbook_is_complete_in_every_language() {
    let playbook = Playbook::embedded_checked().unwrap_or_else(|p| panic!("{p}"));
    assert!(playbook.scenarios().len() >= 12, "at least 12 scenarios, all valid");
    for lang in Lang::ALL {
        let pack = playbook.pack(lang);
        assert_eq!(pack.language, lang.code());
        let ids: Vec<&str> = pack.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, STEP_IDS, "{lang}");
        let principles: Vec<&str> = pack.principles.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(principles, PRINCIPLE_IDS, "{lang}");
        for step in &pack.steps {
            assert!((2..=4).contains(&step.checklist.len()), "{lang} {}", step.id);
            assert!(step.phrasings.len() >= 4, "{lang} {}", step.id);
            assert!(step.avoid.len() >= 2, "{lang} {}", step.id);
            assert!(!step.sources.is_empty(), "{lang} {}", step.id);
        }
    }
}

#[test]
fn the_sources_examples_are_in_every_language() {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    for lang in Lang::ALL {
        let pack = playbook.pack(lang);
        let all = |id: &str| pack.step(id).map(|s| s.phrasings.join(" ")).unwrap_or_default();
        assert!(all("firm").contains("20"), "{lang}: the 20% deposit");
        assert!(all("firm").contains('%'), "{lang}: the 20% deposit");
        assert!(all("pause").chars().count() > 40, "{lang}: the pause line");
    }
}

fn export_to(dir: &Path) {
    calma::shell::cli::export_playbook(dir, None, &I18n::new(Lang::En)).expect("export works");
}

#[test]
fn export_writes_every_language_with_all_steps() {
    let dir = tempfile::tempdir().unwrap();
    export_to(dir.path());
    for lang in Lang::ALL {
        let text = fs::read_to_string(dir.path().join(format!("{lang}.json"))).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["steps"].as_array().unwrap().len(), 16);
    }
    assert!(Playbook::from_dir(dir.path()).is_ok());
}

fn broken(edit: impl Fn(&str) -> String, lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    export_to(dir.path());
    let path = dir.path().join(format!("{lang}.json"));
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, edit(&text)).unwrap();
    Playbook::from_dir(dir.path()).expect_err("the playbook is broken").to_string()
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let message = broken(|t| t.replacen("\"steps\": [", "\"steps\": [,", 1), "hr");
    let line = message.lines().next().unwrap();
    assert!(line.contains("hr.json:"), "{message}");
    let after = line.split("hr.json:").nth(1).unwrap();
    let mut parts = after.split(':');
    assert!(parts.next().unwrap().parse::<usize>().is_ok(), "line number in {line}");
    assert!(parts.next().unwrap().parse::<usize>().is_ok(), "column number in {line}");
}

#[test]
fn a_missing_step_is_named() {
    let message = broken(
        |t| {
            let mut json: serde_json::Value = serde_json::from_str(t).unwrap();
            json["steps"].as_array_mut().unwrap().retain(|s| s["id"] != "pause");
            serde_json::to_string_pretty(&json).unwrap()
        },
        "it",
    );
    assert!(message.contains("it.json"), "{message}");
    assert!(message.contains("`pause`"), "{message}");
}

#[test]
fn an_empty_phrasing_list_is_named_with_its_place() {
    let message = broken(
        |t| {
            let mut json: serde_json::Value = serde_json::from_str(t).unwrap();
            json["steps"][1]["phrasings"] = serde_json::json!([]);
            serde_json::to_string_pretty(&json).unwrap()
        },
        "pt",
    );
    assert!(message.contains("pt.json:"), "{message}");
    assert!(message.contains("`listen`") && message.contains("phrasings"), "{message}");
}

#[test]
fn an_unknown_phase_is_a_clear_error() {
    let message = broken(|t| t.replacen("\"phase\": \"open\"", "\"phase\": \"opening\"", 1), "es");
    assert!(message.contains("es.json:") && message.contains("opening"), "{message}");
}

#[test]
fn portuguese_says_zero_in_the_plural() {
    let pt = I18n::new(Lang::Pt);
    assert_eq!(pt.t_with("notes-count", &args!["count" => 0]), "0 notas");
    assert_eq!(pt.t_with("minutes-count", &args!["count" => 0]), "0 minutos");
}

#[test]
fn every_language_has_every_cue() {
    let playbook = calma::coach::playbook::Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let ids = |lang: Lang| -> Vec<String> { playbook.pack(lang).cues.iter().map(|c| c.id.clone()).collect() };
    let en = ids(Lang::En);
    assert!(en.len() >= 13, "the cues of the issue: {en:?}");
    for lang in Lang::ALL {
        let mut have = ids(lang);
        have.sort();
        let mut want = en.clone();
        want.sort();
        assert_eq!(have, want, "{lang} has the same cues as English");
    }
}

/// Every message id written in the code exists in the English file (and so,
/// by the parity test above, in every language): a typo in an id would
/// show the id itself on screen. An id is a string literal of lowercase
/// words joined by dashes whose first word begins some message id.
#[test]
fn every_message_id_the_code_uses_exists() {
    let ids: std::collections::BTreeSet<String> = message_ids().into_iter().collect();
    let heads: std::collections::BTreeSet<&str> = ids.iter().filter_map(|id| id.split('-').next()).collect();
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let looks_like_id = |s: &str| {
        let words: Vec<&str> = s.split('-').collect();
        words.len() >= 2
            && heads.contains(words[0])
            && words
                .iter()
                .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
    };
    let mut missing = Vec::new();
    let mut used = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            if looks_like_id(literal) {
                used += 1;
                if !ids.contains(literal) {
                    missing.push(format!("{}: \"{literal}\"", path.display()));
                }
            }
        }
    }
    assert!(used > 200, "the scan finds the ids ({used})");
    assert!(
        missing.is_empty(),
        "message ids used in src but not in locales/en/calma.ftl:\n{}",
        missing.join("\n")
    );
}

/// Every text of a scenario in one language (the values under its code,
/// wherever they are in the file).
fn texts_in(json: &serde_json::Value, lang: &str, out: &mut Vec<String>) {
    match json {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match value {
                    serde_json::Value::String(text) if key == lang => out.push(text.clone()),
                    _ => texts_in(value, lang, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| texts_in(v, lang, out)),
        _ => {}
    }
}

/// One name, one person: a scenario's customer (the persona's name, after
/// a title such as "Dona" or "La signora") is nobody else, in no other
/// scenario of the same language — a trainee who met Roberto the
/// freelancer must not meet Roberto the supervisor.
#[test]
fn a_name_belongs_to_one_person_across_scenarios() {
    const TITLES: [&str; 12] =
        ["Dona", "Seu", "Don", "Doña", "La", "Il", "Signora", "Signor", "Gospođa", "Gospodin", "Mrs", "Mr"];
    let scenarios: Vec<serde_json::Value> = fs::read_dir("playbooks/scenarios")
        .unwrap()
        .map(|e| serde_json::from_str(&fs::read_to_string(e.unwrap().path()).unwrap()).unwrap())
        .collect();
    let mut clashes = std::collections::BTreeSet::new();
    for lang in Lang::ALL.map(|l| l.code()) {
        let name_of = |s: &serde_json::Value| -> String {
            let persona = s["persona"][lang].as_str().unwrap_or_default();
            let mut words = persona.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
            words.find(|w| !TITLES.contains(w) && w.to_lowercase() != *w).unwrap_or_default().to_string()
        };
        for (i, scenario) in scenarios.iter().enumerate() {
            let name = name_of(scenario);
            for (_, other) in scenarios.iter().enumerate().filter(|(j, _)| *j != i) {
                let mut texts = Vec::new();
                texts_in(other, lang, &mut texts);
                let whole_word = |t: &String| t.split(|c: char| !c.is_alphabetic()).any(|w| w == name);
                if texts.iter().any(whole_word) {
                    let (a, b) = (scenario["id"].to_string(), other["id"].to_string());
                    let pair = if a < b { format!("{a} and {b}") } else { format!("{b} and {a}") };
                    clashes.insert(format!("{lang}: {name} ({pair})"));
                }
            }
        }
    }
    let clashes: Vec<String> = clashes.into_iter().collect();
    assert!(clashes.is_empty(), "names used for more than one person:\n{}", clashes.join("\n"));
}

/// Every embedded pack carries the same content version: a call records
/// the version of the pack it read, whichever language that is.
#[test]
fn every_pack_has_the_same_version() {
    let versions: Vec<(Lang, String)> = Lang::ALL
        .iter()
        .map(|l| {
            let text = std::fs::read_to_string(format!("playbooks/{l}.json")).unwrap();
            let pack: serde_json::Value = serde_json::from_str(&text).unwrap();
            (*l, pack["version"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    assert!(versions.iter().all(|(_, v)| !v.is_empty() && *v == versions[0].1), "{versions:?}");
}
