#!/usr/bin/env bash
# End to end: Limber's reminders on a real desktop. The real `limber` binary waits in a real tray
# (trayer) on Xvfb, a reminder it missed a minute ago comes as a desktop notification from the
# real notification service (dunst, on a private session bus), answering "Start" in dunst opens
# the session window, a second `limber` hands its request to the first, and the schedule file is
# still good at the end.
#
#   tests/e2e/reminders-desktop.sh PATH/TO/limber
#
# Without a display it runs itself under xvfb-run and tests/app/run-xvfb-desktop.sh --tray (a
# private session bus, a throwaway HOME, trayer). Exits 0 on success, 1 on a failure and 125 (a
# skip) when a tool is missing. With LIMBER_TEST_SCREENSHOT_DIR set it saves a picture of the
# screen with the notice on it (reminders-desktop.png) there.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if [[ $# -ne 1 ]]; then
    echo "usage: $0 PATH/TO/limber" >&2
    exit 2
fi
limber=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if [[ ! -x "$limber" ]]; then
    echo "reminders-desktop: $1 is not an executable" >&2
    exit 2
fi

# First stage: check the tools, then start again on a desktop of our own.
if [[ "${LIMBER_TEST_XVFB_DESKTOP:-}" != 1 ]]; then
    for tool in xvfb-run dbus-run-session trayer dunst dunstctl dbus-monitor xdotool xwininfo; do
        if ! command -v "$tool" >/dev/null; then
            echo "reminders-desktop: $tool is missing (apt-get install xvfb dbus trayer dunst xdotool x11-utils)" >&2
            exit 125
        fi
    done
    exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
        "$here/../app/run-xvfb-desktop.sh" --tray -- "$0" "$limber"
fi

# Second stage: on Xvfb, inside the private bus, with trayer starting.
step() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
failures=0
fail() {
    printf '   FAILED: %s\n' "$*" >&2
    failures=$((failures + 1))
}
die() {
    printf '   FAILED: %s\n' "$*" >&2
    exit 1
}

# Polls CMD until it succeeds or SECONDS pass: eventually SECONDS CMD [ARGS...]
eventually() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        if ((SECONDS >= deadline)); then
            return 1
        fi
        sleep 0.2
    done
}

work=$(mktemp -d "${TMPDIR:-/tmp}/limber-e2e-reminders.XXXXXX")
data="$work/data"
mkdir -p "$data" "$work/runtime"
chmod 700 "$work/runtime"
monitor_pid=""
limber_pid=""
cleanup() {
    local status=$?
    if [[ -n "$limber_pid" ]] && kill -0 "$limber_pid" 2>/dev/null; then
        kill -TERM "$limber_pid" 2>/dev/null || true
        wait "$limber_pid" 2>/dev/null || true
    fi
    if [[ -n "$monitor_pid" ]]; then
        kill -TERM "$monitor_pid" 2>/dev/null || true
        wait "$monitor_pid" 2>/dev/null || true
    fi
    if [[ $status -ne 0 ]]; then
        for log in limber.log monitor.log; do
            if [[ -s "$work/$log" ]]; then
                echo "--- $log (last 60 lines)" >&2
                tail -n 60 "$work/$log" >&2
            fi
        done
    fi
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT

# Times in UTC and English words, whatever the machine's zone and language; the single-instance
# socket in a runtime folder of our own.
export TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en
export XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=xcb
unset LIMBER_DATA_DIR

# dunst starts when Limber first calls it, with the bus's environment (XDG_CONFIG_HOME is the
# throwaway one run-xvfb-desktop.sh set). Its context menu asks a dmenu-like program which entry
# to take; ours takes the routine's "start" action, so the test answers with the Start button
# rather than dunst's default action.
if [[ -z "${XDG_CONFIG_HOME:-}" ]]; then
    die "XDG_CONFIG_HOME is not set (run under tests/app/run-xvfb-desktop.sh)"
fi
mkdir -p "$XDG_CONFIG_HOME/dunst"
cat >"$work/choose-start" <<EOF
#!/bin/sh
# dunst's menu on stdin, one entry a line; the chosen one on stdout.
tee "$work/menu.txt" | grep -m1 ',start\]'
EOF
chmod +x "$work/choose-start"
cat >"$XDG_CONFIG_HOME/dunst/dunstrc" <<EOF
[global]
    dmenu = $work/choose-start
    font = Monospace 10
EOF

# ---------------------------------------------------------------------------------------------
step "1. A schedule with one rule, every day, a minute or two ago; last handled 30 minutes ago"
now=$(date +%s)
# The whole minute 60 to 119 seconds ago. Every day of the week, so midnight needs no care: a
# time just before it belongs to yesterday, which is a day of the rule as well.
at=$(date -u -d "@$((now - 60))" +%H:%M)
last=$(date -u -d "@$((now - 30 * 60))" +%Y-%m-%dT%H:%M:%SZ)
cat >"$data/schedule.json" <<EOF
{
    "format": "limber-schedule",
    "version": 1,
    "rules": [
        {
            "id": "desk-break",
            "name": "Desk break",
            "enabled": true,
            "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "kind": "times",
            "times": ["$at"],
            "target": "routine",
            "routine": "desk-break"
        }
    ],
    "state": { "lastHandled": "$last" }
}
EOF
ok "rule at $at UTC (now $(date -u -d "@$now" +%H:%M:%S)), lastHandled $last"
if ! "$limber" reminders --data-dir "$data" --next 1 >"$work/next.txt" 2>&1; then
    cat "$work/next.txt" >&2
    die "'limber reminders' does not read the schedule"
fi
ok "'limber reminders' reads it: $(head -n 1 "$work/next.txt")"

# ---------------------------------------------------------------------------------------------
step "2. limber --background: one catch-up notice over org.freedesktop.Notifications"
# trayer must hold the tray before Limber looks for it (without a tray Limber waits minimised).
tray_window() { xdotool search --onlyvisible --class trayer 2>/dev/null | head -n 1; }
eventually 20 test -n "$(tray_window)" || die "trayer did not show its panel"
trayer=$(tray_window)
ok "trayer's panel is window $trayer"

dbus-monitor --session "interface='org.freedesktop.Notifications'" >"$work/monitor.log" 2>&1 &
monitor_pid=$!
# dbus-monitor says it is listening with the bus's NameAcquired/NameLost signals.
eventually 20 grep -q NameLost "$work/monitor.log" || die "dbus-monitor did not start listening"

"$limber" --background --data-dir "$data" >"$work/limber.log" 2>&1 &
limber_pid=$!
ok "limber started, pid $limber_pid"

eventually 30 grep -q 'member=Notify$\|member=Notify ' "$work/monitor.log" \
    || die "no Notify call within 30 s"
# The first Notify call, from its header to the next message.
awk '/member=Notify( |$)/ { on = 1; print; next } on && /^(method|signal|error)/ { exit } on' \
    "$work/monitor.log" >"$work/notify.txt"
for expected in 'string "Limber"' 'string "Desk break"' 'string "start"' 'string "snooze"'; do
    if grep -qF "$expected" "$work/notify.txt"; then
        ok "Notify has $expected"
    else
        fail "Notify lacks $expected"
    fi
done
# The body says how late it is (a catch-up), e.g. "… ago. Time for “Desk break”: …".
body=$(grep -m1 'Time for' "$work/notify.txt" || true)
ok "body:${body#*string}"
notifies=$(grep -c 'member=Notify\( \|$\)' "$work/monitor.log" || true)
eventually 20 test "$(dunstctl count displayed 2>/dev/null)" = 1 || fail "dunst does not show one notice"
notifies=$(grep -c 'member=Notify\( \|$\)' "$work/monitor.log" || true)
if [[ "$notifies" -eq 1 ]]; then
    ok "exactly one Notify call (one catch-up, no burst)"
else
    fail "$notifies Notify calls, expected exactly one"
fi

if [[ -n "${LIMBER_TEST_SCREENSHOT_DIR:-}" ]]; then
    if command -v import >/dev/null; then
        mkdir -p "$LIMBER_TEST_SCREENSHOT_DIR"
        shot="$LIMBER_TEST_SCREENSHOT_DIR/reminders-desktop.png"
        sleep 0.5 # dunst draws a moment after it counts the notice
        if import -window root "$shot"; then
            ok "screenshot: $shot"
        else
            fail "import could not take the screenshot"
        fi
    else
        echo "   note: no screenshot, imagemagick's import is missing"
    fi
fi

# ---------------------------------------------------------------------------------------------
step "3. The tray icon is embedded in trayer; no Limber main window is shown"
# Limber's top-level X windows carry its pid (_NET_WM_PID); the icon's window is reparented into
# trayer's panel.
in_tray() {
    local tree id
    tree=$(xwininfo -tree -id "$trayer" 2>/dev/null) || return 1
    for id in $(xdotool search --pid "$limber_pid" 2>/dev/null); do
        if grep -q "^ *$(printf '0x%x' "$id") " <<<"$tree" \
            && xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
            tray_icon=$id
            return 0
        fi
    done
    return 1
}
tray_icon=""
if eventually 20 in_tray; then
    geometry=$(xwininfo -id "$tray_icon" | awk '/Absolute upper-left X/ { x = $NF } /Absolute upper-left Y/ { y = $NF }
        /Width:/ { w = $NF } /Height:/ { h = $NF } END { print w "x" h "+" x "+" y }')
    ok "Limber's tray icon (window $tray_icon) is embedded in trayer's panel at $geometry"
else
    fail "no Limber window inside trayer's panel"
fi
# Shown windows of Limber's, other than the tray icon.
shown_windows() {
    local id
    for id in $(xdotool search --onlyvisible --pid "$limber_pid" 2>/dev/null); do
        [[ "$id" == "$tray_icon" ]] || printf '%s %s\n' "$id" "$(xdotool getwindowname "$id" 2>/dev/null)"
    done
}
main_window_shown() { shown_windows | grep -Eq '^[0-9]+ Limber$'; }
if main_window_shown; then
    fail "a Limber main window is shown: $(shown_windows)"
else
    ok "no Limber main window is shown"
fi

# ---------------------------------------------------------------------------------------------
step "4. Start from the notice in dunst: the session window for Desk break opens"
session_shown() { shown_windows | grep -q ' Desk break – Limber$'; }
session_gone() { ! session_shown; }
if session_shown; then
    fail "a session window was open before the notice was answered"
fi
# dunst's context menu runs choose-start, which takes the notice's "start" action.
dunstctl context
if eventually 20 grep -q 'ActionInvoked' "$work/monitor.log"; then
    invoked=$(grep -A2 'member=ActionInvoked' "$work/monitor.log" | grep -m1 'string' || true)
    ok "dunst sent ActionInvoked (${invoked# *})"
else
    echo "   dunst's menu was:" >&2
    cat "$work/menu.txt" >&2 2>/dev/null || true
    fail "dunst sent no ActionInvoked"
fi
if eventually 30 session_shown; then
    ok "the session window is shown: $(shown_windows | grep ' Desk break – Limber$')"
else
    fail "no session window for Desk break; Limber shows: $(shown_windows)"
fi
if main_window_shown; then
    fail "starting from the notice also showed the main window: $(shown_windows | tr '\n' ';')"
else
    ok "only the session window, no main window"
fi
eventually 20 test "$(dunstctl count displayed 2>/dev/null)" = 0 || fail "the answered notice is still shown"

# ---------------------------------------------------------------------------------------------
step "5. One Limber: a second launch hands its request to the first"
# While a session runs with the main window hidden, `limber` raises the session (by design).
if timeout 20 "$limber" --data-dir "$data" >"$work/second.log" 2>&1; then
    ok "'limber --data-dir DIR' during the session exits 0"
else
    fail "'limber --data-dir DIR' during the session failed: $(cat "$work/second.log")"
fi
sleep 0.5 # nothing to wait for: a window that should not appear
if main_window_shown; then
    fail "the main window came over the running session: $(shown_windows | tr '\n' ';')"
else
    ok "the session stays in front, no main window"
fi
# End the session: Escape stops it (under 30 s, without asking), Escape again closes the summary.
session=$(shown_windows | awk '/ Desk break – Limber$/ { print $1; exit }')
if [[ -n "$session" ]]; then
    xdotool windowfocus --sync "$session" 2>/dev/null || xdotool windowfocus "$session"
    escape_until_gone() {
        xdotool key --clearmodifiers Escape
        sleep 0.3
        session_gone
    }
    eventually 20 escape_until_gone \
        || fail "Escape, Escape did not close the session window: $(shown_windows | tr '\n' ';')"
fi
if kill -0 "$limber_pid" 2>/dev/null; then
    ok "with the session closed Limber still runs in the tray"
else
    die "Limber ended when the session window closed"
fi
if timeout 20 "$limber" --data-dir "$data" >"$work/second.log" 2>&1; then
    ok "'limber --data-dir DIR' exits 0"
else
    fail "'limber --data-dir DIR' failed: $(cat "$work/second.log")"
fi
if eventually 20 main_window_shown; then
    ok "the first Limber (pid $limber_pid) shows its main window"
else
    fail "no main window in the first Limber; it shows: $(shown_windows)"
fi
if [[ $(pgrep -c -f "^$limber " || true) -gt 1 ]]; then
    fail "more than one limber is running: $(pgrep -a -f "^$limber ")"
fi

status=0
timeout 20 "$limber" --data-dir "$data" start nosuch >"$work/nosuch.out" 2>"$work/nosuch.err" || status=$?
if [[ $status -eq 1 ]] && grep -q "nosuch" "$work/nosuch.err"; then
    ok "'start nosuch' exits 1: $(cat "$work/nosuch.err")"
else
    fail "'start nosuch' exited $status, stderr: $(cat "$work/nosuch.err")"
fi

status=0
timeout 20 "$limber" --data-dir "$data" --background >"$work/background.log" 2>&1 || status=$?
if [[ $status -eq 0 ]]; then
    ok "'limber --data-dir DIR --background' exits 0"
else
    fail "'limber --data-dir DIR --background' exited $status: $(cat "$work/background.log")"
fi

# ---------------------------------------------------------------------------------------------
step "6. Quit: SIGTERM to the first Limber; the schedule is still good"
if kill -0 "$limber_pid" 2>/dev/null; then
    ok "the first Limber (pid $limber_pid) is still running"
else
    fail "the first Limber is gone"
fi
kill -TERM "$limber_pid" 2>/dev/null || true
status=0
wait "$limber_pid" 2>/dev/null || status=$?
limber_pid=""
if [[ $status -eq 0 ]]; then
    ok "Limber ended as when Quit is chosen (status 0)"
else
    fail "Limber did not end cleanly on SIGTERM (status $status)"
fi
if "$limber" reminders --data-dir "$data" >"$work/after.txt" 2>&1; then
    ok "'limber reminders' still reads the schedule: $(head -n 1 "$work/after.txt")"
else
    fail "'limber reminders' fails after the run: $(cat "$work/after.txt")"
fi
# The reminder was handled: lastHandled moved on from 30 minutes ago.
if grep -q "\"lastHandled\": \"$last\"" "$data/schedule.json"; then
    fail "state.lastHandled is still $last"
else
    ok "state.lastHandled moved on: $(grep -o '"lastHandled": "[^"]*"' "$data/schedule.json" || echo none)"
fi

if [[ $failures -ne 0 ]]; then
    printf '\nreminders-desktop: %d check(s) failed\n' "$failures" >&2
    exit 1
fi
printf '\nreminders-desktop: all steps passed\n'
