//! Driving the real binary in a real terminal: a private tmux server per
//! test, keys sent with send-keys, the screen read with capture-pane,
//! polling for text instead of sleeping.

#![allow(dead_code)]

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something.
const TIMEOUT: Duration = Duration::from_secs(15);

/// A tmux server running one calma session.
pub struct Tmux {
    socket: String,
    /// The data directory of this run (unless the test gives its own).
    data: tempfile::TempDir,
}

fn tmux(socket: &str, args: &[&str]) -> Output {
    Command::new("tmux")
        .args(["-L", socket, "-f", "/dev/null"])
        .args(args)
        .output()
        .expect("tmux is installed (.ci/run installs it)")
}

/// Quotes a word for the shell tmux runs the command with.
fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

impl Tmux {
    /// Starts `calma ARGS` at `width`×`height` with the given environment
    /// (the locale variables are cleared first).
    pub fn start(args: &[&str], env: &[(&str, &str)], width: u16, height: u16) -> Tmux {
        Tmux::start_in(args, env, width, height, false)
    }

    /// Like [`Tmux::start`], in a tmux that passes OSC 52 on to its paste
    /// buffer (`set-clipboard on`), read with [`Tmux::clipboard`].
    pub fn start_with_clipboard(args: &[&str], env: &[(&str, &str)], width: u16, height: u16) -> Tmux {
        Tmux::start_in(args, env, width, height, true)
    }

    /// What the program sent to the clipboard (tmux's newest buffer).
    pub fn clipboard(&self) -> String {
        String::from_utf8_lossy(&tmux(&self.socket, &["show-buffer"]).stdout).into_owned()
    }

    fn start_in(args: &[&str], env: &[(&str, &str)], width: u16, height: u16, clipboard: bool) -> Tmux {
        static N: AtomicUsize = AtomicUsize::new(0);
        let socket = format!("calma-test-{}-{}", std::process::id(), N.fetch_add(1, Ordering::SeqCst));
        let mut command =
            String::from("env -u LC_ALL -u LC_MESSAGES -u LANG -u NO_COLOR TERM=xterm-256color");
        let data = tempfile::tempdir().expect("a temporary directory");
        command.push_str(&format!(" CALMA_DATA_DIR={}", quote(&data.path().display().to_string())));
        // The settings file lives with the data: the user's own never counts.
        let config = data.path().join("config.toml");
        command.push_str(&format!(" CALMA_CONFIG={}", quote(&config.display().to_string())));
        for (k, v) in env {
            command.push_str(&format!(" {k}={}", quote(v)));
        }
        command.push(' ');
        command.push_str(&quote(env!("CARGO_BIN_EXE_calma")));
        for a in args {
            command.push(' ');
            command.push_str(&quote(a));
        }
        // The shell records the terminal's modes after calma, and calma's
        // exit status (tmux does not always); the status comes last.
        let status = data.path().join("exit-status");
        let stty = data.path().join("stty-after");
        command.push_str(&format!(
            "; s=$?; stty -a > {} 2>&1; echo $s > {}",
            quote(&stty.display().to_string()),
            quote(&status.display().to_string())
        ));
        let (w, h) = (width.to_string(), height.to_string());
        // One tmux command line: the options are set before calma starts,
        // so that even a command that ends at once leaves its screen.
        let clipboard = if clipboard { "on" } else { "external" };
        let line = ["start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";"];
        let line = line.into_iter().chain(["set-option", "-g", "set-clipboard", clipboard, ";"]);
        let line: Vec<&str> = line.chain(["new-session", "-d", "-x", &w, "-y", &h, &command]).collect();
        let out = tmux(&socket, &line);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        Tmux { socket, data }
    }

    /// The data directory calma uses unless `--data-dir` is given.
    pub fn data_dir(&self) -> &std::path::Path {
        self.data.path()
    }

    /// Sends keys (tmux key names, e.g. "Escape", "C-c", "Right").
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend(keys);
        tmux(&self.socket, &args);
    }

    /// Types literal text.
    pub fn type_text(&self, text: &str) {
        tmux(&self.socket, &["send-keys", "-t", "0", "-l", text]);
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&tmux(&self.socket, &["capture-pane", "-p", "-t", "0"]).stdout).into_owned()
    }

    /// The screen with its escape sequences (colours, attributes).
    pub fn screen_with_escapes(&self) -> String {
        String::from_utf8_lossy(&tmux(&self.socket, &["capture-pane", "-p", "-e", "-t", "0"]).stdout)
            .into_owned()
    }

    /// Waits until the screen shows `text` (whitespace-insensitive on
    /// line breaks is not attempted: give a text that fits one line).
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(|s| s.contains(text), &format!("“{text}”"))
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_gone(&self, text: &str) -> String {
        self.wait_until(|s| !s.contains(text), &format!("“{text}” to go"))
    }

    /// Waits until the screen satisfies `test`.
    pub fn wait_until(&self, test: impl Fn(&str) -> bool, what: &str) -> String {
        self.wait_longer(test, what, TIMEOUT)
    }

    /// Waits up to `timeout` until the screen satisfies `test` (listen mode
    /// plays its recordings in real time).
    pub fn wait_longer(&self, test: impl Fn(&str) -> bool, what: &str, timeout: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if test(&screen) {
                return screen;
            }
            assert!(start.elapsed() < timeout, "waited for {what}; the screen shows:\n{screen}");
            sleep(Duration::from_millis(50));
        }
    }

    /// Resizes the window.
    pub fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        tmux(&self.socket, &["resize-window", "-t", "0", "-x", &w, "-y", &h]);
    }

    /// Waits for calma to exit and returns its exit status (128 + the
    /// signal's number when a signal ended it).
    pub fn wait_exit(&self) -> i32 {
        let path = self.data.path().join("exit-status");
        let start = Instant::now();
        loop {
            if let Ok(text) = std::fs::read_to_string(&path)
                && let Ok(status) = text.trim().parse()
            {
                return status;
            }
            assert!(start.elapsed() < TIMEOUT, "calma did not exit; the screen shows:\n{}", self.screen());
            sleep(Duration::from_millis(50));
        }
    }

    /// Kills calma with SIGKILL, as a crash would.
    pub fn kill_9(&self) {
        self.signal("KILL");
    }

    /// Sends calma a signal by name (`TERM`, `HUP`, `QUIT`, `KILL`).
    pub fn signal(&self, name: &str) {
        let shell = self.format("#{pane_pid}");
        let child = Command::new("pgrep").args(["-P", &shell]).output().expect("pgrep");
        let pid = String::from_utf8_lossy(&child.stdout).trim().to_string();
        assert!(!pid.is_empty(), "calma runs under the pane's shell {shell}");
        let status = Command::new("kill").args([&format!("-{name}"), &pid]).status().expect("kill");
        assert!(status.success(), "kill -{name} {pid}");
    }

    /// A tmux format of the pane (`#{alternate_on}`, `#{pane_tty}`).
    pub fn format(&self, format: &str) -> String {
        let out = tmux(&self.socket, &["display-message", "-p", "-t", "0", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Pastes text as a terminal paste (bracketed, when calma asked for it).
    pub fn paste(&self, text: &str) {
        tmux(&self.socket, &["set-buffer", "--", text]);
        tmux(&self.socket, &["paste-buffer", "-p", "-t", "0"]);
    }

    /// The pane's title (a file could try to set it with OSC 2).
    pub fn title(&self) -> String {
        let out = tmux(&self.socket, &["display-message", "-p", "-t", "0", "#{pane_title}"]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        tmux(&self.socket, &["kill-server"]);
    }
}

/// Names of tools and formats that `--help` texts keep as they are.
const TECHNICAL: [&str; 7] = ["Markdown", "iCalendar", "ggml", "roff", "shell", "whisper", "Schema"];

/// A line of text without what is command-line code rather than prose
/// (in `--help` lines and error messages): `quoted code`, flags, variables, paths, file
/// names, language codes, calma's subcommand names and argument values.
pub fn prose(line: &str) -> String {
    use clap::CommandFactory;
    fn names(cmd: &clap::Command, out: &mut Vec<String>) {
        out.push(cmd.get_name().to_string());
        for arg in cmd.get_arguments() {
            out.extend(arg.get_possible_values().iter().map(|v| v.get_name().to_string()));
        }
        for sub in cmd.get_subcommands() {
            names(sub, out);
        }
    }
    let mut code = vec!["latest".to_string()];
    code.extend(calma::coach::lang::Lang::ALL.iter().map(|l| l.code().to_string()));
    names(&calma::shell::cli::Cli::command(), &mut code);
    let unquoted: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    unquoted
        .split_whitespace()
        .filter(|w| {
            let w = w.trim_matches(['(', ')', '.', ',', ':', ';', '«', '»', '“', '”', '„', '“']);
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            let is_code = w.starts_with(['$', '-', '~'])
                || w.contains(['_', '/', '=', '.'])
                || bare.len() > 1 && bare.chars().all(|c| c.is_ascii_uppercase() || c == '-')
                || code.iter().any(|c| c == bare)
                || TECHNICAL.contains(&bare);
            !is_code
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `calma ARGS` with `input` on stdin, without the locale variables and
/// without the user's own settings (unless `env` names a `CALMA_CONFIG`):
/// the exit code, stdout and stderr.
pub fn run_calma(args: &[&str], env: &[(&str, &str)], input: &str) -> (i32, String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_calma"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("TERM", "xterm-256color")
        .env("CALMA_CONFIG", "/nonexistent/calma/config.toml")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the calma binary runs");
    if let Some(mut stdin) = child.stdin.take() {
        // A command that does not read its input may close it first.
        let _ = stdin.write_all(input.as_bytes());
    }
    let out = child.wait_with_output().expect("calma ends");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}
