//! The follow-ups screen (home → `f`): the follow-ups still open, overdue
//! first; `d` marks the highlighted one done, like `calma followups done`,
//! after an optional note (Enter to skip); `u` opens the last one closed
//! here again.

use jiff::civil::Date;

pub(super) mod draw;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Context, Next, Outcome, Task, View};
use crate::coach::i18n::{I18n, args};
use crate::records::history::followups;
use crate::records::record::Listing;
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::{TextField, Theme};

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
    /// The follow-up `d` is closing and the note typed for it: Enter
    /// closes it (with the note, or none), Esc leaves it open.
    pub closing: Option<(String, TextField)>,
    /// The follow-up closed last on this screen, for `u`.
    pub last_closed: Option<String>,
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
        FollowupsScreen {
            rows,
            selected: 0,
            status: None,
            loaded: true,
            closing: None,
            last_closed: None,
            damaged,
        }
    }

    /// A fresh list after a change, keeping the highlight, the status and
    /// what `u` would open again.
    pub fn reload(&mut self, fresh: FollowupsScreen) {
        let (selected, status, last_closed) = (self.selected, self.status.take(), self.last_closed.take());
        *self = fresh;
        self.selected = selected.min(self.rows.len().saturating_sub(1));
        self.status = status;
        self.last_closed = last_closed;
    }

    /// A key while the note of a closing follow-up is typed.
    fn note_key(&mut self, key: Key, i18n: &I18n) -> Vec<Task> {
        let Some((id, note)) = &mut self.closing else { return Vec::new() };
        if let Key::Char(c) = key {
            note.insert(c);
            return Vec::new();
        }
        match keymap::resolve(Mode::Input, key) {
            Some(Action::Save) => {
                let (id, note) = (id.clone(), note.value().trim().to_string());
                self.closing = None;
                self.status = Some(i18n.t_with("followups-marking", &args!["id" => id.clone()]));
                self.last_closed = Some(id.clone());
                vec![Task::FollowUpDone(id, Some(note).filter(|n| !n.is_empty()))]
            }
            Some(Action::Cancel) => {
                self.closing = None;
                self.status = Some(i18n.t("status-cancelled"));
                Vec::new()
            }
            Some(Action::ForceQuit) => vec![Task::Quit],
            Some(action) => {
                note.edit(action);
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// Reacts to a key.
    fn handle(&mut self, key: Key, i18n: &I18n) -> FollowupsOutcome {
        if self.closing.is_some() {
            return FollowupsOutcome::Stay(self.note_key(key, i18n));
        }
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
            Action::MarkDone => {
                // First the note, if the agent has one to give.
                if let Some(row) = self.rows.get(self.selected) {
                    self.closing = Some((row.id.clone(), TextField::default()));
                    self.status = None;
                }
                Vec::new()
            }
            Action::Undo => match self.last_closed.take() {
                Some(id) => vec![Task::FollowUpReopen(id)],
                None => {
                    self.status = Some(i18n.t("followups-nothing-to-undo"));
                    Vec::new()
                }
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
        FollowupsScreen { rows, selected: 0, loaded: true, ..FollowupsScreen::default() }
    }

    fn typed(s: &mut FollowupsScreen, text: &str, i18n: &I18n) {
        for c in text.chars() {
            s.handle(Key::Char(c), i18n);
        }
    }

    #[test]
    fn d_asks_for_a_note_then_marks_the_highlighted_follow_up_done() {
        let i18n = I18n::new(Lang::En);
        let mut s = screen(3);
        s.handle(Key::Down, &i18n);
        s.handle(Key::Down, &i18n);
        s.handle(Key::Down, &i18n);
        assert_eq!(s.selected, 2, "the highlight stops at the last row");
        assert_eq!(s.handle(Key::Char('d'), &i18n), FollowupsOutcome::Stay(Vec::new()), "a note first");
        typed(&mut s, "Called, refund confirmed", &i18n);
        let done = s.handle(Key::Enter, &i18n);
        let note = Some("Called, refund confirmed".to_string());
        assert_eq!(done, FollowupsOutcome::Stay(vec![Task::FollowUpDone("id-2".into(), note)]));
        // The list reloads without it; the highlight stays in the list.
        s.reload(screen(2));
        assert_eq!(s.selected, 1);
        assert!(s.status.is_some());
        // u opens it again, once.
        assert_eq!(
            s.handle(Key::Char('u'), &i18n),
            FollowupsOutcome::Stay(vec![Task::FollowUpReopen("id-2".into())])
        );
        assert_eq!(s.handle(Key::Char('u'), &i18n), FollowupsOutcome::Stay(Vec::new()));
        assert_eq!(s.handle(Key::Esc, &i18n), FollowupsOutcome::Back);
        assert_eq!(screen(0).handle(Key::Char('d'), &i18n), FollowupsOutcome::Stay(Vec::new()));
    }

    #[test]
    fn enter_skips_the_note_and_esc_leaves_the_follow_up_open() {
        let i18n = I18n::new(Lang::En);
        let mut s = screen(1);
        s.handle(Key::Char('d'), &i18n);
        // Letters go to the note, even q and u.
        typed(&mut s, "qu", &i18n);
        assert_eq!(s.handle(Key::Esc, &i18n), FollowupsOutcome::Stay(Vec::new()));
        assert_eq!(s.closing, None, "still open");
        s.handle(Key::Char('d'), &i18n);
        let done = s.handle(Key::Enter, &i18n);
        assert_eq!(done, FollowupsOutcome::Stay(vec![Task::FollowUpDone("id-0".into(), None)]));
    }
}
