#!/usr/bin/env bash
# Pack the Linux bundle (from build_linux.sh) as a Debian package that installs under /opt/amends.
#
#   bash packaging/build_deb.sh [--bundle DIR] [--dist DIR]
#
# Installs /opt/amends/ (the bundle), /usr/bin/amends (a relative link to it, so the extracted
# tree runs too), the menu entry /usr/share/applications/amends.desktop and the icons under
# /usr/share/icons/hicolor. No maintainer scripts: dpkg removes every file it installed, and the
# menu and icon caches are refreshed by the triggers of desktop-file-utils and the icon themes.
# Depends is worked out from the libraries the bundle loads from the build system.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="$ROOT/dist"
BUNDLE=""
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) BUNDLE="$2"; shift 2 ;;
        --dist) DIST="$2"; shift 2 ;;
        *) echo "usage: $0 [--bundle DIR] [--dist DIR]" >&2; exit 2 ;;
    esac
done
BUNDLE="${BUNDLE:-$DIST/amends}"
[ -x "$BUNDLE/amends" ] || { echo "no bundle at $BUNDLE: run packaging/build_linux.sh" >&2; exit 1; }
BUNDLE="$(cd "$BUNDLE" && pwd)"

VERSION="$(python3 "$ROOT/packaging/version_info.py" --print)"
BUNDLE_VERSION="$("$BUNDLE/amends" --version | cut -d' ' -f2)"
if [ "$BUNDLE_VERSION" != "$VERSION" ]; then
    echo "the bundle is $BUNDLE_VERSION but desktop_app/__init__.py says $VERSION" >&2
    exit 1
fi
ARCH="$(dpkg --print-architecture)"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/amends_${VERSION}_$ARCH"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
    "$PKG/usr/share/doc/amends"
cp -a "$BUNDLE" "$PKG/opt/amends"
ln -s ../../opt/amends/amends "$PKG/usr/bin/amends"
install -m644 "$ROOT/packaging/amends.desktop" "$PKG/usr/share/applications/amends.desktop"
for size in 16 32 48 64 128 256 512; do
    install -Dm644 "$ROOT/resources/icons/amends-$size.png" \
        "$PKG/usr/share/icons/hicolor/${size}x$size/apps/amends.png"
done
install -Dm644 "$ROOT/resources/icons/amends.svg" \
    "$PKG/usr/share/icons/hicolor/scalable/apps/amends.svg"
cat > "$PKG/usr/share/doc/amends/copyright" <<EOF
Amends $VERSION - MIT licence. Bundles Qt and PySide6 (LGPLv3), ReportLab (BSD), sqlite-utils
(Apache 2.0), Python (PSF) and the WenQuanYi Micro Hei and DejaVu fonts (licences in
/opt/amends/_internal/resources/fonts/).
EOF

# Depends: the Debian packages owning each library the bundle links to but does not ship.
depends() {
    { find "$BUNDLE" -type f \( -name '*.so*' -o -name amends \) -print0 \
        | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 ldd 2>/dev/null || true; } \
        | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | { grep -v "^$BUNDLE" || true; } | sort -u \
        | while read -r lib; do dpkg -S "$(readlink -f "$lib")" 2>/dev/null | cut -d: -f1; done \
        | { grep -v '^libc6$' || true; } | sort -u
}
GLIBC="$(ldd --version | awk 'NR == 1 {print $NF}')"  # awk reads it all: no SIGPIPE
DEPENDS="libc6 (>= $GLIBC)$(depends | sed 's/^/, /' | tr -d '\n')"

find "$PKG" -type d -exec chmod 755 {} +
cat > "$PKG/DEBIAN/control" <<EOF
Package: amends
Version: $VERSION
Architecture: $ARCH
Maintainer: Amends <amends@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: $DEPENDS
Section: misc
Priority: optional
Description: customer complaints and service recovery for small shops
 Amends records customer complaints, runs the recovery workflow (apology, fix,
 compensation, follow-up) and prints letters and monthly summaries, offline.
EOF

mkdir -p "$DIST"
DEB="$DIST/amends_${VERSION}_$ARCH.deb"
# gzip: readable by every dpkg (zstd needs Debian 12 / Ubuntu 21.10), and much faster than xz.
dpkg-deb --root-owner-group -Zgzip --build "$PKG" "$DEB" >/dev/null
echo "Debian package: $DEB ($(du -h "$DEB" | cut -f1))"
