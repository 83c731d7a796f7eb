//! The screen after a call: the summary of the saved record, where it is,
//! and its Markdown, which `y` copies for the ticket.

pub mod draw;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Context, Next, Outcome, Task, View};
use crate::coach::i18n::I18n;
use crate::coach::playbook::Playbook;
use crate::records::record::{Record, Summary};
use crate::shell::keymap::{self, Action, Key, Mode};
use crate::shell::ui::Theme;

/// The end-of-call screen's state.
#[derive(Debug)]
pub struct EndScreen {
    /// What the record says, for the screen.
    pub summary: Summary,
    /// Where the record was saved.
    pub path: String,
    /// The record as Markdown in the agent's language (`calma export`'s).
    pub markdown: String,
    /// Whether it was sent to the clipboard.
    pub copied: bool,
}

impl EndScreen {
    /// The screen for a record just saved at `path`.
    pub fn new(record: &Record, path: String, playbook: &Playbook, i18n: &I18n) -> EndScreen {
        EndScreen {
            summary: Summary::of(record, playbook.pack(i18n.lang())),
            path,
            markdown: crate::records::history::markdown(record, playbook, i18n),
            copied: false,
        }
    }
}

impl View for EndScreen {
    fn handle(mut self: Box<Self>, key: Key, _cx: &Context) -> Outcome {
        match keymap::resolve(Mode::Summary, key) {
            Some(Action::ForceQuit) => Outcome::show(self).and(Task::Quit),
            Some(Action::Copy) => {
                self.copied = true;
                let markdown = self.markdown.clone();
                Outcome::show(self).and(Task::Copy(markdown))
            }
            Some(Action::Continue) => Outcome::to(Next::Back),
            _ => Outcome::show(self),
        }
    }

    fn render(&self, cx: &Context, theme: &Theme, frame: &mut Frame, area: Rect) {
        draw::render(self, cx.i18n, theme, frame, area);
    }
}
