#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   ./dev.sh run    install what is missing, build, and open ChipTrail on the sample case
#   ./dev.sh test   install what is missing, build, and run every test (what CI runs)
#   ./dev.sh bench  build in Release and run the benchmark programs
#   ./dev.sh fuzz [SECONDS]  build the libFuzzer harnesses (clang, ASan + UBSan) and run each for
#                   SECONDS (default 60) from the seeds in tests/fuzz/seeds; findings land in
#                   build/fuzz/findings/<harness>/
# Re-running is cheap: packages are installed only when missing, builds are incremental.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libgl-dev clang
    libsqlite3-dev libicu-dev zlib1g-dev graphviz libstemmer-dev libpoppler-qt6-dev qpdf
    libquazip1-qt6-dev python3-networkx sqlite3
    poppler-utils  # pdftoppm for docs/screenshots/exports.sh; pdftotext for test_picture's PDF sources
    xvfb xauth fonts-dejavu-core
    nodejs npm
    fonts-noto-cjk  # Chinese, Japanese and Korean party names in images (else empty boxes)
    dpkg-dev file appstream desktop-file-utils shared-mime-info
)

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        # A machine with NodeSource's nodejs has npm inside it, and Debian's npm conflicts with it.
        [ "$package" = npm ] && command -v npm >/dev/null && continue
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    [ -f "build/$preset/build.ninja" ] || cmake --preset "$preset"
    cmake --build --preset "$preset"
}

case "${1:-}" in
run)
    install_packages
    build dev
    exec build/dev/gui/chiptrail --sample "${@:2}"
    ;;
test)
    install_packages
    build dev
    ctest --preset dev --output-on-failure "${@:2}"
    ;;
bench)
    install_packages
    build release
    for program in build/release/bench/*/bench_*; do
        [ -x "$program" ] && "$program"
    done
    ;;
fuzz)
    install_packages
    build fuzz
    seconds=${2:-60}
    status=0
    export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    for harness in casejson casefile recover listimport liststore dot svg ftm table; do
        seeds=tests/fuzz/seeds/$harness
        [ -d "$seeds" ] || seeds=tests/fuzz/seeds/casefile
        corpus=build/fuzz/corpus/$harness
        findings=build/fuzz/findings/$harness
        mkdir -p "$corpus" "$findings"
        # A hang over 10 s or a process over 2 GB is a finding, like a crash (issue 16).
        build/fuzz/tests/fuzz/fuzz_$harness "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 || status=1
    done
    exit $status
    ;;
*)
    echo "usage: ./dev.sh run|test|bench|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
