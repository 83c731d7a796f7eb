//! What every screen draws with: the themes and their contrast, a text
//! field, the key hints of a footer, and the stacking of a screen's parts
//! by priority when rows are short. The screens themselves are in
//! [`app`](super::app); nothing here knows them.

pub mod contrast;
mod field;
mod hint;
mod text_field;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub use field::spans as field_spans;
pub use text_field::TextField;
pub use theme::{Palette, Theme};

/// Lines of one part of a screen, with how much it matters when space is
/// short (0 matters most), and a shorter form for when rows are scarce.
pub(crate) struct Section {
    priority: u8,
    lines: Vec<Line<'static>>,
    compact: Vec<Vec<Line<'static>>>,
}

impl Section {
    pub(crate) fn new(priority: u8, lines: Vec<Line<'static>>) -> Section {
        Section { priority, lines, compact: Vec::new() }
    }

    /// The same part in fewer rows (no heading, no label), used before the
    /// part is left out; each call adds a shorter form.
    pub(crate) fn or_compact(mut self, compact: Vec<Line<'static>>) -> Section {
        let shortest = self.compact.last().unwrap_or(&self.lines).len();
        if compact.len() < shortest {
            self.compact.push(compact);
        }
        self
    }

    /// A blank line between sections: the first thing to go when space is short.
    pub(crate) fn gap() -> Section {
        Section { priority: u8::MAX, lines: vec![Line::default()], compact: Vec::new() }
    }
}

/// Stacks sections top to bottom in `height` rows. When they do not fit,
/// it leaves out the parts ranked below `keep_from`, then shortens the
/// rest to their compact forms, least important first, then leaves out
/// more; then it gives back, most important first, what still fits. The
/// last line kept may be cut.
pub(crate) fn stack(sections: Vec<Section>, height: usize, keep_from: u8) -> Vec<Line<'static>> {
    // Each part's forms, longest first; parts that may go end on none.
    let parts: Vec<(u8, Vec<Vec<Line<'static>>>, usize)> = sections
        .into_iter()
        .map(|s| {
            let compact = s.compact.len();
            let mut forms = vec![s.lines];
            forms.extend(s.compact);
            if s.priority > 0 {
                forms.push(Vec::new());
            }
            (s.priority, forms, compact)
        })
        .collect();
    let mut form = vec![0; parts.len()];
    let rows = |form: &[usize]| -> usize { parts.iter().zip(form).map(|((_, f, _), &k)| f[k].len()).sum() };
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(parts[i].0));
    for round in 0..3 {
        for &i in &order {
            if rows(&form) <= height {
                break;
            }
            let (priority, forms, compact) = &parts[i];
            let step = match round {
                // Leave out what is below `keep_from`; then the compact
                // forms; then leave out all that may go.
                0 => (*priority > keep_from).then(|| forms.len() - 1),
                1 => (*compact > 0).then_some(*compact),
                _ => (*priority > 0).then(|| forms.len() - 1),
            };
            if let Some(k) = step {
                form[i] = form[i].max(k);
            }
        }
    }
    // Give back room, most important first.
    for &i in order.iter().rev() {
        while form[i] > 0 {
            let mut longer = form.clone();
            longer[i] -= 1;
            if rows(&longer) > height {
                break;
            }
            form = longer;
        }
    }
    let mut lines: Vec<Line<'static>> =
        parts.into_iter().zip(form).flat_map(|((_, mut forms, _), k)| forms.swap_remove(k)).collect();
    lines.truncate(height);
    lines
}

pub(crate) use hint::{hint, hint_text, hint_text_except};

/// A paragraph of lines in an area.
pub(crate) fn draw_lines(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(priority: u8, rows: usize) -> Section {
        Section::new(priority, (0..rows).map(|r| Line::raw(format!("{priority}.{r}"))).collect())
    }

    fn text(lines: &[Line<'static>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn short_panes_keep_the_important_parts_in_compact_form() {
        let note = || part(2, 3).or_compact(vec![Line::raw("2.short")]);
        // Enough rows: every part whole.
        assert_eq!(stack(vec![part(0, 2), note(), part(5, 2)], 7, 3).len(), 7);
        // Fewer: the low-ranked part goes first, then the note shortens.
        assert_eq!(
            text(&stack(vec![part(0, 2), note(), part(5, 2)], 5, 3)),
            ["0.0", "0.1", "2.0", "2.1", "2.2"]
        );
        assert_eq!(text(&stack(vec![part(0, 2), note(), part(5, 2)], 3, 3)), ["0.0", "0.1", "2.short"]);
        // Room given back: a short part below fits once the note is compact.
        assert_eq!(
            text(&stack(vec![part(0, 2), note(), part(5, 1)], 4, 3)),
            ["0.0", "0.1", "2.short", "5.0"]
        );
        // Rank 0 is never left out, only cut at the bottom.
        assert_eq!(text(&stack(vec![part(0, 3), note()], 2, 3)), ["0.0", "0.1"]);
    }
}
