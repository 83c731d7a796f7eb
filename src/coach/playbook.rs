//! The playbook: the steps for handling a difficult customer, in every
//! language, as typed content.

pub mod avoid;
pub mod cues;
mod load;
mod problem;
pub mod scenario;
mod scenario_check;
pub mod step_id;
mod team;
mod validate;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::coach::lang::Lang;

pub use avoid::AvoidLine;
pub use problem::{Problem, Problems};
pub use scenario::Scenario;
pub use team::schema as team_schema;

/// The seed articles the playbook is written from; `sources` must name them.
pub const SEEDS: [&str; 5] = [
    "000_b22ec726df3bca05.txt",
    "001_fb3aa6d834ba6d86.txt",
    "002_48c22e6276b75009.txt",
    "003_227cbeb74b478b9e.txt",
    "004_1ac3901d573dab4a.txt",
];

/// The step ids every language must have, in playbook order.
pub const STEP_IDS: [&str; 16] = step_id::ALL;

/// The always-on principles every language must have.
pub const PRINCIPLE_IDS: [&str; 4] = ["respect", "speak_softly", "stay_positive", "not_personal"];

/// The phases a call moves through; each step belongs to one.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Opening the call: calm.
    Open,
    /// Listening: listen, restate, empathy.
    Listen,
    /// Resolving: apologise, explain, solutions, agreement.
    Resolve,
    /// Boundaries: firm, limits, pause.
    Boundary,
    /// Seeking support.
    Escalate,
    /// Closing the call.
    Close,
    /// After the call: document, follow up, let go.
    After,
}

impl Phase {
    /// Every phase, in call order.
    pub const ALL: [Phase; 7] = [
        Phase::Open,
        Phase::Listen,
        Phase::Resolve,
        Phase::Boundary,
        Phase::Escalate,
        Phase::Close,
        Phase::After,
    ];

    /// The Fluent message id of the phase's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Phase::Open => "phase-open",
            Phase::Listen => "phase-listen",
            Phase::Resolve => "phase-resolve",
            Phase::Boundary => "phase-boundary",
            Phase::Escalate => "phase-escalate",
            Phase::Close => "phase-close",
            Phase::After => "phase-after",
        }
    }
}

/// A principle shown on every call screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Principle {
    /// Stable id, the same in every language.
    pub id: String,
    /// One short line.
    pub text: String,
    /// The seed files it comes from.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// One step of the playbook in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Step {
    /// Stable English id, the same in every language.
    pub id: String,
    /// The phase it belongs to.
    pub phase: Phase,
    /// A short title.
    pub title: String,
    /// Why the step matters, in one or two sentences.
    pub why: String,
    /// What to do, ticked off during the call.
    pub checklist: Vec<String>,
    /// What to say: index `i` serves the same intent in every language.
    pub phrasings: Vec<String>,
    /// What not to do.
    pub avoid: Vec<String>,
    /// The seed files it comes from.
    pub sources: Vec<String>,
    /// Added by a team playbook (its sources may name company documents).
    #[serde(skip)]
    pub team: bool,
    /// The language it is shown in, when a team step is missing in this
    /// language and stands in from another (marked on screen).
    #[serde(skip)]
    pub shown_from: Option<Lang>,
    /// The lists a team playbook gave for it (`checklist`, `phrasings`,
    /// `avoid`): those need one entry at least, not the embedded counts.
    #[serde(skip)]
    pub team_lists: Vec<&'static str>,
}

/// Who says the words a cue listens for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    /// The customer (what the agent notes they said).
    #[default]
    Customer,
    /// The agent.
    Agent,
}

/// How much a cue matters: open cards stack most severe first and `★ Next`
/// follows the most severe (PRODUCT.md §3). Ordered from least to most.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something worth knowing (a deadline).
    Info,
    /// What the customer needs (a refund, a fix, to be heard).
    #[default]
    Need,
    /// The customer asks for someone else (a supervisor).
    Supervisor,
    /// Abuse or a threat: a card of this class is an abusive turn.
    Abuse,
    /// Safety or legal action: before anything else.
    Critical,
}

fn is_need(severity: &Severity) -> bool {
    *severity == Severity::Need
}

/// A cue: words that, typed in a note (or heard in listen mode), raise a
/// card pointing to a step (PRODUCT.md §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Cue {
    /// Stable id, the same in every language.
    pub id: String,
    /// Words or short phrases; a trailing `*` stands for any ending.
    pub when: Vec<String>,
    /// The step the card points to.
    pub step: String,
    /// What to do, in a sentence or two.
    pub card: String,
    /// Who says the words (the customer unless told).
    #[serde(default, skip_serializing_if = "is_customer")]
    pub speaker: Speaker,
    /// For an agent cue: the checklist item of its step it ticks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tick: Option<usize>,
    /// How much it matters (a customer need unless told).
    #[serde(default, skip_serializing_if = "is_need")]
    pub severity: Severity,
    /// A voice cue: raised from the audio's levels, not from words
    /// (`when` is then empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<Voice>,
}

/// What a voice cue listens for in the call's audio (issue 31): levels
/// and timing only, no words, so it works without a speech model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VoiceKind {
    /// The agent starts talking over the customer beyond a grace (`ms`).
    Interruption,
    /// The agent is `db` louder than their own running level for `ms`.
    RaisedVoice,
    /// The customer's turns get `db` louder over the last `ms`.
    CustomerLouder,
    /// The customer's turns get `db` quieter over the last `ms`.
    CustomerCalmer,
    /// Nobody speaks for `ms` after the customer spoke.
    Silence,
}

/// A voice cue's rule: what it listens for and its thresholds, which a
/// team playbook may tune (or drop the cue with `remove_cues`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Voice {
    /// What it listens for.
    pub kind: VoiceKind,
    /// How long the condition must hold, in milliseconds (for the
    /// customer's trend: the window looked at).
    pub ms: u32,
    /// How many decibels louder (or quieter) counts, where it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db: Option<u8>,
}

fn is_customer(speaker: &Speaker) -> bool {
    *speaker == Speaker::Customer
}

/// The playbook in one language: one `playbooks/<lang>.json` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    /// The language code; must match the file name.
    pub language: String,
    /// The content version, recorded with every call.
    pub version: String,
    /// The always-on principles.
    pub principles: Vec<Principle>,
    /// The steps, in playbook order.
    pub steps: Vec<Step>,
    /// The cues, in order.
    #[serde(default)]
    pub cues: Vec<Cue>,
    /// The cues compiled for matching (once, on first use).
    #[serde(skip)]
    pub compiled: cues::CompiledCues,
    /// Lines an agent should never say, for practice answers given in the
    /// trainee's own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid_lines: Vec<AvoidLine>,
    /// The avoid lines compiled for matching (once, on first use).
    #[serde(skip)]
    pub compiled_avoid: cues::CompiledCues,
}

impl Pack {
    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

/// The playbook in every language. The embedded packs are read when first
/// used (a call reads its languages and English, nothing else: start-up
/// stays fast); a team's or a directory's are read and validated at once.
#[derive(Debug, Clone)]
pub struct Playbook {
    packs: BTreeMap<Lang, OnceLock<Pack>>,
    scenarios: OnceLock<Vec<Scenario>>,
    warnings: Vec<Problem>,
    /// The `version` a team playbook gives, if any.
    team_version: Option<String>,
}

impl Playbook {
    /// The pack of a language; English stands in should a language be
    /// missing (validation rules that out).
    #[expect(clippy::expect_used, reason = "a Playbook always holds every language (load::finish)")]
    pub fn pack(&self, lang: Lang) -> &Pack {
        let (lang, cell) = self
            .packs
            .get_key_value(&lang)
            .or_else(|| self.packs.get_key_value(&Lang::En))
            .or_else(|| self.packs.iter().next())
            .expect("a playbook has at least one language");
        cell.get_or_init(|| load::embedded_pack(*lang))
    }

    /// The languages whose pack has been read so far, and whether the
    /// scenarios have been (start-up reads only what the first frame needs).
    pub fn read_so_far(&self) -> (Vec<Lang>, bool) {
        let packs = self.packs.iter().filter(|(_, p)| p.get().is_some()).map(|(l, _)| *l).collect();
        (packs, self.scenarios.get().is_some())
    }

    /// What is not wrong but worth saying (a team step missing in a
    /// language).
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// The practice scenarios, easiest first.
    pub fn scenarios(&self) -> &[Scenario] {
        self.scenarios.get_or_init(|| load::lazy_scenarios(self.pack(Lang::En)))
    }

    /// The scenario with this id.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios().iter().find(|s| s.id == id)
    }

    /// The content version recorded with every call: the embedded one
    /// ("1"), or a team's over it ("acme-2 over 1").
    pub fn version(&self) -> String {
        // Every embedded pack carries the same version (a test keeps them
        // so): a call in Croatian need not read the English pack for it.
        let read = self.packs.values().find_map(|p| p.get()).filter(|_| self.team_version.is_none());
        let embedded = &read.unwrap_or_else(|| self.pack(Lang::En)).version;
        match &self.team_version {
            Some(team) => format!("{team} over {embedded}"),
            None => embedded.clone(),
        }
    }

    /// Each language with its pack (reading those not read yet).
    pub fn packs(&self) -> impl Iterator<Item = (Lang, &Pack)> {
        self.packs.keys().map(|l| (*l, self.pack(*l)))
    }

    /// The pretty JSON of one language's file, as `playbook export` writes it.
    pub fn to_json(&self, lang: Lang) -> String {
        // Serialising plain structs of strings cannot fail.
        let mut pack = self.pack(lang).clone();
        // A merged playbook says whose it is.
        pack.version = self.version();
        let mut json = serde_json::to_string_pretty(&pack).unwrap_or_default();
        json.push('\n');
        json
    }
}
