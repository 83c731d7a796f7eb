use super::*;
use crate::coach::lang::Lang;

#[test]
fn product_keys_keep_their_meaning() {
    let table = [
        (Key::Right, Action::Next),
        (C('l'), Action::Next),
        (Key::Left, Action::Previous),
        (C('h'), Action::Previous),
        (Key::Down, Action::ItemDown),
        (C('j'), Action::ItemDown),
        (Key::Up, Action::ItemUp),
        (C('k'), Action::ItemUp),
        (C(' '), Action::Tick),
        (Key::Tab, Action::NextPhrasing),
        (C('y'), Action::Copy),
        (C('+'), Action::MoodUp),
        (C('-'), Action::MoodDown),
        (C('!'), Action::Abusive),
        (C('e'), Action::Escalate),
        (C('r'), Action::Resolved),
        (C('n'), Action::Note),
        (C('p'), Action::Promise),
        (C('L'), Action::CycleLang),
        (C('?'), Action::Help),
        (C('q'), Action::End),
        (Key::CTRL_C, Action::ForceQuit),
    ];
    for (key, action) in table {
        assert_eq!(resolve(Mode::Call, key), Some(action), "{key:?}");
    }
    assert_eq!(resolve(Mode::Help, Key::Esc), Some(Action::Cancel));
    assert_eq!(resolve(Mode::Call, C('z')), None);
}

#[test]
fn every_mode_quits_at_once_with_ctrl_c() {
    for mode in Mode::ALL {
        assert_eq!(resolve(mode, Key::CTRL_C), Some(Action::ForceQuit), "{mode:?}");
    }
}

#[test]
fn no_key_is_bound_twice_in_a_mode() {
    for mode in Mode::ALL {
        let mut seen: Vec<Key> = Vec::new();
        for b in bindings(mode) {
            for k in b.keys.iter().chain(b.aliases) {
                assert!(!seen.contains(k), "{k:?} twice in {mode:?}");
                seen.push(*k);
            }
        }
    }
}

#[test]
fn what_help_and_footers_show_resolves_to_the_action_named() {
    for lang in Lang::ALL {
        let i18n = I18n::new(lang);
        for b in KEYMAP {
            assert!(i18n.has_own(b.help), "{lang}: {} is missing", b.help);
            if let Some(hint) = b.hint {
                assert!(i18n.has_own(hint), "{lang}: {hint} is missing");
                assert!(!b.keys.is_empty(), "a footer entry needs a key: {:?}", b.action);
            }
            for key in b.keys {
                assert_eq!(resolve(b.mode, *key), Some(b.action), "{key:?} in {:?}", b.mode);
            }
            if !b.keys.is_empty() {
                assert!(!b.label(&i18n).is_empty());
            }
        }
    }
}

#[test]
fn labels_are_generated_from_the_keys() {
    let i18n = I18n::new(Lang::En);
    assert_eq!(label_of(Mode::Call, Action::Next, &i18n), "→ l");
    assert_eq!(label_of(Mode::Call, Action::Tick, &i18n), "Space");
    assert_eq!(label_of(Mode::Call, Action::ForceQuit, &i18n), "Ctrl-C");
    assert_eq!(label_of(Mode::Practice, Action::Pick, &i18n), "1–4");
    assert_eq!(label_of(Mode::Form, Action::Pick, &i18n), "1–5");
    assert_eq!(label_of(Mode::Home, Action::MenuDown, &i18n), "↓");
}

#[test]
fn plain_words_name_call_actions() {
    assert_eq!(by_word("tick").map(|b| b.action), Some(Action::Tick));
    assert_eq!(by_word("step").map(|b| b.action), Some(Action::Jump));
    assert_eq!(by_word("l").map(|b| b.action), Some(Action::Next));
    assert_eq!(by_word("zz").map(|b| b.action), None);
    let words: Vec<&str> = bindings(Mode::Call).filter_map(|b| b.word).collect();
    let mut unique = words.clone();
    unique.dedup();
    assert_eq!(words.len(), unique.len());
}

#[test]
fn each_language_confirms_with_its_own_letter() {
    for (lang, letter) in
        [(Lang::En, 'y'), (Lang::Pt, 's'), (Lang::Es, 's'), (Lang::It, 's'), (Lang::Hr, 'd')]
    {
        let i18n = I18n::new(lang);
        assert_eq!(label_of(Mode::Confirm, Action::Confirm, &i18n), letter.to_string(), "{lang}");
        assert_eq!(resolve(Mode::Confirm, C(letter)), Some(Action::Confirm), "{lang}");
    }
}

#[test]
fn a_native_yes_confirms_the_end_of_the_call() {
    for key in [C('y'), C('s'), C('d'), Key::Enter] {
        assert_eq!(resolve(Mode::Confirm, key), Some(Action::Confirm), "{key:?}");
    }
    assert_eq!(resolve(Mode::Confirm, C('n')), Some(Action::Cancel));
}
