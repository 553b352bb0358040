#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says. Fix with:
#   clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ ${#files[@]} -eq 0 ]]; then
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "check-format: run  clang-format -i \$(git ls-files '*.cpp' '*.h')  and commit." >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted."
