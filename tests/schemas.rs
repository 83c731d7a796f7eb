//! The JSON Schemas in `schemas/` are the ones the code generates (run
//! with `UPDATE_SCHEMAS=1` to write them anew), `calma schema` prints
//! them, and exported playbook files name them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::process::Command;

use calma::shell::schema::{SchemaKind, schema};

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    for kind in SchemaKind::ALL {
        let path = format!("schemas/{}", kind.file_name());
        let generated = schema(kind);
        if std::env::var_os("UPDATE_SCHEMAS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == generated, "{path} is stale: run UPDATE_SCHEMAS=1 cargo test --test schemas");
        let value: serde_json::Value = serde_json::from_str(&generated).unwrap();
        assert_eq!(value["$schema"], "https://json-schema.org/draft/2020-12/schema");
    }
}

#[test]
fn calma_schema_prints_them_and_exported_files_name_them() {
    let calma = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_calma"));
        c.env("CALMA_CONFIG", "/nonexistent/calma/config.toml");
        c
    };
    let out = calma().args(["schema", "record"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), schema(SchemaKind::Record));

    let dir = tempfile::tempdir().unwrap();
    let out = calma().args(["playbook", "export"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let hr: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("hr.json")).unwrap()).unwrap();
    assert_eq!(hr["$schema"], "schemas/playbook.schema.json");
    assert!(dir.path().join("schemas/playbook.schema.json").exists());
    let scenario = std::fs::read_dir(dir.path().join("scenarios")).unwrap().next().unwrap().unwrap().path();
    let scenario: serde_json::Value = serde_json::from_slice(&std::fs::read(scenario).unwrap()).unwrap();
    assert_eq!(scenario["$schema"], "../schemas/scenario.schema.json");
    // A team directory made from the export is a valid team playbook.
    let out = calma().args(["playbook", "check"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
