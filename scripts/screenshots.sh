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
# The routine sheets, as PDF pages drawn by poppler, into docs/sheets/.
cmake --build build --target limber
sheets=$(mktemp -d)
export LIMBER_DATA_DIR="$sheets/data"
build/bin/limber sheet full-program --paper a4 -o "$sheets/full-program.pdf"
build/bin/limber sheet desk-break --paper a4 -o "$sheets/desk-break.pdf"
build/bin/limber sheet desk-break --paper a4 --layout compact -o "$sheets/desk-break-compact.pdf"
rm -f docs/sheets/*.png
pdftoppm -r 72 -png "$sheets/full-program.pdf" docs/sheets/full-program-page
pdftoppm -r 72 -png "$sheets/desk-break.pdf" docs/sheets/desk-break-page
pdftoppm -r 72 -png -singlefile "$sheets/desk-break-compact.pdf" docs/sheets/desk-break-compact
for page in docs/sheets/*-page-*.png; do mv "$page" "${page/-page-/-page}"; done
rm -rf "$sheets"
echo "screenshots: wrote docs/sheets/"
