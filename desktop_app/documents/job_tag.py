"""The job tag: a small label stuck on a returned item so it finds its case again.

62 × 100 mm portrait, the size of a Brother DK-22205 62 mm continuous label cut at 100 mm (also
fine on A4 label sheets cut to size). The reference is the largest thing on it, with a QR code
of it for a scanner, then the customer, the item, when it came in and when it is due. Only the
last four digits of the phone number are printed: the tag travels round the workshop.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame

from desktop_app.documents import form_words as w
from desktop_app.documents.codes import qr_drawing
from desktop_app.documents.fonts import CJK, LATIN_BOLD, register_fonts
from desktop_app.documents.formatting import format_date, is_chinese
from desktop_app.documents.theme import ACCENT, RULE, para, styles
from desktop_app.domain.case_file import CaseFile
from desktop_app.domain.model import Language
from desktop_app.domain.validate import phone_digits

TAG_SIZE = (62 * mm, 100 * mm)
MARGIN = 4 * mm
QR_SIZE = 24 * mm


def masked_phone(phone: str) -> str:
    """Only the last four digits: "•••• 8000"; "" when there is no number."""
    digits = phone_digits(phone)
    return f"•••• {digits[-4:]}" if digits else ""


class _Tag:
    def __init__(self, canvas: Canvas, language: Language):
        self.c, self.lang = canvas, language
        sheet = styles(language)
        self.label = ParagraphStyle("tag_label", sheet["small"], fontSize=6.5, leading=8)
        self.value = ParagraphStyle("tag_value", sheet["body"], fontSize=10, leading=12.5,
                                    spaceAfter=0)
        self.small = ParagraphStyle("tag_small", self.value, fontSize=8.5, leading=10.5)
        self.big = ParagraphStyle("tag_big", self.value, fontName=LATIN_BOLD
                                  if language == "en" else self.value.fontName, fontSize=12,
                                  leading=14, textColor=ACCENT)

    def field(self, key: str, value: str, top: float, width: float, room: float,
              style: ParagraphStyle | None = None) -> float:
        """Label over value, shrunk to fit `room`; returns where the next field starts."""
        flowables = [para(w.say(self.lang, key), self.label, self.lang),
                     para(value or w.say(self.lang, "none"), style or self.value, self.lang)]
        box = KeepInFrame(width, room, flowables, mode="shrink")
        _, height = box.wrapOn(self.c, width, room)
        box.drawOn(self.c, MARGIN, top - height)
        return top - height - 2.2 * mm

    def rule(self, y: float) -> None:
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.5)
        self.c.line(MARGIN, y, TAG_SIZE[0] - MARGIN, y)


def render_job_tag(case: CaseFile, language: Language) -> bytes:
    """The job tag of the case as a one-page PDF of 62 × 100 mm."""
    register_fonts()
    lang = w.code(language)
    width, height = TAG_SIZE
    inner = width - 2 * MARGIN
    c = case.complaint
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=TAG_SIZE, initialFontName=LATIN_BOLD)
    canvas.setTitle(f"{w.say(lang, 'job_tag')} {c.ref}")
    canvas.setAuthor(case.shop.name)
    canvas.setCreator("Amends")
    tag = _Tag(canvas, lang)

    shop = para(case.shop.name or " ", tag.label, lang)
    shop.wrapOn(canvas, inner, 10 * mm)
    shop.drawOn(canvas, MARGIN, height - MARGIN - shop.height)
    tag.rule(height - 10 * mm)
    # The reference as large as the width allows, up to 30 pt.
    # The number in the face of the tag's other text: serif digits among Chinese sans jar.
    face = CJK if is_chinese(language) else LATIN_BOLD
    size = min(30, inner / stringWidth(c.ref, face, 1))
    canvas.setFont(face, size)
    canvas.setFillColor(ACCENT)
    canvas.drawString(MARGIN, height - 11.5 * mm - size * 0.75, c.ref)
    tag.rule(height - 14 * mm - size * 0.75)

    top = height - 16.5 * mm - size * 0.75
    due = format_date(c.resolution_due.date(), lang) if c.resolution_due else ""
    top = tag.field("due", due, top, inner, 11 * mm, tag.big)
    top = tag.field("customer", case.customer.name, top, inner, 11 * mm)
    top = tag.field("phone", masked_phone(case.customer.phone), top, inner, 9 * mm)
    tag.field("item", " · ".join(t for t in (c.product, c.order_no) if t), top, inner, 13 * mm)

    # The QR's own quiet zone (4 modules) lies inside its drawing: let it reach into the margin.
    qr = qr_drawing(c.ref, QR_SIZE)
    renderPDF.draw(qr, canvas, width - MARGIN - QR_SIZE + 1.5 * mm, MARGIN - 1.5 * mm)
    received = format_date(c.received_at.date(), lang)
    tag.field("received", received, MARGIN + 7.5 * mm, inner - QR_SIZE, 8 * mm, tag.small)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
