#!/bin/sh
# Install the one-folder app for the current user: ~/.local/opt/keet-desktop, a launcher in
# ~/.local/bin, the menu entry and the icon. The bundle tool copies this script and the
# .desktop file into the app folder: run ./install.sh there.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app="${1:-$here}"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
rm -rf "$HOME/.local/opt/keet-desktop"
cp -r "$app" "$HOME/.local/opt/keet-desktop"
ln -sf "$HOME/.local/opt/keet-desktop/keet-desktop" "$HOME/.local/bin/keet-desktop"
cp "$here/keet-desktop.desktop" "$prefix/applications/keet-desktop.desktop"
cp "$app/_internal/keet_desktop/_resources/icons/keet-desktop.png" \
    "$prefix/icons/hicolor/256x256/apps/keet-desktop.png"
echo "Installed. Start Keet Desktop from the menu, or run: keet-desktop --self-test"
