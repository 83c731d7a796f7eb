use super::*;
use crate::coach::lang::Lang;
use crate::coach::playbook::scenario::Quality;
use crate::coach::playbook::{Playbook, Severity};

/// The ids of the cues a note raises, in the playbook of `lang`.
fn raised(lang: Lang, text: &str) -> Vec<String> {
    let pb = Playbook::embedded().expect("valid");
    let cues = Cues::of(pb.pack(lang));
    cues.find(text, None).into_iter().map(|i| cues.info(i).expect("a cue").id.clone()).collect()
}

fn check(lang: Lang, rows: &[(&str, &[&str])]) {
    assert!(rows.len() >= 15, "{lang}: at least 15 inputs");
    for (text, ids) in rows {
        assert_eq!(raised(lang, text), *ids, "{lang}: “{text}”");
    }
}

#[test]
fn english_notes_raise_their_cues() {
    check(
        Lang::En,
        &[
            ("customer says he will call his lawyer", &["legal"]),
            ("threatens to sue us", &["legal"]),
            ("Wants to CANCEL the contract", &["cancel"]),
            ("talked about cancellation fees", &["cancel", "billing"]),
            ("asks for a supervisor", &["supervisor"]),
            ("wants to talk to your boss", &["supervisor"]),
            ("third time this week", &["repeat_contact"]),
            ("called me an idiot", &["insult_threat"]),
            ("wants a refund for invoice 1043", &["refund"]),
            ("you're not listening, she said", &["not_listening"]),
            ("needs it fixed today", &["deadline"]),
            ("sparks from the socket", &["safety"]),
            ("nobody called back after last week", &["callback_missed"]),
            ("If I understand correctly, the van was late", &["restate_said"]),
            ("told her I'm sorry", &["apology_said"]),
            ("lawyerly tone but polite", &["legal"]),
            ("the suitcase arrived damaged", &[]),
            ("courtesy call", &[]),
            ("fired the contractor", &[]),
        ],
    );
}

#[test]
fn an_agent_cue_is_not_heard_from_the_customer() {
    let pb = Playbook::embedded().expect("valid");
    let cues = Cues::of(pb.pack(Lang::En));
    let restate = cues.index_of("restate_said").expect("the cue exists");
    assert!(cues.find("if I understand you", Some(Speaker::Agent)).contains(&restate));
    assert!(!cues.find("if I understand you", Some(Speaker::Customer)).contains(&restate));
    assert!(cues.find("if I understand you", None).contains(&restate), "a typed note is either");
}

#[test]
fn portuguese_notes_raise_their_cues() {
    check(
        Lang::Pt,
        &[
            ("cliente vai procurar o Procon e um advogado", &["legal"]),
            ("ameaçou processar a empresa", &["legal"]),
            ("quer cancelar o plano", &["cancel"]),
            ("pediu o cancelamento", &["cancel"]),
            ("quer falar com o gerente", &["supervisor"]),
            ("e a terceira vez que liga", &["repeat_contact"]),
            ("ja liguei ontem", &["repeat_contact"]),
            ("quer o reembolso da fatura", &["refund"]),
            ("pediu estorno no cartão", &["refund"]),
            ("disse que ninguem escuta", &["not_listening"]),
            ("precisa resolver com urgência", &["deadline"]),
            ("saiu faisca da tomada", &["safety"]),
            ("ficaram de ligar e nada", &["callback_missed"]),
            ("Se entendi bem, a entrega atrasou", &["restate_said"]),
            ("pedi desculpas pelo transtorno", &["apology_said"]),
            ("processamento do pedido em andamento", &[]),
            ("o feriado atrasou a entrega", &[]),
        ],
    );
}

#[test]
fn italian_notes_raise_their_cues() {
    check(
        Lang::It,
        &[
            ("minaccia di chiamare l'avvocato", &["legal"]),
            ("andrà dal Codacons", &["legal"]),
            ("vuole dare disdetta", &["cancel"]),
            ("passa a un altro operatore", &["cancel"]),
            ("vuole parlare con il responsabile", &["supervisor"]),
            ("è la terza volta che chiama", &["repeat_contact"]),
            ("l'ennesima volta", &["repeat_contact"]),
            ("vuole il rimborso", &["refund"]),
            ("rivuole i soldi indietro", &["refund"]),
            ("dice che nessuno mi ascolta", &["not_listening"]),
            ("è urgente, entro domani", &["deadline"]),
            ("c'è pericolo di incendio", &["safety"]),
            ("nessuno mi ha richiamato", &["callback_missed"]),
            ("Se ho capito bene, il pacco è in ritardo", &["restate_said"]),
            ("mi scuso per il disagio", &["apology_said"]),
            ("la richiamo tra un’ora", &["pause_said"]),
            ("ha subito un danno", &[]),
        ],
    );
}

#[test]
fn spanish_notes_raise_their_cues() {
    check(
        Lang::Es,
        &[
            ("va a llamar a su abogado", &["legal"]),
            ("pondrá una hoja de reclamaciones", &["legal"]),
            ("quiere darse de baja", &["cancel"]),
            ("pide la cancelación", &["cancel"]),
            ("quiere hablar con el jefe", &["supervisor"]),
            ("es la tercera vez que llama", &["repeat_contact"]),
            ("ya lo ha explicado", &["repeat_contact"]),
            ("pide el reembolso", &["refund"]),
            ("exige la devolución", &["refund"]),
            ("dice que nadie le escucha", &["not_listening"]),
            ("lo necesita para mañana, es urgente", &["deadline"]),
            ("salen chispas del enchufe", &["safety"]),
            ("quedaron en llamarle y nada", &["callback_missed"]),
            ("A ver si lo he entendido: el pedido no llegó", &["restate_said"]),
            ("le dije que lo siento mucho", &["commitment", "apology_said"]),
            ("el consumo de datos es alto", &[]),
            ("pagar a plazos", &[]),
        ],
    );
}

#[test]
fn croatian_notes_raise_their_cues() {
    check(
        Lang::Hr,
        &[
            ("prijeti odvjetnikom", &["legal"]),
            ("zvat će odvjetnika", &["legal"]),
            ("ide u udrugu potrošača", &["legal"]),
            ("traži raskid ugovora", &["cancel"]),
            ("prelazi konkurenciji", &["cancel"]),
            ("traži nadređenog", &["supervisor"]),
            ("zove treći put", &["repeat_contact"]),
            ("vec objasnila sve", &["repeat_contact"]),
            ("traži povrat novca", &["refund"]),
            ("kaže da je nitko ne sluša", &["not_listening"]),
            ("hitno treba uređaj", &["deadline"]),
            ("iskri iz utičnice, opasno", &["safety"]),
            ("nisu se javili", &["callback_missed"]),
            ("Ako vas dobro razumijem, paket kasni", &["restate_said"]),
            ("rekla sam mu da mi je žao, ispričavam se", &["commitment", "apology_said"]),
            ("vrijedi li jamstvo", &[]),
            ("sudoper curi", &[]),
        ],
    );
}

/// The steps whose phrasings, said by the agent, tick one of their items.
const SPOKEN_STEPS: [&str; 6] = ["listen", "restate", "empathy", "apologize", "agreement", "close"];

#[test]
fn every_phrasing_of_a_spoken_step_ticks_that_step() {
    let pb = Playbook::embedded().expect("valid");
    for lang in Lang::ALL {
        let pack = pb.pack(lang);
        let cues = Cues::of(pack);
        for id in SPOKEN_STEPS {
            let step = pack.step(id).expect("the step exists");
            for phrasing in &step.phrasings {
                // What an agent says aloud: the placeholders stay unsaid.
                let said = phrasing.replace('…', " ");
                let steps: Vec<&str> = cues
                    .find(&said, Some(Speaker::Agent))
                    .into_iter()
                    .filter_map(|i| cues.info(i))
                    .filter(|c| c.speaker == Speaker::Agent && c.tick.is_some())
                    .map(|c| c.step.as_str())
                    .collect();
                assert!(
                    steps.contains(&id),
                    "{lang}: “{phrasing}” ticks nothing in `{id}` (it ticks in {steps:?})"
                );
            }
        }
    }
}

/// What a customer says, or an agent says before any step's words: no agent
/// cue, heard from the agent or typed in a note.
#[test]
fn ordinary_sentences_tick_nothing() {
    let ordinary: [(Lang, &[&str]); 5] = [
        (
            Lang::En,
            &[
                "I have been waiting for two weeks and nobody called me back.",
                "This is the third time I'm calling about the same invoice!",
                "You people never listen. I want to speak to a manager.",
                "The technician didn't show up and I took the whole day off work.",
                "I want my money back, this is ridiculous.",
                "You have no idea how frustrating this is.",
                "Can you tell me what happened to my parcel?",
                "So you're saying it's my fault?",
                "Good morning, how can I help you?",
                "Can I have your account number, please?",
            ],
        ),
        (
            Lang::Pt,
            &[
                "Estou esperando há duas semanas e ninguém me ligou de volta.",
                "É a terceira vez que eu ligo por causa da mesma fatura!",
                "Vocês não escutam ninguém. Quero falar com o gerente.",
                "O técnico não apareceu e eu perdi o dia de trabalho.",
                "Quero o meu dinheiro de volta, isso é um absurdo.",
                "Isso não pode continuar assim, vamos combinar.",
                "Não entendo como uma empresa desse tamanho trata o cliente assim.",
                "Eu preciso saber o que aconteceu com o meu pedido. O que eu vou fazer agora?",
                "Bom dia, em que posso ajudar?",
                "Pode me passar o número do seu CPF?",
            ],
        ),
        (
            Lang::Es,
            &[
                "Llevo dos semanas esperando y nadie me ha devuelto la llamada.",
                "¡Es la tercera vez que llamo por la misma factura!",
                "Ustedes no escuchan. Quiero hablar con el encargado.",
                "El técnico no vino y perdí el día de trabajo.",
                "Quiero que me devuelvan el dinero, esto es una vergüenza.",
                "Siento que no me escuchan y no saben lo frustrante que es esto.",
                "Quiero saber qué ha pasado exactamente con mi pedido. A mí también me cobraron dos veces.",
                "No entienden lo importante que es esto para mí.",
                "Buenos días, ¿en qué puedo ayudarle?",
                "¿Me dice su número de cliente, por favor?",
            ],
        ),
        (
            Lang::It,
            &[
                "Aspetto da due settimane e nessuno mi ha richiamato.",
                "È la terza volta che chiamo per la stessa bolletta!",
                "Voi non ascoltate mai. Voglio parlare con un responsabile.",
                "Il tecnico non è venuto e ho perso una giornata di lavoro.",
                "Rivoglio i miei soldi, è una vergogna.",
                "Non capisco quanto ci voglia ancora. Mi rendo conto che non è colpa sua, ma basta.",
                "Allora facciamo così: mi mandate un tecnico domani. La cosa più importante è che funzioni.",
                "Al Suo posto mi vergognerei. Voglio una soluzione accettabile.",
                "Buongiorno, come posso aiutarla?",
                "Mi dà il suo codice cliente, per favore?",
            ],
        ),
        (
            Lang::Hr,
            &[
                "Čekam već dva tjedna i nitko me nije nazvao.",
                "Ovo je treći put da zovem zbog istog računa!",
                "Vi nikoga ne slušate. Želim razgovarati s nadređenim.",
                "Serviser nije došao, a ja sam uzeo slobodan dan.",
                "Želim svoj novac natrag, ovo je sramota.",
                "Ne razumijem koliko to još može trajati. To mi ne bi bilo prihvatljivo.",
                "Recite mi što se događa s mojim paketom! Ispričajte mi se barem.",
                "Hvala što ste mi to napokon objasnili. Na Vašem mjestu bih se sramio.",
                "Dobar dan, izvolite, kako Vam mogu pomoći?",
                "Možete li mi reći broj ugovora?",
            ],
        ),
    ];
    let pb = Playbook::embedded().expect("valid");
    for (lang, sentences) in ordinary {
        let cues = Cues::of(pb.pack(lang));
        for text in sentences {
            for speaker in [Some(Speaker::Agent), None] {
                let agent: Vec<&str> = cues
                    .find(text, speaker)
                    .into_iter()
                    .filter_map(|i| cues.info(i))
                    .filter(|c| c.speaker == Speaker::Agent)
                    .map(|c| c.id.as_str())
                    .collect();
                assert!(agent.is_empty(), "{lang}: “{text}” raises {agent:?}");
            }
        }
    }
}

#[test]
fn punctuation_a_transcription_puts_in_does_not_hide_a_cue() {
    assert_eq!(raised(Lang::Pt, "Pessoa desculpa, por todo esse transtorno."), ["apology_said"]);
    assert_eq!(raised(Lang::Es, "Si entendí... bien"), ["restate_said"]);
    assert_eq!(raised(Lang::En, "I'm — sorry!"), ["apology_said"]);
    assert_eq!(
        raised(Lang::Pt, "vou falar com o meu advocado"),
        ["legal"],
        "a usual slip of the transcription"
    );
}

/// Threats, insults, the written terms, a fix asked for, a questioned
/// charge and the agent's own commitment, in every language: the bare verb
/// "threatens" is a legal cue's business, not abuse.
#[test]
fn threats_terms_fixes_charges_and_commitments_in_every_language() {
    check(
        Lang::En,
        &[
            ("customer threatens to call his lawyer", &["legal"]),
            ("threatened to hurt the technician", &["insult_threat"]),
            ("said you'll regret this, I know where you work", &["insult_threat"]),
            ("called us a bunch of morons", &["insult_threat"]),
            ("wants delivery on Sunday", &["written_terms"]),
            ("asks to start without the deposit, just this once", &["written_terms"]),
            ("will sign a waiver if we skip the inspection", &["written_terms"]),
            ("asks what we're going to do about it", &["wants_fix"]),
            ("so what now? somebody has to fix this", &["wants_fix"]),
            ("charged twice for the call-out fee", &["billing"]),
            ("the quote said $1,200; never asked for the extra", &["billing"]),
            ("I told him we'd send a technician tomorrow", &["commitment", "deadline"]),
            ("we agreed on a partial refund", &["commitment", "refund"]),
            ("Customer wants a refund", &["refund"]),
            ("customer promised to pay on Friday", &[]),
        ],
    );
    check(
        Lang::Pt,
        &[
            ("cliente ameaça chamar o advogado", &["legal"]),
            ("ameaçou agredir o técnico", &["insult_threat"]),
            ("disse que a gente vai se arrepender", &["insult_threat"]),
            ("chamou a atendente de burra", &["insult_threat"]),
            ("quer entrega no domingo", &["written_terms"]),
            ("quer começar sem o sinal, só desta vez", &["written_terms"]),
            ("pule a vistoria de segurança da instalação elétrica", &["safety"]),
            ("quer saber o que a gente vai fazer", &["wants_fix"]),
            ("alguém tem que resolver isso", &["wants_fix"]),
            ("foi cobrado duas vezes na fatura", &["billing"]),
            ("o orçamento dizia 1.200 e ele nunca pediu o extra", &["billing"]),
            ("falei para ele que o técnico vai amanhã", &["commitment", "deadline"]),
            ("combinamos o reembolso parcial", &["commitment", "refund"]),
            ("Cliente quer reembolso", &["refund"]),
            ("cliente prometeu pagar na sexta", &[]),
        ],
    );
    check(
        Lang::Es,
        &[
            ("el cliente amenaza con llamar a su abogado", &["legal"]),
            ("amenazó con darle una paliza al técnico", &["insult_threat"]),
            ("dijo: se van a arrepentir", &["insult_threat"]),
            ("nos llamó panda de inútiles", &["insult_threat"]),
            ("Exige hablar con un responsable ahora mismo", &["supervisor"]),
            ("quiere la entrega el domingo", &["written_terms"]),
            ("quiere empezar sin pagar el anticipo, solo esta vez", &["written_terms"]),
            ("pregunta qué vamos a hacer", &["wants_fix"]),
            ("¿Lo pueden arreglar o no?", &["wants_fix"]),
            ("le han cobrado dos veces el desplazamiento", &["billing"]),
            ("el presupuesto decía 1200 euros", &["billing"]),
            ("le dije que el técnico irá mañana", &["commitment"]),
            ("acordamos un reembolso parcial", &["commitment", "refund"]),
            ("El cliente quiere un reembolso", &["refund"]),
            ("el cliente prometió pagar el viernes", &[]),
        ],
    );
    check(
        Lang::It,
        &[
            ("il cliente minaccia di chiamare l'avvocato", &["legal"]),
            ("ha minacciato di picchiare il tecnico", &["insult_threat"]),
            ("ha detto: ve ne pentirete", &["insult_threat"]),
            ("ci ha chiamati branco di incapaci", &["insult_threat"]),
            ("consegna di domenica, ma la domenica siamo chiusi", &["written_terms"]),
            ("vuole iniziare senza acconto, solo per questa volta", &["written_terms"]),
            ("firma una liberatoria se saltiamo il salvavita", &["written_terms"]),
            ("chiede cosa faremo", &["wants_fix"]),
            ("qualcuno deve sistemare questa cosa", &["wants_fix"]),
            ("contesta l'addebito in bolletta", &["billing"]),
            ("nel preventivo c'era scritto 1.200 euro", &["billing"]),
            ("gli ho detto che il tecnico passa entro domani", &["commitment", "deadline"]),
            ("abbiamo concordato un rimborso parziale", &["commitment", "refund"]),
            ("Il cliente vuole un rimborso", &["refund"]),
            ("il cliente ha promesso di pagare venerdì", &[]),
        ],
    );
    check(
        Lang::Hr,
        &[
            ("korisnik prijeti da će zvati odvjetnika", &["legal"]),
            ("prijetio je da će istući servisera", &["insult_threat"]),
            ("rekao je: požalit ćete", &["insult_threat"]),
            ("nazvao nas je hrpom budala", &["insult_threat"]),
            ("želi dostavu u nedjelju", &["written_terms"]),
            ("želi početi bez predujma, samo ovaj put", &["written_terms"]),
            ("pita što ćemo poduzeti", &["wants_fix"]),
            ("netko to mora riješiti", &["wants_fix"]),
            ("naplatili su mu izlazak dvaput", &["billing"]),
            ("u ponudi je pisalo 1200 eura", &["billing"]),
            ("rekla sam mu da serviser dolazi sutra", &["commitment", "deadline"]),
            ("dogovorili smo djelomičan povrat novca", &["commitment", "refund"]),
            ("Korisnik traži povrat novca", &["refund"]),
            ("korisnik je obećao platiti u petak", &[]),
            ("korisnik je platio račun", &[]),
        ],
    );
}

/// The severity of each cue (PRODUCT.md §3), the same in every language.
#[test]
fn every_cue_has_its_severity() {
    let pb = Playbook::embedded().expect("valid");
    for lang in Lang::ALL {
        for cue in &pb.pack(lang).cues {
            let want = match cue.id.as_str() {
                "legal" | "safety" => Severity::Critical,
                "insult_threat" => Severity::Abuse,
                "supervisor" => Severity::Supervisor,
                "deadline" => Severity::Info,
                // The voice cues (issue 31): how it is said is worth
                // knowing; what is said comes first.
                _ if cue.voice.is_some() => Severity::Info,
                _ => Severity::Need,
            };
            assert_eq!(cue.severity, want, "{lang}: cue `{}`", cue.id);
        }
        let commitment = pb.pack(lang).cues.iter().find(|c| c.id == "commitment").expect("the cue exists");
        assert_eq!(commitment.speaker, Speaker::Agent, "{lang}: the agent's account");
        assert_eq!(commitment.tick, None, "{lang}: an account ticks nothing");
        // The voice cues' rules are the same in every language, and
        // listen for nothing but levels.
        let voices =
            |lang| -> Vec<_> { Cues::of(pb.pack(lang)).voices().map(|(c, v)| (c.id.clone(), v)).collect() };
        assert_eq!(voices(lang), voices(Lang::En), "{lang}");
        assert_eq!(voices(lang).len(), 5, "{lang}");
        assert!(pb.pack(lang).cues.iter().filter(|c| c.voice.is_some()).all(|c| c.when.is_empty()), "{lang}");
    }
}

/// Scenario customer lines and the cues the experts' good answers call for:
/// (scenario, node, any one of these cues).
const SCENARIO_CUES: [(&str, &str, &[&str]); 15] = [
    ("deposit_20", "asks_exception", &["written_terms"]),
    ("sunday_delivery", "opening", &["written_terms"]),
    ("sunday_delivery", "insists", &["written_terms"]),
    ("customer_shouting", "specific", &["wants_fix"]),
    ("no_solution", "cause", &["wants_fix"]),
    ("medical_billing_denial", "checked_claim", &["wants_fix"]),
    ("invoice_dispute", "details", &["billing"]),
    ("invoice_dispute", "breaker", &["billing"]),
    ("safety_shortcut", "pushback", &["written_terms", "safety"]),
    ("safety_shortcut", "final_push", &["written_terms", "safety"]),
    ("supervisor_escalation", "beyond_authority", &["supervisor"]),
    ("medical_billing_denial", "wants_supervisor", &["supervisor"]),
    ("offensive_language", "opening", &["insult_threat"]),
    ("offensive_language", "keeps_insulting", &["insult_threat"]),
    ("letting_go", "last_straw", &["insult_threat"]),
];

/// The cues a scenario node's customer line raises, heard from the customer.
fn heard(pb: &Playbook, lang: Lang, scenario: &str, node: &str) -> Vec<CueInfo> {
    let s = pb.scenarios().iter().find(|s| s.id == scenario).expect("the scenario exists");
    let line = s.node(node).expect("the node exists").customer.get(lang);
    let cues = Cues::of(pb.pack(lang));
    cues.find(line, Some(Speaker::Customer)).into_iter().filter_map(|i| cues.info(i).cloned()).collect()
}

#[test]
fn scenario_lines_raise_the_cues_of_their_good_answer() {
    let pb = Playbook::embedded().expect("valid");
    for lang in Lang::ALL {
        for (scenario, node, want) in SCENARIO_CUES {
            let ids: Vec<String> = heard(&pb, lang, scenario, node).into_iter().map(|c| c.id).collect();
            println!("{scenario}/{node} [{lang}]: {}", ids.join(", "));
            let hit = ids.iter().any(|id| want.contains(&id.as_str()));
            assert!(hit, "{lang}: {scenario}/{node} raises {ids:?}");
        }
    }
}

/// Where the good answer is to hear the customer out (or calm down), no
/// line raises a safety, legal or abuse card by accident.
#[test]
fn hearing_nodes_raise_nothing_critical_or_abusive() {
    let pb = Playbook::embedded().expect("valid");
    for scenario in pb.scenarios() {
        for node in &scenario.nodes {
            let hearing = |step: &str| ["calm", "listen", "restate", "empathy"].contains(&step);
            if !node.responses.iter().any(|r| r.quality == Quality::Good && hearing(&r.step)) {
                continue;
            }
            for lang in Lang::ALL {
                let severe: Vec<String> = heard(&pb, lang, &scenario.id, &node.id)
                    .into_iter()
                    .filter(|c| c.severity >= Severity::Abuse)
                    .map(|c| c.id)
                    .collect();
                println!("{}/{} [{lang}]: {}", scenario.id, node.id, severe.join(", "));
                assert!(severe.is_empty(), "{lang}: {}/{} raises {severe:?}", scenario.id, node.id);
            }
        }
    }
}

/// Words that come out near (issue 30, item 6): a form that varies by
/// number, person or tense takes its stem, a common phrasing of the same
/// cue is there, and a time or a count heard in digits counts as its
/// words; the stems stop short of the common words that share them
/// (Italian and Croatian below).
#[test]
fn near_forms_and_digits_in_english_portuguese_and_spanish() {
    check(
        Lang::En,
        &[
            ("I'll take you to court over this", &["legal"]),
            ("my solicitor will hear about it", &["legal"]),
            ("I'm going to sue the lot of you", &["legal"]),
            ("put me through to your managers", &["supervisor"]),
            ("I want someone more senior", &["supervisor"]),
            ("this is the 3rd time I've rung", &["repeat_contact"]),
            ("no one listens to a word I say", &["not_listening"]),
            ("nobody calls you back here", &["callback_missed"]),
            ("I need it fixed within 24 hours", &["deadline"]),
            ("I'm cancelling my broadband", &["cancel"]),
            ("I'll update you in 30 minutes", &["pause_said"]),
            ("there are 2 options for you", &["solutions_said"]),
            ("let me take it in 2 parts", &["explain_said"]),
            ("the issue the engineer raised", &[]),
            ("the court case on the news", &["legal"]),
            ("the management company sent a letter", &[]),
            ("it took 24 hours to arrive", &[]),
        ],
    );
    check(
        Lang::Pt,
        &[
            ("vou processá-los na justiça", &["legal"]),
            ("isso vai para o tribunal", &["legal"]),
            ("quero falar com os superiores", &["supervisor"]),
            ("eu já expliquei isso duas vezes", &["repeat_contact"]),
            ("vocês já explicaram e nada", &["repeat_contact"]),
            ("vocês não me escutam", &["not_listening"]),
            ("eles não entendem nada", &["not_listening"]),
            ("prometeram me ligar e nada", &["callback_missed"]),
            ("preciso disso em 24 horas", &["deadline"]),
            ("eu também ficaria chateada", &["empathy_said"]),
            ("te retorno em 30 minutos", &["pause_said"]),
            ("tenho 2 opções para você", &["solutions_said"]),
            ("vou explicar em 2 partes", &["explain_said"]),
            ("o processo de instalação foi rápido", &[]),
            ("o atendimento funciona 24 horas", &[]),
        ],
    );
    check(
        Lang::Es,
        &[
            ("lo llevo al juzgado", &["legal"]),
            ("voy a emprender acciones legales", &["legal"]),
            ("quiero hablar con los responsables", &["supervisor"]),
            ("es la cuarta vez que llamo", &["repeat_contact"]),
            ("ya se lo expliqué a su compañero", &["repeat_contact"]),
            ("aquí no me hacen caso", &["not_listening"]),
            ("nunca me llamaron", &["callback_missed"]),
            ("lo necesito en 24 horas", &["deadline"]),
            ("le llamo en 30 minutos", &["pause_said"]),
            ("tengo 2 opciones para usted", &["solutions_said"]),
            ("se lo explico en 2 partes", &["explain_said"]),
            ("es mi responsabilidad revisarlo", &[]),
            ("el juicio de mi vecino no importa", &[]),
            ("lo tengo desde hace 24 horas", &[]),
            ("el paquete llegó bien", &[]),
        ],
    );
}

/// The same in Italian and Croatian.
#[test]
fn near_forms_and_digits_in_italian_and_croatian() {
    check(
        Lang::It,
        &[
            ("le faccio causa", &["legal"]),
            ("passerò ad azioni legali", &["legal"]),
            ("voglio parlare con la direttrice", &["supervisor"]),
            ("ho già chiamato ieri", &["repeat_contact"]),
            ("l'ho già spiegata la situazione", &["repeat_contact"]),
            ("non mi ascoltano mai", &["not_listening"]),
            ("non mi capiscono", &["not_listening"]),
            ("non mi avete richiamata", &["callback_missed"]),
            ("mi serve entro 24 ore", &["deadline"]),
            ("la aggiorno tra 30 minuti", &["pause_said"]),
            ("ci sono 2 opzioni", &["solutions_said"]),
            ("glielo spiego in 2 parti", &["explain_said"]),
            ("non mi capita spesso", &[]),
            ("a causa del traffico", &[]),
            ("il pacco è arrivato in 24 ore", &[]),
        ],
    );
    check(
        Lang::Hr,
        &[
            ("vidimo se na sudu", &["legal"]),
            ("zvat ću pravnika", &["legal"]),
            ("otkazujem ugovor", &["cancel"]),
            ("dajte mi šeficu", &["supervisor"]),
            ("već sam vas zvala dvaput", &["repeat_contact"]),
            ("opet zovem zbog istog", &["repeat_contact"]),
            ("vratite mi novac", &["refund"]),
            ("serviserka nije nazvala", &["callback_missed"]),
            ("nitko se nije javio", &["callback_missed"]),
            ("treba mi u roku od 24 sata", &["deadline"]),
            ("javit ću vam se za 30 minuta", &["pause_said"]),
            ("imam 2 mogućnosti za vas", &["solutions_said"]),
            ("objasnit ću vam u 2 dijela", &["explain_said"]),
            ("sudjelovala sam u anketi", &[]),
            ("pravna osoba plaća račun", &[]),
            ("paket je stigao za 24 sata", &[]),
        ],
    );
}
