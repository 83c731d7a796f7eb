#!/usr/bin/env bash
# Process start to first frame on a pseudo-terminal: calma's call screen
# against `less` showing a one-line file, side by side in one run, median of
# N runs each (default 21). Needs python3 and a release build:
#   cargo build --release && scripts/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
bin="target/release/calma"
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 1; }
python3 - "$runs" "$bin" <<'PY'
import fcntl, os, select, signal, statistics, struct, subprocess, sys, tempfile, termios, time

runs, binary = int(sys.argv[1]), sys.argv[2]
line = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
line.write("calma startup probe\n")
line.close()

def first_frame(argv, marker, env):
    """Seconds from spawn to the marker appearing on an 80x24 pty."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    # A fresh data directory each run: a killed call is offered for recovery.
    env = dict(env, CALMA_DATA_DIR=tempfile.mkdtemp())
    child = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    try:
        while marker not in seen:
            ready, _, _ = select.select([master], [], [], 5)
            if not ready:
                raise SystemExit(f"no first frame from {argv}: {seen[-200:]!r}")
            seen += os.read(master, 65536)
        return time.perf_counter() - start
    finally:
        child.kill()
        child.wait()
        os.close(master)

env = dict(os.environ, TERM="xterm-256color", LANG="en_US.UTF-8", LINES="24", COLUMNS="80")
calma, less = [], []
for _ in range(runs):
    # The call screen is drawn when the clock appears.
    calma.append(first_frame([binary, "call"], "⏱".encode(), env))
    less.append(first_frame(["less", line.name], b"calma startup probe", env))
m_calma, m_less = statistics.median(calma) * 1000, statistics.median(less) * 1000
print(f"first frame, median of {runs}: calma call {m_calma:.1f} ms, less {m_less:.1f} ms, ratio {m_calma / m_less:.2f} (aim 1.00, budget 2.00)")
PY
