//! `calma playbook check` and `calma playbook export`.

use std::path::Path;

use crate::assets::Playbooks;
use crate::i18n::{I18n, args};
use crate::lang::Lang;
use crate::playbook::Playbook;

/// A language named on the command line, or a localised error line.
pub fn parse_lang(value: &str, i18n: &I18n) -> Result<Lang, String> {
    value.parse().map_err(|_| {
        i18n.t_with(
            "error-unknown-lang",
            &args!["lang" => value, "supported" => Lang::supported_list()],
        )
    })
}

/// `calma playbook check [DIR]`: a summary line, or every problem.
pub fn check(dir: Option<&Path>, i18n: &I18n) -> Result<String, String> {
    let playbook = match dir {
        Some(dir) => Playbook::from_dir(dir),
        None => Playbook::embedded(),
    }
    .map_err(|problems| playbook_error(&problems, i18n))?;
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
pub fn playbook_error(problems: &crate::playbook::Problems, i18n: &I18n) -> String {
    format!(
        "{}\n{problems}",
        i18n.t_with("error-playbook", &args!["count" => problems.0.len()])
    )
}

/// `calma playbook export DIR`: writes the embedded files, same layout.
pub fn export(dir: &Path, i18n: &I18n) -> Result<String, String> {
    let fail = |e: std::io::Error| {
        i18n.t_with(
            "error-export-dir",
            &args!["dir" => dir.display().to_string(), "reason" => e.to_string()],
        )
    };
    let mut count = 0;
    for name in Playbooks::iter() {
        let Some(file) = Playbooks::get(&name) else {
            continue;
        };
        let path = dir.join(name.as_ref());
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        std::fs::write(&path, &file.data).map_err(fail)?;
        count += 1;
    }
    Ok(i18n.t_with(
        "export-done",
        &args!["count" => count, "dir" => dir.display().to_string()],
    ))
}
