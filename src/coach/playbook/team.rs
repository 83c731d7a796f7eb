//! A team playbook: a directory with the layout of `playbooks/`, possibly
//! partial, merged over the embedded one. A step given there replaces the
//! fields it names; a new step id is added (with the full shape); a
//! language file may be absent.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::problem::{Source, locate};
use super::{AvoidLine, Cue, Pack, Phase, Principle, Problem, Step};
use crate::coach::lang::Lang;

/// A language file of a team playbook: every field optional.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct TeamPack {
    language: Option<String>,
    /// The team's version of its playbook, shown over the embedded one.
    pub(super) version: Option<String>,
    #[serde(default)]
    principles: Vec<TeamPrinciple>,
    #[serde(default)]
    steps: Vec<TeamStep>,
    /// Cues added, or replacing an embedded one with the same id.
    #[serde(default)]
    cues: Vec<Cue>,
    /// Ids of embedded cues the team does not want.
    #[serde(default)]
    remove_cues: Vec<String>,
    /// Lines to avoid added, or replacing an embedded one with the same id.
    #[serde(default)]
    avoid_lines: Vec<AvoidLine>,
    /// The JSON Schema the file follows (editors use it; calma ignores it).
    #[serde(default, rename = "$schema")]
    _schema: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct TeamPrinciple {
    id: String,
    text: Option<String>,
    sources: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct TeamStep {
    id: String,
    phase: Option<Phase>,
    title: Option<String>,
    why: Option<String>,
    checklist: Option<Vec<String>>,
    phrasings: Option<Vec<String>>,
    avoid: Option<Vec<String>>,
    sources: Option<Vec<String>>,
}

/// The JSON Schema of a playbook language file, complete (as exported)
/// or partial (a team's).
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(TeamPack)
}

/// Merges a team language file into the embedded pack; returns what is
/// wrong with it (a new step without its full shape).
pub(super) fn merge(pack: &mut Pack, team: TeamPack, lang: Lang, source: &Source) -> Vec<Problem> {
    let mut problems = Vec::new();
    pack.cues.retain(|c| !team.remove_cues.contains(&c.id));
    for cue in team.cues {
        match pack.cues.iter_mut().find(|c| c.id == cue.id) {
            Some(existing) => *existing = cue,
            None => pack.cues.push(cue),
        }
    }
    for line in team.avoid_lines {
        match pack.avoid_lines.iter_mut().find(|a| a.id == line.id) {
            Some(existing) => *existing = line,
            None => pack.avoid_lines.push(line),
        }
    }
    if let Some(language) = team.language
        && language != lang.code()
    {
        problems.push(Problem {
            file: source.name.clone(),
            at: None,
            message: format!("\"language\" is \"{language}\" but the file is for \"{lang}\""),
        });
    }
    for p in team.principles {
        match pack.principles.iter_mut().find(|q| q.id == p.id) {
            Some(q) => {
                q.text = p.text.unwrap_or(std::mem::take(&mut q.text));
                q.sources = p.sources.unwrap_or(std::mem::take(&mut q.sources));
            }
            None => pack.principles.push(Principle {
                text: p.text.unwrap_or_default(),
                sources: p.sources.unwrap_or_default(),
                id: p.id,
            }),
        }
    }
    for t in team.steps {
        if let Some(step) = pack.steps.iter_mut().find(|s| s.id == t.id) {
            // The lists the team gives are checked for one entry at least.
            for (field, given) in
                [("checklist", &t.checklist), ("phrasings", &t.phrasings), ("avoid", &t.avoid)]
            {
                if given.is_some() && !step.team_lists.contains(&field) {
                    step.team_lists.push(field);
                }
            }
            let keep = |new: Option<Vec<String>>, old: &mut Vec<String>| new.unwrap_or(std::mem::take(old));
            step.phase = t.phase.unwrap_or(step.phase);
            step.title = t.title.unwrap_or(std::mem::take(&mut step.title));
            step.why = t.why.unwrap_or(std::mem::take(&mut step.why));
            step.checklist = keep(t.checklist, &mut step.checklist);
            step.phrasings = keep(t.phrasings, &mut step.phrasings);
            step.avoid = keep(t.avoid, &mut step.avoid);
            step.sources = keep(t.sources, &mut step.sources);
            continue;
        }
        let missing: Vec<&str> = [
            ("phase", t.phase.is_none()),
            ("title", t.title.is_none()),
            ("why", t.why.is_none()),
            ("checklist", t.checklist.is_none()),
            ("phrasings", t.phrasings.is_none()),
            ("avoid", t.avoid.is_none()),
        ]
        .into_iter()
        .filter_map(|(field, absent)| absent.then_some(field))
        .collect();
        if !missing.is_empty() {
            problems.push(Problem {
                file: source.name.clone(),
                at: locate(&source.text, &t.id, None),
                message: format!(
                    "new step `{}` needs {}; a step that is not in the embedded playbook must be complete",
                    t.id,
                    missing.iter().map(|f| format!("\"{f}\"")).collect::<Vec<_>>().join(", ")
                ),
            });
            continue;
        }
        let step = Step {
            id: t.id,
            phase: t.phase.unwrap_or(Phase::Resolve),
            title: t.title.unwrap_or_default(),
            why: t.why.unwrap_or_default(),
            checklist: t.checklist.unwrap_or_default(),
            phrasings: t.phrasings.unwrap_or_default(),
            avoid: t.avoid.unwrap_or_default(),
            sources: t.sources.unwrap_or_default(),
            team: true,
            shown_from: None,
            team_lists: vec!["checklist", "phrasings", "avoid"],
        };
        // After the last step of its phase, so the rail keeps phases together.
        let at = pack.steps.iter().rposition(|s| s.phase <= step.phase).map_or(0, |i| i + 1);
        pack.steps.insert(at, step);
    }
    problems
}

/// A step a team added in some languages but not in others is shown, in
/// those, in the text of a language that has it (English first); each such
/// gap is a warning, not an error.
pub(super) fn fill_gaps(packs: &mut BTreeMap<Lang, Pack>, sources: &BTreeMap<Lang, Source>) -> Vec<Problem> {
    let mut warnings = Vec::new();
    let mut added: Vec<(Lang, Step)> = Vec::new();
    for lang in Lang::ALL {
        // English last, so that it wins as the stand-in.
        for step in packs.get(&lang).map(|p| p.steps.as_slice()).unwrap_or_default() {
            if step.team {
                added.retain(|(_, s)| s.id != step.id);
                added.push((lang, step.clone()));
            }
        }
    }
    for (from, step) in added {
        for (lang, pack) in packs.iter_mut() {
            if pack.step(&step.id).is_none() {
                warnings.push(Problem {
                    file: sources.get(lang).map_or_else(|| format!("{lang}.json"), |s| s.name.clone()),
                    at: None,
                    message: format!(
                        "warning: step `{}` is added in {from}.json but not here; it is shown in {from}",
                        step.id
                    ),
                });
                let at = pack.steps.iter().rposition(|s| s.phase <= step.phase).map_or(0, |i| i + 1);
                pack.steps.insert(at, Step { shown_from: Some(from), ..step.clone() });
            }
        }
    }
    warnings
}
