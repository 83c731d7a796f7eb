#!/usr/bin/env bash
# CPU while idle on the call screen (10 s) and resident memory after a
# 1,000-note call, measured on the release binary in tmux.
#   cargo build --release && scripts/idle-and-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$PWD/target/release/calma"
data=$(mktemp -d)
sock="calma-measure-$$"
tmux -L "$sock" -f /dev/null new-session -d -x 200 -y 60 "CALMA_DATA_DIR=$data exec $bin call"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
pid=$(tmux -L "$sock" display-message -p '#{pane_pid}')
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks); sleep 10; after=$(ticks)
echo "idle CPU over 10 s: $(( (after - before) * 1000 / hz )) ms (budget 30 ms)"
for n in $(seq 1 1000); do
  tmux -L "$sock" send-keys n
  tmux -L "$sock" send-keys -l "note $n: the customer waits for a refund of invoice 1043"
  tmux -L "$sock" send-keys Enter
done
for _ in $(seq 1 300); do
  tmux -L "$sock" capture-pane -p | grep -q "note 1000:" && break
  sleep 0.2
done
tmux -L "$sock" capture-pane -p | grep -q "note 1000:" || echo "warning: note 1000 not on screen yet"
echo "notes in the journal: $(grep -c '"kind":"note"' "$data"/calls/*.journal.jsonl)"
echo "resident memory after 1,000 notes: $(awk '/VmRSS/ {print $2 / 1024 " MiB"}' "/proc/$pid/status") (budget 20 MiB)"
echo "release binary: $(du -h "$bin" | cut -f1) (budget 10 MiB)"
