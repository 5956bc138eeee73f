"""Typesetting that was seen wrong in printed papers stays right: widows, the address column,
one date, measure words, chart labels, the intake form on one sheet, Latin beside Chinese."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.documents import summary_words
from desktop_app.documents.charts import wrap
from desktop_app.documents.fonts import CJK, markup
from desktop_app.documents.intake_form import render_intake_form
from desktop_app.documents.letters import render_letter
from desktop_app.documents.paragraphs import CJKParagraph
from desktop_app.documents.theme import LEFT_MARGIN, styles
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
    Staff,
)


def _context(shop_name="Café Lumière") -> LetterContext:
    complaint = Complaint(1, "2026-0042", 1, datetime(2026, 11, 2, 9), Channel.PHONE, 1,
                          "The cake was stale.", Feeling.CALM, Expectation.APOLOGY,
                          Severity.LOW, resolution_due=datetime(2026, 12, 3))
    return LetterContext(ShopProfile(name=shop_name, phone="021-6468 8000"),
                         Customer(1, "王小明", address="上海市静安区南京西路 1266 号"),
                         complaint, (), Staff(1, "李娜"), letter_date=date(2026, 12, 1))


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def _x_of(pdf: bytes, needle: str) -> float:
    found = []

    def visit(text, cm, tm, *_):
        if needle in text:
            found.append(cm[4] + tm[4] * cm[0])

    PdfReader(BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found[0]


@pytest.mark.parametrize("width", range(300, 480, 3))
def test_a_chinese_paragraph_never_ends_on_a_single_character(width):
    style = styles("zh_CN")["body_indent"]
    text = "感谢您在处理期间的耐心与理解。针对您在2026年11月2日反映的问题，我已经为您做了以下处理："
    paragraph = CJKParagraph(markup(text, "zh_CN"), style)
    paragraph.wrap(width, 1000)
    last = paragraph.blPara.lines[-1]
    if len(paragraph.blPara.lines) > 1:
        assert paragraph.width - last[0] >= 2 * style.fontSize


@pytest.mark.parametrize("language", list(Language))
def test_the_address_starts_on_the_text_column(language):
    pdf = render_letter(LetterKind.APOLOGY, language, _context())
    assert _x_of(pdf, "南京西路") == pytest.approx(LEFT_MARGIN, abs=1)


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.ZH_TW])
def test_a_chinese_letter_prints_its_date_once(language):
    text = _text(render_letter(LetterKind.APOLOGY, language, _context()))
    assert text.count("2026年12月1日") == 1


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.ZH_TW])
def test_a_latin_name_before_chinese_text_is_spaced(language):
    text = _text(render_letter(LetterKind.FOLLOW_UP, language, _context()))
    assert "Café Lumière 期待" in text


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_more_customers_are_counted_as_people_not_things(language):
    assert summary_words.say(language, "and_more_customers", n=187) == "……另有 187 位"
    assert "opening h" not in summary_words.say("en", "opening_hours", value="2")


@pytest.mark.parametrize("width", [28, 36, 44, 60])
def test_a_chart_label_breaks_at_punctuation_never_inside_a_word(width):
    lines = wrap("处理拖延 / 推诿", CJK, 6.8, width, 4)
    assert "推诿" in lines or "/ 推诿" in lines or any(line.endswith("推诿") for line in lines)
    assert all(stringWidth(line, CJK, 6.8) <= width + 0.01 for line in lines if len(line) > 2)


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_intake_form_is_one_sheet_and_keeps_an_option_on_one_line(language, paper):
    pdf = render_intake_form(replace(ShopProfile(name="Shop"), paper_size=paper), language)
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    lines = [line for line in _text(pdf).splitlines() if "保修" in line or "warranty" in line]
    assert lines and all("政策" in line or "Policy" in line for line in lines)
