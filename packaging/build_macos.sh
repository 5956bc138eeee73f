#!/usr/bin/env bash
# Build the macOS app dist/Amends.app, check it with its own self-test, and pack it in a .dmg.
#
#   bash packaging/build_macos.sh [--dist DIR] [--work DIR] [--no-venv]
#
# Run on a Mac (PyInstaller cannot cross-build). The app is unsigned: see packaging/README.md
# for signing and notarising before handing it to shops.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$ROOT/dist"
WORK="$ROOT/build"
USE_VENV=1
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) DIST="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --no-venv) USE_VENV=0; shift ;;
        *) echo "usage: $0 [--dist DIR] [--work DIR] [--no-venv]" >&2; exit 2 ;;
    esac
done

cd "$ROOT"
PYTHON=python3
if [ "$USE_VENV" = 1 ]; then
    python3 -m venv "$WORK/venv"
    PYTHON="$WORK/venv/bin/python"
    "$PYTHON" -m pip install -q --disable-pip-version-check -e ".[dev]"
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/amends.spec

APP="$DIST/Amends.app"
echo "Bundle: $APP ($(du -sh "$APP" | cut -f1))"
# The executable inside the .app prints to the terminal like any command-line program.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/amends" --self-test

VERSION="$("$APP/Contents/MacOS/amends" --version | cut -d' ' -f2)"
DMG="$DIST/Amends-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
hdiutil create -quiet -volname "Amends" -srcfolder "$APP" -ov -format UDZO "$DMG"
echo "Download: $DMG ($(du -h "$DMG" | cut -f1))"
