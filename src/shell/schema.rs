//! JSON Schemas of calma's files, generated from the Rust types that read
//! them (`schemars`): printed by `calma schema`, committed in `schemas/`
//! (a test keeps the two equal), and named by exported playbook files in
//! their `"$schema"` key so that editors check and complete them.

/// The files calma reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaKind {
    /// A playbook language file (`<lang>.json`), complete or a team's part.
    Playbook,
    /// A practice scenario (`scenarios/<id>.json`).
    Scenario,
    /// A call record (`calls/<id>.json`, and each line of `export --all`).
    Record,
    /// The settings file (`config.toml`).
    Config,
}

impl SchemaKind {
    /// Every kind, in the order of `schemas/`.
    pub const ALL: [SchemaKind; 4] =
        [SchemaKind::Playbook, SchemaKind::Scenario, SchemaKind::Record, SchemaKind::Config];

    /// The file name under `schemas/`.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Playbook => "playbook.schema.json",
            SchemaKind::Scenario => "scenario.schema.json",
            SchemaKind::Record => "record.schema.json",
            SchemaKind::Config => "config.schema.json",
        }
    }
}

/// The schema as pretty JSON, ending in a line feed.
pub fn schema(kind: SchemaKind) -> String {
    let schema = match kind {
        SchemaKind::Playbook => crate::coach::playbook::team_schema(),
        SchemaKind::Scenario => schemars::schema_for!(crate::coach::playbook::Scenario),
        SchemaKind::Record => schemars::schema_for!(crate::records::record::Record),
        SchemaKind::Config => crate::shell::config::schema(),
    };
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// A JSON file's text with `"$schema": url` as its first key (the text
/// otherwise as it was, so that exported files keep their layout).
pub fn with_schema_key(json: &str, url: &str) -> String {
    match json.find('{') {
        Some(at) if !json.contains("\"$schema\"") => {
            let rest = &json[at + 1..];
            let comma = if rest.trim_start().starts_with('}') { "" } else { "," };
            format!("{}{{\n  \"$schema\": {}{comma}{rest}", &json[..at], serde_json::Value::from(url))
        }
        _ => json.to_string(),
    }
}
