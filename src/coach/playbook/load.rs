//! Reading the playbook from the embedded files or from a directory, with
//! errors that name the file, the line and the column.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;
use std::sync::OnceLock;

use super::problem::{Problem, Problems, Source};
use super::scenario::Scenario;
use super::team::{self, TeamPack};
use super::{Pack, Playbook, STEP_IDS, scenario_check};
use crate::coach::assets::{self, Playbooks};
use crate::coach::lang::Lang;

impl Playbook {
    /// The playbook embedded in the binary, for use: each language is
    /// read when first needed, the scenarios when practice first needs
    /// them, nothing validated (the tests and `playbook check` validate
    /// the embedded content: start-up stays fast). It cannot fail; the
    /// `Result` is the one of every way to load a playbook.
    pub fn embedded() -> Result<Playbook, Problems> {
        let packs = Lang::ALL.into_iter().map(|lang| (lang, OnceLock::new())).collect();
        Ok(Playbook { packs, scenarios: OnceLock::new(), warnings: Vec::new(), team_version: None })
    }

    /// The embedded playbook read and validated now, scenarios included.
    pub fn embedded_checked() -> Result<Playbook, Problems> {
        Playbook::load(None, |_| Ok(None))
    }

    /// The embedded playbook with a team playbook directory merged over it
    /// (PRODUCT.md §6): steps replace the fields they name, new steps and
    /// scenarios are added, absent files leave the embedded ones.
    pub fn with_team(dir: &Path) -> Result<Playbook, Problems> {
        if !dir.is_dir() {
            return Err(Problems(vec![Problem {
                file: dir.display().to_string(),
                at: None,
                message: "is not a directory; give a directory with the layout of playbooks/".into(),
            }]));
        }
        Playbook::load(Some(dir), |lang| read_file(&dir.join(format!("{lang}.json"))))
    }

    /// A complete playbook directory on its own, every language required
    /// (to check a full copy, such as `playbooks/` itself).
    pub fn from_dir(dir: &Path) -> Result<Playbook, Problems> {
        let mut problems = Vec::new();
        let mut packs = BTreeMap::new();
        let mut sources = BTreeMap::new();
        for lang in Lang::ALL {
            match read_file(&dir.join(format!("{lang}.json"))) {
                Ok(Some(source)) => match parse::<Pack>(&source) {
                    Ok(pack) => {
                        packs.insert(lang, pack);
                        sources.insert(lang, source);
                    }
                    Err(p) => problems.push(p),
                },
                Ok(None) => problems.push(missing(lang)),
                Err(p) => problems.push(p),
            }
        }
        problems.extend(super::validate::validate(&packs, &sources));
        let scenarios =
            scenarios(scenario_files(&dir.join("scenarios")), packs.get(&Lang::En), &mut problems);
        finish(packs, scenarios, Vec::new(), problems)
    }

    /// The embedded packs, each merged with the team's file of its
    /// language (from `team_file`), then validated with the scenarios.
    fn load(
        team: Option<&Path>,
        team_file: impl Fn(Lang) -> Result<Option<Source>, Problem>,
    ) -> Result<Playbook, Problems> {
        let mut problems = Vec::new();
        let mut packs = BTreeMap::new();
        let mut sources = BTreeMap::new();
        // The team's version and the file that gave it first.
        let mut team_version: Option<(String, String)> = None;
        for lang in Lang::ALL {
            let path = format!("{lang}.json");
            let Some(base) = embedded(&path) else {
                problems.push(missing(lang));
                continue;
            };
            let mut pack = match parse::<Pack>(&base) {
                Ok(pack) => pack,
                Err(p) => {
                    problems.push(p);
                    continue;
                }
            };
            let mut source = base;
            match team_file(lang) {
                Ok(Some(team)) => match parse::<TeamPack>(&team) {
                    Ok(team_pack) => {
                        if let Some(version) = &team_pack.version {
                            match &team_version {
                                Some((first, file)) if first != version => problems.push(Problem {
                                    file: team.name.clone(),
                                    at: None,
                                    message: format!(
                                        "\"version\" is \"{version}\" but \"{first}\" in {file}; give every file the same version"
                                    ),
                                }),
                                Some(_) => {}
                                None => team_version = Some((version.clone(), team.name.clone())),
                            }
                        }
                        problems.extend(team::merge(&mut pack, team_pack, lang, &team));
                        source = team;
                    }
                    Err(p) => problems.push(p),
                },
                Ok(None) => {}
                Err(p) => problems.push(p),
            }
            packs.insert(lang, pack);
            sources.insert(lang, source);
        }
        let warnings = team::fill_gaps(&mut packs, &sources);
        problems.extend(super::validate::validate(&packs, &sources));
        let mut files = embedded_scenarios();
        if let Some(dir) = team {
            files.extend(scenario_files(&dir.join("scenarios")));
        }
        let scenarios = scenarios(files, packs.get(&Lang::En), &mut problems);
        let mut playbook = finish(packs, scenarios, warnings, problems)?;
        playbook.team_version = team_version.map(|(version, _)| version);
        Ok(playbook)
    }
}

/// The embedded scenario files.
fn embedded_scenarios() -> Vec<Result<Source, Problem>> {
    Playbooks::iter()
        .filter(|p| p.starts_with("scenarios/") && p.ends_with(".json"))
        .filter_map(|p| embedded(&p))
        .map(Ok)
        .collect()
}

/// The embedded scenarios, parsed when first needed. They are validated
/// by `playbook check` in CI; one that would not parse is left out rather
/// than stopping a live call.
pub(super) fn lazy_scenarios(en: &Pack) -> Vec<Scenario> {
    let mut ignored = Vec::new();
    scenarios(embedded_scenarios(), Some(en), &mut ignored)
}

/// The embedded pack of a language, read when first needed.
#[expect(
    clippy::expect_used,
    reason = "the embedded playbook is validated by the tests and `playbook check` in CI"
)]
pub(super) fn embedded_pack(lang: Lang) -> Pack {
    embedded(&format!("{lang}.json"))
        .and_then(|source| parse::<Pack>(&source).ok())
        .expect("the embedded playbook has every language and parses")
}

fn finish(
    packs: BTreeMap<Lang, Pack>,
    scenarios: Vec<Scenario>,
    warnings: Vec<Problem>,
    problems: Vec<Problem>,
) -> Result<Playbook, Problems> {
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    let packs = packs.into_iter().map(|(lang, pack)| (lang, OnceLock::from(pack))).collect();
    Ok(Playbook { packs, scenarios: OnceLock::from(scenarios), warnings, team_version: None })
}

/// An embedded file of `playbooks/`.
fn embedded(path: &str) -> Option<Source> {
    assets::text::<Playbooks>(path)
        .map(|text| Source { name: format!("playbooks/{path}"), text: text.into_owned() })
}

/// A file, `None` if it does not exist.
fn read_file(path: &Path) -> Result<Option<Source>, Problem> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(Source {
            name: path.display().to_string(),
            text: String::from_utf8_lossy(&bytes).into_owned(),
        })),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Problem {
            file: path.display().to_string(),
            at: None,
            message: format!("cannot be read: {e}"),
        }),
    }
}

fn missing(lang: Lang) -> Problem {
    Problem {
        file: format!("{lang}.json"),
        at: None,
        message: format!("is missing: every language ({}) needs its file", Lang::supported_list()),
    }
}

/// A JSON file as `T`, or where and why it is not.
fn parse<T: serde::de::DeserializeOwned>(source: &Source) -> Result<T, Problem> {
    serde_json::from_str(&source.text).map_err(|e| Problem {
        file: source.name.clone(),
        at: (e.line() > 0).then(|| real_column(&source.text, e.line(), e.column())),
        message: json_message(&e),
    })
}

/// serde_json's column 0 (the last thing read was a line break: the file
/// ended, say) as the place just after the previous line's last
/// character, where what is missing belongs.
fn real_column(text: &str, line: usize, column: usize) -> (usize, usize) {
    if column > 0 {
        return (line, column);
    }
    match line.checked_sub(2).and_then(|before| text.split('\n').nth(before)) {
        Some(previous) => (line - 1, previous.trim_end_matches('\r').chars().count() + 1),
        None => (line, 1),
    }
}

/// Parses and validates scenarios; a later file replaces an earlier one
/// with the same id (a team's over the embedded).
fn scenarios(
    files: Vec<Result<Source, Problem>>,
    en: Option<&Pack>,
    problems: &mut Vec<Problem>,
) -> Vec<Scenario> {
    let steps: Vec<&str> = match en {
        Some(en) => en.steps.iter().map(|s| s.id.as_str()).collect(),
        None => STEP_IDS.to_vec(),
    };
    let mut scenarios: Vec<Scenario> = Vec::new();
    for file in files {
        let parsed = file.and_then(|source| parse::<Scenario>(&source).map(|s| (s, source)));
        match parsed {
            Ok((scenario, source)) => {
                problems.extend(scenario_check::validate(&scenario, &source.name, &source.text, &steps));
                scenarios.retain(|s| s.id != scenario.id);
                scenarios.push(scenario);
            }
            Err(p) => problems.push(p),
        }
    }
    scenarios.sort_by(|a, b| a.difficulty.cmp(&b.difficulty).then(a.id.cmp(&b.id)));
    scenarios
}

/// The `*.json` files of a scenarios directory (none if it is absent).
fn scenario_files(dir: &Path) -> Vec<Result<Source, Problem>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.display().to_string();
            std::fs::read(&path)
                .map(|b| Source { name: name.clone(), text: String::from_utf8_lossy(&b).into_owned() })
                .map_err(|e| Problem { file: name, at: None, message: format!("cannot be read: {e}") })
        })
        .collect()
}

/// serde_json's message without its own " at line … column …" suffix,
/// which the problem already carries.
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let cut = text.rfind(" at line ").unwrap_or(text.len());
    format!("{}; fix the JSON there", &text[..cut])
}
