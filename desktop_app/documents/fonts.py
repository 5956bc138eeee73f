"""Fonts for every PDF Amends prints, registered once per process and always embedded (subset).

Latin, Cyrillic and Vietnamese are set in DejaVu Serif Condensed, Chinese in WenQuanYi Micro Hei;
rare ideographs fall back to HanaMin A (CJK Extension A) and HanaMin B (Extension B and later),
Arabic to Noto Naskh Arabic, shaped and put right-to-left before ReportLab sees it (ReportLab
neither shapes nor reorders). All are TrueType with glyf outlines; licences are next to the files.
`markup()` picks a font per run of characters; `missing_characters()` lists what no font has,
so the UI can warn before printing; such a character prints as one □ each, never silently.
"""

from __future__ import annotations

import threading
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.documents.formatting import is_chinese
from desktop_app.domain.model import Language
from desktop_app.paths import resource

LATIN = "AmendsSerif"
LATIN_BOLD = "AmendsSerif-Bold"
LATIN_ITALIC = "AmendsSerif-Italic"
CJK = "AmendsCJK"
CJK_EXT_A = "AmendsHanA"
CJK_EXT_B = "AmendsHanB"
ARABIC = "AmendsArabic"
MISSING = "□"

_FILES = {
    LATIN: ("DejaVuSerifCondensed.ttf", 0),
    LATIN_BOLD: ("DejaVuSerifCondensed-Bold.ttf", 0),
    LATIN_ITALIC: ("DejaVuSerifCondensed-Italic.ttf", 0),
    # subfontIndex 0 of the collection is the proportional face (1 is the monospaced one).
    CJK: ("wqy-microhei.ttc", 0),
}
# Fallback faces are big (HanaMin B alone is 30 MB): registered only when a text needs one.
_FALLBACK_FILES = {
    CJK_EXT_A: "HanaMinA-ExtA.ttf",
    CJK_EXT_B: "HanaMinB.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
}
# Which fallback face may have a character, by code point range (checked before loading it).
_FALLBACK_RANGES = (
    (CJK_EXT_A, ((0x2E80, 0x2FDF), (0x3190, 0x31EF), (0x3400, 0x4DBF), (0x9FA6, 0x9FFF),
                 (0xF900, 0xFAFF))),
    (CJK_EXT_B, ((0x20000, 0x3FFFF),)),
    (ARABIC, ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
              (0xFE70, 0xFEFF))),
)
_lock = threading.RLock()
_registered = False
_loaded_fallbacks: set[str] = set()


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
        _map_plain(CJK)
        _forbid_cjk_punctuation_at_line_start()
        _registered = True


def _map_plain(name: str) -> None:
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)


def _fallback(name: str) -> str:
    with _lock:
        if name not in _loaded_fallbacks:
            path = resource("fonts", _FALLBACK_FILES[name])
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _map_plain(name)
            _loaded_fallbacks.add(name)
    return name


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


def body_font(language: Language) -> str:
    """The font a letter in `language` is mostly set in."""
    return CJK if is_chinese(language) else LATIN


def _has(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def font_for(char: str, primary: str) -> str | None:
    """The first font of the chain (primary, the other main face, the fallbacks) with a glyph
    for `char`, or None when no bundled font has one."""
    register_fonts()
    for font in (primary, LATIN if primary == CJK else CJK):
        if _has(font, char):
            return font
    code = ord(char)
    for name, ranges in _FALLBACK_RANGES:
        if any(low <= code <= high for low, high in ranges) and _has(_fallback(name), char):
            return name
    return None


def clean(text: str) -> str:
    """Text without characters that are never printed (controls, joiners, variation selectors)."""
    kept = []
    for char in str(text).replace("\r\n", "\n").replace("\t", " "):
        category = unicodedata.category(char)
        if char == "\n" or category not in ("Cc", "Cf", "Cs", "Co", "Cn"):
            if not 0xFE00 <= ord(char) <= 0xFE0F:
                kept.append(char)
    return "".join(kept)


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def visual(text: str) -> str:
    """Arabic shaped into its joined letter forms and every line put in visual (display) order;
    other text is returned unchanged."""
    if not any(_is_rtl(c) for c in text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) if any(map(_is_rtl, line))
                     else line for line in text.split("\n"))


def missing_characters(text: str) -> list[str]:
    """Every distinct character of `text` that no bundled font can print, in order of first
    appearance (the UI warns with this list before printing)."""
    seen: list[str] = []
    for char in visual(clean(text)):
        if char not in "\n " and char not in seen and font_for(char, LATIN) is None:
            seen.append(char)
    return seen


def markup(text: str, language: Language) -> str:
    """User text as safe Paragraph markup: escaped, line breaks kept, every glyph in some font;
    a character no font has prints as its own □."""
    register_fonts()
    primary = body_font(language)
    runs: list[tuple[str, str]] = []  # (font or "" for the primary font, text)
    for char in visual(clean(text)):
        font = "" if char in "\n " else font_for(char, primary)
        if font is None:
            font, char = "", MISSING
        elif font == primary:
            font = ""
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    parts = []
    for font, chunk in runs:
        chunk = escape(chunk).replace("\n", "<br/>")
        parts.append(f'<font face="{font}">{chunk}</font>' if font else chunk)
    return "".join(parts)
