#!/bin/sh
# Installs the build into a temporary prefix and checks that the installed tree stands on its own: the
# binary runs from an unrelated directory (the dataset is compiled in), and the desktop file, AppStream
# metainfo and hicolor icons sit where a Linux desktop looks for them.
# Usage: installed_tree.sh <cmake> <build dir> <version> <app id>
set -eu
cmake=$1 build=$2 version=$3 app_id=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; fail "cmake --install $build"; }
prefix=$work/prefix
share=$prefix/share
bin=$prefix/bin/llm-atlas

# Nothing but the program and its desktop files: no helper tools, tests or static libraries.
unexpected=$(cd "$prefix" && find . -type f ! -path ./bin/llm-atlas ! -path './share/*')
[ -z "$unexpected" ] || fail "unexpected installed files: $unexpected"

for file in applications/$app_id.desktop metainfo/$app_id.metainfo.xml \
    icons/hicolor/scalable/apps/$app_id.svg doc/llm-atlas/copyright; do
    [ -s "$share/$file" ] || fail "missing share/$file"
done
for size in 16 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -s "$png" ] || fail "missing $png"
    # PNG signature, then the IHDR chunk's width and height as big-endian 32-bit numbers.
    set -- $(od -An -tu1 -N24 "$png")
    [ "$1 $2 $3 $4" = "137 80 78 71" ] || fail "$png is not a PNG"
    width=$(( (${17} << 24) | (${18} << 16) | (${19} << 8) | ${20} ))
    height=$(( (${21} << 24) | (${22} << 16) | (${23} << 8) | ${24} ))
    [ "$width" -eq "$size" ] && [ "$height" -eq "$size" ] || fail "$png is ${width}x$height, not ${size}x$size"
done
grep -qx 'Exec=llm-atlas %f' "$share/applications/$app_id.desktop" || fail "desktop file does not run llm-atlas %f"
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" || fail "desktop file does not name the icon $app_id"
grep -q "<release version=\"$version\"" "$share/metainfo/$app_id.metainfo.xml" \
    || fail "metainfo has no release entry for version $version"

if command -v readelf >/dev/null 2>&1 && readelf -d "$bin" | grep -Eq 'RPATH|RUNPATH'; then
    fail "installed binary carries an RPATH: $(readelf -d "$bin" | grep -E 'RPATH|RUNPATH')"
fi

# Run it from somewhere else, with a fresh home, so neither the build tree nor the user's data can help.
mkdir "$work/elsewhere" "$work/home"
cd "$work/elsewhere"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" QT_QPA_PLATFORM=offscreen

out=$("$bin" --version) || fail "llm-atlas --version exited with $?"
[ "$out" = "llm-atlas $version" ] || fail "llm-atlas --version printed '$out', expected 'llm-atlas $version'"

# A headless export through the default database, which the installed binary creates from its bundled data.
"$bin" list models --format csv >"$work/models.csv" 2>"$work/stderr.txt" \
    || { cat "$work/stderr.txt" >&2; fail "llm-atlas list models exited with $?"; }
[ ! -s "$work/stderr.txt" ] || { cat "$work/stderr.txt" >&2; fail "llm-atlas list models wrote to stderr"; }
rows=$(wc -l <"$work/models.csv")
[ "$rows" -ge 2 ] || fail "llm-atlas list models exported $rows lines"
[ -z "$(ls -A "$work/elsewhere")" ] || fail "llm-atlas wrote into its working directory: $(ls -A "$work/elsewhere")"

echo "installed tree OK: $(cd "$prefix" && find . -type f | wc -l) files, $rows CSV lines"
