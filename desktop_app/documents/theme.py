"""The look shared by every Amends document: paper, letterhead, styles, colours, page numbers.

Letters follow DIN 5008 form B for window envelopes: the address field sits 45 mm from the top
and 20 mm from the left edge, 85 × 45 mm, with a one-line return address in its top 5 mm, so a
sheet folded at the fold marks (105 / 210 mm) shows the address in a DL or C5/6 window (DIN 680:
window 90 × 45 mm, 20 mm from the left). US Letter keeps the same position. The monthly summary
and the case sheet reuse `build_document`, `styles` and `letterhead` without an address field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from desktop_app.documents.fonts import CJK, LATIN, LATIN_BOLD, markup, register_fonts
from desktop_app.documents.formatting import is_chinese, page_label
from desktop_app.documents.paragraphs import CJKParagraph
from desktop_app.domain.model import Language, ShopProfile

ACCENT = colors.HexColor("#1F4E5F")
MUTED = colors.HexColor("#5B6770")
RULE = colors.HexColor("#B8C4CC")
TINT = colors.HexColor("#F2F6F7")

LEFT_MARGIN = 25 * mm  # DIN 5008 text margin
RIGHT_MARGIN = 20 * mm
BOTTOM_MARGIN = 22 * mm
LETTERHEAD_HEIGHT = 40 * mm
ADDRESS_TOP, ADDRESS_LEFT = 45 * mm, 20 * mm
ADDRESS_WIDTH, ADDRESS_HEIGHT = 85 * mm, 45 * mm
RETURN_LINE_HEIGHT = 5 * mm
# DIN 5008 keeps 5 mm inside the window: the address then starts on the text column's edge.
ADDRESS_TEXT_LEFT = LEFT_MARGIN
ADDRESS_TEXT_WIDTH = ADDRESS_LEFT + ADDRESS_WIDTH - ADDRESS_TEXT_LEFT
INFO_LEFT = 125 * mm  # DIN 5008 information block, beside the address field
LETTER_BODY_TOP = 98 * mm  # where the subject line starts under the address field
LATER_PAGE_TOP = 25 * mm


def page_size(shop: ShopProfile) -> tuple[float, float]:
    """A4 unless the shop chose US Letter ("Letter", "US Letter")."""
    return LETTER if "letter" in (shop.paper_size or "").lower() else A4


@dataclass(frozen=True)
class Recipient:
    """What the first page of a letter shows around the envelope window."""

    address_lines: Sequence[str]
    return_line: str = ""
    info: Sequence[tuple[str, str]] = ()


def styles(language: Language) -> StyleSheet1:
    """Paragraph styles for `language`: body, body_indent, subject, title, heading, small,
    small_right, address, bullet, quote, signature, signature_small, shop_name.

    Chinese styles wrap per character (wordWrap="CJK", which also keeps 。，」 off a line start)
    and get more leading, as Chinese text needs it. The sheet is shared: derive a new
    ParagraphStyle(name, parent) rather than changing one.
    """
    return _styles(is_chinese(language))


@cache
def _styles(chinese: bool) -> StyleSheet1:
    register_fonts()
    font = CJK if chinese else LATIN
    bold = CJK if chinese else LATIN_BOLD
    size, leading = (10.5, 17) if chinese else (10.5, 14.5)
    base = ParagraphStyle(
        "body", fontName=font, bulletFontName=font, fontSize=size, leading=leading,
        spaceAfter=leading * (0.45 if chinese else 0.6),
        textColor=colors.black, allowWidows=0, allowOrphans=0,
        wordWrap="CJK" if chinese else None,
    )
    sheet = StyleSheet1()
    sheet.add(base)
    sheet.add(ParagraphStyle("subject", base, fontName=bold, fontSize=size + 1.5,
                             leading=leading + 2, textColor=ACCENT, spaceAfter=leading,
                             keepWithNext=1))
    sheet.add(ParagraphStyle("title", base, fontName=bold, fontSize=18, leading=24,
                             textColor=ACCENT, spaceAfter=8, keepWithNext=1))
    sheet.add(ParagraphStyle("heading", base, fontName=bold, fontSize=size + 2,
                             leading=leading + 3, textColor=ACCENT, spaceBefore=8, spaceAfter=4,
                             keepWithNext=1))
    sheet.add(ParagraphStyle("small", base, fontSize=8, leading=10.5 if chinese else 10,
                             textColor=MUTED, spaceAfter=0))
    sheet.add(ParagraphStyle("small_right", sheet["small"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("address", base, fontSize=10, leading=13.5 if chinese else 12.5,
                             spaceAfter=0))
    sheet.add(ParagraphStyle("return_line", sheet["small"], fontSize=6.5, leading=8))
    sheet.add(ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2,
                             spaceAfter=leading * 0.25))
    sheet.add(ParagraphStyle("quote", base, leftIndent=10, rightIndent=10, textColor=MUTED,
                             fontSize=size - 0.5))
    # Chinese body paragraphs start two characters in; English letters use block paragraphs.
    sheet.add(ParagraphStyle("body_indent", base, firstLineIndent=2 * size if chinese else 0))
    # A list in a letter lines its bullets up with the paragraphs' first line.
    sheet.add(ParagraphStyle("letter_bullet", sheet["bullet"],
                             bulletIndent=2 * size if chinese else 2,
                             leftIndent=3 * size if chinese else 12))
    # Chinese letters sign at the right, English ones at the left.
    sheet.add(ParagraphStyle("strong", base, fontName=bold, spaceAfter=2))
    sheet.add(ParagraphStyle("signature", base, fontName=bold, spaceAfter=0,
                             alignment=TA_RIGHT if chinese else TA_LEFT))
    sheet.add(ParagraphStyle("signature_small", sheet["small"],
                             alignment=TA_RIGHT if chinese else TA_LEFT))
    sheet.add(ParagraphStyle("shop_name", base, fontName=bold, fontSize=17, leading=21,
                             textColor=ACCENT, spaceAfter=0))
    return sheet


def para(text: str, style: ParagraphStyle, language: Language) -> Paragraph:
    """A Paragraph of plain user text: escaped, with font fallback. Never pass raw markup here."""
    return CJKParagraph(markup(text, language), style)


def letterhead(canvas: Canvas, shop: ShopProfile, language: Language, page: tuple[float, float]
               ) -> None:
    """Shop name, contact details, optional logo and a rule across the top of a first page."""
    width, height = page
    sheet = styles(language)
    logo_width = _draw_logo(canvas, shop.logo, width - RIGHT_MARGIN, height - 12 * mm)
    text_width = width - LEFT_MARGIN - RIGHT_MARGIN - logo_width - (6 * mm if logo_width else 0)
    name = para(_short(shop.name, 90) or " ", sheet["shop_name"], language)
    _, name_height = name.wrapOn(canvas, text_width, 30 * mm)
    name.drawOn(canvas, LEFT_MARGIN, height - 12 * mm - name_height)
    contact = [_short(shop.address.replace("\n", "  ·  "), 200), _short(shop.phone, 40),
               _short(shop.email, 80)]
    line = para("  ·  ".join(part for part in contact if part.strip()), sheet["small"], language)
    _, line_height = line.wrapOn(canvas, text_width, 20 * mm)
    line.drawOn(canvas, LEFT_MARGIN, height - 14 * mm - name_height - line_height)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    rule_y = height - LETTERHEAD_HEIGHT + 8 * mm
    canvas.line(LEFT_MARGIN, rule_y, width - RIGHT_MARGIN, rule_y)


def _short(text: str, limit: int) -> str:
    """Text drawn straight on the page (letterhead, footer) has a fixed room: a longer shop
    setting is cut with "…" rather than running over the page."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _draw_logo(canvas: Canvas, logo: bytes | None, right: float, top: float) -> float:
    """Draw the logo right-aligned in a 40 × 20 mm box; returns its width (0 when none or bad)."""
    if not logo:
        return 0
    try:
        image = ImageReader(BytesIO(logo))
        w, h = image.getSize()
    except Exception:  # noqa: BLE001 - a broken logo must not stop a letter going out
        return 0
    scale = min(40 * mm / w, 20 * mm / h)
    canvas.drawImage(image, right - w * scale, top - h * scale, w * scale, h * scale, mask="auto")
    return w * scale


def _draw_recipient(canvas: Canvas, recipient: Recipient, language: Language,
                    page: tuple[float, float]) -> None:
    width, height = page
    sheet = styles(language)
    top = height - ADDRESS_TOP
    if recipient.return_line:
        line = para(recipient.return_line, sheet["return_line"], language)
        line.wrapOn(canvas, ADDRESS_TEXT_WIDTH, RETURN_LINE_HEIGHT)
        line.drawOn(canvas, ADDRESS_TEXT_LEFT, top - 4 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(ADDRESS_TEXT_LEFT, top - 4.6 * mm, ADDRESS_TEXT_LEFT + ADDRESS_TEXT_WIDTH,
                    top - 4.6 * mm)
    address = para("\n".join(recipient.address_lines), sheet["address"], language)
    room = ADDRESS_HEIGHT - RETURN_LINE_HEIGHT - 3 * mm
    # An absurdly long name or address is shrunk to fit the window rather than overprinting.
    fitted = KeepInFrame(ADDRESS_TEXT_WIDTH, room, [address], mode="shrink")
    _, h = fitted.wrapOn(canvas, ADDRESS_TEXT_WIDTH, room)
    fitted.drawOn(canvas, ADDRESS_TEXT_LEFT, top - RETURN_LINE_HEIGHT - 3 * mm - h)
    _draw_info(canvas, recipient.info, language, width, top - RETURN_LINE_HEIGHT)


def _draw_info(canvas: Canvas, rows: Sequence[tuple[str, str]], language: Language, width: float,
               top: float) -> None:
    """The reference / date / contact block to the right of the address field."""
    sheet = styles(language)
    label_width = 24 * mm
    value_width = width - RIGHT_MARGIN - INFO_LEFT - label_width
    y = top
    for label, value in rows:
        value_para = para(value, sheet["address"], language)
        _, h = value_para.wrapOn(canvas, value_width, 20 * mm)
        label_para = para(label, sheet["small"], language)
        _, label_h = label_para.wrapOn(canvas, label_width, 10 * mm)
        value_para.drawOn(canvas, INFO_LEFT + label_width, y - h)
        # Share the first baseline: a paragraph's first baseline is fontSize below its top.
        value_style, label_style = sheet["address"], sheet["small"]
        label_para.drawOn(canvas, INFO_LEFT,
                          y - value_style.fontSize + label_style.fontSize - label_h)
        y -= h + 2


def _draw_fold_marks(canvas: Canvas, page: tuple[float, float]) -> None:
    """Fold marks at thirds of the sheet (105/210 mm on A4) and the punch mark at half height."""
    width, height = page
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    folds = (105 * mm, 210 * mm) if page == A4 else (height / 3, height * 2 / 3)
    for y in folds:
        canvas.line(4 * mm, height - y, 8 * mm, height - y)
    canvas.line(4 * mm, height / 2, 10 * mm, height / 2)


@dataclass(frozen=True)
class Section:
    """One self-contained document inside a PDF (a letter of a batch): own first page, own
    language, own page count."""

    language: Language
    story: list[Flowable]
    recipient: Recipient | None = None
    later_header: str = ""


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Page 2 of 3" within its section."""

    def __init__(self, *args, footer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self._footer = footer
        self.section = 0

    def showPage(self):  # noqa: N802 - ReportLab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        totals: dict[int, int] = {}
        for state in self._saved_pages:
            totals[state["section"]] = totals.get(state["section"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._saved_pages:
            self.__dict__.update(state)
            seen[self.section] = seen.get(self.section, 0) + 1
            self._footer(self, self.section, seen[self.section], totals[self.section])
            super().showPage()
        super().save()


def _draw_footer(canvas: Canvas, shop: ShopProfile, language: Language, page: tuple[float, float],
                 number: int, total: int) -> None:
    sheet = styles(language)
    width, _ = page
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT_MARGIN, 15 * mm, width - RIGHT_MARGIN, 15 * mm)
    contact = "  ·  ".join(_short(p, 60) for p in (shop.name, shop.phone, shop.email)
                           if p.strip())
    left = para(contact, sheet["small"], language)
    left.wrapOn(canvas, (width - LEFT_MARGIN - RIGHT_MARGIN) * 0.7, 10 * mm)
    left.drawOn(canvas, LEFT_MARGIN, 10 * mm)
    right = para(page_label(number, total, language), sheet["small_right"], language)
    right.wrapOn(canvas, 50 * mm, 10 * mm)
    right.drawOn(canvas, width - RIGHT_MARGIN - 50 * mm, 10 * mm)
    canvas.restoreState()


def build_document(
    buffer: BinaryIO,
    shop: ShopProfile,
    language: Language,
    title: str,
    story: list[Flowable],
    *,
    recipient: Recipient | None = None,
    later_header: str = "",
) -> None:
    """Lay out `story` on the shop's paper with letterhead, footer and "Page x of y"; write to
    `buffer`. With a `recipient` the first page has the envelope address field and the
    information block (a letter); without, the story starts right under the letterhead.
    `later_header` (e.g. the case reference) is printed small at the top of pages 2 onwards.
    """
    build_sections(buffer, shop, title, [Section(language, story, recipient, later_header)])


def build_sections(buffer: BinaryIO, shop: ShopProfile, title: str, sections: list[Section]
                   ) -> None:
    """Several documents in one PDF (e.g. a batch of letters), each starting on a new sheet
    with its own letterhead, address field and page numbering."""
    register_fonts()
    page = page_size(shop)
    width, height = page
    body_width = width - LEFT_MARGIN - RIGHT_MARGIN
    current = [-1]

    def frame(top: float, name: str) -> Frame:
        return Frame(LEFT_MARGIN, BOTTOM_MARGIN, body_width, height - top - BOTTOM_MARGIN,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)

    def on_first(canvas: Canvas, _doc) -> None:
        current[0] += 1
        section = sections[current[0]]
        canvas.section = current[0]
        letterhead(canvas, shop, section.language, page)
        if section.recipient:
            _draw_recipient(canvas, section.recipient, section.language, page)
            _draw_fold_marks(canvas, page)

    def on_later(canvas: Canvas, _doc) -> None:
        section = sections[current[0]]
        canvas.section = current[0]
        header = "  ·  ".join(_short(p, 90) for p in (shop.name, section.later_header)
                              if p.strip())
        line = para(header, styles(section.language)["small"], section.language)
        line.wrapOn(canvas, body_width, 10 * mm)
        line.drawOn(canvas, LEFT_MARGIN, height - 15 * mm)

    templates = []
    for index, section in enumerate(sections):
        top = LETTER_BODY_TOP if section.recipient else LETTERHEAD_HEIGHT
        templates.append(PageTemplate(f"first{index}", [frame(top, f"first{index}")],
                                      onPage=on_first, autoNextPageTemplate="later"))
    templates.append(PageTemplate("later", [frame(LATER_PAGE_TOP, "later")], onPage=on_later))
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story += [NextPageTemplate(f"first{index}"), PageBreak()]
        story += section.story

    def footer(canvas: Canvas, section: int, number: int, total: int) -> None:
        _draw_footer(canvas, shop, sections[section].language, page, number, total)

    doc = BaseDocTemplate(
        buffer, pagesize=page, title=title, author=shop.name, creator="Amends",
        leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, initialFontName=LATIN,
        pageTemplates=templates,
    )
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer=footer, **k))
