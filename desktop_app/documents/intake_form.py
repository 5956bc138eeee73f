"""The blank intake form: the New complaint form on paper, for days too busy to type.

The same fields as the app's intake screen, in the same order, with a tick box for every option
of each closed list and ruled lines for free text, so what is written at the counter can be
typed in later field by field. A4 or Letter as the shop chose, with its letterhead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop_app.documents import form_words as w
from desktop_app.documents.fonts import LATIN
from desktop_app.documents.form_parts import (
    GUTTER,
    Styles,
    heading,
    option_grid,
    writing_lines,
)
from desktop_app.documents.formatting import is_chinese
from desktop_app.documents.theme import (
    LEFT_MARGIN,
    RIGHT_MARGIN,
    RULE,
    build_document,
    page_size,
)
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.model import (
    Cause,
    Channel,
    Expectation,
    Feeling,
    Language,
    Severity,
    ShopProfile,
    Spread,
)
from desktop_app.i18n import label

LABEL_WIDTH = 30 * mm
# How many tick boxes stand side by side for each closed list.
# Four columns everywhere (two for a list of two) keep every box on one vertical grid.
COLUMNS = {Channel: 4, Feeling: 4, Expectation: 4, Severity: 4, Spread: 2, Cause: 4,
           Language: 4}
LINE_HEIGHT = 6.5 * mm
# A customer's own words need room (four lines were always too few): as many lines as the
# paper leaves, from the most down to the least, keeping the form on one sheet.
DESCRIPTION_LINES = (9, 8, 7, 6)


# Lists whose option names are too long for a quarter of the space beside a label.
WIDE = frozenset({Cause})


def option_labels(enum: type[CodedEnum], language: Language) -> list[str]:
    """Every option of a closed list in `language`, in the order the app offers them."""
    return [label(member, w.code(language)) for member in enum]


class _Form(Styles):
    def __init__(self, shop: ShopProfile, language: Language):
        super().__init__(w.code(language))
        self.width = page_size(shop)[0] - LEFT_MARGIN - RIGHT_MARGIN
        # A form is read at arm's length while writing: labels in the text colour, at the
        # size of the options, their baseline on the writing line.
        self.field = ParagraphStyle("form_field", self.cell, fontSize=9,
                                    leading=10.5, textColor=self.cell.textColor)

    def say(self, key: str) -> str:
        return w.say(self.lang, key)

    def lines(self, key: str, lines: int = 1) -> Table:
        return writing_lines(self, self.say(key), self.width, lines, LABEL_WIDTH, LINE_HEIGHT,
                             self.field)

    def pair(self, left: str, right: str) -> Table:
        """Two one-line fields side by side; the right one starts on the tick boxes' third
        column, so labels, lines and boxes share one grid."""
        split = LABEL_WIDTH + (self.width - LABEL_WIDTH) / 2
        right_width = self.width - split
        # The right label takes only its own width, so the line is long enough for a
        # phone number written by hand.
        label_width = stringWidth(self.say(right), self.field.fontName, self.field.fontSize)
        label_width = min(max(label_width + 3 * mm, 12 * mm), right_width / 2)
        return _row([writing_lines(self, self.say(left), split - GUTTER, 1, LABEL_WIDTH,
                                   LINE_HEIGHT, self.field),
                     writing_lines(self, self.say(right), right_width, 1, label_width,
                                   LINE_HEIGHT, self.field)],
                    [split, right_width])

    def choice(self, key: str, enum: type[CodedEnum], note: str = "") -> Flowable:
        """A closed list: its label at the left, a tick box per option on a grid."""
        caption = [self.p(self.say(key), self.field)]
        brackets = "（{}）" if is_chinese(self.lang) else " ({})"
        if note:
            caption.append(self.p(brackets.format(self.say(note)), self.label))
        if enum in WIDE:  # long option names get the full width, the caption above them
            grid = option_grid(self, option_labels(enum, self.lang), self.width, COLUMNS[enum],
                               padding=1.8, fit=True)
            words = self.say(key) + (brackets.format(self.say(note)) if note else "")
            table = Table([[self.p(words, self.field)], [grid]],
                          colWidths=[self.width], hAlign="LEFT")
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1),
                                       ("LINEBELOW", (0, -1), (-1, -1), 0.25, RULE),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            return KeepTogether([table])
        grid = option_grid(self, option_labels(enum, self.lang), self.width - LABEL_WIDTH,
                           COLUMNS[enum], padding=1.8)
        table = _row([caption, grid], [LABEL_WIDTH, self.width - LABEL_WIDTH])
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                                   ("TOPPADDING", (0, 0), (0, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return table


def _row(cells: Sequence[object], widths: Sequence[float]) -> Table:
    table = Table([list(cells)], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_intake_form(shop: ShopProfile, language: Language) -> bytes:
    """The blank form as PDF bytes in `language` (zh_TW, zh_CN or en), on the shop's paper,
    on one sheet with as many lines for the customer's words as fit."""
    form = _Form(shop, language)
    for lines in DESCRIPTION_LINES:
        story = _title(form) + _customer(form) + _complaint(form, lines) + _sign_off(form)
        buffer = BytesIO()
        build_document(buffer, shop, form.lang, form.say("intake_form"), story,
                       later_header=form.say("intake_form"))
        if len(_PAGE.findall(buffer.getvalue())) == 1:
            break
    return buffer.getvalue()


_PAGE = re.compile(rb"/Type /Page\b(?!s)")


def _title(f: _Form) -> list[Flowable]:
    box_width = 52 * mm
    office = Table([[f.p(f.say("office_use"), f.label)], [""]], colWidths=[box_width],
                   rowHeights=[None, 9 * mm], hAlign="RIGHT")  # the gutter on its left
    office.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), f.cell.fontName),
                                ("BOX", (0, 1), (-1, 1), 0.6, RULE),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, 0), 2)]))
    left = [f.p(f.say("intake_form"), f.sheet["title"]), f.p(f.say("intake_hint"), f.label)]
    return [_row([left, office], [f.width - box_width - GUTTER, box_width + GUTTER]),
            Spacer(1, 1 * mm)]


def _customer(f: _Form) -> list[Flowable]:
    return heading(f, f.say("customer")) + [
        f.pair("name", "phone"), f.lines("email"), f.lines("address", 2),
        Spacer(1, 1 * mm), _language_and_consent(f)]


def _language_and_consent(f: _Form) -> Table:
    """The languages take three of the four columns; consent, a separate yes, the fourth."""
    quarter = (f.width - LABEL_WIDTH) / 4
    languages = option_grid(f, option_labels(Language, f.lang), quarter * 3, 3, padding=1.8)
    consent = option_grid(f, [f.say("consent")], quarter, 1, padding=1.8)
    table = _row([f.p(f.say("language"), f.field), languages, consent],
                 [LABEL_WIDTH, quarter * 3, quarter])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                               ("LINEBEFORE", (2, 0), (2, -1), 0.25, RULE),
                               ("LEFTPADDING", (2, 0), (2, -1), 2 * mm),
                               ("TOPPADDING", (0, 0), (0, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _complaint(f: _Form, lines: int) -> list[Flowable]:
    return heading(f, f.say("complaint")) + [
        f.pair("received_at", "received_by"), f.choice("channel", Channel),
        Spacer(1, 1 * mm), f.pair("product", "order_no"), f.lines("description", lines),
        Spacer(1, 1 * mm),
        f.choice("feeling", Feeling), f.choice("expectation", Expectation),
        f.choice("severity", Severity), f.choice("spread", Spread),
        f.choice("cause", Cause, note="if_known")]


def _sign_off(f: _Form) -> list[Flowable]:
    return [Spacer(1, 2 * mm), f.pair("signature_staff", "typed_in")]
