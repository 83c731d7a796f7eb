//! What is wrong with a playbook or scenario file, and where: the file,
//! the 1-based line and column, and what to do.

use std::fmt;

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
pub(crate) struct Source {
    pub name: String,
    pub text: String,
}

/// The 1-based line and column of a byte offset in a text.
pub(crate) fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Where the object with `"id": "<id>"` starts, and the byte offset of the
/// first `"<field>"` key after it (or of the id itself).
pub(crate) fn locate(text: &str, id: &str, field: Option<&str>) -> Option<(usize, usize)> {
    let needle = format!("\"{id}\"");
    let mut from = 0;
    while let Some(i) = text[from..].find(&needle) {
        let at = from + i;
        let before = text[..at].trim_end();
        if let Some(rest) = before.strip_suffix(':')
            && rest.trim_end().ends_with("\"id\"")
        {
            let offset =
                field.and_then(|f| text[at..].find(&format!("\"{f}\"")).map(|j| at + j)).unwrap_or(at);
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
