#!/usr/bin/env bash
# Listen mode's figures on this machine (docs/performance.md): CPU while
# nobody speaks, resident memory while listening and transcribing, and the
# time from the end of an utterance to its tick on screen, in tmux.
#   cargo build --features listen && scripts/listen-figures.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-$PWD/target/debug/calma}"
model="${CALMA_TEST_MODEL:-${XDG_CACHE_HOME:-$HOME/.cache}/calma/test-model/ggml-base.bin}"
work=$(mktemp -d)
sock="calma-listen-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
hz=$(getconf CLK_TCK)

# 40 s of a quiet room (a faint hiss), then an utterance: restate, 16 kHz.
sox -n -r 16000 -c 1 -b 16 "$work/quiet.wav" synth 40 whitenoise vol 0.002
espeak-ng -v pt-br -s 120 -g 3 -w "$work/raw.wav" "Se eu entendi bem, o seu pedido chegou atrasado."
sox "$work/raw.wav" -r 16000 -c 1 -b 16 "$work/said.wav"
sox "$work/quiet.wav" "$work/said.wav" "$work/quiet.wav" "$work/agent.wav"
said=$(soxi -D "$work/said.wav")

start() {
  tmux -L "$sock" -f /dev/null new-session -d -x 80 -y 24 \
    "CALMA_CONFIG=/nonexistent CALMA_DATA_DIR=$work/data exec $bin --lang pt --model $model call --listen --audio-file $1"
  sleep 0.5
  pid=$(tmux -L "$sock" display-message -p '#{pane_pid}')
}
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

t0=$(date +%s.%N)
start "$work/agent.wav"
sleep 10   # the model loaded, nothing said yet
before=$(ticks); sleep 20; after=$(ticks)
echo "CPU while nobody speaks: $(( (after - before) * 1000 / hz )) ms over 20 s"
# The utterance ends 40 s + its length after the start of the file; what
# was heard (and any tick it makes) is on screen at the same redraw.
for _ in $(seq 1 3000); do
  tmux -L "$sock" capture-pane -p | grep -q "disse:" && break
  sleep 0.01
done
t1=$(date +%s.%N)
echo "utterance end to the screen: $(echo "$t1 - $t0 - 40 - $said" | bc -l | cut -c1-5) s (from before calma starts: an upper bound)"
grep -q restate_said "$work"/data/calls/*.journal.jsonl && echo "restate ticked" || echo "restate not ticked: $(tmux -L "$sock" capture-pane -p | grep disse:)"
echo "resident memory while listening (peak): $(awk '/VmHWM/ {print $2 / 1024 " MiB"}' "/proc/$pid/status")"
