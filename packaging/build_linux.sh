#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/amends/ and check it with its own self-test.
#
#   bash packaging/build_linux.sh [--dist DIR] [--work DIR] [--no-venv]
#
# By default it makes a private build venv (build/venv/) with Amends and its `dev` extra
# (PyInstaller) installed, so the bundle holds exactly the declared dependencies. --no-venv uses
# the python3 on PATH as it is (it must already have Amends' dependencies and PyInstaller).
set -euo pipefail

source "$(dirname "$0")/build_common.sh"

# The .desktop entry and the icon travel with the bundle, for a menu entry (see README).
cp packaging/amends.desktop "$DIST/amends/amends.desktop"
cp resources/icons/amends-256.png "$DIST/amends/amends.png"

echo "Bundle: $DIST/amends ($(du -sh "$DIST/amends" | cut -f1))"
QT_QPA_PLATFORM=offscreen "$DIST/amends/amends" --self-test

# The one file a shop downloads, made only from a bundle that passed its self-test.
VERSION="$("$DIST/amends/amends" --version | cut -d' ' -f2)"
TARBALL="$DIST/amends-$VERSION-linux-$(uname -m).tar.gz"
tar -czf "$TARBALL" -C "$DIST" amends
echo "Download: $TARBALL ($(du -h "$TARBALL" | cut -f1))"
