//! Plain mode, for screen readers, serial consoles and scripts: the same
//! call and practice, as short lines. Each change is announced once, in one
//! line; each command is one line of input (`calma call --plain`, or
//! `TERM=dumb`). No cursor movement, no colour, no box drawing.

mod call;
mod command;
mod practice;

use std::io::{self, BufRead, Write};

pub use call::call;
pub use practice::practice;

use crate::i18n::I18n;
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
}

impl<'a> Console<'a> {
    /// A console over these streams.
    pub fn new(
        input: &'a mut dyn BufRead,
        output: &'a mut dyn Write,
        interactive: bool,
        i18n: &'a I18n,
    ) -> Console<'a> {
        Console { input, output, interactive, i18n }
    }

    /// Reads one command; `None` at the end of the input.
    pub fn read(&mut self) -> io::Result<Option<String>> {
        if self.interactive {
            write!(self.output, "> ")?;
        }
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim().to_string()))
    }

    /// Writes one line, cleaned of control characters.
    pub fn say(&mut self, line: &str) -> io::Result<()> {
        writeln!(self.output, "{}", clean(line))
    }

    /// Asks with a prompt; `None` at the end of the input.
    pub fn ask(&mut self, prompt: &str) -> io::Result<Option<String>> {
        writeln!(self.output, "{}", clean(prompt))?;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim().to_string()))
    }
}
