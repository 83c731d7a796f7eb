//! Settings: flags beat the environment beats the config file; a bad file
//! stops calma with one line; the agent goes into every record; the
//! language picked on the home screen is there after a restart.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::path::Path;

use common::Tmux;

/// `calma ARGS` with this settings file and environment, `input` on stdin.
fn calma(config: &Path, args: &[&str], env: &[(&str, &str)], input: &str) -> (i32, String, String) {
    let config = config.to_str().unwrap();
    let mut env = env.to_vec();
    env.push(("CALMA_CONFIG", config));
    common::run_calma(args, &env, input)
}

/// The line of `calma config` for a key.
fn setting(out: &str, key: &str) -> String {
    let line = out.lines().find(|l| l.split_whitespace().next() == Some(key)).unwrap();
    line.split_whitespace().skip(1).collect::<Vec<_>>().join(" ")
}

#[test]
fn a_flag_beats_the_environment_which_beats_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "# the team's settings\nlang = \"it\"\ntheme = \"high-contrast\"\nagent = \"Ana\"\n",
    )
    .unwrap();
    let (code, out, err) = calma(&config, &["config"], &[("LANG", "hr_HR.UTF-8")], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&config.display().to_string()), "{out}");
    assert_eq!(setting(&out, "lang"), "it (config.toml:2)");
    assert_eq!(setting(&out, "theme"), "high-contrast (config.toml:3)");
    assert_eq!(setting(&out, "agent"), "Ana (config.toml:4)");

    let env = [("CALMA_LANG", "es"), ("CALMA_THEME", "default")];
    let (_, out, _) = calma(&config, &["config"], &env, "");
    assert_eq!(setting(&out, "lang"), "es ($CALMA_LANG)");
    assert_eq!(setting(&out, "theme"), "default ($CALMA_THEME)");

    let (_, out, _) = calma(&config, &["--lang", "pt", "--theme", "high-contrast", "config"], &env, "");
    assert_eq!(setting(&out, "lang"), "pt (--lang)");
    assert_eq!(setting(&out, "theme"), "high-contrast (--theme)");
}

#[test]
fn a_bad_file_is_one_clear_line_before_any_screen() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"hr\"\nlnag = \"it\"\n").unwrap();
    for args in [&["config"][..], &["call", "--plain"], &["history"]] {
        let (code, out, err) = calma(&config, args, &[], "");
        assert_eq!(code, 1, "{args:?}");
        assert!(out.is_empty(), "{args:?}: nothing else: {out}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(&format!("{}:2:1", config.display())), "{err}");
        assert!(err.contains("lnag"), "{err}");
    }
    std::fs::write(&config, "theme = \"pink\"\n").unwrap();
    let (code, _, err) = calma(&config, &["config"], &[("LANG", "hr_HR.UTF-8")], "");
    assert_eq!(code, 1);
    assert!(err.contains(":1:9") && err.contains("pink") && err.contains("Datoteka postavki"), "{err}");
    // A byte that is not UTF-8: its line and column, and what to do.
    std::fs::write(&config, b"agent = \"Ana\"\nlang = \"hr\xff\"\n").unwrap();
    let (code, _, err) = calma(&config, &["config"], &[], "");
    assert_eq!((code, err.lines().count()), (1, 1), "{err}");
    assert!(err.contains(&format!("{}:2:11", config.display())) && err.contains("UTF-8"), "{err}");
}

#[test]
fn the_agent_of_the_settings_goes_into_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let data = dir.path().join("data");
    std::fs::write(&config, format!("agent = \"Ana Horvat\"\ndata_dir = {:?}\n", data.display().to_string()))
        .unwrap();
    let (code, _, err) = calma(&config, &["--lang", "en", "call", "--plain"], &[], "n hello\nq\n1\nDone\n\n");
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = calma(&config, &["history", "--json"], &[], "");
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(rows[0]["agent"], "Ana Horvat", "{out}");
    let (_, out, _) = calma(&config, &["export", "latest", "--format", "json"], &[], "");
    let record: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(record["agent"], "Ana Horvat");
    let (_, md, _) = calma(&config, &["--lang", "en", "export", "latest"], &[], "");
    assert!(md.contains("- **Agent:** Ana Horvat"), "{md}");
}

/// The agent's name from the settings file or `CALMA_AGENT` is cleaned on
/// the way in: no journal or record holds ESC, BEL or C1 (raw, or escaped
/// in JSON as `\u001b`, which `jq -r` would print to a terminal).
#[test]
fn the_agent_is_stored_without_control_characters() {
    let holds_controls = |text: &str| {
        ['\u{1b}', '\u{7}', '\u{9b}'].iter().any(|c| text.contains(*c))
            || ["\\u001b", "\\u0007", "\\u009b"].iter().any(|e| text.to_lowercase().contains(e))
    };
    let evil = "Ana \u{1b}[31mHorvat\u{7}\u{9b}2J";
    // TOML spells the control characters as escapes.
    let in_toml = "Ana \\u001b[31mHorvat\\u0007\\u009b2J";
    for from_env in [false, true] {
        // The input ends mid-call (the journal stays), or the call is filed.
        for input in ["n hello\n", "n hello\nq\n1\nDone\n\n"] {
            let dir = tempfile::tempdir().unwrap();
            let config = dir.path().join("config.toml");
            let data = dir.path().join("data");
            let agent = if from_env { String::new() } else { format!("agent = \"{in_toml}\"\n") };
            std::fs::write(&config, format!("{agent}data_dir = {:?}\n", data.display().to_string())).unwrap();
            let env: &[(&str, &str)] = if from_env { &[("CALMA_AGENT", evil)] } else { &[] };
            let (code, _, err) = calma(&config, &["--lang", "en", "call", "--plain"], env, input);
            assert_eq!(code, 0, "{err}");
            let files: Vec<_> = std::fs::read_dir(data.join("calls"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
                .collect();
            assert!(!files.is_empty());
            for file in files {
                let text = std::fs::read_to_string(&file).unwrap();
                assert!(!holds_controls(&text), "{}: {text}", file.display());
                assert!(text.contains("Ana [31mHorvat2J"), "{}: {text}", file.display());
            }
        }
    }
}

#[test]
fn the_language_picked_on_the_home_screen_is_there_after_a_restart() {
    let tmux = Tmux::start(&[], &[], 80, 24);
    let config = tmux.data_dir().join("config.toml");
    std::fs::write(&config, "# my calma\nagent = \"Ana\"\n").unwrap();
    tmux.wait_for("Language: English");
    tmux.keys(&["l"]);
    tmux.wait_for("Idioma: Português");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_exit(), 0);
    assert_eq!(std::fs::read_to_string(&config).unwrap(), "# my calma\nagent = \"Ana\"\nlang = \"pt\"\n");

    let again = Tmux::start(&[], &[("CALMA_CONFIG", config.to_str().unwrap())], 80, 24);
    again.wait_for("Idioma: Português");
}
