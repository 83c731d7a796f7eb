//! The command line (PRODUCT.md §6) and its non-interactive commands.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::assets::Playbooks;
use crate::i18n::{I18n, args};
use crate::lang::Lang;
use crate::playbook::Playbook;

/// calma: a calm coach for difficult customer calls.
#[derive(Debug, Parser)]
#[command(name = "calma", version, about, long_about = None)]
pub struct Cli {
    /// UI language: pt, es, it, hr or en (default: from LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "L")]
    pub lang: Option<String>,
    /// What to do; without one, the home screen opens.
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Open the live-call coach directly.
    Call {
        /// The customer's language for phrasings (default: the UI language).
        #[arg(long, value_name = "L")]
        customer_lang: Option<String>,
        /// The customer's name, for the record.
        #[arg(long, value_name = "NAME")]
        customer: Option<String>,
        /// The ticket id, for the record.
        #[arg(long, value_name = "ID")]
        ticket: Option<String>,
    },
    /// Check or export the playbook.
    Playbook {
        /// check or export.
        #[command(subcommand)]
        command: PlaybookCmd,
    },
}

/// `calma playbook …`
#[derive(Debug, Subcommand)]
pub enum PlaybookCmd {
    /// Validate the embedded playbook, or a playbook directory.
    Check {
        /// A directory with the layout of playbooks/.
        dir: Option<PathBuf>,
    },
    /// Write the embedded playbook out for editing.
    Export {
        /// Where to write it (created if missing).
        dir: PathBuf,
    },
}

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
