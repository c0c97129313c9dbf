#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a user gets it: build it with CPack, unpack it into a scratch root with
# `dpkg -x`, check what it installs and declares, and run the installed chiptrail-cli.
#   test_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb="$work/out/chiptrail_${version}_amd64.deb"
[ -f "$deb" ] || { ls "$work/out"; fail "expected $(basename "$deb")"; }

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in graphviz libqt6widgets6 libqt6charts6 libqt6svg6 libsqlite3-0 qt6-qpa-plugins libstemmer0d libpoppler-qt6-3 libquazip1-qt6-1; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed"
done
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "architecture"

root="$work/root"
dpkg -x "$deb" "$root"
for file in usr/bin/chiptrail usr/bin/chiptrail-cli usr/bin/chiptrail-chart \
            usr/share/applications/org.chiptrail.ChipTrail.desktop \
            usr/share/metainfo/org.chiptrail.ChipTrail.metainfo.xml \
            usr/share/mime/packages/chiptrail-case.xml \
            usr/share/icons/hicolor/scalable/apps/org.chiptrail.ChipTrail.svg \
            usr/share/icons/hicolor/48x48/apps/org.chiptrail.ChipTrail.png \
            usr/share/icons/hicolor/256x256/apps/org.chiptrail.ChipTrail.png \
            usr/share/doc/chiptrail/README.md; do
    [ -s "$root/$file" ] || fail "the package does not install $file"
done
file "$root/usr/share/icons/hicolor/48x48/apps/org.chiptrail.ChipTrail.png" | grep -q "48 x 48" \
    || fail "the 48px icon is not 48 x 48"

desktop-file-validate "$root/usr/share/applications/org.chiptrail.ChipTrail.desktop" || fail "desktop entry"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.chiptrail.ChipTrail.metainfo.xml" \
    || appstreamcli validate --no-net "$root/usr/share/metainfo/org.chiptrail.ChipTrail.metainfo.xml" \
    || fail "AppStream metainfo"

# The installed binaries run from the scratch root with the system's libraries.
"$root/usr/bin/chiptrail-cli" --version | grep -q "$version" || fail "chiptrail-cli --version"
case_file="$work/sample.chiptrail"
"$root/usr/bin/chiptrail-cli" import --sample "$case_file" || fail "import --sample"
info=$("$root/usr/bin/chiptrail-cli" info "$case_file") || fail "info"
echo "$info"
grep -Eq "^Parties: +12$" <<<"$info" || fail "info does not report the sample's 12 parties"
grep -Eq "^Links: +[0-9]+$" <<<"$info" || fail "info does not report links"
# Images without widgets, and charts through the chart program installed beside it.
"$root/usr/bin/chiptrail-cli" export "$case_file" --format svg -o "$work/chain.svg" || fail "export --format svg"
grep -q "<svg" "$work/chain.svg" || fail "the exported SVG is no SVG"
"$root/usr/bin/chiptrail-cli" chart "$case_file" --kind hops --format svg -o "$work/hops.svg" || fail "chart"
grep -q "<svg" "$work/hops.svg" || fail "the chart is no SVG"

# The MIME type's magic must match real case files: SQLite header, application_id "ChTr" at 68.
[ "$(head -c 15 "$case_file")" = "SQLite format 3" ] || fail "case file header"
[ "$(dd if="$case_file" bs=1 skip=68 count=4 2>/dev/null)" = "ChTr" ] || fail "application_id at byte 68"
grep -q 'offset="68" value="ChTr"' "$root/usr/share/mime/packages/chiptrail-case.xml" || fail "MIME magic"
mkdir -p "$work/mime/packages"
cp "$root/usr/share/mime/packages/chiptrail-case.xml" "$work/mime/packages/"
update-mime-database "$work/mime" || fail "update-mime-database rejects the MIME file"
grep -q "application/x-chiptrail-case" "$work/mime/globs2" || fail "the *.chiptrail glob is not registered"
grep -q "application/x-chiptrail-case" "$work/mime/magic" || fail "the magic is not registered"
echo "package ok: $(basename "$deb")"
