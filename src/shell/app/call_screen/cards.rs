//! The open cue cards on the call screen, most severe first: the top one
//! in full (its first line never left out), the others one line each.

use ratatui::text::{Line, Span};

use super::draw::{rank, wrapped};
use crate::coach::call::mood_suggestion;
use crate::coach::i18n::{I18n, args};
use crate::coach::mood;
use crate::coach::playbook::Pack;
use crate::coach::text;
use crate::shell::app::CallScreen;
use crate::shell::keymap::{self, Action, Mode};
use crate::shell::ui::{Section, Theme};

/// The open cue cards, most severe first (PRODUCT.md §3): the top card's
/// first line, never left out; the rest of it and its keys; then one line
/// for each further card with its step, which go first when rows are short.
pub(super) struct CueCards {
    pub(super) sections: Vec<Section>,
    /// The top card's first two lines, and the first cut short: shown
    /// when the second is left out, so that the card does not end mid-sentence.
    first: Option<(Line<'static>, Line<'static>, Line<'static>)>,
}

impl CueCards {
    /// Puts "…" at the end of the top card's first line when what follows
    /// it did not fit.
    pub(super) fn mark_cut(&self, lines: &mut [Line<'static>]) {
        if let Some((first, second, cut)) = &self.first
            && let Some(at) = lines.iter().position(|l| l == first)
            && lines.get(at + 1) != Some(second)
        {
            lines[at] = cut.clone();
        }
    }
}

/// The title of a cue's step, in the agent's language.
fn step_title<'a>(pack: &'a Pack, step: &'a str) -> &'a str {
    pack.step(step).map_or(step, |s| s.title.as_str())
}

/// The open cards as sections: the top one in full, with its keys (left
/// out in short panes; the footer has them too), the others a line each.
pub(super) fn cue_cards(screen: &CallScreen, pack: &Pack, i18n: &I18n, theme: &Theme, w: usize) -> CueCards {
    let card_of = |id: &str| pack.cues.iter().find(|c| c.id == id).map_or("", |c| c.card.as_str());
    let mut open = screen.call().open_cues();
    let Some(top) = open.next() else {
        return CueCards { sections: Vec::new(), first: None };
    };
    let mut keys = args![
        "follow" => keymap::label_of(Mode::Call, Action::FollowCue, i18n),
        "step" => step_title(pack, &top.step).to_string(),
        "dismiss" => keymap::label_of(Mode::Call, Action::DismissCue, i18n)
    ];
    // A mood suggestion heard in the voice: following it is the one key.
    let keys = match mood_suggestion(top) {
        Some(change) => {
            keys.set("mood", mood::moved(screen.call().mood(), change));
            i18n.t_with("call-cue-mood-keys", &keys)
        }
        None => i18n.t_with("call-cue-keys", &keys),
    };
    let text = format!("⚑ {}", card_of(&top.id));
    let mut card = wrapped(&text, w, theme.warn());
    let rest = card.split_off(1.min(card.len()));
    let first = match (card.first(), rest.first()) {
        (Some(first), Some(second)) => {
            Some((first.clone(), second.clone(), Line::styled(cut(&text, w), theme.warn())))
        }
        _ => None,
    };
    let mut full = rest.clone();
    full.extend(wrapped(&keys, w, theme.dim()));

    // Each further card in one line; in short panes the most severe stay.
    let further: Vec<Line<'static>> =
        open.map(|cue| further_card(card_of(&cue.id), step_title(pack, &cue.step), theme, w)).collect();
    let mut others = Section::new(rank::MORE_CUES, further.clone());
    for n in (1..further.len()).rev() {
        others = others.or_compact(further[..n].to_vec());
    }
    let sections =
        vec![Section::new(rank::ESSENTIAL, card), Section::new(rank::CUE, full).or_compact(rest), others];
    CueCards { sections, first }
}

/// A card below the top one: "⚑ card → step", the card cut so that its
/// step stays in view where the pane is wide enough for both.
fn further_card(card: &str, step: &str, theme: &Theme, w: usize) -> Line<'static> {
    let step = format!(" → {step}");
    let card = format!("⚑ {card}");
    let room = w.saturating_sub(text::width(&step));
    // Half the row at least for the card, or the line is simply cut.
    if room > 0 && room * 2 >= w {
        let card = cut(&card, room);
        return Line::from(vec![Span::styled(card, theme.warn()), Span::styled(step, theme.dim())]);
    }
    Line::styled(cut(&format!("{card}{step}"), w), theme.warn())
}

/// Text cut to `w` columns at the end of a word, with "…".
fn cut(text: &str, w: usize) -> String {
    if text::width(text) <= w {
        return text::cut(text, w);
    }
    match text::wrap(text, w.saturating_sub(1)).into_iter().next() {
        Some(head) if w > 1 => format!("{head}…"),
        _ => text::cut(text, w),
    }
}
