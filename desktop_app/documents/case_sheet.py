"""The case sheet: one whole complaint on paper, to hand over, attach to a returned item or keep
in a folder. Letterhead, the reference as text and QR code, every field of the complaint and the
customer, the five recovery steps with who and when, remedies, follow-ups, the full timeline and
the attachments as thumbnails (optionally as full pages at the end).

Takes a CaseFile, returns PDF bytes; knows nothing of the archive. Every piece of user text goes
through para(), which escapes it and finds a font for every character.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.documents import form_words as w
from desktop_app.documents.codes import qr_drawing
from desktop_app.documents.fonts import CJK, LATIN_BOLD
from desktop_app.documents.form_parts import (
    GUTTER,
    Styles,
    TickBox,
    field_grid,
    heading,
    ruled_table,
)
from desktop_app.documents.formatting import format_date, format_money, is_chinese
from desktop_app.documents.theme import (
    BOTTOM_MARGIN,
    LATER_PAGE_TOP,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    build_document,
    page_size,
)
from desktop_app.domain.case_file import CaseFile
from desktop_app.domain.model import Language, RecoveryStep
from desktop_app.domain.queries import TimelineEntry
from desktop_app.i18n import label, translate

QR_SIZE = 24 * mm
THUMB_COLUMNS = 4
THUMB_HEIGHT = 32 * mm
# A changed value longer than this is cut in the timeline: the full text is printed above.
TIMELINE_VALUE_CHARS = 160
# Root cause and improvement up to this length share one row with the cause.
SHORT_TEXT = 120


class _Sheet(Styles):
    """The case, its language, styles, the usable width and the words of the sheet."""

    def __init__(self, case: CaseFile, language: Language):
        super().__init__(w.code(language))
        self.case = case
        self.page = page_size(case.shop)
        self.width = self.page[0] - LEFT_MARGIN - RIGHT_MARGIN
        # The reference in the face of the text around it: a serif number among Chinese sans
        # text looks like a foreign body.
        self.ref = ParagraphStyle("sheet_ref", self.sheet["title"],
                                  fontName=CJK if is_chinese(language) else LATIN_BOLD,
                                  fontSize=24, leading=28, spaceAfter=0)
        self.colon = "：" if is_chinese(language) else ": "

    def say(self, key: str, **values) -> str:
        return w.say(self.lang, key, **values)

    def when(self, value) -> str:
        return w.when(value, self.lang)

    def day(self, value: date | None) -> str:
        return format_date(value, self.lang) if value else self.say("none")

    def money(self, cents: int) -> str:
        return format_money(cents, self.case.shop.currency, self.lang)

    def enum(self, member) -> str:
        return label(member, self.lang) if member is not None else self.say("none")

    def text(self, value: str) -> str:
        return value.strip() or self.say("none")


def render_case_sheet(case: CaseFile, language: Language, full_attachments: bool = False
                      ) -> bytes:
    """The case sheet as PDF bytes in `language` (zh_CN or en). With `full_attachments`, each
    image attachment whose full file the CaseFile carries gets a page of its own at the end."""
    sheet = _Sheet(case, language)
    story = (_header(sheet) + _customer(sheet) + _complaint(sheet) + _checklist(sheet)
             + _recovery(sheet) + _timeline(sheet) + _thumbnails(sheet))
    if full_attachments:
        story += _full_pages(sheet)
    ref = case.complaint.ref
    buffer = BytesIO()
    build_document(buffer, case.shop, sheet.lang, f"{sheet.say('case_sheet')} {ref}", story,
                   later_header=f"{sheet.say('case_sheet')} · {ref}")
    return buffer.getvalue()


def _header(s: _Sheet) -> list[Flowable]:
    """Reference big at the left, status and dates under it, the QR code flush right."""
    c = s.case.complaint
    left = [s.p(s.say("case_sheet").upper() if s.lang == "en" else s.say("case_sheet"),
                s.head),
            s.p(c.ref, s.ref),
            Spacer(1, 1.5 * mm),
            s.p(f"{s.say('status')}{s.colon}{label(c.status, s.lang)}", s.prose),
            s.p(f"{s.say('received_at')}{s.colon}{s.when(c.received_at)}  ·  "
                f"{s.say('printed_on', date=format_date(date.today(), s.lang))}", s.label)]
    table = Table([[left, qr_drawing(c.ref, QR_SIZE)]],
                  colWidths=[s.width - QR_SIZE, QR_SIZE], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.cell.fontName),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _customer(s: _Sheet) -> list[Flowable]:
    cu = s.case.customer
    pairs = [(s.say("name"), s.text(cu.name)), (s.say("phone"), s.text(cu.phone)),
             (s.say("email"), s.text(cu.email)),
             (s.say("language"), s.enum(cu.language)),
             (s.say("consent"), w.yes_no(cu.consent, s.lang)),
             (s.say("customer_since"), s.day(cu.created_at.date() if cu.created_at else None)),
             (s.say("segment"), s.enum(cu.segment)), (s.say("care"), s.enum(cu.care)),
             (s.say("address"), s.text(cu.address))]
    story = heading(s, s.say("customer")) + [field_grid(s, pairs, s.width, columns=3)]
    return story + _long_text(s, "notes", cu.notes)


def _complaint(s: _Sheet) -> list[Flowable]:
    c = s.case.complaint
    pairs = [(s.say("received_at"), s.when(c.received_at)),
             (s.say("channel"), s.enum(c.channel)),
             (s.say("received_by"), s.case.staff_name(c.received_by) or s.say("none")),
             (s.say("product"), s.text(c.product)), (s.say("order_no"), s.text(c.order_no)),
             (s.say("severity"), s.enum(c.severity)),
             (s.say("feeling"), s.enum(c.feeling)), (s.say("expectation"), s.enum(c.expectation)),
             (s.say("spread"), s.enum(c.spread)),
             (s.say("response_due"), s.when(c.response_due)),
             (s.say("resolution_due"), s.when(c.resolution_due)),
             (s.say("acknowledged_at"), s.when(c.acknowledged_at)),
             (s.say("first_response_at"), s.when(c.first_response_at)),
             (s.say("closed_at"), s.when(c.closed_at)),
             (s.say("reopen_count"), str(c.reopen_count)), (s.say("cause"), s.enum(c.cause))]
    texts = ("root_cause", "improvement")
    short = all(len(getattr(c, key)) <= SHORT_TEXT for key in texts)
    if short:  # the diagnosis completes the grid's last row
        pairs += [(s.say(key), s.text(getattr(c, key))) for key in texts]
    story = heading(s, s.say("complaint")) + [field_grid(s, pairs, s.width, columns=3)]
    story += _long_text(s, "description", c.description, always=True)
    if not short:  # long explanations read better at full width, and may run over a page
        for key in texts:
            story += _long_text(s, key, getattr(c, key), always=True)
    return story + _long_text(s, "not_accepted_options", c.not_accepted_options)


def _long_text(s: _Sheet, key: str, value: str, always: bool = False) -> list[Flowable]:
    """A free-text field at full width: label, then the text, which may run over pages."""
    if not value.strip() and not always:
        return []
    label_para = s.p(s.say(key), ParagraphStyle("long_label", s.label, spaceBefore=3,
                                                 keepWithNext=1))
    body = s.p(s.text(value), ParagraphStyle("long_text", s.prose, spaceAfter=4))
    return [label_para, body]


def _checklist(s: _Sheet) -> list[Flowable]:
    ticks = {t.step: t for t in s.case.checklist}
    rows = []
    for step in RecoveryStep:
        tick = ticks.get(step)
        rows.append([TickBox(ticked=tick is not None), s.enum(step),
                     s.case.staff_name(tick.done_by) if tick else "",
                     s.when(tick.done_at) if tick else s.say("not_yet"),
                     tick.note if tick else ""])
    widths = [7 * mm, 32 * mm, 30 * mm, 40 * mm]
    widths.append(s.width - sum(widths))
    header = ["", s.say("step"), s.say("done_by"), s.say("done_at"), s.say("note")]
    return heading(s, s.say("checklist")) + [ruled_table(s, header, rows, widths)]


def _recovery(s: _Sheet) -> list[Flowable]:
    """Remedies and follow-ups; one short line when the case has neither yet."""
    if s.case.remedies or s.case.follow_ups:
        return _remedies(s) + _follow_ups(s)
    title = f"{s.say('remedies')} · {s.say('follow_ups')}"
    return heading(s, title) + [s.p(s.say("nothing_recorded"), s.label)]


def _remedies(s: _Sheet) -> list[Flowable]:
    story = heading(s, s.say("remedies"))
    remedies = s.case.remedies
    if not remedies:
        return story + [s.p(s.say("nothing_recorded"), s.label)]
    rows = [[s.enum(r.kind), r.description,
             "\n".join(t for t in (s.day(r.given_on), s.case.staff_name(r.given_by)) if t),
             w.yes_no(r.accepted, s.lang), s.money(r.amount_cents), s.money(r.cost_cents)]
            for r in remedies]
    total = [s.say("total"), "", "", "", s.money(sum(r.amount_cents for r in remedies)),
             s.money(sum(r.cost_cents for r in remedies))]
    widths = [30 * mm, 0, 36 * mm, 16 * mm, 22 * mm, 22 * mm]
    widths[1] = s.width - sum(widths)
    header = [s.say("kind"), s.say("details"), s.say("given"), s.say("accepted"), s.say("amount"),
              s.say("cost")]
    return story + [ruled_table(s, header, rows, widths, right=(4, 5), total=total)]


def _follow_ups(s: _Sheet) -> list[Flowable]:
    story = heading(s, s.say("follow_ups"))
    if not s.case.follow_ups:
        return story + [s.p(s.say("nothing_recorded"), s.label)]
    rows = []
    for f in s.case.follow_ups:
        done = ("\n".join(t for t in (s.day(f.done_at.date() if f.done_at else None),
                                     s.case.staff_name(f.done_by)) if t)
                if f.done_at else s.say("not_yet"))
        score = s.say("out_of_five", n=f.satisfaction) if f.satisfaction else s.say("none")
        result = "\n".join(t for t in (f.still_wrong, f.notes) if t.strip())
        rows.append([s.day(f.due_on), s.enum(f.method), done, score,
                     w.yes_no(f.recovery_accepted, s.lang), w.yes_no(f.will_return, s.lang),
                     result])
    widths = [30 * mm, 14 * mm, 30 * mm, 18 * mm, 16 * mm, 17 * mm]
    widths.append(s.width - sum(widths))
    header = [s.say("due_on"), s.say("method"), s.say("done"), s.say("satisfaction"),
              s.say("accepted"), s.say("will_return"), s.say("result")]
    return story + [ruled_table(s, header, rows, widths)]


def timeline_text(entry: TimelineEntry, language: Language) -> tuple[str, str]:
    """(what happened, the clerk's words) of a timeline entry in `language`."""
    text = translate("Timeline", entry.summary, language)
    if entry.field_label and (entry.old or entry.new):

        def shown(value: str) -> str:
            if entry.value_context:
                value = translate(entry.value_context, value, language)
            return value if len(value) <= TIMELINE_VALUE_CHARS else (
                value[:TIMELINE_VALUE_CHARS].rstrip() + "…")

        field = translate("Field", entry.field_label, language)
        colon = "：" if is_chinese(language) else ": "
        old, new = shown(entry.old), shown(entry.new)
        values = f"{old} → {new or '—'}" if old else new
        # "Status changed: Status …" says the field twice; name it only when the summary doesn't.
        if field.lower() in text.lower():
            text += colon + values
        else:
            text += f" — {field}{colon}{values}"
    return text, entry.detail


def _timeline(s: _Sheet) -> list[Flowable]:
    detail_style = ParagraphStyle("detail", s.cell, textColor=s.label.textColor)
    rows = []
    for entry in s.case.timeline:
        what, detail = timeline_text(entry, s.lang)
        cell = [s.p(what)] + ([s.p(detail, detail_style)] if detail.strip() else [])
        rows.append([s.when(entry.at), entry.staff_name, cell])
    widths = [40 * mm, 30 * mm]
    widths.append(s.width - sum(widths))
    header = [s.say("when"), s.say("who"), s.say("what")]
    return heading(s, s.say("timeline")) + [ruled_table(s, header, rows, widths)]


def _image(data: bytes, max_width: float, max_height: float) -> Image | None:
    """An image scaled to fit the box, or None when the bytes are not a readable image."""
    if not data:
        return None
    try:
        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - a broken picture must not stop the case sheet
        return None
    scale = min(max_width / width, max_height / height)
    image = Image(BytesIO(data), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image


def _thumbnails(s: _Sheet) -> list[Flowable]:
    attachments = s.case.attachments
    if not attachments:
        return []
    column = (s.width - GUTTER * (THUMB_COLUMNS - 1)) / THUMB_COLUMNS
    cells = []
    for a in attachments:
        picture = _image(a.thumbnail, column, THUMB_HEIGHT) or s.p(s.say("no_file_preview"),
                                                                    s.label)
        cells.append([picture, Spacer(1, 1 * mm), s.p(a.filename, s.label)])
    rows: list[list[Any]] = [cells[i:i + THUMB_COLUMNS]
                             for i in range(0, len(cells), THUMB_COLUMNS)]
    rows[-1] += [""] * (THUMB_COLUMNS - len(rows[-1]))
    widths = [column + GUTTER] * (THUMB_COLUMNS - 1) + [column]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.cell.fontName),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-2, -1), GUTTER),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
    # The heading goes to the next page with its first row of pictures, never alone.
    room = CondPageBreak(THUMB_HEIGHT + 26 * mm)
    return [room, *heading(s, s.say("attachments")), table]


def _full_pages(s: _Sheet) -> list[Flowable]:
    """Each readable image attachment on a page of its own, as large as the page allows."""
    room = s.page[1] - LATER_PAGE_TOP - BOTTOM_MARGIN - 20 * mm
    story: list[Flowable] = []
    for a in s.case.attachments:
        picture = _image(a.data, s.width, room) if a.mime.startswith("image/") else None
        if picture is None:
            continue
        story += [PageBreak(), s.p(f"{s.say('attachment_pages')} · {a.filename}", s.section),
                  picture]
    return story

