//! Every playbook and UI string is spelled right, per hunspell, with a
//! small allow-list per language in `tests/spelling/<lang>.txt`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;

/// The hunspell dictionary of each language (Debian's hunspell-* packages).
fn dictionary(lang: Lang) -> &'static str {
    match lang {
        Lang::Pt => "pt_BR",
        Lang::Es => "es_ES",
        Lang::It => "it_IT",
        Lang::Hr => "hr_HR",
        Lang::En => "en_US",
    }
}

/// The texts of a language, each with where it comes from.
fn texts(lang: Lang, playbook: &Playbook) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let pack = playbook.pack(lang);
    for p in &pack.principles {
        out.push((format!("playbooks/{lang}.json principle {}", p.id), p.text.clone()));
    }
    for c in &pack.cues {
        out.push((format!("playbooks/{lang}.json cue {}", c.id), c.card.clone()));
    }
    for s in &pack.steps {
        let place = format!("playbooks/{lang}.json step {}", s.id);
        out.push((place.clone(), s.title.clone()));
        out.push((place.clone(), s.why.clone()));
        for t in s.checklist.iter().chain(&s.phrasings).chain(&s.avoid) {
            out.push((place.clone(), t.clone()));
        }
    }
    let ftl = std::fs::read_to_string(format!("locales/{lang}/calma.ftl")).expect("the locale exists");
    for (n, line) in ftl.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let text = line.split_once(" =").map_or(line, |(_, v)| v);
        // Flags, variables and paths in messages are code, not words.
        let text = common::prose(&strip_fluent(text));
        out.push((format!("locales/{lang}/calma.ftl:{}", n + 1), text));
    }
    out
}

/// A Fluent line without its placeables and variant keys.
fn strip_fluent(line: &str) -> String {
    let mut out = String::new();
    let mut depth = 0u32;
    for c in line.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let out = out.trim_start();
    let out = out.strip_prefix('*').unwrap_or(out);
    match out.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((_, rest)) => rest.to_string(),
        None => out.to_string(),
    }
}

fn misspelled(lang: Lang, text: &str) -> Vec<String> {
    let mut child = Command::new("hunspell")
        .args(["-d", dictionary(lang), "-i", "utf-8", "-l"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hunspell is installed (.ci/run installs it)");
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "hunspell -d {}: {}",
        dictionary(lang),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect()
}

#[test]
fn every_string_is_spelled_right() {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let allow = std::fs::read_to_string(format!("tests/spelling/{lang}.txt")).unwrap_or_default();
        let allow: Vec<&str> = allow.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert!(allow.len() < 30, "{lang}: the allow-list must stay under 30 words");
        let texts = texts(lang, &playbook);
        let all: String = texts.iter().map(|(_, t)| format!("{t}\n")).collect();
        for word in misspelled(lang, &all) {
            if allow.contains(&word.as_str()) {
                continue;
            }
            let place = texts
                .iter()
                .find(|(_, t)| t.split(|c: char| !c.is_alphanumeric()).any(|w| w == word))
                .map_or("?", |(p, _)| p.as_str());
            problems.push(format!("{lang}: “{word}” in {place}"));
        }
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "misspelled (fix, or add to tests/spelling/<lang>.txt):\n{}",
        problems.join("\n")
    );
}
