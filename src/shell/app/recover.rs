//! The offer of an interrupted call found at start-up: resume it, file
//! it, or later.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Context, Home, Opening, Outcome, Task, View};
use crate::coach::call::CallState;
use crate::coach::i18n::{I18n, args};
use crate::coach::text;
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::{Theme, draw_lines, hint_text};

/// An interrupted call found at start-up, replayed from its journal.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The call id.
    pub id: String,
    /// When it started (RFC 3339).
    pub started_at: String,
    /// The call as it was.
    pub state: CallState,
    /// Seconds it had lasted.
    pub elapsed: u64,
    /// The note it was typing, unfinished.
    pub draft: Option<String>,
}

/// The interrupted calls still to offer, oldest first.
#[derive(Debug)]
pub struct RecoverScreen {
    /// The calls, the one on offer first.
    pub pending: Vec<Pending>,
}

impl RecoverScreen {
    /// The offer of these calls (at least one).
    pub fn new(pending: Vec<Pending>) -> RecoverScreen {
        RecoverScreen { pending }
    }

    /// Where recovery leads once it is over: home, or the new call of
    /// `calma call`.
    pub fn leave(cx: &Context) -> Outcome {
        if cx.from_home {
            Outcome::show(Box::new(Home::default()))
        } else {
            Outcome::show(Box::new(Opening)).and(Task::Begin)
        }
    }
}

impl View for RecoverScreen {
    fn handle(mut self: Box<Self>, key: Key, cx: &Context) -> Outcome {
        let filed = match keymap::resolve(Mode::Recover, key) {
            Some(Action::ForceQuit) => return Outcome::show(self).and(Task::Quit),
            Some(Action::Resume) if !self.pending.is_empty() => {
                let id = self.pending.remove(0).id;
                return Outcome::show(Box::new(Opening)).and(Task::Resume(id));
            }
            Some(Action::File) if !self.pending.is_empty() => Some(Task::File(self.pending.remove(0).id)),
            Some(Action::Later) => {
                self.pending.clear();
                None
            }
            _ => return Outcome::show(self),
        };
        let outcome = if self.pending.is_empty() { RecoverScreen::leave(cx) } else { Outcome::show(self) };
        Outcome { tasks: filed.into_iter().chain(outcome.tasks).collect(), ..outcome }
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw(self, cx.i18n, theme, frame, area);
    }
}

/// "An interrupted call was found": r resume · f file · Esc later.
fn draw(screen: &RecoverScreen, i18n: &I18n, theme: &Theme, frame: &mut Frame, area: Rect) {
    let w = area.width as usize;
    let Some(pending) = screen.pending.first() else {
        return;
    };
    let notes = pending.state.notes().len();
    let started = text::minute(&pending.started_at);
    let mut lines = vec![
        Line::styled(text::cut(&i18n.t("recover-title"), w), theme.title()),
        Line::raw(text::cut(
            &i18n.t_with("recover-details", &args!["started" => started, "notes" => notes]),
            w,
        )),
    ];
    if let Some(draft) = &pending.draft {
        lines.push(Line::styled(text::cut(&format!("• {draft}…"), w), theme.dim()));
    }
    for note in pending.state.notes().iter().rev().take(3) {
        lines.push(Line::styled(text::cut(&format!("• {}", note.text), w), theme.dim()));
    }
    lines.push(Line::default());
    lines.push(Line::styled(hint_text(i18n, Mode::Recover, w), theme.label()));
    draw_lines(frame, area, lines);
}
