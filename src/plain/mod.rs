//! Plain mode, for screen readers, serial consoles and scripts: the same
//! call and practice, as short lines. Each change is announced once, in one
//! line; each command is one line of input (`calma call --plain`, or
//! `TERM=dumb`). No cursor movement, no colour, no box drawing.

mod call;
mod command;
mod practice;

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

pub use call::call;
pub use practice::practice;

use crate::i18n::I18n;
use crate::listen::{Listener, Report};
use crate::record::StoreError;
use crate::sanitize::clean;

/// Why plain mode stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum PlainError {
    /// Reading commands or writing lines failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The records could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where plain mode reads commands and writes lines.
pub struct Console<'a> {
    input: &'a mut dyn BufRead,
    output: &'a mut dyn Write,
    /// Whether a person types at a terminal (then a short "> " marks each
    /// wait for input; a script piping commands gets only the lines).
    interactive: bool,
    /// UI strings.
    pub i18n: &'a I18n,
    /// Listen mode: its listener, and the typed lines read by a thread of
    /// their own, so that what is heard is announced while nobody types.
    listening: Option<(Listener, Receiver<io::Result<Option<String>>>)>,
}

/// What came next: a typed line, or a report of the listener.
#[derive(Debug)]
pub enum Input {
    /// A line typed (trimmed).
    Line(String),
    /// What the listener reported.
    Heard(Report),
    /// The end of the input.
    End,
}

impl<'a> Console<'a> {
    /// A console over these streams.
    pub fn new(
        input: &'a mut dyn BufRead,
        output: &'a mut dyn Write,
        interactive: bool,
        i18n: &'a I18n,
    ) -> Console<'a> {
        Console { input, output, interactive, i18n, listening: None }
    }

    /// Listens while reading: `lines` are the typed lines (from a thread
    /// that reads them), the listener's reports come in between.
    pub fn listen(&mut self, listener: Listener, lines: Receiver<io::Result<Option<String>>>) {
        self.listening = Some((listener, lines));
    }

    /// The listener, while listening.
    pub fn listener(&self) -> Option<&Listener> {
        self.listening.as_ref().map(|(l, _)| l)
    }

    /// The next command or report; without listen mode, the next line.
    pub fn next_input(&mut self) -> io::Result<Input> {
        if self.listening.is_none() {
            return Ok(self.read()?.map_or(Input::End, Input::Line));
        }
        self.prompt()?;
        loop {
            let Some((listener, lines)) = &self.listening else { return Ok(Input::End) };
            if let Some(report) = listener.try_report() {
                return Ok(Input::Heard(report));
            }
            match lines.recv_timeout(Duration::from_millis(50)) {
                Ok(line) => return Ok(line?.map_or(Input::End, |l| Input::Line(l.trim().to_string()))),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(Input::End),
            }
        }
    }

    fn prompt(&mut self) -> io::Result<()> {
        if self.interactive {
            write!(self.output, "> ")?;
        }
        self.output.flush()
    }

    /// One line of input, from the reading thread while listening.
    fn line(&mut self) -> io::Result<Option<String>> {
        if let Some((_, lines)) = &self.listening {
            return lines.recv().unwrap_or(Ok(None)).map(|l| l.map(|l| l.trim().to_string()));
        }
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim().to_string()))
    }

    /// Reads one command; `None` at the end of the input.
    pub fn read(&mut self) -> io::Result<Option<String>> {
        self.prompt()?;
        self.line()
    }

    /// Writes one line, cleaned of control characters.
    pub fn say(&mut self, line: &str) -> io::Result<()> {
        writeln!(self.output, "{}", clean(line))
    }

    /// Asks with a prompt; `None` at the end of the input.
    pub fn ask(&mut self, prompt: &str) -> io::Result<Option<String>> {
        writeln!(self.output, "{}", clean(prompt))?;
        self.output.flush()?;
        self.line()
    }
}
