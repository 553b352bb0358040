#!/usr/bin/env bash
# Installs what is missing, builds Limber and opens it. Arguments are passed to limber, e.g.
#   scripts/run.sh                 open the window
#   scripts/run.sh routines        a headless command
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DLIMBER_BUILD_TESTS=OFF >/dev/null
cmake --build build --target limber
exec build/bin/limber "$@"
