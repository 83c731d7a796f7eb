//! The follow-ups screen (home → `f`): the follow-ups still open, overdue
//! first; `d` marks the highlighted one done, like `calma followups done`.

use jiff::civil::Date;

pub(super) mod draw;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Context, Next, Outcome, Task, View};
use crate::coach::i18n::{I18n, args};
use crate::records::history::followups;
use crate::records::record::Listing;
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::Theme;

/// One open follow-up, as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowupRow {
    /// The call id.
    pub id: String,
    /// Day, time, overdue, customer and what was promised.
    pub line: String,
    /// Whether it is due before today.
    pub overdue: bool,
}

/// The follow-ups screen's state.
#[derive(Debug, Default)]
pub struct FollowupsScreen {
    /// The open follow-ups, oldest first.
    pub rows: Vec<FollowupRow>,
    /// The highlighted row.
    pub selected: usize,
    /// What the last action did (marked done, or why not).
    pub status: Option<String>,
    /// Whether the list has been loaded.
    pub loaded: bool,
    /// How many files were damaged, and the first, in one line, if any.
    pub damaged: Option<String>,
}

/// What a key on the screen leads to.
#[derive(Debug, PartialEq, Eq)]
enum FollowupsOutcome {
    /// Stay, and run these commands.
    Stay(Vec<Task>),
    /// Back to the home menu.
    Back,
}

impl FollowupsScreen {
    /// The open follow-ups of these records, as of `today`.
    pub fn new(listing: &Listing, today: Date, i18n: &I18n) -> FollowupsScreen {
        let rows = followups::open(&listing.records, None)
            .iter()
            .map(|f| FollowupRow {
                id: f.record.id.clone(),
                line: f.line(today, i18n),
                overdue: f.date < today,
            })
            .collect();
        let damaged = super::history::damaged(&listing.warnings, i18n);
        FollowupsScreen { rows, selected: 0, status: None, loaded: true, damaged }
    }

    /// A fresh list after a change, keeping the highlight and the status.
    pub fn reload(&mut self, fresh: FollowupsScreen) {
        let (selected, status) = (self.selected, self.status.take());
        *self = fresh;
        self.selected = selected.min(self.rows.len().saturating_sub(1));
        self.status = status;
    }

    /// Reacts to a key.
    fn handle(&mut self, key: Key, i18n: &I18n) -> FollowupsOutcome {
        let Some(action) = keymap::resolve(Mode::Followups, key) else {
            return FollowupsOutcome::Stay(Vec::new());
        };
        let last = self.rows.len().saturating_sub(1);
        let commands = match action {
            Action::MenuDown => {
                self.selected = (self.selected + 1).min(last);
                Vec::new()
            }
            Action::MenuUp => {
                self.selected = self.selected.saturating_sub(1);
                Vec::new()
            }
            Action::MarkDone => match self.rows.get(self.selected) {
                Some(row) => {
                    self.status = Some(i18n.t_with("followups-marking", &args!["id" => row.id.clone()]));
                    vec![Task::FollowUpDone(row.id.clone())]
                }
                None => Vec::new(),
            },
            Action::Cancel => return FollowupsOutcome::Back,
            Action::ForceQuit => vec![Task::Quit],
            _ => Vec::new(),
        };
        FollowupsOutcome::Stay(commands)
    }
}

impl View for FollowupsScreen {
    fn handle(mut self: Box<Self>, key: Key, cx: &Context) -> Outcome {
        match FollowupsScreen::handle(&mut self, key, cx.i18n) {
            FollowupsOutcome::Stay(tasks) => Outcome::show(self).and_all(tasks),
            FollowupsOutcome::Back => Outcome::to(Next::Back),
        }
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw::render(self, cx.i18n, theme, frame, area);
    }

    fn loaded(&mut self, listing: Listing, status: Option<String>, cx: &Context) {
        self.reload(FollowupsScreen::new(&listing, cx.today, cx.i18n));
        if status.is_some() {
            self.status = status;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::lang::Lang;

    fn screen(rows: usize) -> FollowupsScreen {
        let rows = (0..rows)
            .map(|i| FollowupRow { id: format!("id-{i}"), line: format!("line {i}"), overdue: i == 0 })
            .collect();
        FollowupsScreen { rows, selected: 0, status: None, loaded: true, damaged: None }
    }

    #[test]
    fn d_marks_the_highlighted_follow_up_done() {
        let i18n = I18n::new(Lang::En);
        let mut s = screen(3);
        s.handle(Key::Down, &i18n);
        s.handle(Key::Down, &i18n);
        s.handle(Key::Down, &i18n);
        assert_eq!(s.selected, 2, "the highlight stops at the last row");
        let done = s.handle(Key::Char('d'), &i18n);
        assert_eq!(done, FollowupsOutcome::Stay(vec![Task::FollowUpDone("id-2".into())]));
        // The list reloads without it; the highlight stays in the list.
        let mut fresh = screen(2);
        fresh.status = None;
        s.reload(fresh);
        assert_eq!(s.selected, 1);
        assert!(s.status.is_some());
        assert_eq!(s.handle(Key::Esc, &i18n), FollowupsOutcome::Back);
        assert_eq!(screen(0).handle(Key::Char('d'), &i18n), FollowupsOutcome::Stay(Vec::new()));
    }
}
