#!/bin/sh
# Measures session timing on this machine: builds limber-session-timing, plays a real 60-second
# session once idle and once with both cores busy, and prints a Markdown table for
# docs/PERFORMANCE.md. Usage: scripts/measure-session-timing.sh [build-dir]
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build-timing"}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIMBER_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" -j2 limber-session-timing >/dev/null
tool="$build/bench/limber-session-timing"

busy_pids=""
stop_busy() {
    for pid in $busy_pids; do kill "$pid" 2>/dev/null || true; done
    busy_pids=""
}
trap stop_busy EXIT INT TERM

echo "Session timing on $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%d):"
echo
echo "| load | reporting | boundaries | lateness p50 (ms) | p99 (ms) | max (ms) | end drift (ms) |"
echo "|---|---|---|---|---|---|---|"
"$tool" --label idle 2>/dev/null

for _ in 1 2; do
    yes >/dev/null &
    busy_pids="$busy_pids $!"
done
"$tool" --label "both cores busy" 2>/dev/null
stop_busy
