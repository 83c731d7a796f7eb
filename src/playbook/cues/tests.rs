use super::*;
use crate::lang::Lang;
use crate::playbook::Playbook;

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
            ("threatens to sue us", &["insult_threat", "legal"]),
            ("Wants to CANCEL the contract", &["cancel"]),
            ("talked about cancellation fees", &["cancel"]),
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
            ("ameaçou processar a empresa", &["insult_threat", "legal"]),
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
            ("minaccia di chiamare l'avvocato", &["insult_threat", "legal"]),
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
            ("le dije que lo siento mucho", &["apology_said"]),
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
            ("prijeti odvjetnikom", &["insult_threat", "legal"]),
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
            ("rekla sam mu da mi je žao, ispričavam se", &["apology_said"]),
            ("vrijedi li jamstvo", &[]),
            ("sudoper curi", &[]),
        ],
    );
}
