#!/usr/bin/env bash
# Build the macOS app dist/Amends.app, check it with its own self-test, sign it, pack it in a
# .dmg (with an Applications link to drag it onto), sign and notarise the .dmg - in that order,
# so what Apple notarises is the signed app inside the signed disk image.
#
#   bash packaging/build_macos.sh [--dist DIR] [--work DIR] [--no-venv]
#
# Run on a Mac (PyInstaller cannot cross-build) with macOS 14 or newer: the PySide6 wheels in
# constraints/build.txt need it, so the app asks for it too (LSMinimumSystemVersion).
# Signing and notarising happen when these are set (else the app and .dmg stay unsigned):
#   AMENDS_MACOS_IDENTITY   "Developer ID Application: Your Shop (TEAMID)" (codesign --sign)
#   AMENDS_NOTARY_PROFILE   a keychain profile made with `xcrun notarytool store-credentials`
set -euo pipefail

source "$(dirname "$0")/build_common.sh"

APP="$DIST/Amends.app"
echo "Bundle: $APP ($(du -sh "$APP" | cut -f1))"
# The executable inside the .app prints to the terminal like any command-line program.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/amends" --self-test

IDENTITY="${AMENDS_MACOS_IDENTITY:-}"
if [ -n "$IDENTITY" ]; then
    # 1. Sign the app: hardened runtime (required for notarisation), a secure timestamp, and
    #    the entitlements the Python runtime needs. --deep signs every nested library too.
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/entitlements.plist --sign "$IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "AMENDS_MACOS_IDENTITY not set: the app stays unsigned (Gatekeeper will warn)"
fi

# 2. The disk image: the app and a link to /Applications, so the shop owner drags one onto
#    the other.
VERSION="$("$APP/Contents/MacOS/amends" --version | cut -d' ' -f2)"
DMG="$DIST/Amends-$VERSION-macos-$(uname -m).dmg"
STAGE="$WORK/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -quiet -volname "Amends" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"

if [ -n "$IDENTITY" ]; then
    # 3. Sign the .dmg, 4. notarise it (Apple checks the signed app inside), 5. staple the ticket
    #    so Gatekeeper accepts it offline.
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
    if [ -n "${AMENDS_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$AMENDS_NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        xcrun stapler validate "$DMG"
    else
        echo "AMENDS_NOTARY_PROFILE not set: signed but not notarised"
    fi
fi
echo "Download: $DMG ($(du -h "$DMG" | cut -f1))"
