#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, when they are missing and we may.
# Qt's offscreen and xcb platforms need a few shared libraries that a minimal system lacks.
set -u
# Usage: system-deps.sh [--test]   (--test adds what only the test suite needs)
# The xcb libraries are what the real window needs on an X11 desktop (Qt 6.5+ wants xcb-cursor).
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
test_pkgs=(libreoffice-writer-nogui poppler-utils)  # reports: open the tracked-changes file; render PDFs
[ "${1:-}" = "--test" ] && pkgs+=("${test_pkgs[@]}")
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Please install these system packages (as root): ${missing[*]}" >&2
fi
exit 0
