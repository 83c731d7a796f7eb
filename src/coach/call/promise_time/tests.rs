use jiff::civil::{date, time};

use super::*;
use crate::coach::i18n::I18n;
use crate::coach::lang::Lang;

/// Monday 30 November 2026, at a quarter past three in the afternoon.
const NOW: DateTime = date(2026, 11, 30).at(15, 15, 0, 0);
const TODAY: Date = date(2026, 11, 30);
const TOMORROW: Date = date(2026, 12, 1);

/// Promises of one language and the day and time they name.
type Rows<'a> = &'a [(&'a str, Option<(Date, Time)>)];

#[test]
fn promises_keep_their_time_in_each_language() {
    let table: [(Lang, Rows<'_>); 5] = [
        (
            Lang::En,
            &[
                ("I'll call you back at 10", Some((TOMORROW, time(10, 0, 0, 0)))),
                ("call back tomorrow at 9:30", Some((TOMORROW, time(9, 30, 0, 0)))),
                ("update at 4pm today", Some((TODAY, time(16, 0, 0, 0)))),
                ("refund confirmed at 5 pm", Some((TODAY, time(17, 0, 0, 0)))),
                ("call on Friday at 11", Some((date(2026, 12, 4), time(11, 0, 0, 0)))),
                ("refund of 10 euros by Friday", None),
                ("it takes 2h to process", None),
            ],
        ),
        (
            Lang::Pt,
            &[
                ("retorno às 10h", Some((TOMORROW, time(10, 0, 0, 0)))),
                ("ligo amanhã às 10h30", Some((TOMORROW, time(10, 30, 0, 0)))),
                ("retorno hoje as 17h", Some((TODAY, time(17, 0, 0, 0)))),
                ("ligo na sexta às 9", Some((date(2026, 12, 4), time(9, 0, 0, 0)))),
                ("retorno depois de amanhã às 11:15", Some((date(2026, 12, 2), time(11, 15, 0, 0)))),
                ("reembolso em até 5 dias", None),
            ],
        ),
        (
            Lang::Es,
            &[
                ("le llamo a las 10", Some((TOMORROW, time(10, 0, 0, 0)))),
                ("le llamo a las 10 de la mañana", Some((TOMORROW, time(10, 0, 0, 0)))),
                ("mañana a las 9:30 le confirmo", Some((TOMORROW, time(9, 30, 0, 0)))),
                ("hoy a las 4 de la tarde", Some((TODAY, time(16, 0, 0, 0)))),
                ("le llamo el viernes a la 1", Some((date(2026, 12, 4), time(13, 0, 0, 0)))),
                ("reembolso en 3 días", None),
            ],
        ),
        (
            Lang::It,
            &[
                ("la richiamo alle 10", Some((TOMORROW, time(10, 0, 0, 0)))),
                ("domani alle 10.30", Some((TOMORROW, time(10, 30, 0, 0)))),
                ("oggi alle 17", Some((TODAY, time(17, 0, 0, 0)))),
                ("venerdì alle ore 9", Some((date(2026, 12, 4), time(9, 0, 0, 0)))),
                ("rimborso entro 10 giorni", None),
            ],
        ),
        (
            Lang::Hr,
            &[
                ("nazvat ću u 10 sati", Some((TOMORROW, time(10, 0, 0, 0)))),
                ("sutra u 9:30", Some((TOMORROW, time(9, 30, 0, 0)))),
                ("javim se danas u 16 h", Some((TODAY, time(16, 0, 0, 0)))),
                ("u petak u 11", Some((date(2026, 12, 4), time(11, 0, 0, 0)))),
                ("povrat novca u roku 10 dana", None),
            ],
        ),
    ];
    for (lang, rows) in table {
        let words = DateWords::of(&I18n::new(lang));
        for (text, want) in rows {
            assert_eq!(promise_time(text, NOW, &words), *want, "{lang:?}: {text:?}");
        }
    }
}

#[test]
fn a_time_still_ahead_today_is_today_and_one_gone_by_is_tomorrow() {
    let words = DateWords::of(&I18n::new(Lang::Hr));
    assert_eq!(promise_time("u 16", NOW, &words), Some((TODAY, time(16, 0, 0, 0))));
    assert_eq!(promise_time("u 15", NOW, &words), Some((TOMORROW, time(15, 0, 0, 0))));
}

#[test]
fn no_time_without_a_clock() {
    let words = DateWords::of(&I18n::new(Lang::En));
    for text in ["", "at", "at noon", "at 25", "at 10:75", "at home", "call back tomorrow"] {
        assert_eq!(promise_time(text, NOW, &words), None, "{text:?}");
    }
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let day = date(2026, 12, 8);
    let written: Vec<String> = Lang::ALL.iter().map(|&l| DateWords::of(&I18n::new(l)).write(day)).collect();
    assert_eq!(written, ["08/12/2026", "08/12/2026", "08/12/2026", "8.12.2026.", "2026-12-08"]);
    for lang in Lang::ALL {
        let words = DateWords::of(&I18n::new(lang));
        let typed = words.write_follow_up(day, Some(time(10, 0, 0, 0)));
        assert_eq!(
            super::super::parse_follow_up(&typed, TODAY, &words),
            Ok(Some((day, Some(time(10, 0, 0, 0))))),
            "{lang:?} reads back {typed:?}"
        );
    }
}
