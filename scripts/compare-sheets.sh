#!/bin/sh
# Checks that a change to the routine sheet's drawing leaves its output as it was.
#   scripts/compare-sheets.sh write LIMBER_BINARY DIR   writes every built-in routine's sheet
#       (detailed and compact, A4 and Letter, plus eight weeks with a name at the full level, and
#       the German sheets) into DIR as PDFs, pages rendered at 60 dpi and text (pdftotext -layout)
#   scripts/compare-sheets.sh compare BEFORE_DIR AFTER_DIR   compares two such folders: the text
#       must be identical, and prints each page's count of differing pixels (compare -metric AE)
# Needs poppler-utils and imagemagick. Run `write` before the change and after it, then `compare`.
set -eu

usage() {
    echo "usage: $0 write LIMBER_BINARY DIR | $0 compare BEFORE_DIR AFTER_DIR" >&2
    exit 2
}

write() {
    limber=$1
    out=$2
    mkdir -p "$out"
    data=$(mktemp -d)
    runtime=$(mktemp -d) # mktemp makes it 0700, as Qt wants
    trap 'rm -rf "$data" "$runtime"' EXIT INT TERM
    export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime"
    routines=$(LANG=en_US.UTF-8 "$limber" --data-dir "$data" routines 2>/dev/null | awk '{ print $1 }')
    sheet() { # name, LANG, options...
        name=$1
        lang=$2
        shift 2
        LANG=$lang LANGUAGE= LC_ALL= "$limber" --data-dir "$data" sheet "$@" -o "$out/$name.pdf" --force >/dev/null
        pdftotext -layout "$out/$name.pdf" "$out/$name.txt"
        pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
    }
    for routine in $routines; do
        for paper in a4 letter; do
            for layout in detailed compact; do
                sheet "$routine-$paper-$layout" en_US.UTF-8 "$routine" --paper $paper --layout $layout
            done
        done
        for layout in detailed compact; do
            sheet "$routine-weeks-$layout" en_US.UTF-8 "$routine" --paper a4 --layout $layout --weeks 8 \
                --level full --name "Jane Doe"
            sheet "$routine-de-$layout" de_DE.UTF-8 "$routine" --paper a4 --layout $layout --weeks 2
        done
    done
    echo "wrote $(ls "$out"/*.pdf | wc -l) sheets into $out"
}

compare_dirs() {
    before=$1
    after=$2
    status=0
    for text in "$before"/*.txt; do
        name=$(basename "$text")
        if ! cmp -s "$text" "$after/$name"; then
            echo "TEXT DIFFERS: $name"
            status=1
        fi
    done
    pages=0
    differing=0
    for page in "$before"/*.png; do
        name=$(basename "$page")
        pages=$((pages + 1))
        if [ ! -f "$after/$name" ]; then
            echo "MISSING PAGE: $name"
            status=1
            continue
        fi
        pixels=$(compare -metric AE "$page" "$after/$name" /dev/null 2>&1 || true)
        if [ "$pixels" != "0" ]; then
            echo "$name: $pixels pixels differ"
            differing=$((differing + 1))
        fi
    done
    extra=$(ls "$after"/*.png | wc -l)
    [ "$extra" -eq "$pages" ] || { echo "PAGE COUNT DIFFERS: $pages before, $extra after"; status=1; }
    echo "$pages pages compared, $differing with differing pixels"
    return $status
}

[ $# -eq 3 ] || usage
case $1 in
write) write "$2" "$3" ;;
compare) compare_dirs "$2" "$3" ;;
*) usage ;;
esac
