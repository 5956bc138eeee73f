"""Every character of a name prints: CJK Extensions A and B, Arabic (shaped, right to left),
Cyrillic and Vietnamese each get a glyph from a bundled, embedded font; what no font has is
listed before printing and printed as one □ per character."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop_app.documents.fonts import (
    ARABIC,
    CJK_EXT_A,
    CJK_EXT_B,
    MISSING,
    font_for,
    markup,
    missing_characters,
    visual,
)
from desktop_app.documents.letters import render_letter
from desktop_app.domain.letter_context import LetterContext
from desktop_app.domain.model import (
    Channel,
    Complaint,
    Customer,
    Expectation,
    Feeling,
    Language,
    LetterKind,
    Severity,
    ShopProfile,
)

NAMES = {"ext_a": "王䶮", "ext_b": "𠀋𡈽𡌛", "arabic": "محمد عبد الله", "cyrillic": "Жуков Пётр",
         "vietnamese": "Nguyễn Thị Hương"}


def _letter(name: str, language: Language) -> bytes:
    complaint = Complaint(1, "2026-0007", 1, datetime(2026, 11, 2, 9), Channel.PHONE, None,
                          "Late.", Feeling.CALM, Expectation.APOLOGY, Severity.LOW)
    context = LetterContext(ShopProfile(name="Shop"), Customer(1, name, address=name),
                            complaint, letter_date=date(2026, 12, 1))
    return render_letter(LetterKind.APOLOGY, language, context)


def _embedded_fonts(pdf: bytes) -> set[str]:
    """The base names of the fonts in the PDF; each must carry its TrueType file."""
    names = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            face = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in face["/FontDescriptor"].get_object()
            names.add(str(font["/BaseFont"]))
    return names


@pytest.mark.parametrize("script", list(NAMES))
def test_every_character_of_a_name_has_a_bundled_glyph(script):
    assert missing_characters(NAMES[script]) == []
    assert MISSING not in markup(NAMES[script], Language.EN)


@pytest.mark.parametrize(("char", "font"), [("䶮", CJK_EXT_A), ("𠀋", CJK_EXT_B),
                                            ("𡈽", CJK_EXT_B), ("𡌛", CJK_EXT_B)])
def test_rare_ideographs_fall_back_to_the_extension_fonts(char, font):
    assert font_for(char, "AmendsCJK") == font


@pytest.mark.parametrize("language", list(Language))
def test_a_rare_name_is_printed_with_the_fallback_fonts_embedded(language):
    pdf = _letter("王䶮 𠀋𡈽𡌛", language)
    fonts = " ".join(_embedded_fonts(pdf))
    assert "HanaMinA" in fonts and "HanaMinB" in fonts


def test_arabic_is_shaped_into_joined_forms_and_ordered_right_to_left():
    shown = visual("محمد")
    assert shown == "ﺪﻤﺤﻣ"  # final dal first: read from the right, the letters are joined
    assert all(font_for(c, "AmendsSerif") == ARABIC for c in shown)
    assert visual("Dear Ivan,") == "Dear Ivan,"


def test_characters_no_font_has_are_listed_once_and_each_prints_as_its_own_box():
    assert missing_characters("Tom 😀😀 and 🙂") == ["😀", "🙂"]
    assert markup("a😀😀b", Language.EN).count(MISSING) == 2
