#!/usr/bin/env bash
# Installs what is missing, builds Limber and runs every test:
#   1. the formatting check (clang-format, as .clang-format says);
#   2. a build with warnings as errors, and all tests; clang-tidy on the files the last commit
#      changed (LIMBER_TIDY_BASE=REV checks everything since REV);
#   3. an AddressSanitizer + UndefinedBehaviorSanitizer build, and all tests again.
# Set LIMBER_SKIP_SANITIZERS=1 to skip step 3 while iterating.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc)

bash scripts/install-deps.sh --test

echo "== Formatting"
bash scripts/check-format.sh

run_suite() {
    local dir=$1
    local exclude=$2
    shift 2
    echo "== Build in $dir ($*)"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DLIMBER_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
    echo "== Tests in $dir"
    # Tests never touch the real user's files: a private runtime folder and home.
    local scratch
    scratch=$(mktemp -d)
    mkdir -m 700 "$scratch/runtime"
    # A private session bus of their own: the D-Bus tests (screen saver, notifications) use it.
    XDG_RUNTIME_DIR="$scratch/runtime" HOME="$scratch" QT_QPA_PLATFORM=offscreen \
        dbus-run-session -- ctest --test-dir "$dir" --output-on-failure -j "$jobs" --timeout 300 \
        ${exclude:+--label-exclude "$exclude"}
    rm -rf "$scratch"
}

run_suite build-ci "" -DCMAKE_BUILD_TYPE=Debug

echo "== clang-tidy on the files the last commit changed"
bash scripts/clang-tidy.sh "${LIMBER_TIDY_BASE:-HEAD~1}" build-ci

if [[ "${LIMBER_SKIP_SANITIZERS:-0}" != "1" ]]; then
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$root/tests/support/lsan.supp:print_suppressions=0"
    # The recorded-sound tests measure real time; under the sanitizers the speech engine is too
    # slow for their windows, so they run in the first round only.
    run_suite build-asan audio-recorded -DCMAKE_BUILD_TYPE=Debug -DLIMBER_SANITIZE=ON
fi
echo "== All tests passed"
