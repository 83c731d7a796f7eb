//! The rules every playbook obeys: ids, counts, sources and parity between
//! languages. Every broken rule becomes a [`Problem`] naming where it is.

use std::collections::{BTreeMap, BTreeSet};

use super::problem::{Source, locate};
use super::{PRINCIPLE_IDS, Pack, Problem, SEEDS, STEP_IDS, Step};
use crate::coach::lang::Lang;

/// Least and most entries in each list of a step.
const CHECKLIST: (usize, usize) = (2, 4);
const PHRASINGS_MIN: usize = 4;
const AVOID_MIN: usize = 2;

/// Collects what is wrong with the parsed packs.
pub(super) fn validate(packs: &BTreeMap<Lang, Pack>, sources: &BTreeMap<Lang, Source>) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (lang, pack) in packs {
        let Some(source) = sources.get(lang) else {
            continue;
        };
        let mut report = |id: Option<&str>, field: Option<&str>, message: String| {
            problems.push(Problem {
                file: source.name.clone(),
                at: id.and_then(|id| locate(&source.text, id, field)),
                message,
            });
        };
        if pack.language != lang.code() {
            report(
                None,
                None,
                format!("\"language\" is \"{}\" but the file is for \"{lang}\"", pack.language),
            );
        }
        check_ids(pack.principles.iter().map(|p| p.id.as_str()), &PRINCIPLE_IDS, "principle", &mut report);
        for p in &pack.principles {
            if p.text.trim().is_empty() {
                report(Some(&p.id), Some("text"), format!("principle `{}`: \"text\" is empty", p.id));
            }
            check_sources(&p.id, &p.sources, true, &mut report);
        }
        check_ids(pack.steps.iter().map(|s| s.id.as_str()), &STEP_IDS, "step", &mut report);
        for step in &pack.steps {
            check_step(step, &mut report);
        }
        check_cues(pack, &mut report);
        check_avoid_lines(pack, &mut report);
    }
    problems.extend(parity(packs, sources));
    problems
}

/// Each line to avoid: its own id, a known step, patterns that are not empty.
fn check_avoid_lines(pack: &Pack, report: &mut impl FnMut(Option<&str>, Option<&str>, String)) {
    let mut seen = Vec::new();
    for line in &pack.avoid_lines {
        let id = line.id.as_str();
        if seen.contains(&id) {
            report(Some(id), None, format!("avoid line `{id}` is given twice; give each its own id"));
        }
        seen.push(id);
        if pack.step(&line.step).is_none() {
            report(Some(id), Some("step"), format!("avoid line `{id}`: step `{}` does not exist", line.step));
        }
        if line.when.is_empty() || line.when.iter().any(|w| w.trim().trim_end_matches('*').trim().is_empty())
        {
            report(
                Some(id),
                Some("when"),
                format!("avoid line `{id}`: \"when\" needs words, none of them empty"),
            );
        }
    }
}

/// Each cue: a known step, patterns that are not empty, a tick that exists,
/// a card; ids once each.
fn check_cues(pack: &Pack, report: &mut impl FnMut(Option<&str>, Option<&str>, String)) {
    let mut seen = BTreeSet::new();
    for cue in &pack.cues {
        let id = cue.id.as_str();
        if !seen.insert(id) {
            report(Some(id), None, format!("cue `{id}` is given twice; give each cue its own id"));
        }
        let Some(step) = pack.step(&cue.step) else {
            report(Some(id), Some("step"), format!("cue `{id}`: step `{}` does not exist", cue.step));
            continue;
        };
        if cue.when.is_empty() && cue.voice.is_none() {
            report(Some(id), Some("when"), format!("cue `{id}`: \"when\" needs at least one word or phrase"));
        }
        if cue.when.iter().any(|w| w.trim().trim_end_matches('*').trim().is_empty()) {
            report(Some(id), Some("when"), format!("cue `{id}`: \"when\" has an empty pattern"));
        }
        if cue.card.trim().is_empty() {
            report(Some(id), Some("card"), format!("cue `{id}`: \"card\" is empty"));
        }
        if let Some(item) = cue.tick
            && item >= step.checklist.len()
        {
            let count = step.checklist.len();
            report(
                Some(id),
                Some("tick"),
                format!("cue `{id}`: step `{}` has {count} items, no item {item}", step.id),
            );
        }
    }
}

/// Duplicate ids, and required ids that are missing.
fn check_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    required: &[&str],
    what: &str,
    report: &mut impl FnMut(Option<&str>, Option<&str>, String),
) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if id.trim().is_empty() {
            report(None, None, format!("a {what} has an empty \"id\""));
        } else if !seen.insert(id) {
            report(Some(id), None, format!("{what} `{id}` appears twice; ids must be unique"));
        }
    }
    for id in required {
        if !seen.contains(id) {
            report(None, None, format!("{what} `{id}` is missing; every language needs it"));
        }
    }
}

/// The counts and texts of one step.
fn check_step(step: &Step, report: &mut impl FnMut(Option<&str>, Option<&str>, String)) {
    let id = step.id.as_str();
    for (field, text) in [("title", &step.title), ("why", &step.why)] {
        if text.trim().is_empty() {
            report(Some(id), Some(field), format!("step `{id}`: \"{field}\" is empty"));
        }
    }
    let lists: [(&str, &Vec<String>, usize, usize); 3] = [
        ("checklist", &step.checklist, CHECKLIST.0, CHECKLIST.1),
        ("phrasings", &step.phrasings, PHRASINGS_MIN, usize::MAX),
        ("avoid", &step.avoid, AVOID_MIN, usize::MAX),
    ];
    for (field, list, min, max) in lists {
        // A team's list needs one entry at least; the embedded counts are
        // the embedded playbook's own quality gate.
        let min = if step.team_lists.contains(&field) { 1 } else { min };
        let n = list.len();
        if n < min || n > max {
            let want = if max == usize::MAX { format!("at least {min}") } else { format!("{min} to {max}") };
            report(
                Some(id),
                Some(field),
                format!("step `{id}`: \"{field}\" has {n} entries; it needs {want}"),
            );
        }
        if list.iter().any(|t| t.trim().is_empty()) {
            report(Some(id), Some(field), format!("step `{id}`: \"{field}\" has an empty entry"));
        }
    }
    // A team's own step may cite company documents instead of the seeds.
    if !step.team {
        check_sources(id, &step.sources, false, report);
    }
}

/// Sources must name seed files; a step must cite at least one.
fn check_sources(
    id: &str,
    sources: &[String],
    may_be_empty: bool,
    report: &mut impl FnMut(Option<&str>, Option<&str>, String),
) {
    if sources.is_empty() && !may_be_empty {
        report(
            Some(id),
            Some("sources"),
            format!("`{id}`: \"sources\" is empty; cite the seed files it comes from"),
        );
    }
    for s in sources {
        if !SEEDS.contains(&s.as_str()) {
            report(
                Some(id),
                Some("sources"),
                format!("`{id}`: unknown source \"{s}\"; use one of {}", SEEDS.join(", ")),
            );
        }
    }
}

/// Every language has the steps and principles of English, in the same phases.
fn parity(packs: &BTreeMap<Lang, Pack>, sources: &BTreeMap<Lang, Source>) -> Vec<Problem> {
    let Some(en) = packs.get(&Lang::En) else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for (lang, pack) in packs.iter().filter(|(l, _)| **l != Lang::En) {
        let Some(source) = sources.get(lang) else {
            continue;
        };
        for step in &en.steps {
            match pack.step(&step.id) {
                None => problems.push(Problem {
                    file: source.name.clone(),
                    at: None,
                    message: format!("step `{}` is in en.json but not here; add it", step.id),
                }),
                Some(s) if s.phase != step.phase => problems.push(Problem {
                    file: source.name.clone(),
                    at: locate(&source.text, &s.id, Some("phase")),
                    message: format!(
                        "step `{}` is in phase {:?} but in {:?} in en.json",
                        s.id, s.phase, step.phase
                    ),
                }),
                Some(_) => {}
            }
        }
        for p in &en.principles {
            if !pack.principles.iter().any(|q| q.id == p.id) {
                problems.push(Problem {
                    file: source.name.clone(),
                    at: None,
                    message: format!("principle `{}` is in en.json but not here; add it", p.id),
                });
            }
        }
    }
    problems
}
