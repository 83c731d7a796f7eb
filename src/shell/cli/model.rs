//! `calma model`: the speech models that suit listen mode, which one this
//! computer should get for each language, and where calma looks; `calma
//! model check FILE` checks a file against the published sums.

use std::path::Path;

use super::CliError;
use crate::coach::i18n::{I18n, args};
use crate::coach::lang::Lang;
use crate::listen::models::{self, Checked, MODELS};

/// The list, with the model recommended for each language on this
/// computer, where the file goes and which one listen mode would use.
pub fn list(data_dir: &Path, in_use: &Path, i18n: &I18n) -> String {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut lines = vec![i18n.t_with("model-list-title", &args!["source" => models::SOURCE])];
    for model in &MODELS {
        let langs: Vec<&str> =
            Lang::ALL.iter().filter(|l| models::recommended(**l, cores) == model).map(|l| l.code()).collect();
        let mut line = format!("  {:<20} {:>5} MiB", model.name, model.mib);
        if !langs.is_empty() {
            let langs = langs.join(", ");
            line.push_str("  ");
            line.push_str(&i18n.t_with("model-list-recommended", &args!["langs" => langs, "cores" => cores]));
        }
        lines.push(line);
    }
    let dir = crate::listen::models_dir(data_dir).display().to_string();
    lines.push(i18n.t_with("model-list-where", &args!["dir" => dir]));
    lines.push(i18n.t_with("model-list-in-use", &args!["path" => in_use.display().to_string()]));
    lines.join("\n")
}

/// One line on what the file is; an error when it is no model at all.
pub fn check(file: &Path, i18n: &I18n) -> Result<String, CliError> {
    let name = file.display().to_string();
    match models::check(file) {
        Ok(Checked::Known(model)) => Ok(i18n.t_with(
            "model-check-known",
            &args!["file" => name, "name" => model.name, "size" => format!("{} MiB", model.mib)],
        )),
        Ok(Checked::Unknown) => Ok(i18n.t_with("model-check-unknown", &args!["file" => name])),
        Ok(Checked::NotAModel) => Err(CliError::NotAModel(file.to_path_buf())),
        Err(source) => Err(CliError::ModelUnreadable { file: file.to_path_buf(), source }),
    }
}
