//! What ships (issue 33): `calma --version`, the Debian packages' version
//! and the CHANGELOG agree; the packages carry the binary, the manual, the
//! completions and the docs where Debian looks for them; and what their
//! descriptions tell a user to run exists.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::process::{Command, Stdio};

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn manifest() -> toml::Table {
    std::fs::read_to_string("Cargo.toml").unwrap().parse().unwrap()
}

/// `[package.metadata.deb]`.
fn deb(manifest: &toml::Table) -> &toml::Table {
    manifest["package"]["metadata"]["deb"].as_table().unwrap()
}

/// Each asset's source and destination.
fn assets(deb: &toml::Table) -> Vec<(String, String)> {
    let pair = |a: &toml::Value| {
        let a = a.as_array().unwrap();
        (a[0].as_str().unwrap().to_string(), a[1].as_str().unwrap().to_string())
    };
    deb["assets"].as_array().unwrap().iter().map(pair).collect()
}

fn calma(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_calma"))
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_changelog_keeps_an_unreleased_section_and_names_the_version() {
    let log = std::fs::read_to_string("CHANGELOG.md").unwrap();
    let headings: Vec<&str> = log.lines().filter(|l| l.starts_with("## [")).collect();
    assert_eq!(headings.first(), Some(&"## [Unreleased]"), "the first section is Unreleased");
    // The version in Cargo.toml is the newest release, or, before the
    // first one, the one the Unreleased section says it will become.
    match headings.get(1) {
        Some(newest) => {
            assert!(newest.starts_with(&format!("## [{VERSION}]")), "{newest} is not {VERSION}")
        }
        None => assert!(log.contains(&format!("released as {VERSION}")), "Unreleased names {VERSION}"),
    }
}

#[test]
fn the_version_flag_the_manual_and_the_packages_agree() {
    let (ok, out) = calma(&["--version"]);
    assert!(ok && out.starts_with(&format!("calma {VERSION} ")), "{out}");
    let (ok, page) = calma(&["man"]);
    assert!(ok && page.contains(&format!("\"calma {VERSION}\"")), "the manual's header");
    // cargo-deb takes the crate's version unless told otherwise.
    let manifest = manifest();
    let deb = deb(&manifest);
    assert!(!deb.contains_key("deb-version") && !deb.contains_key("version"));
    for (name, variant) in deb["variants"].as_table().unwrap() {
        let variant = variant.as_table().unwrap();
        assert!(!variant.contains_key("deb-version") && !variant.contains_key("version"), "{name}");
    }
}

#[test]
fn the_package_puts_each_file_where_debian_looks() {
    let manifest = manifest();
    let assets = assets(deb(&manifest));
    let script = std::fs::read_to_string("scripts/package").unwrap();
    for dest in [
        "usr/bin/",
        "usr/share/man/man1/calma.1.gz",
        "usr/share/bash-completion/completions/calma",
        "usr/share/zsh/vendor-completions/_calma",
        "usr/share/fish/vendor_completions.d/calma.fish",
        "usr/share/doc/calma/changelog",
        "usr/share/doc/calma/changelog.Debian.gz",
    ] {
        assert!(assets.iter().any(|(_, d)| d == dest), "no asset goes to {dest}");
    }
    for (source, _) in &assets {
        match source.strip_prefix("target/release/package/") {
            // Written by scripts/package from the binary.
            Some(file) => {
                assert!(script.contains(&format!("\"$out/{file}\"")), "scripts/package writes {file}")
            }
            None if source.starts_with("target/release/") => {}
            None => assert!(std::path::Path::new(source).is_file(), "{source} is missing"),
        }
    }
}

#[test]
fn the_listen_package_is_the_listen_build_and_replaces_the_default_one() {
    let manifest = manifest();
    let listen = deb(&manifest)["variants"]["listen"].as_table().unwrap();
    assert_eq!(listen["name"].as_str(), Some("calma-listen"));
    assert_eq!(listen["features"].as_array().unwrap()[0].as_str(), Some("listen"));
    for field in ["conflicts", "replaces", "provides"] {
        assert_eq!(listen[field].as_str(), Some("calma"), "{field}");
    }
    // Its docs go to its own folder, as Debian wants.
    let docs = assets(deb(&manifest)).into_iter().filter(|(_, d)| d.starts_with("usr/share/doc/"));
    let moved = listen["merge-assets"]["by"]["src"].as_array().unwrap();
    for (source, _) in docs {
        let dest =
            moved.iter().find(|a| a[0].as_str() == Some(source.as_str())).map(|a| a[1].as_str().unwrap());
        assert!(dest.is_some_and(|d| d.starts_with("usr/share/doc/calma-listen/")), "{source}");
    }
}

#[test]
fn the_commands_the_descriptions_name_exist() {
    let manifest = manifest();
    let deb = deb(&manifest);
    let mut texts = vec![deb["extended-description"].as_str().unwrap().to_string()];
    for variant in deb["variants"].as_table().unwrap().values() {
        if let Some(text) = variant.get("extended-description") {
            texts.push(text.as_str().unwrap().to_string());
        }
    }
    for text in texts {
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2).filter(|w| w[0] == "calma") {
            let sub = pair[1].trim_matches(|c: char| !c.is_ascii_alphanumeric());
            // Words of a sentence ("calma coaches") are not commands.
            if sub.is_empty() || !pair[1].starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            if ["coaches", "says", "does", "has"].contains(&sub) {
                continue;
            }
            let (ok, _) = calma(&[sub, "--help"]);
            assert!(ok, "the description names `calma {sub}`, which is not a command");
        }
    }
}
