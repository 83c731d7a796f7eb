//! Practice: branching role-play scenarios scored against the playbook.
//! Pure: a scenario, a session stepping through it, and its score.

mod score;
mod session;
mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

pub use score::{PASS_MARK, Score, has_perfect_path};
pub use session::{Pick, Session, Turn};
pub use validate::validate;

/// A text in every language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, else in English, else empty.
    pub fn get(&self, lang: Lang) -> &str {
        self.0.get(lang.code()).or_else(|| self.0.get(Lang::En.code())).map_or("", String::as_str)
    }
}

/// How good a response is, by the playbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    /// Applies the step well.
    Good,
    /// Well meant but poor.
    Weak,
    /// Violates the step or a principle.
    Harmful,
}

/// How a scenario can end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndingKind {
    /// The call ended well.
    Good,
    /// Partly well.
    Mixed,
    /// The call went wrong.
    Bad,
}

/// A response the trainee can pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// What the agent says.
    pub text: Text,
    /// The playbook step it applies or violates.
    pub step: String,
    /// How good it is.
    pub quality: Quality,
    /// Why, in a trainer's words.
    pub feedback: Text,
    /// The change of the customer's mood.
    pub mood: i8,
    /// The next node or ending.
    pub next: String,
}

/// A decision point: the customer speaks, the trainee answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Unique within the scenario.
    pub id: String,
    /// The customer's mood when speaking (1..=5).
    pub mood: u8,
    /// What the customer says.
    pub customer: Text,
    /// 2–4 responses.
    pub responses: Vec<Response>,
}

/// An ending of a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ending {
    /// Unique within the scenario.
    pub id: String,
    /// Good, mixed or bad.
    pub kind: EndingKind,
    /// How the call ended.
    pub text: Text,
}

/// A practice scenario: `playbooks/scenarios/<id>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    /// Stable id, the file name.
    pub id: String,
    /// 1 easy … 3 hard.
    pub difficulty: u8,
    /// A short title.
    pub title: Text,
    /// The situation, for the trainee.
    pub situation: Text,
    /// Who the customer is.
    pub persona: Text,
    /// The seed files it comes from.
    #[serde(default)]
    pub sources: Vec<String>,
    /// The first node.
    pub start: String,
    /// The decision points.
    pub nodes: Vec<Node>,
    /// The endings.
    pub endings: Vec<Ending>,
}

impl Scenario {
    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The ending with this id.
    pub fn ending(&self, id: &str) -> Option<&Ending> {
        self.endings.iter().find(|e| e.id == id)
    }
}
