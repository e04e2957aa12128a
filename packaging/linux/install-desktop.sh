#!/usr/bin/env bash
# Registers Clausewise with the desktop for the current user: menu entry, icon, and the
# .clausewise file type. Usage: packaging/linux/install-desktop.sh [PATH_TO_clausewise]
# (default: the clausewise on PATH, else dist/clausewise/clausewise of a frozen build).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
exe="${1:-$(command -v clausewise || echo "$root/dist/clausewise/clausewise")}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages"
sed "s|^Exec=clausewise|Exec=$exe|" "$here/clausewise.desktop" > "$data/applications/clausewise.desktop"
cp "$root/resources/icons/clausewise.svg" "$data/icons/hicolor/scalable/apps/clausewise.svg"
cp "$here/clausewise-mime.xml" "$data/mime/packages/clausewise.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Installed the Clausewise menu entry, icon and .clausewise file type for $(id -un)"
