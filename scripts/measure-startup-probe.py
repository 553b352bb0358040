#!/usr/bin/env python3
"""Measures start to first painted window and memory during a session, from outside the process,
for Limber and for the minimal Qt Widgets + Multimedia window (bench/minimal-window).

Run by scripts/measure-startup.sh inside Xvfb (no window manager); prints a Markdown report.
Usage: measure-startup-probe.py [--speaking-baseline MINIMAL_SPEECH] LIMBER MINIMAL [START_RUNS] [MEMORY_RUNS]

Start to first painted window: the clock starts just before the process is spawned; the probe then
polls the X server every 2 ms (libX11 through ctypes) for a top-level window of that process with
the expected title that is mapped (IsViewable) and whose pixels are not all one colour (XGetImage
of nine one-pixel rows across the window, see SAMPLE_ROWS; Xvfb runs with a black root and the
window has no background of its own, so before the first paint it is uniform). The same probe, with the same polling, for both programs.

Memory: the program is started, its window found painted as above, given the focus (xdotool
windowfocus --sync) and sent Space (xdotool key: XTEST to the focused window), which starts
Limber's session; five seconds after the key press /proc/PID/smaps_rollup is read (Rss, Pss).
With --speaking-baseline, the memory runs also measure limber-minimal-window-speech, the minimal
window speaking a sentence every two seconds through Qt TextToSpeech (with --play), and report
Limber against it too: the baseline for a session that speaks, as Limber's does with voice on.
For Limber the probe checks the session is running: two grabs of the session window 1.1 s apart are
the same before Space (ready to go, idle) and differ after it (the countdown runs).
"""
import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

USAGE = ("usage: measure-startup-probe.py [--speaking-baseline MINIMAL_SPEECH] LIMBER MINIMAL "
         "[START_RUNS] [MEMORY_RUNS]")
START_TITLE_LIMBER = "Limber"
TITLE_MINIMAL = "Limber minimal window"
POLL_S = 0.002
TIMEOUT_S = 30.0
SESSION_WAIT_S = 5.0

x11 = ctypes.CDLL(ctypes.util.find_library("X11"))


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = ctypes.c_ulong
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XInternAtom.restype = ctypes.c_ulong
x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x11.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                           ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                           ctypes.POINTER(ctypes.c_uint)]
x11.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
                                   ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
x11.XGetImage.restype = ctypes.POINTER(XImage)
x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                          ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
x11.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
x11.XFree.argtypes = [ctypes.c_void_p]
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
ignore_errors = ERROR_HANDLER(lambda display, event: 0)  # windows come and go while we look
x11.XSetErrorHandler(ignore_errors)

dpy = x11.XOpenDisplay(None)
if not dpy:
    sys.exit("measure-startup-probe: cannot open the X display")
ROOT = x11.XDefaultRootWindow(dpy)
NET_WM_PID = x11.XInternAtom(dpy, b"_NET_WM_PID", 0)
NET_WM_NAME = x11.XInternAtom(dpy, b"_NET_WM_NAME", 0)
IS_VIEWABLE = 2
ZPIXMAP = 2


def prop(window, atom):
    actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
    count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    if x11.XGetWindowProperty(dpy, window, atom, 0, 1024, 0, 0, ctypes.byref(actual_type),
                              ctypes.byref(actual_format), ctypes.byref(count), ctypes.byref(after),
                              ctypes.byref(data)) != 0 or not data.value:
        return None
    try:
        if actual_format.value == 32:
            return ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if count.value else None
        return ctypes.string_at(data, count.value)
    finally:
        x11.XFree(data)


def top_levels():
    root, parent = ctypes.c_ulong(), ctypes.c_ulong()
    children, n = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    if not x11.XQueryTree(dpy, ROOT, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children),
                          ctypes.byref(n)):
        return []
    windows = [children[i] for i in range(n.value)]
    if children:
        x11.XFree(children)
    return windows


def grab(window):
    """The window's pixels as bytes, or None when it is not viewable."""
    attributes = XWindowAttributes()
    if not x11.XGetWindowAttributes(dpy, window, ctypes.byref(attributes)):
        return None
    if attributes.map_state != IS_VIEWABLE:
        return None
    image = x11.XGetImage(dpy, window, 0, 0, attributes.width, attributes.height, ~0 & 0xFFFFFFFFFFFFFFFF, ZPIXMAP)
    if not image:
        return None
    try:
        return ctypes.string_at(image.contents.data, image.contents.bytes_per_line * image.contents.height)
    finally:
        x11.XDestroyImage(image)


# Rows sampled to see whether a window is painted, as fractions of its height. Reading the whole
# window (3 MiB) took 35-55 ms of the X server's time a grab, during which the program being
# measured waited for its own requests: nine one-pixel rows tell the same, about 40 KiB in all.
SAMPLE_ROWS = (0.05, 0.15, 0.25, 0.35, 0.45, 0.5, 0.55, 0.65, 0.75)


def grab_rows(window):
    """Some rows of the window's pixels as bytes, or None when it is not viewable."""
    attributes = XWindowAttributes()
    if not x11.XGetWindowAttributes(dpy, window, ctypes.byref(attributes)):
        return None
    if attributes.map_state != IS_VIEWABLE or attributes.height < 1:
        return None
    rows = []
    for fraction in SAMPLE_ROWS:
        y = min(attributes.height - 1, int(attributes.height * fraction))
        image = x11.XGetImage(dpy, window, 0, y, attributes.width, 1, ~0 & 0xFFFFFFFFFFFFFFFF, ZPIXMAP)
        if not image:
            return None
        try:
            rows.append(ctypes.string_at(image.contents.data, image.contents.bytes_per_line))
        finally:
            x11.XDestroyImage(image)
    return b"".join(rows)


def painted(pixels):
    return pixels is not None and len(pixels) >= 8 and pixels != pixels[:4] * (len(pixels) // 4)


def find_painted(pid, title_matches, deadline):
    """Polls until a top-level window of pid with a matching title is viewable and painted."""
    while time.monotonic() < deadline:
        for window in top_levels():
            if prop(window, NET_WM_PID) != pid:
                continue
            name = prop(window, NET_WM_NAME)
            if name is None or not title_matches(name.decode("utf-8", "replace")):
                continue
            if painted(grab_rows(window)):
                return window
        time.sleep(POLL_S)
    return None


def smaps(pid):
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if parts and parts[0] in ("Rss:", "Pss:"):
                values[parts[0][:-1]] = int(parts[1])  # kB
    return values


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def env(data):
    e = dict(os.environ)
    e["QT_QPA_PLATFORM"] = "xcb"
    e["TMPDIR"] = data  # the minimal window's WAV (left behind on SIGTERM) goes with the run's folder
    return e


def start_once(command, title_matches):
    data = tempfile.mkdtemp(prefix="limber-startup-")
    try:
        argv = [a.replace("@DATA@", data) for a in command]
        t0 = time.monotonic()
        process = subprocess.Popen(argv, env=env(data), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        window = find_painted(process.pid, title_matches, t0 + TIMEOUT_S)
        ms = (time.monotonic() - t0) * 1000.0
        stop(process)
        own = process.stdout.read().strip() if process.stdout else ""
        if window is None:
            raise RuntimeError(f"no painted window from {argv[0]}")
        return ms, own
    finally:
        shutil.rmtree(data, ignore_errors=True)


def memory_once(command, title_matches, check_running):
    data = tempfile.mkdtemp(prefix="limber-memory-")
    try:
        argv = [a.replace("@DATA@", data) for a in command]
        process = subprocess.Popen(argv, env=env(data), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            window = find_painted(process.pid, title_matches, time.monotonic() + TIMEOUT_S)
            if window is None:
                raise RuntimeError(f"no painted window from {argv[0]}")
            time.sleep(0.5)  # let the first frames settle, as a person would before pressing Space
            idle_changes = None
            if check_running:  # does the window change by itself before Space? (then the check says little)
                before = grab(window)
                time.sleep(1.1)
                idle_changes = before is not None and grab(window) not in (None, before)
            subprocess.run(["xdotool", "windowfocus", "--sync", str(window)], check=True, timeout=10)
            subprocess.run(["xdotool", "key", "space"], check=True, timeout=10)
            pressed = time.monotonic()
            running = None
            if check_running:
                time.sleep(1.0)
                first = grab(window)
                time.sleep(1.1)
                running = first is not None and grab(window) not in (None, first) and not idle_changes
            time.sleep(max(0.0, pressed + SESSION_WAIT_S - time.monotonic()))
            if process.poll() is not None:
                raise RuntimeError(f"{argv[0]} exited during the memory run")
            return smaps(process.pid), running
        finally:
            stop(process)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def median(values):
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2] if len(ordered) % 2 else (ordered[len(ordered) // 2 - 1]
                                                                       + ordered[len(ordered) // 2]) / 2


def main():
    args = sys.argv[1:]
    speaking = None
    if "--speaking-baseline" in args:
        i = args.index("--speaking-baseline")
        if i + 1 >= len(args):
            sys.exit("measure-startup-probe: --speaking-baseline needs the path of limber-minimal-window-speech")
        speaking = args[i + 1]
        del args[i:i + 2]
    if len(args) < 2:
        sys.exit(USAGE)
    limber, minimal = args[0], args[1]
    start_runs = int(args[2]) if len(args) > 2 else 7
    memory_runs = int(args[3]) if len(args) > 3 else 3
    limber_start = [limber, "--data-dir", "@DATA@"]
    limber_session = [limber, "--data-dir", "@DATA@", "start", "desk-break"]
    minimal_start = [minimal]
    minimal_session = [minimal, "--play"]
    is_main = lambda name: name == START_TITLE_LIMBER
    is_session = lambda name: name.endswith("Limber") and name != START_TITLE_LIMBER
    is_minimal = lambda name: name == TITLE_MINIMAL

    # One untimed run of each first, so both start from a warm file cache.
    start_once(limber_start, is_main)
    start_once(minimal_start, is_minimal)
    limber_ms, minimal_ms, minimal_own = [], [], []
    for _ in range(start_runs):  # alternating
        limber_ms.append(start_once(limber_start, is_main)[0])
        ms, own = start_once(minimal_start, is_minimal)
        minimal_ms.append(ms)
        if own.startswith("first_paint_ms "):
            minimal_own.append(float(own.split()[1]))

    limber_mem, minimal_mem, speaking_mem, running = [], [], [], []
    for _ in range(memory_runs):
        values, is_running = memory_once(limber_session, is_session, True)
        limber_mem.append(values)
        running.append(is_running)
        minimal_mem.append(memory_once(minimal_session, is_minimal, False)[0])
        if speaking:
            speaking_mem.append(memory_once([speaking, "--play"], is_minimal, False)[0])

    def row(what, unit, lim, mini, fmt):
        l, m = median(lim), median(mini)
        ratio = l / m
        verdict = "within budget" if ratio <= 1.5 else "**over budget**"
        print(f"| {what} | {fmt(l)} {unit} | {fmt(m)} {unit} | {ratio:.2f}x | {verdict} |")

    ms_fmt = lambda v: f"{v:.0f}"
    mb_fmt = lambda v: f"{v / 1024:.1f}"
    print("| measure (median) | Limber | minimal window | ratio | budget 1.5x |")
    print("|---|---|---|---|---|")
    row(f"start to first painted window ({start_runs} runs)", "ms", limber_ms, minimal_ms, ms_fmt)
    row(f"RSS during a session ({memory_runs} runs)", "MiB", [v["Rss"] for v in limber_mem],
        [v["Rss"] for v in minimal_mem], mb_fmt)
    row(f"PSS during a session ({memory_runs} runs)", "MiB", [v["Pss"] for v in limber_mem],
        [v["Pss"] for v in minimal_mem], mb_fmt)
    if speaking_mem:
        row(f"RSS during a session, against the minimal window speaking ({memory_runs} runs)", "MiB",
            [v["Rss"] for v in limber_mem], [v["Rss"] for v in speaking_mem], mb_fmt)
        row(f"PSS during a session, against the minimal window speaking ({memory_runs} runs)", "MiB",
            [v["Pss"] for v in limber_mem], [v["Pss"] for v in speaking_mem], mb_fmt)
    print()
    print("Runs (ms to first painted window, in order):")
    print(f"- Limber: {', '.join(ms_fmt(v) for v in limber_ms)}")
    print(f"- minimal window: {', '.join(ms_fmt(v) for v in minimal_ms)}")
    if minimal_own:
        print(f"- minimal window, its own main() to first paint: median {median(minimal_own):.0f} ms")
    print("Runs (RSS / PSS in MiB):")
    pair = lambda v: mb_fmt(v["Rss"]) + " / " + mb_fmt(v["Pss"])
    print(f"- Limber session: {', '.join(pair(v) for v in limber_mem)}")
    print(f"- minimal window: {', '.join(pair(v) for v in minimal_mem)}")
    if speaking_mem:
        print(f"- minimal window speaking: {', '.join(pair(v) for v in speaking_mem)}")
    print(f"Limber's session was running (window still before Space, changing after it) in {sum(1 for r in running if r)} "
          f"of {len(running)} memory runs.")


if __name__ == "__main__":
    main()
