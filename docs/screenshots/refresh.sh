#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots of docs/user-guide.md and docs/benutzerhandbuch.md again, from the program
# as it is now: builds chiptrail_guideshots (dev preset) and runs it under Xvfb, once in English and
# once in German (files with -de), into docs/screenshots/guide/; then the window pictures of the
# README and docs/rules.md into docs/screenshots/.
# Needs xvfb-run (package xvfb); the picture of the exported PDF also needs pdftoppm (poppler-utils)
# and is skipped with a message without it.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/docs/screenshots/guide"
cd "$root"

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "refresh.sh: xvfb-run not found (apt-get install xvfb)" >&2
    exit 2
fi
cmake --preset dev >/dev/null
nice cmake --build --preset dev --target chiptrail_guideshots

mkdir -p "$out"
# A fixed locale and screen, so the pictures do not depend on who runs the script.
for language in en de; do
    LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1920x1200x24" \
        "$root/build/dev/tools/chiptrail_guideshots" --language "$language" --out "$out"
done
shots="$root/docs/screenshots"
window() { # LANGUAGE FILE [options]
    language=$1 file=$2
    shift 2
    LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$root/build/dev/tools/chiptrail_guideshots" --language "$language" --window "$shots/$file" "$@"
}
window en main-window.png
window de main-window-de.png
window en rules-panel.png --rules --select link:aivres-indosat-gb200 --counterfactual ai_diffusion
window de rules-panel-de.png --rules --select link:aivres-indosat-gb200 --counterfactual ai_diffusion
window en table-import.png --table-import "$root/resources/samples/shipments-en.csv"
window de table-import-de.png --table-import "$root/resources/samples/lieferungen-de.csv"
window en table-import-review.png --table-import "$root/resources/samples/shipments-en.csv" --table-page review
window de table-import-review-de.png --table-import "$root/resources/samples/lieferungen-de.csv" --table-page review
echo "refresh.sh: screenshots in $out and $shots"
