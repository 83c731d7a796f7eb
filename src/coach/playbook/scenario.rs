//! Practice scenarios as content: `playbooks/scenarios/<id>.json`, each in
//! every language (PRODUCT.md §5). The playbook loads and checks them;
//! practice plays them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use super::scenario_check::validate;
use crate::coach::lang::Lang;
use crate::coach::mood;
/// A text in every language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, else in English, else empty.
    pub fn get(&self, lang: Lang) -> &str {
        self.0.get(lang.code()).or_else(|| self.0.get(Lang::En.code())).map_or("", String::as_str)
    }
}

/// How good a response is, by the playbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    /// Applies the step well.
    Good,
    /// Well meant but poor.
    Weak,
    /// Violates the step or a principle.
    Harmful,
}

impl Quality {
    /// The Fluent message id of its name ("Good answer", …).
    pub fn message_id(self) -> &'static str {
        match self {
            Quality::Good => "practice-good",
            Quality::Weak => "practice-weak",
            Quality::Harmful => "practice-harmful",
        }
    }
}

/// How a scenario can end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Ending {
    /// Unique within the scenario.
    pub id: String,
    /// Good, mixed or bad.
    pub kind: EndingKind,
    /// How the call ended.
    pub text: Text,
}

/// A practice scenario: `playbooks/scenarios/<id>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

/// Whether 100% can be reached: a path of good picks only that ends with
/// a calm customer. The mood after a pick depends only on its node and
/// response, so each node is looked at once.
pub fn has_perfect_path(scenario: &Scenario) -> bool {
    fn perfect<'s>(scenario: &'s Scenario, at: &'s str, seen: &mut BTreeMap<&'s str, bool>) -> bool {
        if let Some(known) = seen.get(at) {
            return *known;
        }
        // Marked false first: a cycle (rejected by validation) cannot help.
        seen.insert(at, false);
        let Some(node) = scenario.node(at) else {
            return false;
        };
        let found = node.responses.iter().filter(|r| r.quality == Quality::Good).any(|r| {
            if scenario.ending(&r.next).is_some() {
                mood::moved(node.mood, r.mood) <= mood::CALM
            } else {
                perfect(scenario, &r.next, seen)
            }
        });
        seen.insert(at, found);
        found
    }
    perfect(scenario, &scenario.start, &mut BTreeMap::new())
}
