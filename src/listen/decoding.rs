//! How whisper decodes an utterance, as plain numbers and words the
//! engine ([`super::whisper`]) takes: how many tokens it may write for
//! the audio's length (a loop stops there, not at the model's 224), how
//! many threads it runs on for this machine's cores, and the sentence in
//! the customer's language that tells any model which language and which
//! kind of talk to expect.

use crate::coach::lang::Lang;

/// Tokens a second of speech may need: a fast speaker says about four
/// words a second, and a Croatian or Portuguese word is two or three
/// tokens; more is a model that lost its way.
const TOKENS_A_SECOND: f64 = 10.0;
/// Tokens any utterance may have, however short (a name, a number).
const TOKENS_AT_LEAST: f64 = 16.0;

/// The most tokens whisper may write for `secs` of audio.
pub fn max_tokens(secs: f64) -> i32 {
    (TOKENS_AT_LEAST + secs.max(0.0) * TOKENS_A_SECOND).ceil().min(224.0) as i32
}

/// The threads whisper runs on with `cores` cores: all of two (the gate
/// and the screen need little, and an utterance must be done before the
/// next one ends); one left for the rest from three up; at most eight,
/// past which whisper.cpp gains little.
pub fn threads(cores: usize) -> i32 {
    match cores {
        0..=2 => cores.max(1) as i32,
        _ => (cores - 1).min(8) as i32,
    }
}

/// What whisper is told came before each utterance: that this is a
/// support call, in the customer's language, so that any model (base or
/// larger) writes that language, with its accents (none in English and Spanish, where it cost words). Short, and no words
/// a cue listens for: a model that echoes it (on a voice it cannot
/// follow, base wrote a longer prompt back word for word) raises nothing,
/// and [`unechoed`] takes it out.
pub fn prompt(lang: Lang) -> &'static str {
    match lang {
        Lang::Pt => "Conversa com o atendimento ao cliente.",
        // None in Spanish either: with one, base found 12 of the 17
        // cues of tests/fixtures/listen/spoken.json instead of 15.
        Lang::Es => "",
        Lang::It => "Conversazione con l'assistenza clienti.",
        Lang::Hr => "Razgovor s korisničkom podrškom.",
        // English is the models' own: a prompt there only costs words
        // (base heard "That sounds…" as "At sound…" after one).
        Lang::En => "",
    }
}

/// `text` without the prompt at its start, when the model wrote it back.
pub fn unechoed<'a>(text: &'a str, prompt: &str) -> &'a str {
    let key = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let prompt: Vec<String> = prompt.split_whitespace().map(key).collect();
    let mut rest = text.trim_start();
    for word in &prompt {
        let Some(first) = rest.split_whitespace().next() else { return text };
        if key(first) != *word {
            return text;
        }
        rest = rest[rest.find(first).map_or(0, |i| i + first.len())..].trim_start();
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_grow_with_the_audio_up_to_the_models_limit() {
        for (secs, tokens) in
            [(0.0, 16), (-1.0, 16), (0.3, 19), (2.0, 36), (10.0, 116), (25.0, 224), (60.0, 224)]
        {
            assert_eq!(max_tokens(secs), tokens, "{secs} s");
        }
    }

    #[test]
    fn threads_follow_the_cores() {
        for (cores, threads) in [(0, 1), (1, 1), (2, 2), (3, 2), (4, 3), (8, 7), (9, 8), (64, 8)] {
            assert_eq!(super::threads(cores), threads, "{cores} cores");
        }
    }

    #[test]
    fn an_echoed_prompt_is_taken_out_and_nothing_else() {
        let prompt = prompt(Lang::Hr);
        for (text, want) in [
            ("Razgovor s korisničkom podrškom.", ""),
            ("razgovor s korisničkom podrškom Želim povrat novca.", "Želim povrat novca."),
            ("Želim povrat novca.", "Želim povrat novca."),
            ("Razgovor s voditeljem, odmah.", "Razgovor s voditeljem, odmah."),
            ("Razgovor", "Razgovor"),
            ("", ""),
        ] {
            assert_eq!(unechoed(text, prompt), want, "{text}");
        }
    }

    #[test]
    fn every_language_has_its_own_prompt_and_it_raises_no_cue() {
        let playbook = crate::coach::playbook::Playbook::embedded().expect("the embedded playbook");
        let prompts: Vec<&str> = Lang::ALL.iter().map(|&l| prompt(l)).collect();
        for (i, p) in prompts.iter().enumerate() {
            let none = matches!(Lang::ALL[i], Lang::En | Lang::Es);
            assert!(none == p.is_empty() && (none || !prompts[i + 1..].contains(p)), "{p}");
            let cues = crate::coach::playbook::cues::Cues::of(playbook.pack(Lang::ALL[i]));
            assert_eq!(cues.find(p, None), Vec::<usize>::new(), "{p}");
        }
    }
}
