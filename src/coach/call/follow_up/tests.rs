use jiff::civil::date;

use super::*;

/// Monday 30 November 2026.
const TODAY: Date = date(2026, 11, 30);

fn parse(lang: Lang, input: &str) -> Result<Option<Date>, BadDate> {
    parse_date(input, TODAY, &DateWords::of(&I18n::new(lang)))
}

/// Inputs of one language and the dates they mean.
type Rows<'a> = &'a [(&'a str, Option<Date>)];

#[test]
fn dates_as_each_language_writes_them() {
    let table: [(Lang, Rows<'_>); 5] = [
        (
            Lang::Hr,
            &[
                ("5.12.2026.", Some(date(2026, 12, 5))),
                ("5. 12. 2026.", Some(date(2026, 12, 5))),
                ("5.12.", Some(date(2026, 12, 5))),
                ("3.1.", Some(date(2027, 1, 3))),
                ("danas", Some(TODAY)),
                ("sutra", Some(date(2026, 12, 1))),
                ("prekosutra", Some(date(2026, 12, 2))),
                ("petak", Some(date(2026, 12, 4))),
                ("ponedjeljak", Some(date(2026, 12, 7))),
                ("+1w", Some(date(2026, 12, 7))),
            ],
        ),
        (
            Lang::Pt,
            &[
                ("05/12/2026", Some(date(2026, 12, 5))),
                ("5/12", Some(date(2026, 12, 5))),
                ("5/12/26", Some(date(2026, 12, 5))),
                ("hoje", Some(TODAY)),
                ("amanhã", Some(date(2026, 12, 1))),
                ("depois de amanhã", Some(date(2026, 12, 2))),
                ("sexta-feira", Some(date(2026, 12, 4))),
                ("sexta", Some(date(2026, 12, 4))),
            ],
        ),
        (
            Lang::Es,
            &[
                ("05/12/2026", Some(date(2026, 12, 5))),
                ("5-12-2026", Some(date(2026, 12, 5))),
                ("hoy", Some(TODAY)),
                ("mañana", Some(date(2026, 12, 1))),
                ("pasado mañana", Some(date(2026, 12, 2))),
                ("viernes", Some(date(2026, 12, 4))),
                ("miércoles", Some(date(2026, 12, 2))),
                ("+2w", Some(date(2026, 12, 14))),
            ],
        ),
        (
            Lang::It,
            &[
                ("05/12/2026", Some(date(2026, 12, 5))),
                ("5.12.2026", Some(date(2026, 12, 5))),
                ("oggi", Some(TODAY)),
                ("domani", Some(date(2026, 12, 1))),
                ("dopodomani", Some(date(2026, 12, 2))),
                ("venerdì", Some(date(2026, 12, 4))),
                ("lunedì", Some(date(2026, 12, 7))),
                ("+3d", Some(date(2026, 12, 3))),
            ],
        ),
        (
            Lang::En,
            &[
                ("2026-12-05", Some(date(2026, 12, 5))),
                ("today", Some(TODAY)),
                ("tomorrow", Some(date(2026, 12, 1))),
                ("the day after tomorrow", Some(date(2026, 12, 2))),
                ("Friday", Some(date(2026, 12, 4))),
                ("+7", Some(date(2026, 12, 7))),
                ("+1w", Some(date(2026, 12, 7))),
                ("", None),
            ],
        ),
    ];
    for (lang, rows) in table {
        for (input, expected) in rows {
            assert_eq!(parse(lang, input), Ok(*expected), "{lang}: “{input}”");
        }
    }
}

#[test]
fn what_is_not_a_date_is_said_so() {
    for input in ["2026-13-01", "soon", "+99999d", "32.12.2026.", "5/13", "+x"] {
        assert_eq!(parse(Lang::Hr, input), Err(BadDate), "“{input}”");
    }
    assert_eq!(parse(Lang::En, "05/12/2026"), Err(BadDate), "English has no day-first numeric form");
    // English words work in every language.
    assert_eq!(parse(Lang::Hr, "tomorrow"), Ok(Some(date(2026, 12, 1))));
}

#[test]
fn the_date_understood_is_spelled_out() {
    let d = date(2026, 12, 4);
    assert_eq!(spell(d, &I18n::new(Lang::Pt)), "sexta-feira, 4 de dezembro de 2026");
    assert_eq!(spell(d, &I18n::new(Lang::Hr)), "petak, 4. prosinca 2026.");
    assert_eq!(spell(d, &I18n::new(Lang::En)), "Friday 4 December 2026");
}

#[test]
fn a_callback_may_have_a_time() {
    let hr = DateWords::of(&I18n::new(Lang::Hr));
    let at = |h, m| Some(jiff::civil::time(h, m, 0, 0));
    assert_eq!(parse_follow_up("sutra 10:00", TODAY, &hr), Ok(Some((date(2026, 12, 1), at(10, 0)))));
    assert_eq!(parse_follow_up("5.12. 9h30", TODAY, &hr), Ok(Some((date(2026, 12, 5), at(9, 30)))));
    assert_eq!(parse_follow_up("15h", TODAY, &hr), Ok(Some((TODAY, at(15, 0)))));
    assert_eq!(parse_follow_up("petak", TODAY, &hr), Ok(Some((date(2026, 12, 4), None))));
    assert_eq!(parse_follow_up("sutra 25:00", TODAY, &hr), Err(BadDate), "not a time, not a date");
    let pt = DateWords::of(&I18n::new(Lang::Pt));
    assert_eq!(
        parse_follow_up("depois de amanhã 14:30", TODAY, &pt),
        Ok(Some((date(2026, 12, 2), at(14, 30))))
    );
}
