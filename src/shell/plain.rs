//! Plain mode, for screen readers, serial consoles and scripts: the same
//! call and practice, as short lines. Each change is announced once, in one
//! line; each command is one line of input (`calma call --plain`, or
//! `TERM=dumb`). No cursor movement, no colour, no box drawing.

mod call;
mod command;
mod practice;

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{self, Receiver, Sender};

pub use call::call;
pub use practice::practice;

use crate::coach::i18n::I18n;
use crate::coach::sanitize::clean;
use crate::listen::{Listener, Report};
use crate::records::record::StoreError;

/// Why plain mode stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum PlainError {
    /// Reading commands or writing lines failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The records could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The record could not be written, and the input ended before a
    /// retry: the call and its form are kept for recovery.
    #[error(transparent)]
    Unsaved(StoreError),
}

/// What arrives on the one channel plain mode waits on while listening.
#[derive(Debug)]
pub enum Arrival {
    /// A typed line as read (bytes, so that one that is not UTF-8 is not
    /// the end of the input); `None` at the end.
    Line(io::Result<Option<Vec<u8>>>),
    /// What the listener reported.
    Heard(Report),
}

/// The channel plain mode waits on while listening: the typed lines, read
/// by a thread of their own, and the listener's reports.
#[derive(Debug)]
pub struct Lines {
    send: Sender<Arrival>,
    arrivals: Receiver<Arrival>,
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
    /// Listen mode: its listener, and the channel of typed lines and
    /// reports, so that what is heard is announced while nobody types.
    listening: Option<(Listener, Lines)>,
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

    /// Listens while reading: `lines` are the typed lines as read (from
    /// [`stdin_lines`]), and the listener's reports come in between.
    pub fn listen(&mut self, mut listener: Listener, lines: Lines) {
        listener.forward(lines.send.clone(), Arrival::Heard);
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
        self.wait()
    }

    /// The next typed line or report, with no prompt: a question was
    /// just asked (practice asks for an answer, which may come out loud).
    pub fn wait(&mut self) -> io::Result<Input> {
        self.output.flush()?;
        let Some((_, lines)) = &self.listening else {
            return Ok(self.line()?.map_or(Input::End, Input::Line));
        };
        let arrival = lines.arrivals.recv();
        Ok(match arrival {
            Ok(Arrival::Heard(report)) => Input::Heard(report),
            Ok(Arrival::Line(line)) => match line? {
                Some(bytes) => Input::Line(self.text_of(&bytes)?),
                None => Input::End,
            },
            Err(_) => Input::End,
        })
    }

    fn prompt(&mut self) -> io::Result<()> {
        if self.interactive {
            write!(self.output, "> ")?;
        }
        self.output.flush()
    }

    /// One line of input, from the reading thread while listening.
    fn line(&mut self) -> io::Result<Option<String>> {
        let bytes = if let Some((_, lines)) = &self.listening {
            // Reports that come while a question waits (the form, after
            // the call) are for a call that is over.
            loop {
                match lines.arrivals.recv() {
                    Ok(Arrival::Line(line)) => break line?,
                    Ok(Arrival::Heard(_)) => {}
                    Err(_) => break None,
                }
            }
        } else {
            let mut bytes = Vec::new();
            (self.input.read_until(b'\n', &mut bytes)? > 0).then_some(bytes)
        };
        bytes.map(|bytes| self.text_of(&bytes)).transpose()
    }

    /// A line as typed made text: trimmed, cleaned of control characters
    /// (ESC, BEL, C1) as the full screen's input is, and with any bytes
    /// that are not UTF-8 kept as U+FFFD, said in one line.
    fn text_of(&mut self, bytes: &[u8]) -> io::Result<String> {
        let text = String::from_utf8_lossy(bytes);
        if matches!(text, std::borrow::Cow::Owned(_)) {
            self.say(&self.i18n.t("plain-not-utf8"))?;
        }
        Ok(clean(&text).trim().to_string())
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

/// The lines of stdin as read (bytes: one that is not UTF-8 is not the
/// end), by a thread of their own, for a console that also waits for the
/// listener.
pub fn stdin_lines() -> Lines {
    let (send, arrivals) = mpsc::channel();
    let lines = send.clone();
    std::thread::spawn(move || {
        let mut stdin = io::stdin().lock();
        loop {
            let mut line = Vec::new();
            let read = match stdin.read_until(b'\n', &mut line) {
                Ok(0) => Ok(None),
                Ok(_) => Ok(Some(line)),
                Err(e) => Err(e),
            };
            let end = !matches!(read, Ok(Some(_)));
            if lines.send(Arrival::Line(read)).is_err() || end {
                return;
            }
        }
    });
    Lines { send, arrivals }
}
