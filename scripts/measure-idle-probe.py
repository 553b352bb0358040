#!/usr/bin/env python3
"""Leaves Limber waiting in the tray and an idle minimal Qt window side by side for a while, and
reports their wake-ups (context switches) and CPU time.

Run by scripts/measure-idle.sh inside Xvfb with a tray host (trayer) in a private D-Bus session.
Usage: measure-idle-probe.py LIMBER MINIMAL [MINUTES]

Limber is started as it starts at login, `limber --background`, with a fresh data folder whose
schedule has reminders on but none due during the measurement (so what is counted is the waiting,
not a reminder). The minimal window (bench/minimal-window) is started alongside and left alone.
After both have settled (20 s) the probe reads, for every thread of each process,
/proc/PID/task/TID/status (voluntary and involuntary context switches: each voluntary switch is the
thread going to sleep after a wake-up) and /proc/PID/task/TID/stat (user and system CPU time, in
clock ticks), and reads them again MINUTES later. The main thread is where Limber's own timers run;
the other threads are Qt's (the X connection reader, the D-Bus connection) and are reported apart.
A context switch is not quite a wake-up (one wake-up that writes to the X server or the bus may
switch several times), so where strace is installed the probe then traces the poll calls of each
main thread for two more minutes (apart, as tracing itself switches context): every poll that
returns is one wake-up of the event loop.
"""
import datetime
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SETTLE_S = 20.0
TRACE_MINUTES = 2.0
TICKS = os.sysconf("SC_CLK_TCK")


def threads(pid):
    result = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        base = f"/proc/{pid}/task/{tid}"
        try:
            with open(f"{base}/comm") as f:
                name = f.read().strip()
            switches = 0
            with open(f"{base}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
            with open(f"{base}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            cpu_ticks = int(fields[11]) + int(fields[12])  # utime, stime
        except (FileNotFoundError, ProcessLookupError):
            continue
        result[int(tid)] = (name, switches, cpu_ticks)
    return result


def difference(pid, before, after):
    main = {"wakeups": 0, "cpu_ms": 0.0}
    others = {"wakeups": 0, "cpu_ms": 0.0, "names": set()}
    for tid, (name, switches, ticks) in after.items():
        old = before.get(tid, (name, 0, 0))
        target = main if tid == pid else others
        target["wakeups"] += switches - old[1]
        target["cpu_ms"] += (ticks - old[2]) * 1000.0 / TICKS
        if tid != pid:
            others["names"].add(name)
    return main, others


def schedule_without_reminders_during(minutes):
    """Every day at one time of day that is at least two hours away from now and from the end."""
    at = datetime.datetime.now() + datetime.timedelta(hours=3)
    return {
        "format": "limber-schedule",
        "version": 1,
        "rules": [{
            "id": "desk-break", "name": "Desk break", "enabled": True,
            "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "kind": "times", "times": [at.strftime("%H:%M")],
            "target": "routine", "routine": "desk-break",
        }],
    }


def main():
    limber, minimal = sys.argv[1], sys.argv[2]
    minutes = float(sys.argv[3]) if len(sys.argv) > 3 else 5.0
    data = tempfile.mkdtemp(prefix="limber-idle-")
    with open(os.path.join(data, "schedule.json"), "w") as f:
        json.dump(schedule_without_reminders_during(minutes), f)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    procs = {
        "Limber in the tray": subprocess.Popen([limber, "--background", "--data-dir", data], env=env,
                                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE),
        "minimal window": subprocess.Popen([minimal], env=env, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL),
    }
    try:
        time.sleep(SETTLE_S)
        for name, proc in procs.items():
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                sys.exit(f"measure-idle: {name} exited early ({proc.returncode}): {err}")
        before = {name: threads(proc.pid) for name, proc in procs.items()}
        started = time.monotonic()
        time.sleep(minutes * 60.0)
        elapsed_min = (time.monotonic() - started) / 60.0
        after = {name: threads(proc.pid) for name, proc in procs.items()}
        # Then, apart (tracing itself switches context), the event loops' wake-ups by strace.
        traces = {}
        tracers = {}
        if shutil.which("strace"):
            for name, proc in procs.items():
                traces[name] = tempfile.mktemp(prefix="limber-idle-", suffix=".trace")
                tracers[name] = subprocess.Popen(
                    ["strace", "-qq", "-p", str(proc.pid), "-e", "trace=poll,ppoll", "-o", traces[name]],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            traced_start = time.monotonic()
            time.sleep(TRACE_MINUTES * 60.0)
            traced_min = (time.monotonic() - traced_start) / 60.0
            for tracer in tracers.values():
                tracer.send_signal(signal.SIGINT)
                tracer.wait(timeout=10)
        for name, proc in procs.items():
            if proc.poll() is not None:
                sys.exit(f"measure-idle: {name} exited during the measurement ({proc.returncode})")
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()

    rows = {name: difference(procs[name].pid, before[name], after[name]) for name in procs}
    polls = {}
    for name, path in traces.items():
        with open(path) as f:
            # Each completed poll of the main thread is one return from sleep: one wake-up.
            polls[name] = sum(1 for line in f if "poll(" in line and "= " in line)
        os.unlink(path)
    print(f"Waited {elapsed_min:.1f} minutes after {SETTLE_S:.0f} s to settle.")
    print()
    print("| over the whole wait | Limber in the tray | minimal window | ratio |")
    print("|---|---|---|---|")

    def line(label, a, b, unit, per_minute):
        fa = a / elapsed_min if per_minute else a
        fb = b / elapsed_min if per_minute else b
        ratio = f"{fa / fb:.2f}x" if fb else "n/a"
        print(f"| {label} | {fa:.2f}{unit} | {fb:.2f}{unit} | {ratio} |")

    lm, lo = rows["Limber in the tray"]
    mm, mo = rows["minimal window"]
    if polls:
        a, b = polls["Limber in the tray"] / traced_min, polls["minimal window"] / traced_min
        ratio = f"{a / b:.2f}x" if b else "n/a"
        print(f"| main thread event-loop wake-ups per minute (strace, {traced_min:.1f} more minutes) "
              f"| {a:.2f} | {b:.2f} | {ratio} |")
    line("main thread context switches per minute", lm["wakeups"], mm["wakeups"], "", True)
    line("other threads' context switches per minute", lo["wakeups"], mo["wakeups"], "", True)
    line("CPU time, all threads (ms)", lm["cpu_ms"] + lo["cpu_ms"], mm["cpu_ms"] + mo["cpu_ms"], " ms", False)
    print()
    print(f"Raw: Limber main {lm['wakeups']} switches / {lm['cpu_ms']:.0f} ms, other threads "
          f"({', '.join(sorted(lo['names']))}) {lo['wakeups']} / {lo['cpu_ms']:.0f} ms; minimal window main "
          f"{mm['wakeups']} / {mm['cpu_ms']:.0f} ms, other threads ({', '.join(sorted(mo['names']))}) "
          f"{mo['wakeups']} / {mo['cpu_ms']:.0f} ms. Clock tick {1000 // TICKS} ms.")


if __name__ == "__main__":
    main()
