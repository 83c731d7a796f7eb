#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use super::file::Problem;
use super::*;

fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |k| vars.iter().find(|(name, _)| name == k).map(|(_, v)| v.clone())
}

fn resolve(flags: Flags, vars: &[(&str, &str)], text: Option<&str>) -> Result<Settings, SettingError> {
    Settings::resolve(flags, &env(vars), None, Some(PathBuf::from("/cfg/config.toml")), text)
}

fn problem(text: &str) -> (Option<(usize, usize)>, Problem) {
    match resolve(Flags::default(), &[], Some(text)) {
        Err(SettingError::File(e)) => (e.at, e.problem),
        other => panic!("expected a file error, got {other:?}"),
    }
}

#[test]
fn a_flag_beats_the_environment_which_beats_the_file() {
    let file =
        "# my settings\nlang = \"it\"\ntheme = \"high-contrast\"\nagent = \"Ana\"\ndata_dir = \"/d/file\"\n";
    let s = resolve(Flags::default(), &[("LANG", "hr_HR.UTF-8")], Some(file)).unwrap();
    assert_eq!((s.lang.value, &s.lang.source), (Lang::It, &Source::File(2)));
    assert_eq!((s.theme.value, &s.theme.source), (ThemeName::HighContrast, &Source::File(3)));
    assert_eq!(s.agent.value.as_deref(), Some("Ana"));

    let vars = [("LANG", "hr_HR.UTF-8"), ("CALMA_LANG", "es"), ("CALMA_DATA_DIR", "/d/env")];
    let s = resolve(Flags::default(), &vars, Some(file)).unwrap();
    assert_eq!((s.lang.value, &s.lang.source), (Lang::Es, &Source::Env("CALMA_LANG")));
    assert_eq!(s.data_dir.value, Some(PathBuf::from("/d/env")));

    let flags = Flags { lang: Some("pt".into()), data_dir: Some("/d/flag".into()), ..Flags::default() };
    let s = resolve(flags, &vars, Some(file)).unwrap();
    assert_eq!((s.lang.value, &s.lang.source), (Lang::Pt, &Source::Flag("--lang")));
    assert_eq!((s.data_dir.value, &s.data_dir.source), (Some("/d/flag".into()), &Source::Flag("--data-dir")));
}

#[test]
fn the_locale_chooses_the_language_only_when_nothing_else_does() {
    let s = resolve(Flags::default(), &[("LANG", "hr_HR.UTF-8")], None).unwrap();
    assert_eq!((s.lang.value, &s.lang.source), (Lang::Hr, &Source::Locale));
    let s = resolve(Flags::default(), &[], None).unwrap();
    assert_eq!((s.lang.value, &s.lang.source), (Lang::En, &Source::Default));
    assert!(!s.file_found);
    assert_eq!(s.theme.source, Source::Default);
}

#[test]
fn a_bad_file_names_the_line_the_column_and_the_key() {
    assert_eq!(problem("lang = \"it\"\nlnag = \"hr\"\n"), (Some((2, 1)), Problem::UnknownKey("lnag".into())));
    assert_eq!(problem("lang = \"xx\""), (Some((1, 8)), Problem::BadLang("lang".into(), "xx".into())));
    assert_eq!(problem("\n\ntheme = \"pink\""), (Some((3, 9)), Problem::BadTheme("pink".into())));
    assert_eq!(problem("agent = 3"), (Some((1, 9)), Problem::NotText("agent".into())));
    assert_eq!(
        problem("keep_transcript = \"yes\""),
        (Some((1, 19)), Problem::NotBool("keep_transcript".into()))
    );
    let (at, syntax) = problem("lang = \"it\"\nagent = \n");
    assert_eq!(at.map(|a| a.0), Some(2));
    assert!(matches!(syntax, Problem::Syntax(_)));
}

#[test]
fn a_bad_file_is_one_clear_line() {
    let Err(SettingError::File(e)) = resolve(Flags::default(), &[], Some("lnag = \"hr\"")) else { panic!() };
    let line = e.message(&crate::coach::i18n::I18n::new(Lang::En));
    assert!(line.contains("/cfg/config.toml:1:1"), "{line}");
    assert!(line.contains("lnag"), "{line}");
    assert!(!line.contains('\n'), "{line}");
}

/// Found by the fresh attack of issue 27: the TOML parser's reason ends
/// without a full stop, and ran into the next sentence ("…expected
/// literal string Correct or delete that line.").
#[test]
fn a_syntax_error_ends_its_sentence() {
    for text in ["lang = \n", "lang = \"en\"\u{0}\n"] {
        let Err(SettingError::File(e)) = resolve(Flags::default(), &[], Some(text)) else { panic!() };
        let line = e.message(&crate::coach::i18n::I18n::new(Lang::En));
        assert!(line.ends_with(". Correct or delete that line."), "{line}");
        assert!(!line.contains(".. "), "{line}");
    }
}

#[test]
fn bad_languages_in_flags_and_variables_are_refused() {
    let flags = Flags { lang: Some("xx".into()), ..Flags::default() };
    assert_eq!(resolve(flags, &[], None), Err(SettingError::Lang("xx".into())));
    assert!(matches!(
        resolve(Flags::default(), &[("CALMA_THEME", "pink")], None),
        Err(SettingError::Env { var: "CALMA_THEME", .. })
    ));
}

#[test]
fn saving_the_language_keeps_the_rest_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calma").join("config.toml");
    save_lang(&path, Lang::Hr).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "lang = \"hr\"\n");
    std::fs::write(&path, "# who I am\nagent = \"Ana\" # me\nlang = \"en\"\n").unwrap();
    save_lang(&path, Lang::It).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# who I am\nagent = \"Ana\" # me\nlang = \"it\"\n");
    let text = std::fs::read_to_string(&path).unwrap();
    let s = Settings::resolve(Flags::default(), &env(&[]), None, Some(path), Some(&text)).unwrap();
    assert_eq!(s.lang.value, Lang::It);
}

#[cfg(unix)]
#[test]
fn saving_the_language_writes_through_a_symlinked_config() {
    let dir = tempfile::tempdir().unwrap();
    let dotfiles = dir.path().join("dotfiles.toml");
    std::fs::write(&dotfiles, "agent = \"Ana\"\n").unwrap();
    let path = dir.path().join("config.toml");
    std::os::unix::fs::symlink(&dotfiles, &path).unwrap();
    save_lang(&path, Lang::Es).unwrap();
    assert!(std::fs::symlink_metadata(&path).unwrap().file_type().is_symlink(), "the link stays a link");
    assert_eq!(std::fs::read_to_string(&dotfiles).unwrap(), "agent = \"Ana\"\nlang = \"es\"\n");
    // A link to nowhere is refused, not replaced.
    let dangling = dir.path().join("dangling.toml");
    std::os::unix::fs::symlink(dir.path().join("gone/x.toml"), &dangling).unwrap();
    let refused = save_lang(&dangling, Lang::Es).unwrap_err();
    assert!(refused.to_string().contains("symbolic link"), "{refused}");
    assert!(std::fs::symlink_metadata(&dangling).unwrap().file_type().is_symlink());
}
