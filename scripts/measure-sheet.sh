#!/bin/sh
# Measures how long writing a routine sheet PDF takes: builds Release in build-bench-sheet, then
# five times runs limber-sheet-bench (in one process: a one-page, one-line PDF as the baseline,
# then the full program's detailed sheet) and times `limber sheet full-program` end to end.
# Prints a Markdown table for docs/PERFORMANCE.md. Usage: scripts/measure-sheet.sh [build-dir]
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build-bench-sheet"}
runs=5

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIMBER_BUILD_BENCHMARKS=ON >/dev/null
nice ninja -C "$build" -j2 limber limber-sheet-bench >/dev/null
bench="$build/bench/limber-sheet-bench"
limber="$build/bin/limber"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "Routine sheet PDF on $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%d), Release:"
echo
echo "| run | baseline: one line (ms) | full program sheet (ms) | ratio | \`limber sheet\` end to end (ms) |"
echo "|---|---|---|---|---|"
results=""
for run in $(seq 1 $runs); do
    set -- $(QT_QPA_PLATFORM=offscreen "$bench" 2>/dev/null)
    baseline=$1
    sheet=$2
    start=$(date +%s%N)
    "$limber" --data-dir "$work/data" sheet full-program -o "$work/sheet.pdf" --paper a4 --force >/dev/null 2>&1
    end=$(date +%s%N)
    command=$(( (end - start) / 1000000 ))
    ratio=$(awk -v s="$sheet" -v b="$baseline" 'BEGIN { printf "%.1f", s / b }')
    echo "| $run | $baseline | $sheet | ${ratio}x | $command |"
    results="$results $baseline:$sheet:$command"
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
baseline_median=$(echo "$results" | tr ' ' '\n' | cut -s -d: -f1 | median)
sheet_median=$(echo "$results" | tr ' ' '\n' | cut -s -d: -f2 | median)
command_median=$(echo "$results" | tr ' ' '\n' | cut -s -d: -f3 | median)
echo
awk -v b="$baseline_median" -v s="$sheet_median" -v c="$command_median" -v n="$runs" 'BEGIN {
    printf "Median of %d runs: baseline %.2f ms, sheet %.2f ms (%.1fx the baseline); the command end to end %d ms.\n", n, b, s, s / b, c
}'
