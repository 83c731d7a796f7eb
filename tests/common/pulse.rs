//! A PulseAudio server of its own for one test, with null sinks whose
//! monitors stand for devices (a microphone, a softphone): no sound card
//! needed. Included with `#[path]` by the listen-mode tests that use it.

#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The server, killed when dropped.
pub struct Pulse {
    server: Child,
    /// Its address, for `PULSE_SERVER`.
    pub address: String,
    /// Its runtime directory (also a home for an `.asoundrc`).
    pub dir: tempfile::TempDir,
}

impl Pulse {
    /// Starts a server with a null sink named after each of `sinks`.
    pub fn start(sinks: &[&str]) -> Pulse {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("default.pa");
        let mut modules = String::from("load-module module-native-protocol-unix\n");
        for sink in sinks {
            modules.push_str(&format!("load-module module-null-sink sink_name={sink}\n"));
        }
        std::fs::write(&config, modules).unwrap();
        let server = Command::new("pulseaudio")
            .args(["-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "-F"])
            .arg(&config)
            .env("PULSE_RUNTIME_PATH", dir.path())
            .env("HOME", dir.path())
            .stderr(Stdio::null())
            .spawn()
            .expect("pulseaudio is installed (.ci/run installs it)");
        let address = format!("unix:{}", dir.path().join("native").display());
        let pulse = Pulse { server, address, dir };
        let up = (0..100).any(|_| {
            std::thread::sleep(Duration::from_millis(100));
            pulse.client("pactl").arg("info").output().is_ok_and(|o| o.status.success())
        });
        assert!(up, "pulseaudio did not start");
        pulse
    }

    /// A PulseAudio client of this server.
    pub fn client(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("PULSE_SERVER", &self.address);
        command
    }
}

impl Drop for Pulse {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}
