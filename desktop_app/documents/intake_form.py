"""The blank intake form: the New complaint form on paper, for days too busy to type.

The same fields as the app's intake screen, in the same order, with a tick box for every option
of each closed list and ruled lines for free text, so what is written at the counter can be
typed in later field by field. A4 or Letter as the shop chose, with its letterhead.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

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
LINE_HEIGHT = 7 * mm


def option_labels(enum: type[CodedEnum], language: object) -> list[str]:
    """Every option of a closed list in `language`, in the order the app offers them."""
    return [label(member, w.code(language)) for member in enum]


class _Form(Styles):
    def __init__(self, shop: ShopProfile, language: object):
        super().__init__(w.code(language))
        self.width = page_size(shop)[0] - LEFT_MARGIN - RIGHT_MARGIN

    def say(self, key: str) -> str:
        return w.say(self.lang, key)

    def lines(self, key: str, lines: int = 1) -> Table:
        return writing_lines(self, self.say(key), self.width, lines, LABEL_WIDTH, LINE_HEIGHT)

    def pair(self, left: str, right: str) -> Table:
        """Two one-line fields side by side; the right one starts on the tick boxes' third
        column, so labels, lines and boxes share one grid."""
        split = LABEL_WIDTH + (self.width - LABEL_WIDTH) / 2
        right_width = self.width - split
        return _row([writing_lines(self, self.say(left), split - GUTTER, 1, LABEL_WIDTH,
                                   LINE_HEIGHT),
                     writing_lines(self, self.say(right), right_width, 1,
                                   (self.width - LABEL_WIDTH) / 4, LINE_HEIGHT)],
                    [split, right_width])

    def choice(self, key: str, enum: type[CodedEnum], note: str = "") -> Table:
        """A closed list: its label at the left, a tick box per option on a grid."""
        caption = [self.p(self.say(key), self.label)]
        if note:
            brackets = "（{}）" if is_chinese(self.lang) else "({})"
            caption.append(self.p(brackets.format(self.say(note)), self.label))
        grid = option_grid(self, option_labels(enum, self.lang), self.width - LABEL_WIDTH,
                           COLUMNS[enum])
        table = _row([caption, grid], [LABEL_WIDTH, self.width - LABEL_WIDTH])
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                                   ("TOPPADDING", (0, 0), (0, -1), 5.5),
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


def render_intake_form(shop: ShopProfile, language: object) -> bytes:
    """The blank form as PDF bytes in `language` (zh_CN or en), on the shop's paper."""
    form = _Form(shop, language)
    story = _title(form) + _customer(form) + _complaint(form) + _sign_off(form)
    buffer = BytesIO()
    build_document(buffer, shop, form.lang, form.say("intake_form"), story,
                   later_header=form.say("intake_form"))
    return buffer.getvalue()


def _title(f: _Form) -> list[Flowable]:
    box_width = 52 * mm
    office = Table([[f.p(f.say("office_use"), f.label)], [""]], colWidths=[box_width],
                   rowHeights=[None, 9 * mm])
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
        Spacer(1, 1.5 * mm), f.choice("language", Language),
        _consent(f)]


def _consent(f: _Form) -> Table:
    grid = option_grid(f, [f.say("consent")], f.width - LABEL_WIDTH, 1)
    return _row(["", grid], [LABEL_WIDTH, f.width - LABEL_WIDTH])


def _complaint(f: _Form) -> list[Flowable]:
    return heading(f, f.say("complaint")) + [
        f.pair("received_at", "received_by"), f.choice("channel", Channel),
        Spacer(1, 1 * mm), f.pair("product", "order_no"), f.lines("description", 5),
        Spacer(1, 2 * mm),
        f.choice("feeling", Feeling), f.choice("expectation", Expectation),
        f.choice("severity", Severity), f.choice("spread", Spread),
        f.choice("cause", Cause, note="if_known")]


def _sign_off(f: _Form) -> list[Flowable]:
    return [Spacer(1, 4 * mm), f.pair("signature_staff", "typed_in")]
