//! The event loop: reads keys, lets the app react, performs its commands
//! (sessions, records, clipboard) and redraws only when something changed
//! or the clock's second ticks. Turning a terminal event into a [`Key`]
//! happens here, so nothing else imports the terminal library's events.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

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
use crate::shell::app::{App, Command, Pending};
use crate::shell::keymap::Key;
use crate::shell::ui::{self, Theme};

/// How long to wait for a key when no clock is on screen.
const IDLE_WAIT: Duration = Duration::from_secs(3600);
/// How often listen mode's reports are looked at while no key comes: well
/// under the 2 s a tick may take, and nothing for the CPU.
const LISTEN_WAIT: Duration = Duration::from_millis(50);

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
    let result = Loop { app, store, config, listener: None, draft: None }.run(&mut terminal, theme);
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

/// The line for a call another window holds or has just filed or resumed;
/// any other failure stays an error.
fn taken_elsewhere(i18n: &crate::coach::i18n::I18n, e: StoreError) -> Result<String, RuntimeError> {
    match e {
        StoreError::Busy(id) => Ok(i18n.t_with("error-call-open-elsewhere", &args!["id" => id])),
        StoreError::Gone(id) => Ok(i18n.t_with("error-call-taken", &args!["id" => id])),
        e => Err(e.into()),
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
}

impl Loop {
    fn run(&mut self, terminal: &mut DefaultTerminal, theme: Theme) -> Result<(), RuntimeError> {
        for command in self.app.start() {
            if !self.perform(command)? {
                return Ok(());
            }
        }
        let mut dirty = true;
        let mut warmed = false;
        let mut shown_second = None;
        loop {
            // The form at the end of a call pre-fills the follow-up from it.
            self.app.today = crate::coach::clock::now().date();
            let mut wait = match self.app.session() {
                Some(session) if self.app.in_call() => session.until_next_second().unwrap_or(IDLE_WAIT),
                _ => IDLE_WAIT,
            };
            if self.listener.is_some() {
                wait = wait.min(LISTEN_WAIT);
                dirty |= self.listened();
            }
            if dirty {
                self.keep_draft();
                shown_second = self.second();
                let size = terminal.size()?;
                self.app.resize(size.width, size.height);
                terminal.draw(|frame| ui::render(&self.app, &theme, frame))?;
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
            if !event::poll(wait)? {
                // The second ticked: redraw the clock.
                dirty |= self.app.in_call() && self.second() != shown_second;
                continue;
            }
            // Handle every event already waiting (fast typing) before
            // drawing once.
            loop {
                match event::read()? {
                    Event::Key(key) => {
                        if let Some(key) = key_of(key) {
                            for command in self.app.handle(key) {
                                if !self.perform(command)? {
                                    return Ok(());
                                }
                            }
                            dirty = true;
                        }
                    }
                    Event::Paste(text) => {
                        self.app.paste(&text);
                        dirty = true;
                    }
                    // Drawn whole: after a stop (SIGCONT) the screen held
                    // something else, which a redraw of changes would keep.
                    Event::Resize(..) => {
                        terminal.clear()?;
                        dirty = true;
                    }
                    _ => {}
                }
                if !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
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

    /// Starts listen mode for the call just opened, if it listens; what
    /// stops it is shown on the call screen, and the call goes on.
    fn start_listening(&mut self) {
        let app = &mut self.app;
        let Some(setup) = app.options.listen.clone() else { return };
        let lang = app.session().map_or(app.i18n.lang(), |s| s.state().customer_lang());
        let started = setup.start(lang, &app.i18n);
        self.listener = match started {
            Ok(listener) => Some(listener),
            Err(why) => {
                if let Some(call) = app.call_screen() {
                    call.listened(Report::Failed(why));
                }
                None
            }
        };
    }

    /// Hands what the listener reported to the call; whether anything came.
    /// Listening ends with the call, follows the customer's language, and
    /// rests while the form is open (the customer has hung up; going back
    /// to the call listens again, unless the agent paused it).
    fn listened(&mut self) -> bool {
        let Some(listener) = &self.listener else { return false };
        listener.set_paused(!self.app.wants_listening());
        let Some(call) = self.app.call_screen() else {
            self.listener = None;
            return false;
        };
        listener.set_lang(call.call().customer_lang());
        let mut any = false;
        while let Some(report) = listener.try_report() {
            any |= call.listened(report);
        }
        any
    }

    /// Performs one command; `false` means quit.
    fn perform(&mut self, command: Command) -> Result<bool, RuntimeError> {
        let app = &mut self.app;
        match command {
            Command::Begin => {
                let session = CallSession::begin(&self.store, &app.playbook, &app.call_start())?;
                app.open_call(session);
                self.start_listening();
            }
            Command::Resume(id) => match CallSession::resume(&self.store, &app.playbook, &id) {
                Ok(session) => {
                    app.open_call(session);
                    if let Some(draft) = self.store.draft(&id) {
                        app.reopen(draft);
                    }
                    self.start_listening();
                }
                // Another window took it first: say so, and go on as after
                // the recovery (home, or the new call of `calma call`).
                Err(e) => {
                    app.alert = Some(taken_elsewhere(&app.i18n, e)?);
                    for command in app.leave_recovery() {
                        if !self.perform(command)? {
                            return Ok(false);
                        }
                    }
                }
            },
            Command::Copy(text) => {
                execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))?;
                io::stdout().flush()?;
            }
            Command::Save(form) => {
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
            Command::File(id) => {
                if let Err(e) = self.store.file_interrupted(&id, &app.playbook) {
                    app.alert = Some(taken_elsewhere(&app.i18n, e)?);
                }
            }
            Command::RecordProgress(id, percent) => match self.store.record_progress(&id, percent) {
                Ok(progress) => app.progress = progress,
                Err(e) => app.alert = Some(save_error(&app.i18n, e.to_string())),
            },
            Command::LoadHistory => app.load_history(self.store.list(&app.playbook)),
            Command::LoadFollowups => app.load_followups(&self.store.list(&app.playbook), None),
            Command::FollowUpDone(id) => {
                let at = crate::records::record::timestamp(&crate::coach::clock::now());
                let status = match self.store.follow_up_done(&id, at, None) {
                    Ok(_) => app.i18n.t_with("followups-marked", &args!["id" => id]),
                    Err(e) => save_error(&app.i18n, e.to_string()),
                };
                app.load_followups(&self.store.list(&app.playbook), Some(status));
            }
            Command::SaveLanguage(lang) => {
                if let Some(path) = &self.config
                    && let Err(e) = crate::shell::config::save_lang(path, lang)
                {
                    let args = args!["file" => path.display().to_string(), "reason" => e.to_string()];
                    app.alert = Some(app.i18n.t_with("warning-lang-not-saved", &args));
                }
            }
            Command::Quit => return Ok(false),
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
