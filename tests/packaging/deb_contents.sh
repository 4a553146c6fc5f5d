#!/bin/sh
# Builds the .deb with CPack from the build tree into a temporary directory and checks its name, its
# control fields (Depends filled in by dpkg-shlibdeps plus the run-time plugins and font, Recommends the CJK
# font the Chinese translation needs) and its file list.
# Usage: deb_contents.sh <cpack> <build dir> <version> <app id>
set -eu
cpack=$1 build=$2 version=$3 app_id=$4

for tool in dpkg-deb dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool not found (Debian packages dpkg-dev, file)"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$work"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$work/out/llm-atlas_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { ls "$work/out"; fail "no $(basename "$deb")"; }

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = llm-atlas ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite libqt6svg6 fonts-dejavu-core qt6-translations-l10n; do
    echo "$depends" | tr ',' '\n' | grep -Eq "^ *$package( |\$)" || fail "Depends lacks $package: $depends"
done
recommends=$(field Recommends)
echo "$recommends" | tr ',|' '\n\n' | grep -Eq "^ *fonts-noto-cjk( |\$)" || fail "Recommends lacks fonts-noto-cjk: '$recommends'"

dpkg-deb -c "$deb" >"$work/contents.txt"
paths=$(awk '{print $6}' "$work/contents.txt")
for path in ./usr/bin/llm-atlas ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
    ./usr/share/doc/llm-atlas/copyright; do
    echo "$paths" | grep -qxF "$path" || { cat "$work/contents.txt"; fail "the package lacks $path"; }
done
grep -Eq '^-rwxr-xr-x root/root .* \./usr/bin/llm-atlas$' "$work/contents.txt" \
    || fail "usr/bin/llm-atlas is not an executable owned by root: $(grep llm-atlas\$ "$work/contents.txt")"
outside=$(echo "$paths" | grep -Ev '^\./usr/(bin|share)(/|$)|^\./(usr/)?$' || true)
[ -z "$outside" ] || fail "files outside usr/bin and usr/share: $outside"

echo "$(basename "$deb") OK: Depends: $depends; Recommends: $recommends"
