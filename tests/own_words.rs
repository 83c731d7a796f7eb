//! Answers in the trainee's own words (issue 29, item 3): graded good,
//! weak or harmful by the playbook's agent cues and lines to avoid, in
//! every language; a line to avoid spoils a good answer.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use calma::coach::lang::Lang;
use calma::coach::playbook::Playbook;
use calma::coach::playbook::avoid;
use calma::coach::playbook::scenario::Quality::{self, Good, Harmful, Weak};
use calma::coach::practice::{Attempt, Debrief, Session, Turn, judge};

/// (language, scenario, node, answer, grade). At `vents` the step is
/// Listen actively, at `explains_stakes` Apologize.
#[rustfmt::skip]
const TABLE: &[(Lang, &str, &str, &str, Quality)] = &[
    (Lang::En, "customer_shouting", "vents", "Please go on, I'm writing all of this down.", Good),
    (Lang::En, "customer_shouting", "vents", "I'm sorry about that. Let me check the schedule.", Weak),
    (Lang::En, "customer_shouting", "vents", "OK.", Weak),
    (Lang::En, "customer_shouting", "vents", "Sir, calm down, that's another department's mistake.", Harmful),
    (Lang::En, "customer_shouting", "vents", "I'm listening, please go on, but calm down.", Harmful),
    (Lang::En, "customer_shouting", "vents", "PLEASE GO ON, I'M LISTENING", Harmful),
    (Lang::En, "late_project", "explains_stakes", "I'm so sorry, you're right: we let you down.", Good),
    (Lang::En, "late_project", "explains_stakes", "I'm sorry, but these things happen.", Harmful),
    (Lang::En, "sunday_delivery", "no_option", "Those are the rules.", Harmful),
    (Lang::En, "sunday_delivery", "no_option", "Those are the rules, but I can put you first on Monday morning, between eight and ten.", Good),
    (Lang::Pt, "customer_shouting", "vents", "Estou ouvindo, pode continuar, estou anotando tudo.", Good),
    (Lang::Pt, "customer_shouting", "vents", "Peço desculpas. Vou ver a agenda dos técnicos.", Weak),
    (Lang::Pt, "customer_shouting", "vents", "Olha, se acalme, esse erro é de outro setor.", Harmful),
    (Lang::Pt, "customer_shouting", "vents", "Estou ouvindo, mas se acalme.", Harmful),
    (Lang::Pt, "late_project", "explains_stakes", "Peço desculpas, você tem razão: a gente falhou com você.", Good),
    (Lang::Pt, "late_project", "explains_stakes", "Sinto muito, mas isso acontece com todo mundo.", Harmful),
    (Lang::Es, "customer_shouting", "vents", "Le estoy escuchando; siga, por favor, lo estoy anotando todo.", Good),
    (Lang::Es, "customer_shouting", "vents", "Disculpe por las molestias. Voy a mirar la agenda.", Weak),
    (Lang::Es, "customer_shouting", "vents", "Cálmese, ese error es de otro departamento.", Harmful),
    (Lang::Es, "customer_shouting", "vents", "Le estoy escuchando, pero cálmese.", Harmful),
    (Lang::Es, "late_project", "explains_stakes", "Lo siento mucho, tiene razón: le hemos fallado.", Good),
    (Lang::Es, "late_project", "explains_stakes", "Lo siento, pero le pasa a todo el mundo.", Harmful),
    (Lang::It, "customer_shouting", "vents", "La sto ascoltando, continui pure: mi segno tutto.", Good),
    (Lang::It, "customer_shouting", "vents", "Ci scusiamo per il disagio. Controllo l'agenda.", Weak),
    (Lang::It, "customer_shouting", "vents", "Si calmi, l'errore è di un altro reparto.", Harmful),
    (Lang::It, "customer_shouting", "vents", "La ascolto, ma si calmi.", Harmful),
    (Lang::It, "late_project", "explains_stakes", "Mi dispiace davvero, ha ragione: abbiamo sbagliato noi.", Good),
    (Lang::It, "late_project", "explains_stakes", "Mi dispiace, ma capita a tutti.", Harmful),
    (Lang::Hr, "customer_shouting", "vents", "Slušam Vas, samo nastavite, sve zapisujem.", Good),
    (Lang::Hr, "customer_shouting", "vents", "Ispričavam se. Provjerit ću raspored.", Weak),
    (Lang::Hr, "customer_shouting", "vents", "Smirite se, to je greška drugog odjela.", Harmful),
    (Lang::Hr, "customer_shouting", "vents", "Slušam Vas, ali smirite se.", Harmful),
    (Lang::Hr, "late_project", "explains_stakes", "Jako mi je žao, u pravu ste: nismo održali riječ.", Good),
    (Lang::Hr, "late_project", "explains_stakes", "Žao mi je, ali ovakvi projekti često kasne.", Harmful),
];

#[test]
fn free_answers_are_graded_from_the_table_in_every_language() {
    let playbook = Playbook::embedded().unwrap();
    let mut wrong = Vec::new();
    for &(lang, scenario, node, text, want) in TABLE {
        let node = playbook.scenario(scenario).and_then(|s| s.node(node)).unwrap();
        let judged = judge(node, playbook.pack(lang), lang, text);
        if judged.quality != want {
            wrong
                .push(format!("[{lang}] “{text}”: {:?}, want {want:?} ({:?})", judged.quality, judged.words));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A line to avoid never sits in a good answer of a scenario: the
/// patterns catch what the playbook warns against, not what it teaches.
/// Prints how many harmful answers they catch.
#[test]
fn no_good_answer_holds_a_line_to_avoid() {
    let playbook = Playbook::embedded().unwrap();
    let mut found = Vec::new();
    let mut figures = Vec::new();
    for lang in Lang::ALL {
        let pack = playbook.pack(lang);
        let (mut harmful, mut caught) = (0, 0);
        for scenario in playbook.scenarios() {
            for node in &scenario.nodes {
                for r in &node.responses {
                    let avoided = avoid::find(pack, r.text.get(lang));
                    match r.quality {
                        Quality::Good if !avoided.is_empty() => {
                            found.push(format!("[{lang}] {}/{}: {avoided:?}", scenario.id, node.id))
                        }
                        Quality::Harmful => {
                            harmful += 1;
                            caught += usize::from(!avoided.is_empty());
                        }
                        _ => {}
                    }
                }
            }
        }
        figures.push(format!("{lang} {caught}/{harmful}"));
    }
    println!("harmful scenario answers with a line to avoid: {}", figures.join(", "));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_language_has_the_same_lines_to_avoid() {
    let playbook = Playbook::embedded().unwrap();
    let ids = |lang| playbook.pack(lang).avoid_lines.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert!(ids(Lang::En).len() >= 10, "{:?}", ids(Lang::En));
    for lang in Lang::ALL {
        assert_eq!(ids(lang), ids(Lang::En), "{lang}");
    }
}

/// A free answer moves the scenario along the closest response, counts
/// apart in progress and shows in the debrief as a step hit or missed.
#[test]
fn a_scenario_answered_in_own_words_goes_on_and_debriefs() {
    let playbook = Playbook::embedded().unwrap();
    let scenario = playbook.scenario("customer_shouting").unwrap();
    let pack = playbook.pack(Lang::En);
    let mut session = Session::new(scenario, 3);
    session.answer(scenario, pack, Lang::En, "(softly) I'm here and I'm listening. Tell me everything.");
    session.proceed(scenario);
    assert_eq!(session.turn, Turn::Choosing("vents".into()));
    session.answer(scenario, pack, Lang::En, "Calm down, sir.");
    assert_eq!(session.picks.last().map(|p| p.quality), Some(Quality::Harmful));
    session.proceed(scenario);
    while let Turn::Choosing(_) = session.turn {
        session.answer(scenario, pack, Lang::En, "I completely understand, please go on.");
        session.proceed(scenario);
    }
    assert!(session.ended());
    let debrief = Debrief::of(scenario, &session, pack, Lang::En);
    assert!(!debrief.own_hit.is_empty() && !debrief.own_missed.is_empty(), "{debrief:?}");
    assert!(Attempt::of(&session).own_words);
}

/// "That's our policy" is a line to avoid only with nothing after it.
#[test]
fn a_bare_policy_is_avoided_a_policy_with_an_option_is_not() {
    let playbook = Playbook::embedded().unwrap();
    let ids =
        |lang, text| avoid::find(playbook.pack(lang), text).into_iter().map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(ids(Lang::En, "I'm afraid that's our policy."), ["bare_policy"]);
    assert!(ids(Lang::En, "That's our policy, so here's what I can do: Monday at eight.").is_empty());
    assert_eq!(ids(Lang::Hr, "Takva su pravila!"), ["bare_policy"]);
    assert!(ids(Lang::Hr, "Takva su pravila, ali mogu Vam ponuditi ponedjeljak u osam.").is_empty());
}

/// At each decision point, whether the agent cues hear the good answer
/// doing its own step, and how many weak or harmful answers are graded
/// good: per language, (recognised, decision points, weak or harmful
/// graded good, weak or harmful answers).
fn recognition(lang: Lang) -> (usize, usize, usize, usize) {
    use calma::coach::playbook::Speaker;
    use calma::coach::playbook::cues::Cues;
    let playbook = Playbook::embedded().unwrap();
    let pack = playbook.pack(lang);
    let cues = Cues::of(pack);
    let (mut recognised, mut nodes, mut graded_good, mut others) = (0, 0, 0, 0);
    for scenario in playbook.scenarios() {
        for node in &scenario.nodes {
            let Some(good) = node.responses.iter().find(|r| r.quality == Good) else { continue };
            nodes += 1;
            let heard = cues.find(good.text.get(lang), Some(Speaker::Agent));
            recognised += usize::from(heard.iter().any(|&i| cues.info(i).unwrap().step == good.step));
            for r in node.responses.iter().filter(|r| r.quality != Good) {
                others += 1;
                graded_good += usize::from(judge(node, pack, lang, r.text.get(lang)).quality == Good);
            }
        }
    }
    (recognised, nodes, graded_good, others)
}

/// The agent cues of firm, solutions, explain, limits, escalate and calm
/// (issue 29) hear most good answers doing their step, so that an answer
/// in the trainee's own words is judged by what it does, not by how many
/// of the model's words it repeats; and they grade no weak or harmful
/// answer good that was not before. Floors and ceilings as measured.
#[test]
fn the_agent_cues_hear_the_good_answers_and_no_more_weak_ones() {
    let mut figures = Vec::new();
    for (lang, floor, ceiling) in
        [(Lang::En, 47, 3), (Lang::Pt, 41, 0), (Lang::Es, 51, 1), (Lang::It, 47, 3), (Lang::Hr, 49, 3)]
    {
        let (recognised, nodes, graded_good, others) = recognition(lang);
        figures.push(format!(
            "{lang} {recognised}/{nodes} heard, {graded_good}/{others} weak or harmful graded good"
        ));
        assert!(recognised >= floor, "{lang}: {recognised}/{nodes} good answers heard doing their step");
        assert!(graded_good <= ceiling, "{lang}: {graded_good}/{others} weak or harmful answers graded good");
    }
    println!("{}", figures.join("\n"));
}
