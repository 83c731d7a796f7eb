//! The event loop: reads keys, lets the app react, performs its commands
//! and redraws only when something changed or the clock's second ticks.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::execute;

use crate::app::{App, Command};
use crate::keymap::Key;
use crate::ui::{self, Theme};

/// How long to wait for a key when no clock is on screen.
const IDLE_WAIT: Duration = Duration::from_secs(3600);

/// Why the interactive app could not run.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    /// stdin or stdout is not a terminal.
    #[error("not a terminal")]
    NotATerminal,
    /// The terminal failed.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Runs the app in the terminal until it quits. The terminal is restored
/// on return and on panic (ratatui's hook).
pub fn run(app: App) -> Result<(), RuntimeError> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(RuntimeError::NotATerminal);
    }
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, app);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, mut app: App) -> Result<(), RuntimeError> {
    let theme = Theme::from_env();
    let mut call_started: Option<Instant> = None;
    let mut dirty = true;
    loop {
        let wait = if app.in_call() {
            let started = *call_started.get_or_insert_with(Instant::now);
            let elapsed = started.elapsed();
            app.set_elapsed(elapsed.as_secs());
            // Wake at the next whole second, for the clock.
            Duration::from_secs(1) - Duration::from_nanos(u64::from(elapsed.subsec_nanos()))
        } else {
            call_started = None;
            IDLE_WAIT
        };
        if dirty {
            terminal.draw(|frame| ui::render(&app, &theme, frame))?;
            dirty = false;
        }
        if !event::poll(wait)? {
            // The second ticked: redraw the clock.
            dirty = app.in_call();
            continue;
        }
        match event::read()? {
            Event::Key(key) => {
                let Some(key) = Key::from_event(key) else {
                    continue;
                };
                for command in app.handle(key) {
                    match command {
                        Command::Record(_) => {}
                        Command::Copy(text) => {
                            execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))?;
                            io::stdout().flush()?;
                        }
                        Command::Quit => return Ok(()),
                    }
                }
                dirty = true;
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}
