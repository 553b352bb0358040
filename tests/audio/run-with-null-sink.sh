#!/usr/bin/env bash
# Runs a command against a private PulseAudio server whose only output is a null sink, and
# records that sink's monitor around the command.
#
#   tests/audio/run-with-null-sink.sh [--record FILE.wav] [--] CMD [ARGS...]
#
# CMD sees PULSE_SERVER (so it plays into the null sink whatever XDG_RUNTIME_DIR it sets) and
# LIMBER_RECORDING, the WAV file being recorded (mono, 16-bit, 44.1 kHz; its header sizes are
# only right once the recording stops, so readers take the data to the end of the file).
# Without --record the recording is deleted afterwards. Exits with CMD's exit status; 125 when
# pulseaudio or pulseaudio-utils is not installed (a skip), 1 when the server does not start.
set -euo pipefail

record=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --record) record=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
    esac
done
if [[ $# -eq 0 ]]; then
    echo "usage: $0 [--record FILE.wav] [--] CMD [ARGS...]" >&2
    exit 2
fi
for tool in pulseaudio pactl parec; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-with-null-sink: $tool is missing (apt-get install pulseaudio pulseaudio-utils)" >&2
        exit 125
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/limber-null-sink.XXXXXX")
mkdir -m 700 "$scratch/runtime" "$scratch/pulse"
chmod 700 "$scratch/pulse"
pulse_pid=""
parec_pid=""

cleanup() {
    if [[ -n "$parec_pid" ]]; then
        kill -INT "$parec_pid" 2>/dev/null || true
        wait "$parec_pid" 2>/dev/null || true
    fi
    if [[ -n "$pulse_pid" ]]; then
        kill -TERM "$pulse_pid" 2>/dev/null || true
        wait "$pulse_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export XDG_RUNTIME_DIR="$scratch/runtime"
export PULSE_RUNTIME_PATH="$scratch/pulse"
export PULSE_STATE_PATH="$scratch/pulse"
export PULSE_SERVER="unix:$scratch/pulse/native"
export HOME="$scratch" # keeps ~/.config/pulse (cookie) out of the real home
unset PULSE_SINK PULSE_SOURCE

pulseaudio --daemonize=no --exit-idle-time=-1 --disallow-exit -n \
    --load="module-native-protocol-unix auth-anonymous=1 socket=$scratch/pulse/native" \
    --load="module-null-sink sink_name=nullsink" \
    --load=module-always-sink \
    >"$scratch/pulseaudio.log" 2>&1 &
pulse_pid=$!

ready=0
for _ in $(seq 1 100); do
    if pactl info >/dev/null 2>&1; then
        ready=1
        break
    fi
    if ! kill -0 "$pulse_pid" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [[ $ready -ne 1 ]]; then
    echo "run-with-null-sink: PulseAudio did not start:" >&2
    cat "$scratch/pulseaudio.log" >&2
    exit 1
fi
pactl set-default-sink nullsink

recording=${record:-$scratch/recording.wav}
rm -f "$recording"
# A short latency makes parec write the monitor to the file as it comes, so the file's length
# tracks real time (the cue test uses that to line the recording up with its clock).
parec -d nullsink.monitor --file-format=wav --format=s16le --rate=44100 --channels=1 \
    --latency-msec=10 "$recording" &
parec_pid=$!
# The null sink sends nothing to its monitor until something has played: prime it with a short
# silence, then wait until the recording grows, so CMD's first sounds are not lost.
head -c 17640 /dev/zero | pacat --format=s16le --rate=44100 --channels=1 --raw >/dev/null 2>&1 || true
for _ in $(seq 1 50); do
    if [[ -f "$recording" ]] && (($(stat -c %s "$recording") > 4096)); then
        break
    fi
    sleep 0.1
done
export LIMBER_RECORDING="$recording"

status=0
"$@" || status=$?

# Let the tail of the last sound reach the file before stopping the recording.
sleep 0.3
kill -INT "$parec_pid" 2>/dev/null || true
wait "$parec_pid" 2>/dev/null || true
parec_pid=""
exit "$status"
