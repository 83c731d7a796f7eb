//! The rules of a scenario: every node reachable, every path ends, no
//! cycles, known steps, every text in every language, 2–4 responses with at
//! least one good, and a path that scores 100%.

use std::collections::{BTreeMap, BTreeSet};

use super::SEEDS;
use super::problem::{Problem, locate};
use super::scenario::{EndingKind, Quality, Scenario, Text, has_perfect_path};
use crate::coach::lang::Lang;

/// Fewest decision points a scenario has.
const MIN_NODES: usize = 4;
/// Responses per node.
const RESPONSES: (usize, usize) = (2, 4);

/// Everything wrong with a scenario read from `file` (its `text`), given
/// the playbook's step ids.
pub fn validate(scenario: &Scenario, file: &str, text: &str, steps: &[&str]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |id: Option<&str>, field: Option<&str>, message: String| {
        problems.push(Problem {
            file: file.to_string(),
            at: id.and_then(|id| locate(text, id, field)),
            message,
        });
    };
    let sid = scenario.id.as_str();
    let stem = file.rsplit(['/', '\\']).next().unwrap_or(file).trim_end_matches(".json");
    if sid != stem {
        report(Some(sid), None, format!("scenario id `{sid}` must match the file name `{stem}.json`"));
    }
    if !(1..=3).contains(&scenario.difficulty) {
        report(Some(sid), Some("difficulty"), format!("`{sid}`: difficulty must be 1, 2 or 3"));
    }
    for (field, t) in
        [("title", &scenario.title), ("situation", &scenario.situation), ("persona", &scenario.persona)]
    {
        check_text(t, sid, field, &mut report);
    }
    for s in &scenario.sources {
        if !SEEDS.contains(&s.as_str()) {
            report(Some(sid), Some("sources"), format!("`{sid}`: unknown source \"{s}\""));
        }
    }
    if scenario.node(&scenario.start).is_none() {
        report(Some(sid), Some("start"), format!("`{sid}`: start node `{}` does not exist", scenario.start));
    }
    if scenario.nodes.len() < MIN_NODES {
        report(
            Some(sid),
            Some("nodes"),
            format!("`{sid}`: has {} decision points; it needs at least {MIN_NODES}", scenario.nodes.len()),
        );
    }

    let mut ids = BTreeSet::new();
    for id in scenario.nodes.iter().map(|n| &n.id).chain(scenario.endings.iter().map(|e| &e.id)) {
        if !ids.insert(id.as_str()) {
            report(Some(id), None, format!("id `{id}` is used twice; node and ending ids must be unique"));
        }
    }
    for node in &scenario.nodes {
        let nid = node.id.as_str();
        if !(1..=5).contains(&node.mood) {
            report(Some(nid), Some("mood"), format!("node `{nid}`: mood must be 1 to 5"));
        }
        check_text(&node.customer, nid, "customer", &mut report);
        let n = node.responses.len();
        if !(RESPONSES.0..=RESPONSES.1).contains(&n) {
            report(Some(nid), Some("responses"), format!("node `{nid}`: has {n} responses; it needs 2 to 4"));
        }
        if !node.responses.iter().any(|r| r.quality == Quality::Good) {
            report(Some(nid), Some("responses"), format!("node `{nid}`: needs at least one good response"));
        }
        for (i, r) in node.responses.iter().enumerate() {
            let place = format!("node `{nid}` response {}", i + 1);
            check_text(&r.text, nid, "text", &mut report);
            check_text(&r.feedback, nid, "feedback", &mut report);
            if !steps.contains(&r.step.as_str()) {
                report(
                    Some(nid),
                    Some("step"),
                    format!("{place}: unknown step `{}`; use one of {}", r.step, steps.join(", ")),
                );
            }
            if scenario.node(&r.next).is_none() && scenario.ending(&r.next).is_none() {
                report(
                    Some(nid),
                    Some("next"),
                    format!(
                        "{place}: `next` is `{}`, which is neither a node nor an ending (a dead end)",
                        r.next
                    ),
                );
            }
        }
    }
    let has = |kind| scenario.endings.iter().any(|e| e.kind == kind);
    if !has(EndingKind::Good) || !has(EndingKind::Bad) {
        report(Some(sid), Some("endings"), format!("`{sid}`: needs a good and a bad ending"));
    }
    for e in &scenario.endings {
        check_text(&e.text, &e.id, "text", &mut report);
    }
    graph(scenario, &mut report);
    if links_resolve(scenario) && !has_perfect_path(scenario) {
        report(
            Some(sid),
            None,
            format!(
                "`{sid}`: no path of good responses ends with a calm customer (mood 1 or 2), so no one can score 100%"
            ),
        );
    }
    problems
}

/// Whether every `next` resolves (the perfect-path check needs it).
fn links_resolve(scenario: &Scenario) -> bool {
    scenario
        .nodes
        .iter()
        .flat_map(|n| &n.responses)
        .all(|r| scenario.node(&r.next).is_some() || scenario.ending(&r.next).is_some())
}

/// A text present and non-empty in every language.
fn check_text(
    text: &Text,
    id: &str,
    field: &str,
    report: &mut impl FnMut(Option<&str>, Option<&str>, String),
) {
    for lang in Lang::ALL {
        if text.0.get(lang.code()).is_none_or(|t| t.trim().is_empty()) {
            report(Some(id), Some(field), format!("`{id}`: \"{field}\" has no {lang} text"));
        }
    }
}

/// Reachability from the start, cycles, and endings never reached.
fn graph(scenario: &Scenario, report: &mut impl FnMut(Option<&str>, Option<&str>, String)) {
    let edges: BTreeMap<&str, Vec<&str>> = scenario
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), n.responses.iter().map(|r| r.next.as_str()).collect()))
        .collect();
    // Depth-first from the start: 1 = on the current path, 2 = finished.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    let mut stack = vec![(scenario.start.as_str(), 0usize)];
    let mut reported_cycle = false;
    state.insert(scenario.start.as_str(), 1);
    while let Some((at, i)) = stack.pop() {
        let next = edges.get(at).and_then(|e| e.get(i)).copied();
        let Some(next) = next else {
            state.insert(at, 2);
            continue;
        };
        stack.push((at, i + 1));
        match state.get(next) {
            Some(1) if !reported_cycle => {
                reported_cycle = true;
                report(Some(next), None, format!("node `{next}` is part of a cycle; every path must end"));
            }
            None => {
                state.insert(next, 1);
                stack.push((next, 0));
            }
            _ => {}
        }
    }
    for node in &scenario.nodes {
        if !state.contains_key(node.id.as_str()) {
            report(Some(&node.id), None, format!("node `{}` cannot be reached from the start", node.id));
        }
    }
    for ending in &scenario.endings {
        if !state.contains_key(ending.id.as_str()) {
            report(Some(&ending.id), None, format!("ending `{}` is never reached", ending.id));
        }
    }
}
