//! The event loop: waits on one channel, into which a thread sends what
//! the terminal reads (keys, pastes, resizes) and the listener what it
//! heard; lets the app react, performs its tasks (sessions, records,
//! clipboard) and redraws only when something changed or the clock's
//! second ticks. Nothing polls: with no call on screen the loop sleeps
//! until the next input. Turning a terminal event into a [`Key`] happens
//! here, so nothing else imports the terminal library's events.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};

use ratatui::DefaultTerminal;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers,
};
use ratatui::crossterm::execute;

use crate::coach::i18n::args;
use crate::listen::{Listener, Report};
use crate::records::record::{Draft, Record, Store, StoreError};
use crate::records::session::CallSession;
use crate::shell::app::{App, Pending, Task};
use crate::shell::keymap::Key;
use crate::shell::ui::Theme;

/// What the loop waits for.
#[derive(Debug)]
enum Input {
    /// A key pressed.
    Key(Key),
    /// Text pasted, whole.
    Paste(String),
    /// The terminal changed size, or was given back after a stop.
    Resize,
    /// What the listener reported.
    Heard(Report),
    /// The terminal could not be read.
    Failed(io::Error),
}

/// What an input did.
enum Taken {
    /// calma is to end.
    Quit,
    /// The screen may have changed.
    Changed,
    /// Nothing on screen changed.
    Quiet,
}

/// Reads the terminal on a thread of its own, into the loop's channel.
fn read_terminal(to: Sender<Input>) {
    std::thread::spawn(move || {
        loop {
            let input = match event::read() {
                Ok(Event::Key(key)) => match key_of(key) {
                    Some(key) => Input::Key(key),
                    None => continue,
                },
                Ok(Event::Paste(text)) => Input::Paste(text),
                Ok(Event::Resize(..)) => Input::Resize,
                Ok(_) => continue,
                Err(e) => Input::Failed(e),
            };
            let failed = matches!(input, Input::Failed(_));
            if to.send(input).is_err() || failed {
                return;
            }
        }
    });
}

/// Why the interactive app stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    /// stdin or stdout is not a terminal.
    #[error("not a terminal")]
    NotATerminal,
    /// The terminal failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The records could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A new call's journal could not be started (a full disk): nothing
    /// was saved, and there is nothing to try again.
    #[error(transparent)]
    Start(StoreError),
}

/// The key of a terminal event: presses only (not releases or repeats, on
/// terminals that report them).
pub fn key_of(event: KeyEvent) -> Option<Key> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    Some(match event.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Right => Key::Right,
        KeyCode::Left => Key::Left,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab => Key::Tab,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::PageUp => Key::PageUp,
        _ => return None,
    })
}

/// The interrupted calls of a store nobody holds, replayed, for
/// [`App::offer`]. A call killed before anything happened in it (and
/// before a note was begun) has nothing to resume; history still lists it.
pub fn pending(store: &Store, app: &App) -> Vec<Pending> {
    store
        .interrupted()
        .into_iter()
        .filter_map(|(read, _)| {
            let draft =
                store.draft(&read.meta.id).map(|d| d.text().trim().to_string()).filter(|t| !t.is_empty());
            if read.events.is_empty() && draft.is_none() {
                return None;
            }
            let elapsed = read.events.last().map_or(0, |(_, secs, _)| *secs);
            let (state, _) = Record::replay(&read, &app.playbook);
            Some(Pending {
                id: read.meta.id.clone(),
                started_at: read.meta.started_at.clone(),
                state,
                elapsed,
                draft,
            })
        })
        .collect()
}

/// Runs the app in the terminal until it quits. The terminal is restored
/// on return and on panic (ratatui's hook).
/// `config` is the settings file where the language picked on the home
/// screen is kept.
pub fn run(app: App, store: Store, theme: Theme, config: Option<PathBuf>) -> Result<(), RuntimeError> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(RuntimeError::NotATerminal);
    }
    let mut terminal = ratatui::try_init()?;
    // A paste arrives as one event, never as keys that would run commands.
    execute!(io::stdout(), EnableBracketedPaste)?;
    restore_on_signals()?;
    end_on_hangup();
    let (send, inputs) = mpsc::channel();
    read_terminal(send.clone());
    let result =
        Loop { app, store, config, listener: None, draft: None, inputs, send }.run(&mut terminal, theme);
    restore();
    result
}

/// "The record could not be saved: …", naming the key that tries again.
pub fn save_error(i18n: &crate::coach::i18n::I18n, reason: String) -> String {
    let enter = crate::shell::keymap::label_of(
        crate::shell::keymap::Mode::Form,
        crate::shell::keymap::Action::Choose,
        i18n,
    );
    i18n.t_with("error-save", &args!["reason" => reason, "enter" => enter])
}

/// The line for what another window or a shell did meanwhile: a call it
/// holds, or has just filed or resumed, a follow-up it marked done
/// (`noted`: a note came with this attempt, and is not added). `None` for
/// any other failure.
pub fn elsewhere(e: &StoreError, noted: bool, i18n: &crate::coach::i18n::I18n) -> Option<String> {
    match e {
        StoreError::Busy(id) => Some(i18n.t_with("error-call-open-elsewhere", &args!["id" => id.clone()])),
        StoreError::Gone(id) => Some(i18n.t_with("error-call-taken", &args!["id" => id.clone()])),
        StoreError::AlreadyDone { id, at } => Some(already_done(id, at, noted, i18n)),
        _ => None,
    }
}

/// "The follow-up of call … was already marked done at …", saying whether
/// the note given now was left out.
pub fn already_done(id: &str, at: &str, noted: bool, i18n: &crate::coach::i18n::I18n) -> String {
    let (at, note) = (crate::coach::text::minute(at), if noted { "yes" } else { "no" });
    i18n.t_with("followups-already-done", &args!["id" => id.to_string(), "at" => at, "note" => note])
}

/// The line for a call another window holds or has just filed or resumed;
/// any other failure stays an error.
fn taken_elsewhere(i18n: &crate::coach::i18n::I18n, e: StoreError) -> Result<String, RuntimeError> {
    match elsewhere(&e, false, i18n) {
        Some(line) => Ok(line),
        None => Err(e.into()),
    }
}

/// Gives the terminal back as it was.
fn restore() {
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
}

/// SIGTERM, SIGHUP (the terminal closed), SIGQUIT and SIGINT (`kill -INT`
/// from outside: in raw mode Ctrl-C is a key) restore the terminal and end
/// calma. Nothing is lost: every confirmed event is already in the journal,
/// and the call is offered for recovery next time. SIGTSTP gives the
/// terminal back before calma stops; SIGCONT takes it again and redraws.
#[cfg(unix)]
fn restore_on_signals() -> io::Result<()> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGTSTP, SIGCONT])?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            match signal {
                SIGTSTP => {
                    restore();
                    // Stops here until SIGCONT (what SIGTSTP would have done).
                    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
                    take_back();
                    // The screen was someone else's: a resize event makes
                    // the loop draw it whole again.
                    let _ = signal_hook::low_level::raise(SIGWINCH);
                }
                // Continued without a stop of ours (`kill -STOP`, then
                // `-CONT`): the terminal may have been changed meanwhile.
                SIGCONT => {
                    take_back();
                    let _ = signal_hook::low_level::raise(SIGWINCH);
                }
                _ => {
                    restore();
                    std::process::exit(128 + signal);
                }
            }
        }
    });
    Ok(())
}

/// A terminal that hangs up ends calma, as SIGHUP does: when calma is not
/// its session's controlling process no SIGHUP comes, and the terminal
/// library would read end-of-file in a loop, a core at 100 % for ever.
/// `poll` with no events asked waits for the hang-up alone.
#[cfg(unix)]
fn end_on_hangup() {
    use rustix::event::{PollFd, PollFlags, poll};
    std::thread::spawn(|| {
        let stdin = io::stdin();
        loop {
            let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
            if poll(&mut fds, None).is_err() {
                continue; // interrupted by a signal
            }
            let got = fds[0].revents();
            if got.intersects(PollFlags::HUP | PollFlags::ERR) {
                restore();
                std::process::exit(129);
            }
            if got.contains(PollFlags::NVAL) {
                return;
            }
        }
    });
}

#[cfg(not(unix))]
fn end_on_hangup() {}

/// Takes the terminal again after a stop: raw mode, the alternate screen,
/// bracketed paste.
#[cfg(unix)]
fn take_back() {
    use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};
    let _ = enable_raw_mode();
    let _ = execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste);
}

/// Windows ends a console program without signals; ratatui's panic hook
/// and the normal exit restore the terminal.
#[cfg(not(unix))]
fn restore_on_signals() -> io::Result<()> {
    Ok(())
}

struct Loop {
    app: App,
    store: Store,
    /// The settings file, for the language picked on the home screen.
    config: Option<PathBuf>,
    /// Listen mode while a call listens.
    listener: Option<Listener>,
    /// What is typed as last kept on disk, with the call's id.
    draft: Option<(String, Draft)>,
    /// The one channel the loop waits on.
    inputs: Receiver<Input>,
    /// Its sending end, for the listener of each call.
    send: Sender<Input>,
}

impl Loop {
    fn run(&mut self, terminal: &mut DefaultTerminal, theme: Theme) -> Result<(), RuntimeError> {
        for task in self.app.start() {
            if !self.perform(task)? {
                return Ok(());
            }
        }
        let mut dirty = true;
        let mut warmed = false;
        let mut shown_second = None;
        loop {
            // The form at the end of a call pre-fills the follow-up from it.
            self.app.today = crate::coach::clock::now().date();
            if dirty {
                self.keep_draft();
                shown_second = self.second();
                let size = terminal.size()?;
                self.app.resize(size.width, size.height);
                terminal.draw(|frame| self.app.render(&theme, frame))?;
                dirty = false;
                if !warmed {
                    // The first frame is out: the cue matcher, which the
                    // first note needs and the first frame did not, is built
                    // beside the screen.
                    let cues = crate::coach::call::Cues::of(self.app.playbook.pack(self.app.i18n.lang()));
                    std::thread::spawn(move || cues.warm());
                    warmed = true;
                }
            }
            let ticking = self.app.session().filter(|_| self.app.in_call());
            let input = match ticking.and_then(CallSession::until_next_second) {
                Some(wait) => self.inputs.recv_timeout(wait),
                None => self.inputs.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            let mut next = match input {
                Ok(input) => Some(input),
                Err(RecvTimeoutError::Timeout) => {
                    // The second ticked: redraw the clock.
                    dirty |= self.second() != shown_second;
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            };
            // Handle every input already waiting (fast typing) before
            // drawing once.
            while let Some(input) = next {
                match self.take(input, terminal)? {
                    Taken::Quit => return Ok(()),
                    Taken::Changed => dirty = true,
                    Taken::Quiet => {}
                }
                next = self.inputs.try_recv().ok();
            }
            self.steer_listener();
        }
    }

    /// Reacts to one input.
    fn take(&mut self, input: Input, terminal: &mut DefaultTerminal) -> Result<Taken, RuntimeError> {
        match input {
            Input::Key(key) => {
                for task in self.app.handle(key) {
                    if !self.perform(task)? {
                        return Ok(Taken::Quit);
                    }
                }
            }
            Input::Paste(text) => self.app.paste(&text),
            // The voice's levels alone change only the talk time, which
            // the clock's redraw shows each second.
            Input::Heard(report) => {
                return Ok(if self.app.listened(report) { Taken::Changed } else { Taken::Quiet });
            }
            // Drawn whole: after a stop (SIGCONT) the screen held something
            // else, which a redraw of changes would keep. (Not `clear`,
            // which asks the terminal where its cursor is: the reading
            // thread would take the answer.)
            Input::Resize => {
                let size = terminal.size()?;
                terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
            }
            Input::Failed(e) => return Err(e.into()),
        }
        Ok(Taken::Changed)
    }

    /// Keeps what is typed on disk before it is drawn (a crash then loses
    /// nothing on screen), and removes it once it is journaled or dropped.
    /// A draft that cannot be written is not an alert: what it holds is
    /// confirmed only once it is in the journal or the record.
    fn keep_draft(&mut self) {
        let draft = self.app.draft();
        if draft == self.draft {
            return;
        }
        if let Some((id, _)) = &self.draft
            && draft.as_ref().is_none_or(|(new, _)| new != id)
        {
            let _ = self.store.keep_draft(id, None);
        }
        if let Some((id, draft)) = &draft {
            let _ = self.store.keep_draft(id, Some(draft));
        }
        self.draft = draft;
    }

    /// The second of the call's clock, if a call is open.
    fn second(&self) -> Option<u64> {
        self.app.session().map(CallSession::elapsed)
    }

    /// Starts listen mode for the call just opened, if it listens (or
    /// for practice, in the language it is practised in); what stops it
    /// is shown on screen, and the call or the practice goes on.
    fn start_listening(&mut self) {
        let app = &mut self.app;
        let Some(setup) = app.options.listen.clone() else { return };
        let lang = app.session().map_or(app.i18n.lang(), |s| s.state().customer_lang());
        let started = setup.start(lang, &app.i18n);
        self.listener = match started {
            Ok(mut listener) => {
                listener.forward(self.send.clone(), Input::Heard);
                Some(listener)
            }
            Err(why) => {
                app.listened(Report::Failed(why.message(&app.i18n)));
                None
            }
        };
        self.steer_listener();
    }

    /// Tells the listener what the screen wants, after each change: to
    /// rest while the form is open or the agent paused it, the customer's
    /// language as it is now; and stops it with the call. In practice it
    /// hears only while a turn waits for an answer, in the UI language.
    fn steer_listener(&mut self) {
        let Some(listener) = &self.listener else { return };
        match self.app.session() {
            Some(session) => {
                listener.set_paused(!self.app.wants_listening());
                listener.set_lang(session.state().customer_lang());
            }
            None if self.app.practises_aloud() => {
                listener.set_paused(!self.app.wants_listening());
                listener.set_lang(self.app.i18n.lang());
            }
            None => self.listener = None,
        }
    }

    /// Performs one task; `false` means quit.
    fn perform(&mut self, task: Task) -> Result<bool, RuntimeError> {
        let app = &mut self.app;
        match task {
            Task::Begin => {
                let session = CallSession::begin(&self.store, &app.playbook, &app.call_start())
                    .map_err(RuntimeError::Start)?;
                app.open_call(session);
                self.start_listening();
            }
            Task::Resume(id) => match CallSession::resume(&self.store, &app.playbook, &id) {
                Ok(session) => {
                    app.resume_call(session, self.store.draft(&id));
                    self.start_listening();
                }
                // Another window took it first: say so, and go on as after
                // the recovery (home, or the new call of `calma call`).
                Err(e) => {
                    app.alert = Some(taken_elsewhere(&app.i18n, e)?);
                    for task in app.leave_recovery() {
                        if !self.perform(task)? {
                            return Ok(false);
                        }
                    }
                }
            },
            Task::Copy(text) => {
                execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))?;
                io::stdout().flush()?;
            }
            Task::Save(form) => {
                let result = match app.session() {
                    Some(session) => session
                        .finish(&self.store, &app.playbook, &form)
                        .map(|(path, record)| (path.display().to_string(), record))
                        .map_err(|e| e.to_string()),
                    None => Err(StoreError::NotFound("?".into()).to_string()),
                };
                let result = result.map_err(|e| save_error(&app.i18n, e));
                app.saved(result);
            }
            Task::File(id) => {
                if let Err(e) = self.store.file_interrupted(&id, &app.playbook) {
                    app.alert = Some(taken_elsewhere(&app.i18n, e)?);
                }
            }
            Task::RecordProgress(id, attempt) => match self.store.record_progress(&id, attempt) {
                Ok(progress) => app.progress = progress,
                Err(e) => app.alert = Some(save_error(&app.i18n, e.to_string())),
            },
            Task::Load => app.loaded(self.store.list(&app.playbook), None),
            Task::FollowUpDone(id, note) => {
                let at = crate::records::record::timestamp(&crate::coach::clock::now());
                let noted = note.as_deref().is_some_and(|n| !n.trim().is_empty());
                let status = match self.store.follow_up_done(&id, at, note) {
                    Ok(_) => app.i18n.t_with("followups-marked", &args!["id" => id]),
                    // Closed from another window or a shell meanwhile: no
                    // retry can work, and the note typed here is not added.
                    Err(StoreError::AlreadyDone { id, at }) => already_done(&id, &at, noted, &app.i18n),
                    Err(e) => save_error(&app.i18n, e.to_string()),
                };
                app.loaded(self.store.list(&app.playbook), Some(status));
            }
            Task::FollowUpReopen(id) => {
                let status = match self.store.follow_up_reopen(&id) {
                    Ok(_) => app.i18n.t_with("followups-reopened", &args!["id" => id]),
                    Err(e) => save_error(&app.i18n, e.to_string()),
                };
                app.loaded(self.store.list(&app.playbook), Some(status));
            }
            Task::SaveLanguage(lang) => {
                if let Some(path) = &self.config
                    && let Err(e) = crate::shell::config::save_lang(path, lang)
                {
                    let args = args!["file" => path.display().to_string(), "reason" => e.to_string()];
                    app.alert = Some(app.i18n.t_with("warning-lang-not-saved", &args));
                }
            }
            Task::Listen => self.start_listening(),
            Task::Quit => return Ok(false),
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent { code, modifiers, kind: KeyEventKind::Press, state: KeyEventState::NONE }
    }

    #[test]
    fn only_presses_count() {
        let mut e = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(key_of(e), Some(Key::Char('q')));
        e.kind = KeyEventKind::Release;
        assert_eq!(key_of(e), None);
        e.kind = KeyEventKind::Repeat;
        assert_eq!(key_of(e), None);
        assert_eq!(key_of(press(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Key::CTRL_C));
        assert_eq!(key_of(press(KeyCode::Char('L'), KeyModifiers::SHIFT)), Some(Key::Char('L')));
    }
}
