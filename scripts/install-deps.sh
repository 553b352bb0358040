#!/usr/bin/env bash
# Installs the Debian 12 packages Limber needs, if any are missing.
#   scripts/install-deps.sh          what building and running needs
#   scripts/install-deps.sh --test   plus what the tests need
set -euo pipefail

build_packages=(
    cmake ninja-build g++ ccache dpkg-dev file
    qt6-base-dev qt6-svg-dev qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qt6-speech-dev qt6-declarative-dev qt6-speech-flite-plugin
    libgtest-dev
    fonts-dejavu-core fonts-noto-core
)
test_packages=(
    desktop-file-utils appstream clang-format clang-tidy
    xvfb xauth dbus poppler-utils pulseaudio pulseaudio-utils
    dunst trayer xdotool
)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: everything needed is installed."
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done."
