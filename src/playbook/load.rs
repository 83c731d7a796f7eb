//! Reading the playbook from the embedded files or from a directory, with
//! errors that name the file, the line and the column.

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::Path;

use super::{Pack, Playbook};
use crate::assets::{self, Playbooks};
use crate::lang::Lang;

/// One thing wrong with a playbook file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user knows it (`playbooks/hr.json` or a path).
    pub file: String,
    /// 1-based line and column, where known.
    pub at: Option<(usize, usize)>,
    /// What is wrong and, where it helps, what to do.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Everything wrong with a playbook, reported together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct Problems(pub Vec<Problem>);

/// A language file read from somewhere: its name for messages and its text.
pub(super) struct Source {
    pub name: String,
    pub text: String,
}

impl Playbook {
    /// The playbook embedded in the binary.
    pub fn embedded() -> Result<Playbook, Problems> {
        Playbook::load(|lang| {
            let path = format!("{lang}.json");
            Ok(assets::text::<Playbooks>(&path).map(|text| Source {
                name: format!("playbooks/{path}"),
                text: text.into_owned(),
            }))
        })
    }

    /// The playbook in a directory with the layout of `playbooks/`.
    pub fn from_dir(dir: &Path) -> Result<Playbook, Problems> {
        if !dir.is_dir() {
            return Err(Problems(vec![Problem {
                file: dir.display().to_string(),
                at: None,
                message: "is not a directory; give a directory with the layout of playbooks/"
                    .into(),
            }]));
        }
        Playbook::load(|lang| {
            let path = dir.join(format!("{lang}.json"));
            match std::fs::read(&path) {
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
        })
    }

    /// Parses and validates every language, collecting all problems.
    fn load(read: impl Fn(Lang) -> Result<Option<Source>, Problem>) -> Result<Playbook, Problems> {
        let mut problems = Vec::new();
        let mut sources = BTreeMap::new();
        let mut packs = BTreeMap::new();
        for lang in Lang::ALL {
            match read(lang) {
                Ok(Some(source)) => match serde_json::from_str::<Pack>(&source.text) {
                    Ok(pack) => {
                        packs.insert(lang, pack);
                        sources.insert(lang, source);
                    }
                    Err(e) => problems.push(Problem {
                        file: source.name,
                        at: (e.line() > 0).then(|| (e.line(), e.column())),
                        message: json_message(&e),
                    }),
                },
                Ok(None) => problems.push(Problem {
                    file: format!("{lang}.json"),
                    at: None,
                    message: format!(
                        "is missing: every language ({}) needs its file",
                        Lang::supported_list()
                    ),
                }),
                Err(problem) => problems.push(problem),
            }
        }
        problems.extend(super::validate::validate(&packs, &sources));
        if problems.is_empty() {
            Ok(Playbook { packs })
        } else {
            Err(Problems(problems))
        }
    }
}

/// serde_json's message without its own " at line … column …" suffix,
/// which the problem already carries.
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let cut = text.rfind(" at line ").unwrap_or(text.len());
    format!("{}; fix the JSON there", &text[..cut])
}

/// The 1-based line and column of a byte offset in a text.
pub(super) fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Where the object with `"id": "<id>"` starts, and the byte offset of the
/// first `"<field>"` key after it (or of the id itself).
pub(super) fn locate(text: &str, id: &str, field: Option<&str>) -> Option<(usize, usize)> {
    let needle = format!("\"{id}\"");
    let mut from = 0;
    while let Some(i) = text[from..].find(&needle) {
        let at = from + i;
        let before = text[..at].trim_end();
        if let Some(rest) = before.strip_suffix(':')
            && rest.trim_end().ends_with("\"id\"")
        {
            let offset = field
                .and_then(|f| text[at..].find(&format!("\"{f}\"")).map(|j| at + j))
                .unwrap_or(at);
            return Some(position(text, offset));
        }
        from = at + needle.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        assert_eq!(position("ab\ncd", 0), (1, 1));
        assert_eq!(position("ab\ncd", 4), (2, 2));
        assert_eq!(position("čć\nx", 4), (1, 3));
    }

    #[test]
    fn ids_and_fields_are_located() {
        let text = "{\n  \"steps\": [\n    { \"id\": \"calm\",\n      \"why\": \"x\" }\n  ]\n}";
        assert_eq!(locate(text, "calm", None), Some((3, 13)));
        assert_eq!(locate(text, "calm", Some("why")), Some((4, 7)));
        assert_eq!(locate(text, "nope", None), None);
    }
}
