//! Every language keeps to its glossary (`locales/<lang>/glossary.toml`):
//! one word for each product term and one register, over the playbook, the
//! scenarios and the UI strings. A forbidden variant fails with the file,
//! the place and the word.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::fs;

use calma::coach::lang::Lang;
use serde::Deserialize;
use serde_json::Value;

/// One forbidden variant.
#[derive(Debug, Deserialize)]
struct Forbid {
    /// A word or short phrase; a trailing `*` stands for any ending.
    word: String,
    /// What to write instead.
    #[serde(rename = "use")]
    instead: String,
    why: String,
    scope: Vec<String>,
    #[serde(default)]
    case: bool,
}

#[derive(Debug, Deserialize)]
struct Glossary {
    terms: toml::Table,
    #[serde(default)]
    forbid: Vec<Forbid>,
}

/// A text with where it comes from and the scopes it belongs to.
struct Text {
    place: String,
    scopes: &'static [&'static str],
    text: String,
}

const SCOPES: [&str; 6] = ["ui", "playbook", "scenarios", "speech", "customer", "trainee"];

const TERMS: [&str; 10] = [
    "customer",
    "step",
    "playbook",
    "promise",
    "follow_up",
    "escalation",
    "enter_key",
    "call",
    "manager",
    "customer_file",
];

fn texts(lang: Lang) -> Vec<Text> {
    let mut out = Vec::new();
    let mut push =
        |place: String, scopes, text: &str| out.push(Text { place, scopes, text: text.to_string() });
    let file = format!("playbooks/{lang}.json");
    let pack: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    for p in pack["principles"].as_array().unwrap() {
        push(format!("{file} principle {}", p["id"]), &["playbook"], p["text"].as_str().unwrap());
    }
    for s in pack["steps"].as_array().unwrap() {
        let place = format!("{file} step {}", s["id"]);
        for field in ["title", "why"] {
            push(place.clone(), &["playbook"], s[field].as_str().unwrap());
        }
        for field in ["checklist", "avoid"] {
            for t in s[field].as_array().unwrap() {
                push(place.clone(), &["playbook"], t.as_str().unwrap());
            }
        }
        for t in s["phrasings"].as_array().unwrap() {
            push(place.clone(), &["playbook", "speech"], t.as_str().unwrap());
        }
    }
    for c in pack["cues"].as_array().into_iter().flatten() {
        let card = c["card"].as_str().unwrap();
        push(format!("{file} cue {}", c["id"]), &["playbook"], card);
        // A card speaks to the agent, as feedback does; what it quotes is
        // for the customer.
        push(format!("{file} cue {}", c["id"]), &["trainee"], &unquoted(card));
    }
    for entry in fs::read_dir("playbooks/scenarios").unwrap() {
        let path = entry.unwrap().path();
        let file = path.display().to_string();
        let s: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let text = |v: &Value| v[lang.code()].as_str().unwrap_or_default().to_string();
        for field in ["title", "situation", "persona"] {
            push(format!("{file} {field}"), &["scenarios", "trainee"], &text(&s[field]));
        }
        for node in s["nodes"].as_array().unwrap() {
            let place = format!("{file} node {}", node["id"]);
            push(place.clone(), &["scenarios", "customer"], &text(&node["customer"]));
            for r in node["responses"].as_array().unwrap() {
                push(place.clone(), &["scenarios", "speech"], &text(&r["text"]));
                push(place.clone(), &["scenarios", "trainee"], &text(&r["feedback"]));
            }
        }
        for e in s["endings"].as_array().unwrap() {
            push(format!("{file} ending {}", e["id"]), &["scenarios", "trainee"], &text(&e["text"]));
        }
    }
    let ftl = format!("locales/{lang}/calma.ftl");
    for (n, line) in fs::read_to_string(&ftl).unwrap().lines().enumerate() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let value = line.split_once(" = ").map_or(line, |(_, v)| v);
        // Placeables are code, not words: `{ $enter }` names an argument.
        let words: String =
            value.split('{').map(|part| part.split_once('}').map_or(part, |(_, rest)| rest)).collect();
        // So is what `--help` names verbatim: flags, variables, paths.
        let words = if line.starts_with("help-") { common::prose(&words) } else { words };
        push(format!("{ftl}:{}", n + 1), &["ui"], &words);
    }
    out
}

/// `text` without what it quotes („…“, «…», “…”).
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '„' | '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            // English opens and closes with different marks; Croatian
            // closes with the English opening one.
            '“' if depth > 0 => depth -= 1,
            '“' => depth += 1,
            '”' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether `pattern` occurs in `text` on word boundaries.
fn contains(text: &str, pattern: &str, case: bool) -> bool {
    let (text, pattern) = if case {
        (text.to_string(), pattern.to_string())
    } else {
        (text.to_lowercase(), pattern.to_lowercase())
    };
    let (stem, open_end) = match pattern.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (pattern.as_str(), false),
    };
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    text.match_indices(stem).any(|(at, m)| {
        let before = text[..at].chars().next_back();
        let after = text[at + m.len()..].chars().next();
        !word(before) && (open_end || !word(after))
    })
}

#[test]
fn the_matcher_respects_word_boundaries() {
    assert!(contains("Kod klijenta", "klijent*", false));
    assert!(!contains("Kod klijenta", "klijent", false));
    assert!(contains("Hvala Vam.", "Vam", true));
    assert!(!contains("Hvala vam.", "Vam", true));
    assert!(!contains("playbooks", "playbook", false));
}

#[test]
fn every_language_keeps_to_its_glossary() {
    let mut problems = Vec::new();
    for lang in [Lang::Pt, Lang::Es, Lang::It, Lang::Hr] {
        let path = format!("locales/{lang}/glossary.toml");
        let glossary: Glossary =
            toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{path}: {e}"));
        for term in TERMS {
            assert!(glossary.terms.contains_key(term), "{path}: the word for `{term}` is missing");
        }
        assert!(!glossary.forbid.is_empty(), "{path}: no rules");
        let texts = texts(lang);
        for rule in &glossary.forbid {
            for scope in &rule.scope {
                assert!(
                    SCOPES.contains(&scope.as_str()),
                    "{path}: unknown scope `{scope}` for “{}”",
                    rule.word
                );
            }
            for t in texts.iter().filter(|t| t.scopes.iter().any(|s| rule.scope.iter().any(|r| r == s))) {
                if contains(&t.text, &rule.word, rule.case) {
                    problems.push(format!(
                        "{}: “{}” → {} ({}): {}",
                        t.place, rule.word, rule.instead, rule.why, t.text
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} glossary problems:\n{}", problems.len(), problems.join("\n"));
}

/// Every language quotes with its own marks, the ones the screens put
/// around phrasings (`Lang::quote`): no English quotes in Croatian, no
/// „…“ in Italian.
#[test]
fn every_language_quotes_with_its_own_marks() {
    let marks = ['“', '”', '„', '«', '»'];
    let mut problems = Vec::new();
    for lang in [Lang::Pt, Lang::Es, Lang::It, Lang::Hr] {
        let own = lang.quote("");
        for t in texts(lang) {
            if let Some(m) = t.text.chars().find(|c| marks.contains(c) && !own.contains(*c)) {
                problems.push(format!("{}: {m} in {}", t.place, t.text));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} quotes in another language's marks:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
