#!/bin/sh
# Measures, in one run, start to first painted window and memory (RSS, PSS) during a session, for
# Limber and for a minimal Qt Widgets + Multimedia window (bench/minimal-window) built alongside.
# Builds Release in build-bench-startup, then runs scripts/measure-startup-probe.py under Xvfb (no
# window manager) in a private D-Bus session: 7 alternating start runs and 3 memory runs of each.
# Prints a Markdown table for docs/PERFORMANCE.md ("Start-up and memory").
# Usage: scripts/measure-startup.sh [--with-sound] [build-dir]
# --with-sound: the same, but both programs have an audio device, a private PulseAudio server
# with a null sink (tests/audio/run-with-null-sink.sh; needs pulseaudio and pulseaudio-utils), and the
# memory is also compared with the minimal window speaking (bench limber-minimal-window-speech).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
sound=""
speaking=""
if [ "${1:-}" = "--with-sound" ]; then
    sound="$here/tests/audio/run-with-null-sink.sh --"
    shift
fi
build=${1:-"$here/build-bench-startup"}

. "$here/scripts/bench-common.sh"
install_missing xdotool=xdotool xvfb-run=xvfb+xauth dbus-run-session=dbus
build_bench "$here" "$build"
if [ -n "$sound" ] && ninja -C "$build" -t targets all | grep -q '^limber-minimal-window-speech:'; then
    # With a device, Limber's session speaks (voice is on by default): also compare it with the
    # minimal window speaking through the same engine.
    nice ninja -C "$build" -j2 limber-minimal-window-speech >/dev/null
    speaking="--speaking-baseline $build/bench/limber-minimal-window-speech"
fi

runtime=$(mktemp -d)
chmod 0700 "$runtime"
trap 'rm -rf "$runtime"' EXIT INT TERM

echo "Start-up and memory on $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%d), Release, Xvfb 1280x800x24${sound:+, PulseAudio null sink}:"
echo
# shellcheck disable=SC2086 # $sound is a command and its argument, $speaking an option and its value, or nothing
# The bus inside the X server, so that a service the bus starts (a notification daemon, asked for
# once Limber has painted) finds the display, starts once and stays, instead of failing anew after
# every run of Limber while the next run is being timed.
XDG_RUNTIME_DIR="$runtime" xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp -br" \
    dbus-run-session -- \
    $sound python3 "$here/scripts/measure-startup-probe.py" $speaking "$build/bin/limber" "$build/bench/limber-minimal-window"
