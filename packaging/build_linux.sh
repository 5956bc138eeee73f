#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/amends/ and check it with its own self-test; then
# `bash packaging/build_deb.sh` packs it as a .deb.
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

# What the spec must have left out: links to dropped libraries and translation sources.
BROKEN="$(find "$DIST/amends" -xtype l)"
SOURCES="$(find "$DIST/amends" -name '*.ts')"
if [ -n "$BROKEN$SOURCES" ]; then
    echo "the bundle has broken links or .ts files:" >&2
    printf '%s\n' "$BROKEN" "$SOURCES" | sed '/^$/d; s/^/  /' >&2
    exit 1
fi

echo "Bundle: $DIST/amends ($(du -sh "$DIST/amends" | cut -f1), $(find "$DIST/amends" -type f | wc -l) files)"
QT_QPA_PLATFORM=offscreen "$DIST/amends/amends" --self-test

# The one file a shop downloads, made only from a bundle that passed its self-test.
VERSION="$("$DIST/amends/amends" --version | cut -d' ' -f2)"
TARBALL="$DIST/amends-$VERSION-linux-$(uname -m).tar.gz"
tar -czf "$TARBALL" -C "$DIST" amends
echo "Download: $TARBALL ($(du -h "$TARBALL" | cut -f1))"
