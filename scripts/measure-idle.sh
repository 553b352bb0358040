#!/bin/sh
# Leaves Limber waiting in the tray (`limber --background`, reminders on, none due) beside an idle
# minimal Qt window (bench/minimal-window) for five minutes, and reports their wake-ups (context
# switches) and CPU time. Builds Release in build-bench-startup (shared with measure-startup.sh),
# then runs scripts/measure-idle-probe.py under Xvfb with a tray host (trayer) in a private D-Bus
# session. Prints a Markdown table for docs/PERFORMANCE.md ("Waiting in the tray").
# Usage: scripts/measure-idle.sh [minutes] [build-dir]
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-5}
build=${2:-"$here/build-bench-startup"}

. "$here/scripts/bench-common.sh"
install_missing trayer=trayer xvfb-run=xvfb+xauth dbus-run-session=dbus strace=strace
build_bench "$here" "$build"

runtime=$(mktemp -d)
chmod 0700 "$runtime"
trap 'rm -rf "$runtime"' EXIT INT TERM

echo "Waiting in the tray on $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%d), Release, Xvfb with trayer:"
echo
# trayer is the tray host; the probe starts both programs once it is up.
# shellcheck disable=SC2016 # the inner shell expands its own arguments
XDG_RUNTIME_DIR="$runtime" xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp -br" \
    dbus-run-session -- sh -c 'trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
           tray=$!; sleep 2
           python3 "$0" "$1" "$2" "$3"; status=$?
           kill $tray 2>/dev/null; exit $status' \
    "$here/scripts/measure-idle-probe.py" "$build/bin/limber" "$build/bench/limber-minimal-window" "$minutes"
