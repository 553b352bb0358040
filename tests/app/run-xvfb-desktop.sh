#!/usr/bin/env bash
# Runs a command on a small desktop of its own inside an X server (run it under xvfb-run): a
# private session bus, so that the notification service it activates (dunst) draws on this
# display and nothing reaches the developer's own desktop, and with --tray a system tray (trayer,
# an XEmbed tray host) for the command's tray icon to dock into.
#
#   tests/app/run-xvfb-desktop.sh [--tray] [--] CMD [ARGS...]
#
# CMD sees LIMBER_TEST_XVFB_DESKTOP=1 (the tests that need real parts run only then) and waits
# for the tray itself (QSystemTrayIcon::isSystemTrayAvailable asks the X server who holds the tray
# selection, the one check that matters). Exits with CMD's exit status; 125 (a skip) when there
# is no display or a tool is missing.
set -euo pipefail

tray=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --tray) tray=1; shift ;;
    --) shift; break ;;
    *) break ;;
    esac
done
if [[ $# -eq 0 ]]; then
    echo "usage: $0 [--tray] [--] CMD [ARGS...]" >&2
    exit 2
fi

# Under the sanitizers: libxkbcommon-x11, which every X11 Qt program loads, reads its keymap names
# with strndup from buffers that are not NUL-terminated. That is allowed, but ASan's
# strict_string_checks reports it, so on this real desktop the check is off (everything else
# stays, leak checks included).
if [[ -n "${ASAN_OPTIONS:-}" ]]; then
    export ASAN_OPTIONS="${ASAN_OPTIONS//strict_string_checks=1/strict_string_checks=0}"
fi

# Second stage, inside the private bus: the tray, then the command.
if [[ -n "${LIMBER_XVFB_DESKTOP_SCRATCH:-}" ]]; then
    trayer_pid=""
    if [[ $tray -eq 1 ]]; then
        trayer --edge top --align right --widthtype request --height 24 --SetDockType true \
            --transparent false --tint 0xffffff >"$LIMBER_XVFB_DESKTOP_SCRATCH/trayer.log" 2>&1 &
        trayer_pid=$!
    fi
    status=0
    LIMBER_TEST_XVFB_DESKTOP=1 "$@" || status=$?
    if [[ -n "$trayer_pid" ]]; then
        if [[ $status -ne 0 ]]; then
            echo "run-xvfb-desktop: trayer said:" >&2
            cat "$LIMBER_XVFB_DESKTOP_SCRATCH/trayer.log" >&2
        fi
        kill -TERM "$trayer_pid" 2>/dev/null || true
        wait "$trayer_pid" 2>/dev/null || true
    fi
    exit $status
fi

if [[ -z "${DISPLAY:-}" ]]; then
    echo "run-xvfb-desktop: no X display (run under xvfb-run)" >&2
    exit 125
fi
tools=(dbus-run-session)
if [[ $tray -eq 1 ]]; then
    tools+=(trayer)
fi
for tool in "${tools[@]}"; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-xvfb-desktop: $tool is missing (apt-get install dbus trayer)" >&2
        exit 125
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/limber-xvfb-desktop.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
# Set before the bus starts, so that what it activates (dunst) reads no real user's settings.
export HOME="$scratch"
export XDG_CONFIG_HOME="$scratch/config"
export LIMBER_XVFB_DESKTOP_SCRATCH="$scratch"
options=()
if [[ $tray -eq 1 ]]; then
    options+=(--tray)
fi
status=0
# dunst, when the command activated it, ends with the bus and the X server.
dbus-run-session -- "$0" "${options[@]}" -- "$@" || status=$?
exit $status
