"""Render resources/icons/amends.svg into every icon file the three platforms need.

Qt's SVG renderer draws each size from the vector source (crisper at 16 px than scaling a big
bitmap down); Pillow, a build-time dependency only, packs the Windows .ico and the macOS .icns.
Run from anywhere: `python packaging/make_icons.py`. The outputs are committed, so a build does
not need to run this unless the SVG changed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "amends.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int):
    """The icon at `size` x `size` pixels as a Pillow image (RGBA)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    sizes = sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))
    images = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        images[size].save(ICONS / f"amends-{size}.png", optimize=True)
    images[256].save(ICONS / "amends.png", optimize=True)
    # Each size is passed pre-rendered so Pillow stores it as drawn instead of shrinking 256 px.
    ico = [images[size] for size in ICO_SIZES]
    ico[-1].save(ICONS / "amends.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
    icns = [images[size] for size in ICNS_SIZES]
    icns[-1].save(ICONS / "amends.icns", append_images=icns[:-1])
    print(f"Wrote {len(PNG_SIZES) + 1} PNGs, amends.ico and amends.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
