#!/usr/bin/env bash
# Build the macOS app dist/Amends.app, check it with its own self-test, and pack it in a .dmg.
#
#   bash packaging/build_macos.sh [--dist DIR] [--work DIR] [--no-venv]
#
# Run on a Mac (PyInstaller cannot cross-build). The app is unsigned: see packaging/README.md
# for signing and notarising before handing it to shops.
set -euo pipefail

source "$(dirname "$0")/build_common.sh"

APP="$DIST/Amends.app"
echo "Bundle: $APP ($(du -sh "$APP" | cut -f1))"
# The executable inside the .app prints to the terminal like any command-line program.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/amends" --self-test

VERSION="$("$APP/Contents/MacOS/amends" --version | cut -d' ' -f2)"
DMG="$DIST/Amends-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
hdiutil create -quiet -volname "Amends" -srcfolder "$APP" -ov -format UDZO "$DMG"
echo "Download: $DMG ($(du -h "$DMG" | cut -f1))"
