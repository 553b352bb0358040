#!/usr/bin/env bash
# Renders the README's screenshots from real windows under Xvfb into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
cmake -S . -B build -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build --target limber-screenshots
runtime=$(mktemp -d)
chmod 700 "$runtime"
XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" dbus-run-session -- \
    build/tools/limber-screenshots docs/screenshots
# The German library and Reminders tab, as LANGUAGE=de shows them.
LANGUAGE=de XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" dbus-run-session -- \
    build/tools/limber-screenshots docs/screenshots --german
rm -rf "$runtime"
