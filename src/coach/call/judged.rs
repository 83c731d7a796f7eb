//! Situations an experienced team lead judged, reading the five source
//! articles: what happened in the call, and the step(s) they would accept
//! as the coach's answer to "what now?": the step it wants the agent to
//! stay on ([`CallState::focus`]) or `★ Next` ([`CallState::advice`]). These are
//! written apart from the policy in `recommend.rs`; the policy must pass
//! them, not the other way round. A row run in every language is the same
//! judgement in five playbooks; a row with a note is written in one
//! language, in that language's words.

use super::tests::{Do, call_in, script};
use super::*;
use Do::{Done, E, Go, N, P};
use Event::{
    Abusive as Bang, DismissCue, EndCall, Escalate, FollowCue, MoodDown as Down, MoodUp as Up, Resolved,
};

/// One judged situation.
struct Judged {
    what: &'static str,
    /// The languages it is judged in (empty: every language).
    langs: &'static [Lang],
    script: &'static [Do],
    /// The steps a team lead accepts as what to do now.
    accept: &'static [&'static str],
    source: &'static str,
}

const ALL: &[Lang] = &[];
use Lang::{En, Es, Hr, It, Pt};

#[rustfmt::skip]
const JUDGED: &[Judged] = &[
    // Hearing the customer out.
    Judged { what: "a call starts upset: stay calm, hear them out", langs: ALL, script: &[], accept: &["calm", "listen"], source: "001, 002, 003" },
    Judged { what: "a calmer start (tense) still starts by listening", langs: ALL, script: &[E(Down)], accept: &["listen"], source: "001" },
    Judged { what: "listened only: repeat back or show empathy before any fix", langs: ALL, script: &[Done("listen")], accept: &["restate", "empathy"], source: "002" },
    Judged { what: "heard, calmer: the usual path goes on to the apology", langs: ALL, script: &[E(Down), Done("listen"), Done("restate"), Done("empathy")], accept: &["apologize"], source: "002, 003, 004" },
    Judged { what: "solution given: agree on the next steps", langs: ALL, script: &[E(Down), Done("listen"), Done("restate"), Done("solutions")], accept: &["agreement"], source: "000, 002" },
    Judged { what: "agreed: close, not back to the apology", langs: ALL, script: &[E(Down), Done("firm"), Done("agreement")], accept: &["close"], source: "000" },
    // Shouting is not abuse.
    Judged { what: "shouting without insults: stay calm and speak softly, never limits", langs: ALL, script: &[E(Up), E(Up)], accept: &["calm"], source: "001" },
    Judged { what: "shouting after calm was kept: listen to what the problem seems to be", langs: ALL, script: &[Done("calm"), E(Up), E(Up)], accept: &["listen"], source: "001" },
    Judged { what: "shouting, already listened to: repeat back or empathise", langs: ALL, script: &[Done("calm"), Done("listen"), E(Up), E(Up)], accept: &["restate", "empathy"], source: "001, 002" },
    Judged { what: "up and down to hostile three times without abuse: still no boundary", langs: ALL, script: &[E(Up), E(Up), E(Down), E(Up), E(Down), E(Up)], accept: &["calm", "listen"], source: "001" },
    Judged { what: "hostile, heard, calmed down to tense: back to solving it", langs: ALL, script: &[E(Up), E(Up), Done("listen"), Done("empathy"), E(Down), E(Down), E(Down)], accept: &["apologize", "solutions"], source: "001, 003" },
    // Abuse and the ladder.
    Judged { what: "abuse: set the limit", langs: ALL, script: &[E(Bang)], accept: &["limits"], source: "002, 003, 004" },
    Judged { what: "limit set after abuse: back to listening, not the pause", langs: ALL, script: &[E(Bang), Done("limits")], accept: &["listen"], source: "002, 003" },
    Judged { what: "abuse goes on after the limit: pause with a promised update", langs: ALL, script: &[E(Bang), Done("limits"), E(Bang)], accept: &["pause"], source: "002" },
    Judged { what: "abuse goes on after limits and a pause: let them go", langs: ALL, script: &[E(Bang), Done("limits"), E(Bang), Done("pause"), E(Bang)], accept: &["let_go"], source: "002" },
    Judged { what: "first abuse, limits and pause done before: limits, never let go", langs: ALL, script: &[Done("limits"), Done("pause"), E(Bang)], accept: &["limits"], source: "002" },
    Judged { what: "a pause taken before any abuse is not a rung: first abuse asks limits", langs: ALL, script: &[Go("pause"), E(Bang)], accept: &["limits"], source: "002" },
    Judged { what: "`!` and hostile mood are one turn: no let go, no pause", langs: ALL, script: &[E(Bang), E(Up), Go("pause")], accept: &["calm", "limits", "listen"], source: "002" },
    Judged { what: "abusive, then calmed down: back to the conversation", langs: ALL, script: &[E(Bang), E(Down), E(Down)], accept: &["listen"], source: "002, 003" },
    Judged { what: "abuse again after limits and a calm spell: pause", langs: ALL, script: &[E(Bang), Done("limits"), E(Down), E(Down), E(Bang)], accept: &["pause"], source: "002" },
    Judged { what: "abuse, then louder: hear them out, not 'shouting without abuse'", langs: ALL, script: &[E(Bang), Done("limits"), E(Up)], accept: &["listen"], source: "002, 003" },
    Judged { what: "abuse, then a legal card followed at once: the limit is asked again once the escalation is done", langs: &[En], script: &[E(Bang), N("He says he will sue"), E(FollowCue), Done("escalate")], accept: &["limits"], source: "002, 003, 004" },
    Judged { what: "abuse during an escalation: limits first", langs: ALL, script: &[E(Escalate), E(Bang)], accept: &["limits"], source: "003, 004" },
    // Events.
    Judged { what: "escalated: seek support", langs: ALL, script: &[E(Escalate)], accept: &["escalate"], source: "003, 004" },
    Judged { what: "escalated, handed over: close", langs: ALL, script: &[E(Escalate), Done("escalate")], accept: &["close"], source: "000, 003" },
    Judged { what: "resolved: close", langs: ALL, script: &[E(Resolved)], accept: &["close"], source: "000" },
    Judged { what: "resolved and closed: document", langs: ALL, script: &[E(Resolved), Done("close")], accept: &["document"], source: "003, 004" },
    Judged { what: "resolved, then louder: nothing new, still close", langs: ALL, script: &[E(Resolved), E(Up), E(Up)], accept: &["close"], source: "000" },
    Judged { what: "resolved, then abuse: limits again", langs: ALL, script: &[E(Resolved), E(Bang)], accept: &["limits"], source: "002, 003" },
    Judged { what: "ended: document", langs: ALL, script: &[E(EndCall)], accept: &["document"], source: "003, 004" },
    Judged { what: "ended and documented: follow up", langs: ALL, script: &[E(EndCall), Done("document")], accept: &["follow_up"], source: "001" },
    // Several cues at once: the most severe leads.
    Judged { what: "a legal threat among a refund and a deadline", langs: &[En], script: &[N("Customer threatens to call his lawyer and consumer protection unless he gets a refund today")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "a legal threat among a refund and a deadline", langs: &[Pt], script: &[N("Cliente ameaça ir ao Procon e procurar um advogado se não tiver o estorno hoje")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "a legal threat among a refund and a deadline", langs: &[Es], script: &[N("El cliente amenaza con ir a la OCU y con un abogado si hoy no le devuelven el dinero")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "a legal threat among a refund and a deadline", langs: &[It], script: &[N("Il cliente minaccia di rivolgersi a un avvocato se oggi non ha il rimborso")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "a legal threat among a refund and a deadline", langs: &[Hr], script: &[N("Korisnik prijeti da će nas tužiti ako mu danas ne vratimo novac")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "a legal card, then `!`: legal still leads", langs: &[En], script: &[N("He says he will sue us"), E(Bang)], accept: &["escalate"], source: "003, 004" },
    Judged { what: "an insult and a lawsuit in one note: legal leads", langs: &[Hr], script: &[N("Psuje i prijeti tužbom")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "sparks and a refund: safety leads", langs: &[Es], script: &[N("Salen chispas del enchufe y quiere el reembolso")], accept: &["firm"], source: "000" },
    Judged { what: "dismissing the legal card lets the refund lead once heard", langs: &[En], script: &[N("He will sue and wants a refund"), E(DismissCue), Done("listen"), Done("empathy")], accept: &["solutions"], source: "001, 003" },
    // Safety.
    Judged { what: "a shortcut around safety: stand firm", langs: &[En], script: &[N("He wants the electrician to skip the safety switch")], accept: &["firm"], source: "000" },
    Judged { what: "a shortcut around safety: stand firm", langs: &[Pt], script: &[N("Cliente pede que a gente pule a vistoria de segurança da instalação elétrica")], accept: &["firm"], source: "000" },
    Judged { what: "sparks from a socket: stand firm on safety", langs: &[Hr], script: &[N("Kaže da utičnica iskri, ali neka samo nastavimo")], accept: &["firm"], source: "000" },
    // Insults in notes are abuse.
    Judged { what: "an insult in a note: limits", langs: &[En], script: &[N("He called me an idiot")], accept: &["limits"], source: "002, 003, 004" },
    Judged { what: "an insult in a note: limits", langs: &[Pt], script: &[N("Me chamou de incompetente")], accept: &["limits"], source: "003, 004" },
    Judged { what: "an insult in a note: limits", langs: &[Es], script: &[N("Me ha llamado idiota")], accept: &["limits"], source: "003, 004" },
    Judged { what: "an insult in a note: limits", langs: &[It], script: &[N("Mi ha dato del cretino")], accept: &["limits"], source: "002" },
    Judged { what: "an insult in a note: limits", langs: &[Hr], script: &[N("Nazvao me kretenom")], accept: &["limits"], source: "003" },
    Judged { what: "an insult noted, then `!`, then the limit: one turn, back to listening", langs: &[En], script: &[N("He called me an idiot"), E(Bang), Done("limits")], accept: &["listen"], source: "002" },
    // A supervisor.
    Judged { what: "a supervisor asked for before being heard: listen first, to brief them", langs: &[En], script: &[N("Put me through to your supervisor")], accept: &["listen"], source: "003, 004" },
    Judged { what: "heard, asks for someone in charge: seek support", langs: &[Es], script: &[Done("listen"), Done("restate"), N("Exige hablar con un responsable ahora mismo")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "heard, asks for the manager: seek support", langs: &[It], script: &[Done("listen"), Done("empathy"), N("Vuole parlare con il responsabile")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "a calm customer asks for a manager: seek support", langs: &[Pt], script: &[E(Down), N("Quer falar com o gerente")], accept: &["escalate"], source: "003, 004" },
    // What the customer needs: heard first.
    Judged { what: "wants a refund, not heard yet: hear them first", langs: &[It], script: &[N("Il cliente vuole il rimborso")], accept: &["listen"], source: "001, 002" },
    Judged { what: "heard, wants a refund: offer solutions", langs: &[It], script: &[Done("listen"), Done("empathy"), N("Il cliente vuole il rimborso")], accept: &["solutions"], source: "001, 003" },
    Judged { what: "heard, talks of leaving: offer a fix", langs: &[Es], script: &[Done("listen"), Done("empathy"), N("Dice que se va a la competencia")], accept: &["solutions"], source: "003, 004" },
    Judged { what: "heard, third call about it: apologize", langs: &[En], script: &[Done("listen"), Done("empathy"), N("This is the third time he calls about it")], accept: &["apologize"], source: "002, 003" },
    Judged { what: "heard, the callback never came: apologize", langs: &[Hr], script: &[Done("listen"), Done("empathy"), N("Nitko ga nije nazvao iako su obećali")], accept: &["apologize"], source: "003" },
    Judged { what: "third call, not heard yet: listen", langs: &[It], script: &[N("È la terza volta che chiama")], accept: &["listen"], source: "001, 002" },
    Judged { what: "feels unheard after listening: repeat back", langs: &[En], script: &[Done("listen"), N("He says nobody listens to him")], accept: &["restate"], source: "002" },
    Judged { what: "a fix offered, needs it by tomorrow: agree on what and when", langs: &[Pt], script: &[Done("listen"), Done("restate"), Done("solutions"), N("Precisa disso resolvido até amanhã")], accept: &["agreement"], source: "000, 002" },
    Judged { what: "a deadline alone does not skip the hearing", langs: &[Hr], script: &[N("Treba mu to hitno, do sutra")], accept: &["listen"], source: "001, 002" },
    // The written agreement.
    Judged { what: "a Sunday delivery when we are closed: stand firm", langs: &[It], script: &[E(Down), N("Vuole la consegna di domenica, ma la domenica siamo chiusi")], accept: &["firm"], source: "002" },
    Judged { what: "start without the deposit, just this once: stand firm", langs: &[En], script: &[Done("listen"), Done("restate"), N("He wants us to start without the deposit, just this once")], accept: &["firm"], source: "002" },
    // Who said it.
    Judged { what: "the agent's own commitment in a note: agree on it, not solutions", langs: &[En], script: &[Done("listen"), Done("empathy"), N("I told her we will refund within 5 days")], accept: &["agreement"], source: "000, 002" },
    Judged { what: "the agent's own commitment in a note: agree on it, not solutions", langs: &[Pt], script: &[Done("listen"), Done("empathy"), N("Eu disse a ela que vamos fazer o estorno em 5 dias")], accept: &["agreement"], source: "000, 002" },
    Judged { what: "the agent's own commitment in a note: agree on it, not solutions", langs: &[Hr], script: &[Done("listen"), Done("empathy"), N("Rekla sam joj da ćemo vratiti novac za 5 dana")], accept: &["agreement"], source: "000, 002" },
    Judged { what: "the agent's own commitment in a note: agree on it, not solutions", langs: &[Es], script: &[Done("listen"), Done("empathy"), N("Le dije que le devolveremos el dinero en cinco días")], accept: &["agreement"], source: "000, 002" },
    Judged { what: "the agent's own commitment in a note: agree on it, not solutions", langs: &[It], script: &[Done("listen"), Done("empathy"), N("Le ho detto che faremo il rimborso entro cinque giorni")], accept: &["agreement"], source: "000, 002" },
    Judged { what: "a commitment in a note with a lawsuit in it: the lawsuit still leads", langs: &[En], script: &[N("I told him we will refund, but he says he will sue")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "a promise raises no customer card: still hear them out", langs: &[Es], script: &[P("Le devolveremos el dinero mañana")], accept: &["listen"], source: "002" },
    Judged { what: "resolved, then a promise to call back with the refund: still close", langs: &[En], script: &[E(Resolved), P("I will call you back tomorrow to confirm the refund")], accept: &["close"], source: "000, 001" },
    Judged { what: "resolved, then a new complaint (a refund too): solutions", langs: &[En], script: &[E(Resolved), N("Now he also wants a refund")], accept: &["solutions"], source: "001, 003" },
    Judged { what: "resolved, then a lawsuit: escalate", langs: &[It], script: &[E(Resolved), N("Ora dice che si rivolgerà a un avvocato")], accept: &["escalate"], source: "003, 004" },
    Judged { what: "ended with a legal card open: document", langs: &[En], script: &[N("He mentioned his lawyer"), E(EndCall)], accept: &["document"], source: "003, 004" },
];

#[test]
fn the_coach_agrees_with_the_team_lead() {
    let mut runs = 0;
    let mut wrong = Vec::new();
    for j in JUDGED {
        let langs = if j.langs.is_empty() { &Lang::ALL[..] } else { j.langs };
        for &lang in langs {
            let mut s = call_in(lang);
            script(&mut s, j.script);
            let id = |a: Option<Advice>| a.map(|a| s.steps()[a.step].id.as_str());
            let said = [id(s.focus()), id(s.advice())];
            runs += 1;
            if !said.iter().flatten().any(|id| j.accept.contains(id)) {
                wrong.push(format!(
                    "[{lang}] {} ({}): coach {said:?}, team lead {:?}",
                    j.what, j.source, j.accept
                ));
            }
        }
    }
    assert!(JUDGED.len() >= 60, "{} situations", JUDGED.len());
    assert!(wrong.is_empty(), "{} of {runs} judged runs disagree:\n{}", wrong.len(), wrong.join("\n"));
}
