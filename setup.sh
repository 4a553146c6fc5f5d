#!/usr/bin/env bash
# Prepares a Debian 12 machine for LLM Atlas (only the packages that are missing), builds it in Release,
# then starts the app or runs the whole test suite. Safe to run again: later runs only rebuild what changed.
#   bash setup.sh run [APP ARGS...]
#   bash setup.sh test    the suite in Release (build/), then again under AddressSanitizer and
#                         UndefinedBehaviorSanitizer with clang (build-asan/), with short fuzz runs
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
    qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libsqlite3-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    fonts-dejavu-core qt6-translations-l10n
    desktop-file-utils appstream dpkg-dev file
    clang libclang-rt-14-dev
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build

action=${1:-run}
[[ $# -gt 0 ]] && shift
case "$action" in
    run) exec build/app/llm-atlas "$@" ;;
    test)
        (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2)
        # -O1 with line tables: fast enough for the whole suite, and sanitizer reports name file and line.
        [[ -f build-asan/build.ninja ]] || cmake -S . -B build-asan -G Ninja -DLLM_ATLAS_SANITIZE=ON \
            -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only"
        cmake --build build-asan
        cd build-asan && QT_QPA_PLATFORM=offscreen exec ctest --output-on-failure --parallel 2
        ;;
    *) echo "usage: bash setup.sh run|test" >&2; exit 2 ;;
esac
