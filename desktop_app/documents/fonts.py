"""Fonts for every PDF Amends prints, registered once per process and always embedded (subset).

Latin text is set in DejaVu Serif Condensed, Chinese in WenQuanYi Micro Hei (both TrueType with
glyf outlines, which ReportLab can embed; licences next to the files in resources/fonts). ReportLab
has no font fallback, so `markup()` puts each run of characters in a font that has them and shows
characters that no font has (emoji, rare symbols) as one visible □ per run,
never a crash or a blank.
"""

from __future__ import annotations

import threading
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.documents.formatting import is_chinese
from desktop_app.paths import resource

LATIN = "AmendsSerif"
LATIN_BOLD = "AmendsSerif-Bold"
LATIN_ITALIC = "AmendsSerif-Italic"
CJK = "AmendsCJK"
MISSING = "□"

_FILES = {
    LATIN: ("DejaVuSerifCondensed.ttf", 0),
    LATIN_BOLD: ("DejaVuSerifCondensed-Bold.ttf", 0),
    LATIN_ITALIC: ("DejaVuSerifCondensed-Italic.ttf", 0),
    # subfontIndex 0 of the collection is the proportional face (1 is the monospaced one).
    CJK: ("wqy-microhei.ttc", 0),
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts and their bold/italic mapping; cheap after the first call."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, (filename, index) in _FILES.items():
            path = resource("fonts", filename)
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        for bold, italic, name in ((0, 0, LATIN), (1, 0, LATIN_BOLD), (0, 1, LATIN_ITALIC),
                                   (1, 1, LATIN_BOLD)):
            addMapping(LATIN, bold, italic, name)
        # The Chinese face has no bold or italic: headings use size and colour instead.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)
        _forbid_cjk_punctuation_at_line_start()
        _registered = True


# Chinese punctuation that must never begin a line. ReportLab's kinsoku list knows 。and 、 but
# not the full-width comma, colon, question mark and friends, so "，情况" could start a line.
_CANNOT_START = "，．！？：；）》〉」』】〕”’…—％"


def _forbid_cjk_punctuation_at_line_start() -> None:
    # Both wrapping paths read the list as a module global: one-font paragraphs wrap in
    # textsplit.wordSplit, mixed-font ones in paragraph.cjkFragSplit.
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        missing = "".join(c for c in _CANNOT_START if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing


def body_font(language: object) -> str:
    """The font a letter in `language` is mostly set in."""
    return CJK if is_chinese(language) else LATIN


def _has(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def clean(text: str) -> str:
    """Text without characters that are never printed (controls, joiners, variation selectors)."""
    kept = []
    for char in str(text).replace("\r\n", "\n").replace("\t", " "):
        category = unicodedata.category(char)
        if char == "\n" or category not in ("Cc", "Cf", "Cs", "Co", "Cn"):
            if not 0xFE00 <= ord(char) <= 0xFE0F:
                kept.append(char)
    return "".join(kept)


def markup(text: str, language: object) -> str:
    """User text as safe Paragraph markup: escaped, line breaks kept, every glyph in some font."""
    register_fonts()
    primary = body_font(language)
    other = LATIN if primary == CJK else CJK
    runs: list[tuple[str, str]] = []  # (font or "" for the primary font, text)
    previous_missing = False
    for char in clean(text):
        missing = False
        if char in "\n " or _has(primary, char):
            font = ""
        elif _has(other, char):
            font = other
        else:
            font, char, missing = "", MISSING, True
            if previous_missing:
                continue
        previous_missing = missing
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    parts = []
    for font, chunk in runs:
        chunk = escape(chunk).replace("\n", "<br/>")
        parts.append(f'<font face="{font}">{chunk}</font>' if font else chunk)
    return "".join(parts)
