#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy at the root) on the C++ sources a change touches: those changed
# since BASE (default HEAD~1, the last commit; CI checks what was submitted on top of it) and
# those not yet committed. A changed header brings in the source file beside it.
#   scripts/clang-tidy.sh [BASE] [BUILD_DIR]     (BUILD_DIR needs compile_commands.json)
# Fails on any warning. clang-tidy over the whole tree takes about twenty seconds a file here:
# run `scripts/clang-tidy.sh $(git rev-list --max-parents=0 HEAD)` to check everything.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD~1}
build=${2:-build}

if ! command -v clang-tidy >/dev/null; then
    echo "clang-tidy: not installed (apt-get install clang-tidy)" >&2
    exit 1
fi
if [[ ! -f "$build/compile_commands.json" ]]; then
    echo "clang-tidy: $build/compile_commands.json is missing; configure a build there first." >&2
    exit 1
fi
if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
    echo "clang-tidy: $base is not a commit here; checking only what is not committed." >&2
    base=HEAD
fi

mapfile -t changed < <({ git diff --name-only --diff-filter=d "$base" -- '*.cpp' '*.h'
                         git ls-files --others --exclude-standard -- '*.cpp' '*.h'; } | sort -u)
sources=()
for file in "${changed[@]}"; do
    candidate=$file
    [[ $file == *.h ]] && candidate=${file%.h}.cpp
    # Only files the build compiles (a header-only class has nothing to check on its own).
    if [[ -f $candidate ]] && grep -q "\"file\": \"$PWD/$candidate\"" "$build/compile_commands.json"; then
        sources+=("$candidate")
    fi
done
mapfile -t sources < <(printf '%s\n' "${sources[@]}" | sort -u | sed '/^$/d')
if [[ ${#sources[@]} -eq 0 ]]; then
    echo "clang-tidy: no changed source files since $base."
    exit 0
fi
echo "clang-tidy: ${#sources[@]} changed source files since $base"
printf '%s\n' "${sources[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet 2>&1 \
    | grep -v -E '^[0-9]+ warnings? generated|^Suppressed [0-9]+ warnings|^Use -header-filter|^$' \
    | tee /tmp/limber-clang-tidy.$$ || true
if grep -q -E 'warning:|error:' /tmp/limber-clang-tidy.$$; then
    rm -f /tmp/limber-clang-tidy.$$
    echo "clang-tidy: fix the warnings above." >&2
    exit 1
fi
rm -f /tmp/limber-clang-tidy.$$
echo "clang-tidy: no warnings."
