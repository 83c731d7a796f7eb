//! `calma playbook check` and `calma playbook export`.

use std::path::Path;

use super::CliError;
use crate::coach::assets::Playbooks;
use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;
use crate::coach::playbook::Playbook;
use crate::shell::schema::SchemaKind;

/// `calma playbook check [DIR]`: a summary line, or every problem.
pub fn check(dir: Option<&Path>, i18n: &I18n) -> Result<String, CliError> {
    let playbook = match dir {
        Some(dir) => Playbook::with_team(dir),
        None => Playbook::embedded_checked(),
    }
    .map_err(CliError::Playbook)?;
    for warning in playbook.warnings() {
        super::print_err(&warning.to_string());
    }
    let en = playbook.pack(Lang::En);
    Ok(i18n.t_with(
        "check-ok",
        &args![
            "languages" => playbook.packs().count(),
            "steps" => en.steps.len(),
            "principles" => en.principles.len(),
            "version" => playbook.version().to_string()
        ],
    ))
}

/// The localised heading and the problems, one per line.
pub fn playbook_error(problems: &crate::coach::playbook::Problems, i18n: &I18n) -> String {
    format!("{}\n{problems}", i18n.t_with("error-playbook", &args!["count" => problems.0.len()]))
}

/// `calma playbook export DIR`: writes the embedded files as they are or,
/// with a team playbook, the merged playbook; same layout as `playbooks/`.
pub fn export(dir: &Path, team: Option<&Path>, i18n: &I18n) -> Result<String, CliError> {
    let fail = |source| CliError::ExportDir { dir: dir.to_path_buf(), source };
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    match team {
        None => {
            for name in Playbooks::iter() {
                if let Some(file) = Playbooks::get(&name) {
                    files.push((name.to_string(), file.data.into_owned()));
                }
            }
        }
        Some(team) => {
            let playbook = Playbook::with_team(team).map_err(CliError::Playbook)?;
            for lang in Lang::ALL {
                files.push((format!("{lang}.json"), playbook.to_json(lang).into_bytes()));
            }
            for scenario in playbook.scenarios() {
                let mut json = serde_json::to_string_pretty(scenario).unwrap_or_default();
                json.push('\n');
                files.push((format!("scenarios/{}.json", scenario.id), json.into_bytes()));
            }
        }
    }
    // Each file names its schema, written beside it, for editors.
    let mut files: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(name, data)| {
            let url = if name.starts_with("scenarios/") {
                format!("../schemas/{}", SchemaKind::Scenario.file_name())
            } else {
                format!("schemas/{}", SchemaKind::Playbook.file_name())
            };
            let text = crate::shell::schema::with_schema_key(&String::from_utf8_lossy(&data), &url);
            (name, text.into_bytes())
        })
        .collect();
    for kind in [SchemaKind::Playbook, SchemaKind::Scenario] {
        files
            .push((format!("schemas/{}", kind.file_name()), crate::shell::schema::schema(kind).into_bytes()));
    }
    for (name, data) in &files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        std::fs::write(&path, data).map_err(fail)?;
    }
    Ok(i18n.t_with("export-done", &args!["count" => files.len(), "dir" => dir.display().to_string()]))
}
