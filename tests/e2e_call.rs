//! The real binary in a real terminal (tmux): a call walked with the keys
//! of PRODUCT.md §3, in Croatian and Portuguese, at several sizes.
#![cfg(unix)] // tmux, kill and signals: Unix only
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use calma::coach::i18n::{I18n, args};
use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use common::Tmux;

fn title(lang: Lang, step: &str) -> String {
    let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
    playbook.pack(lang).step(step).unwrap().title.clone()
}

#[test]
fn a_croatian_call_follows_the_keys() {
    let t = Tmux::start(&["call", "--lang", "hr"], &[], 80, 24);
    t.wait_for(&title(Lang::Hr, "calm"));
    t.keys(&["!"]);
    t.wait_for(&format!("▶ {}", title(Lang::Hr, "limits")));
    t.keys(&["e"]);
    t.wait_for(&format!("▶ {}", title(Lang::Hr, "escalate")));
    t.keys(&["r"]);
    t.wait_for(&format!("▶ {}", title(Lang::Hr, "close")));

    let hr = I18n::new(Lang::Hr);
    t.keys(&["?"]);
    t.wait_for(&hr.t("help-title"));
    // The key list scrolls to its end.
    t.keys(&["Down"; 12]);
    t.wait_for(&hr.t("key-force-quit"));
    t.keys(&["Escape"]);
    t.wait_gone(&hr.t("key-force-quit"));

    // L: the phrasing switches to the next language (hr → en), with a gloss.
    let customer = |lang: Lang| hr.t_with("call-customer-lang", &args!["language" => hr.lang_name(lang)]);
    t.wait_for(&customer(Lang::Hr));
    t.keys(&["L"]);
    t.wait_for(&customer(Lang::En));
    t.wait_for(&format!("≈ {}", hr.t("call-gloss")));

    t.resize(60, 20);
    t.wait_for(&format!("▶ {}", title(Lang::Hr, "close")));
    t.resize(1, 1);
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.resize(80, 24);
    t.wait_for(&format!("▶ {}", title(Lang::Hr, "close")));

    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn notes_take_any_letter_and_q_asks_before_ending() {
    let t = Tmux::start(&["call", "--lang", "hr"], &[], 80, 24);
    t.wait_for(&title(Lang::Hr, "calm"));
    t.keys(&["n"]);
    t.type_text("Kupac želi povrat — čćđšž ãç ñ è");
    t.keys(&["Enter"]);
    t.wait_for("Kupac želi povrat — čćđšž ãç ñ è");
    let hr = I18n::new(Lang::Hr);
    t.keys(&["q"]);
    t.wait_for(&hr.t("confirm-quit"));
    t.keys(&["n"]);
    t.wait_gone(&hr.t("confirm-quit"));
    t.keys(&["q", "y"]);
    t.wait_for(&hr.t("form-title"));
    t.keys(&["Enter"]);
    t.wait_for(&hr.t("summary-title"));
    t.keys(&["x"]);
    t.wait_for(&hr.t("summary-title"));
    t.keys(&["Enter"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn lang_from_the_locale_gives_portuguese() {
    let t = Tmux::start(&["call"], &[("LANG", "pt_BR.UTF-8")], 200, 60);
    t.wait_for(&title(Lang::Pt, "calm"));
    // The two-pane layout shows the rail with every phase.
    t.wait_for(&title(Lang::Pt, "let_go"));
    t.keys(&["Right"]);
    t.wait_for(&format!("▶ {}", title(Lang::Pt, "listen")));
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(), 0);
}

/// SGR parameters that set a colour: 30–38, 40–48, 90–97, 100–107 (39 and
/// 49 reset to the default colours).
fn has_colour(screen: &str) -> bool {
    screen.split("\u{1b}[").skip(1).any(|rest| {
        let params = rest.split('m').next().unwrap_or("");
        params.split(';').any(|p| matches!(p.parse::<u32>(), Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)))
    })
}

#[test]
fn no_color_gives_no_colour_codes() {
    let coloured = Tmux::start(&["call", "--lang", "hr"], &[], 80, 24);
    coloured.wait_for(&title(Lang::Hr, "calm"));
    assert!(has_colour(&coloured.screen_with_escapes()), "colour is on by default");

    let plain = Tmux::start(&["call", "--lang", "hr"], &[("NO_COLOR", "1")], 80, 24);
    plain.wait_for(&title(Lang::Hr, "calm"));
    plain.keys(&["!"]);
    plain.wait_for(&title(Lang::Hr, "limits"));
    assert!(!has_colour(&plain.screen_with_escapes()), "{}", plain.screen_with_escapes());
}

#[test]
fn no_color_turns_off_the_light_theme_too() {
    let light = Tmux::start(&["call", "--lang", "hr", "--theme", "light"], &[], 80, 24);
    light.wait_for(&title(Lang::Hr, "calm"));
    // 38;5;N: the light theme's colours come from the 256-colour cube.
    assert!(light.screen_with_escapes().contains("38;5;"), "{}", light.screen_with_escapes());

    let plain =
        Tmux::start(&["call", "--lang", "hr"], &[("NO_COLOR", "1"), ("CALMA_THEME", "light")], 80, 24);
    plain.wait_for(&title(Lang::Hr, "calm"));
    assert!(!has_colour(&plain.screen_with_escapes()), "{}", plain.screen_with_escapes());
}

#[test]
fn the_home_screen_opens_a_call_then_the_history() {
    let t = Tmux::start(&["--lang", "it"], &[], 100, 24);
    let it = I18n::new(Lang::It);
    t.wait_for(&it.t("home-call"));
    t.keys(&["c"]);
    t.wait_for(&title(Lang::It, "calm"));
    t.keys(&["q", "y"]);
    t.wait_for(&it.t("form-title"));
    t.keys(&["Enter"]);
    t.wait_for(&it.t("summary-title"));
    t.keys(&["Enter"]);
    t.wait_for(&it.t("home-call"));
    t.keys(&["h"]);
    t.wait_for(&it.t("history-title"));
    t.wait_for(&it.t("outcome-unresolved"));
    t.keys(&["q"]);
    t.wait_for(&it.t("home-call"));
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_note_is_edited_in_the_middle_like_a_text_field() {
    let t = Tmux::start(&["call", "--lang", "hr"], &[], 80, 24);
    t.wait_for(&title(Lang::Hr, "calm"));
    t.keys(&["n"]);
    t.type_text("Kupac ceka povrat");
    // Back over " povrat" and "a", fix "ceka" to "čeka", then Home and End.
    for _ in 0.." povrat".len() {
        t.keys(&["Left"]);
    }
    t.keys(&["Left", "Left", "Left", "BSpace"]);
    t.type_text("č");
    t.keys(&["Home"]);
    t.type_text("Hitno: ");
    t.keys(&["End"]);
    t.type_text(" danas");
    t.keys(&["Enter"]);
    t.wait_for("Hitno: Kupac čeka povrat danas");
    t.keys(&["C-c"]);
    t.wait_exit();
}

#[test]
fn a_note_raises_a_cue_card_whose_key_goes_to_its_step() {
    for (lang, note) in [
        (Lang::Pt, "cliente vai procurar o Procon e um advogado"),
        (Lang::Hr, "prijeti odvjetnikom ako ne dobije povrat"),
    ] {
        let t = Tmux::start(&["call", "--lang", lang.code()], &[], 80, 24);
        t.wait_for(&title(lang, "calm"));
        t.keys(&["n"]);
        t.type_text(note);
        t.keys(&["Enter"]);
        let playbook = Playbook::embedded().unwrap();
        let card = &playbook.pack(lang).cues.iter().find(|c| c.id == "legal").unwrap().card;
        let start: String = card.chars().take(25).collect();
        t.wait_for(&format!("⚑ {start}"));
        t.keys(&["c"]);
        t.wait_for(&format!("▶ {}", title(lang, "escalate")));
        t.wait_gone("⚑");
        t.keys(&["C-c"]);
        t.wait_exit();
    }
}

/// At 40×12 in Croatian, one note raises the legal, the refund and the
/// deadline cards, then `!`: the legal card's first words stay and `★`
/// points to the escalation; each `x` puts away the top card: the legal
/// one, then the refund, then the deadline.
#[test]
fn stacked_cards_keep_the_legal_card_in_a_small_pane() {
    let playbook = Playbook::embedded().unwrap();
    let pack = playbook.pack(Lang::Hr);
    let card = |id: &str| {
        let card = &pack.cues.iter().find(|c| c.id == id).unwrap().card;
        format!("⚑ {}", card.chars().take(20).collect::<String>())
    };
    let t = Tmux::start(&["call", "--lang", "hr"], &[], 40, 12);
    t.wait_for(&title(Lang::Hr, "calm"));
    t.keys(&["n"]);
    t.type_text("Korisnik prijeti da će nas tužiti ako danas ne dobije povrat novca");
    t.keys(&["Enter"]);
    t.wait_for(&card("legal"));
    t.keys(&["!"]);
    t.wait_for(&format!("▶ {}", title(Lang::Hr, "limits")));
    let screen = t.wait_for(&card("legal"));
    let escalate: String = title(Lang::Hr, "escalate").chars().take(12).collect();
    let next = screen.lines().skip_while(|l| !l.contains('★')).take(2).collect::<Vec<_>>().join(" ");
    assert!(next.contains(&escalate), "★ points to the escalation:\n{screen}");

    t.keys(&["x"]);
    t.wait_gone(&card("legal"));
    t.wait_for(&card("refund"));
    t.keys(&["x"]);
    t.wait_gone(&card("refund"));
    t.wait_for(&card("deadline"));
    t.keys(&["x"]);
    t.wait_gone("⚑");
    t.keys(&["C-c"]);
    assert_eq!(t.wait_exit(), 0);
}

/// Issue 28: at 60×20, in hr and pt, from `q` to the next call in three
/// keys (`q`, `y`, Enter) with the summary, outcome and timed follow-up
/// drafted from the call, and right.
#[test]
fn after_the_call_three_keys_save_a_drafted_wrap_up_at_60x20() {
    let calls = [
        (Lang::Hr, "Dvostruko naplaćen račun za studeni", "nazvat ću sutra u 10 sati"),
        (Lang::Pt, "Cobrança em dobro na fatura de novembro", "retorno amanhã às 10h"),
    ];
    for (lang, note, promise) in calls {
        let i18n = I18n::new(lang);
        let t = Tmux::start(&["call", "--lang", lang.code()], &[], 60, 20);
        t.wait_for(&title(lang, "calm"));
        t.keys(&["n"]);
        t.type_text(note);
        t.keys(&["Enter", "e", "p"]);
        t.type_text(promise);
        t.keys(&["Enter"]);
        t.wait_for(&format!("▶ {}", title(lang, "escalate")));
        t.keys(&["q", "y"]);
        let screen = t.wait_for(&i18n.t("form-title"));
        assert!(screen.contains(&format!("(•) 2 {}", i18n.t("outcome-escalated"))), "{screen}");
        assert!(screen.contains(" 10:00"), "the promised time: {screen}");
        t.keys(&["Enter"]);
        t.wait_for(&i18n.t("summary-title"));
        let data = t.data_dir().to_str().unwrap().to_string();
        let (_, out, _) =
            common::run_calma(&["--data-dir", &data, "export", "latest", "--format", "json"], &[], "");
        let record: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(record["outcome"], "escalated", "{lang:?}");
        let summary = record["summary"].as_str().unwrap();
        assert!(summary.contains(note) && summary.contains(promise), "{lang:?}: {summary}");
        let tomorrow = calma::coach::clock::now().date().tomorrow().unwrap().to_string();
        assert_eq!(
            (record["follow_up"].as_str(), record["follow_up_time"].as_str()),
            (Some(tomorrow.as_str()), Some("10:00"))
        );
        t.keys(&["Enter"]);
        assert_eq!(t.wait_exit(), 0);
    }
}
