#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the export-*.png pictures of the guides again: the sample case as chiptrail-cli exports it
# (web and social PNG, web SVG, A4 landscape PDF turned into PNG by pdftoppm), English and German.
# Needs pdftoppm (poppler-utils).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/docs/screenshots"
cd "$root"
cmake --preset dev >/dev/null
nice cmake --build --preset dev --target chiptrail-cli
cli="$root/build/dev/core/cli/chiptrail-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" import --sample "$work/sample.chiptrail" >/dev/null
for language in en de; do
    if [ "$language" = de ]; then suffix=-de; locale=de_DE.UTF-8; else suffix=; locale=C.UTF-8; fi
    export LANG="$locale" LC_ALL="$locale" QT_QPA_PLATFORM=offscreen
    "$cli" export "$work/sample.chiptrail" --format png --preset web -o "$out/export-web$suffix.png"
    "$cli" export "$work/sample.chiptrail" --format png --preset social -o "$out/export-social$suffix.png"
    "$cli" export "$work/sample.chiptrail" --format pdf --preset a4-landscape -o "$work/a4$suffix.pdf"
    pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/a4$suffix.pdf" "$out/export-pdf-a4-landscape-1$suffix"
done
LANG=C.UTF-8 LC_ALL=C.UTF-8 "$cli" export "$work/sample.chiptrail" --format svg -o "$out/export-web.svg"
pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$work/a4.pdf" "$out/export-pdf-a4-landscape-2"
echo "exports.sh: pictures in $out"
