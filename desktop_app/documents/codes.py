"""QR codes of a case reference, drawn with ReportLab's own barcode widget (no extra
dependency), as Drawings that sit in a story or draw on a canvas.

It draws no human-readable text: the reference is always printed beside it in our embedded
fonts. The renderer still sets a font when it starts a drawing (Helvetica by default, which
would be listed un-embedded), so each drawing starts in our own font instead.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from desktop_app.documents.fonts import LATIN, register_fonts

# The QR widget keeps 4 modules of white around the symbol (the quiet zone ISO/IEC 18004 asks
# for), so the drawing can sit flush with a margin and still scan.
QUIET_MODULES = 4


def qr_drawing(value: str, size: float) -> Drawing:
    """A square QR code of `value`, `size` points wide including its quiet zone; medium error
    correction (15 %) survives a crease or a smudge on a job tag."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=QUIET_MODULES)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return _in_our_font(drawing)


def encoded_value(drawing: Drawing) -> str:
    """What a code drawing made here encodes (for tests and checks without a decoder)."""
    return drawing.contents[0].value


def _in_our_font(drawing: Drawing) -> Drawing:
    register_fonts()
    # Read by the renderer's state tracker as the starting font ("initial" + state name).
    drawing.__dict__["initialFontName"] = LATIN
    return drawing
