//! Whisper's loops: on noise, or on a voice it cannot follow, a model
//! may say one phrase over and over ("svej svej svej…", "que a gente
//! vai… que a gente vai…") until its token limit. A person does not say
//! the same words three times running (a word four times: "no, no, no,
//! no"), so such a run is the model's, and only its first copy is kept;
//! output that is nothing but the loop is dropped.

/// The longest phrase looked for, in words.
const LONGEST: usize = 12;

/// `text` with every run of a repeated phrase cut to its first copy, or
/// `None` when the run was all there was (the model made it up).
pub fn unloop(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let keys: Vec<String> = words.iter().map(|w| key(w)).collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let (mut i, mut looped) = (0, false);
    while i < words.len() {
        match run_at(&keys, i) {
            Some((n, copies)) => {
                kept.extend(&words[i..i + n]);
                i += n * copies;
                looped = true;
                // Only the first copy is kept: a lone run is made up.
                if i >= words.len() && kept.len() == n {
                    return None;
                }
            }
            None => {
                kept.push(words[i]);
                i += 1;
            }
        }
    }
    if looped {
        tracing::debug!(words = words.len(), kept = kept.len(), "a repeated phrase was cut");
    }
    (!kept.is_empty()).then(|| kept.join(" "))
}

/// The phrase repeated from word `i`, if one is: its length and how many
/// copies follow each other (three at least; four for a single word).
fn run_at(keys: &[String], i: usize) -> Option<(usize, usize)> {
    (1..=LONGEST.min((keys.len() - i) / 3)).find_map(|n| {
        let phrase = &keys[i..i + n];
        if phrase.iter().all(String::is_empty) {
            return None;
        }
        let copies = 1 + (1..).take_while(|c| keys.get(i + c * n..i + (c + 1) * n) == Some(phrase)).count();
        (copies >= if n == 1 { 4 } else { 3 }).then_some((n, copies))
    })
}

/// A word as compared: lower case, without the punctuation around it.
fn key(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_cut_to_their_first_copy_and_a_lone_run_is_dropped() {
        let phrase = "falar com o meu amor que a gente vai";
        let thirty = [phrase; 30].join(" ");
        let svej = ["Svej"; 40].join(" ");
        let little = format!("I'm going to get a {}", ["little bit of a"; 12].join(" "));
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Se eu entendi bem, o pedido chegou atrasado.",
                Some("Se eu entendi bem, o pedido chegou atrasado."),
            ),
            (&svej, None),
            ("svej svej svej svej svej…", None),
            (&thirty, None),
            ("", None),
            // Said by people: twice, three single words, a word said twice.
            ("Não, não, não. Eu quero cancelar.", Some("Não, não, não. Eu quero cancelar.")),
            ("muito muito obrigado, muito obrigado", Some("muito muito obrigado, muito obrigado")),
            ("Sorry, sorry. I am sorry, sorry.", Some("Sorry, sorry. I am sorry, sorry.")),
            // A run after the words: the words, and the phrase once.
            (
                "O pedido chegou atrasado. Obrigado. Obrigado. Obrigado. Obrigado. Obrigado.",
                Some("O pedido chegou atrasado. Obrigado."),
            ),
            (&little, Some("I'm going to get a little bit of a")),
            ("Dobro, dobro, dobro, dobro, hvala.", Some("Dobro, hvala.")),
            ("tu bit tu bit tu bit tu bit ako se ovo ne riješi", Some("tu bit ako se ovo ne riješi")),
        ];
        for (text, want) in cases {
            assert_eq!(unloop(text).as_deref(), *want, "{text}");
        }
    }
}
