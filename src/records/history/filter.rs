//! Finding calls by what the agent remembers of them: a few letters of the
//! customer, the ticket, the id, or any word of a note, typed without
//! accents or capitals. The history screen and `calma history --grep`
//! share it.

use crate::coach::text::fold;
use crate::records::record::Head;

/// A filter typed by the agent: every word of it must appear, folded, in
/// the customer, ticket, id, summary or a note or promise of a call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    words: Vec<String>,
}

impl Filter {
    /// The filter for `query`; empty (or only spaces) lets every call through.
    pub fn new(query: &str) -> Filter {
        Filter { words: fold(query).split_whitespace().map(str::to_string).collect() }
    }

    /// Whether it lets every call through.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether a call's folded text ([`haystack`]) matches.
    pub fn matches_text(&self, haystack: &str) -> bool {
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// Whether a call matches (folds its text: for many calls, fold each
    /// once with [`haystack`] and use [`Filter::matches_text`]).
    pub fn matches(&self, record: &Head) -> bool {
        self.is_empty() || self.matches_text(&haystack(record))
    }
}

/// The text of a call that a filter searches, folded, one field a line so
/// that a word never matches across two fields.
pub fn haystack(record: &Head) -> String {
    let fields =
        [record.customer.as_deref(), record.ticket.as_deref(), Some(&record.id), record.summary.as_deref()];
    let notes = record.notes.iter().map(|n| n.text.as_str());
    let text: Vec<&str> = fields.into_iter().flatten().chain(notes).collect();
    fold(&text.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::call::NoteKind;
    use crate::records::record::RecordNote;

    fn record(customer: &str, ticket: &str, notes: &[&str]) -> Head {
        let json = serde_json::json!({
            "id": "20261201-101500-1", "status": "complete",
            "started_at": "2026-12-01T11:15:00+01:00", "ended_at": null, "duration_secs": 0,
            "ui_lang": "pt", "customer_lang": "pt", "customer": customer, "ticket": ticket,
            "playbook_version": "1", "outcome": null, "summary": "Estorno aprovado",
            "follow_up": null, "moods": [], "steps": [], "steps_done": [], "ticks": [], "notes": [],
        });
        let mut record: Head = serde_json::from_value(json).expect("a valid record");
        record.notes = notes
            .iter()
            .map(|t| RecordNote { at: record.started_at.clone(), kind: NoteKind::Note, text: t.to_string() })
            .collect();
        record
    }

    #[test]
    fn accents_and_capitals_do_not_matter() {
        let r = record("João Conceição", "CH-77", &[]);
        for query in ["joao", "JOÃO", "conceicao", "Conceição", "ch-77", "  joao   ch  "] {
            assert!(Filter::new(query).matches(&r), "{query}");
        }
        let đ = record("Đurđa Šimić", "T-9", &[]);
        assert!(Filter::new("durda simic").matches(&đ));
        assert!(!Filter::new("maria").matches(&r));
    }

    #[test]
    fn any_note_the_summary_or_the_id_matches() {
        let r = record("Ana", "T-1", &["Cobrança em dobro, 2 × 49,90", "Ligar às 15h"]);
        assert!(Filter::new("cobranca").matches(&r));
        assert!(Filter::new("LIGAR 15H").matches(&r));
        assert!(Filter::new("estorno").matches(&r), "the summary");
        assert!(Filter::new("101500").matches(&r), "the id");
        assert!(!Filter::new("reembolso").matches(&r));
    }

    #[test]
    fn every_word_must_match_somewhere_and_an_empty_filter_keeps_all() {
        let r = record("Ana Horvat", "T-1043", &["dvostruka naplata"]);
        assert!(Filter::new("horvat naplata").matches(&r));
        assert!(!Filter::new("horvat povrat").matches(&r));
        assert!(Filter::new("").matches(&r) && Filter::new("   ").is_empty());
        // One field a line: the end of one field and the start of the next
        // do not make a word.
        assert!(!Filter::new("horvatt-1043").matches(&r));
    }
}
