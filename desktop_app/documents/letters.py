"""Letters to a complaining customer (apology, resolution, follow-up) rendered to PDF bytes.

`render_letter` fills a template (the shop's edited one or the default) with the case's facts
(documents/letter_words.py) and lays it out with the shared theme; `render_batch` puts several
letters into one PDF, each on its own sheets. User text is escaped on its way into a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents.fonts import LATIN, markup
from desktop_app.documents.formatting import format_date, format_money, is_chinese
from desktop_app.documents.letter_words import (  # noqa: F401 - message_text, excerpt: re-exported
    excerpt,
    fill_block,
    letter_values,
    message_text,
    phrase,
)
from desktop_app.documents.paragraphs import CJKParagraph
from desktop_app.documents.templates import Block, default_template, parse
from desktop_app.documents.theme import (
    ACCENT,
    RULE,
    TINT,
    Recipient,
    Section,
    build_sections,
    para,
    styles,
)
from desktop_app.domain.letter_context import LetterContext, LetterJob
from desktop_app.domain.model import Language, LetterKind


def _paragraphs(blocks: list[Block], values: dict, language: Language) -> list[Flowable]:
    sheet = styles(language)
    flowables: list[Flowable] = []
    first_text = True
    for block in blocks:
        if any(not values[name] for name in block.names):
            continue  # this case has nothing to fill in: the sentence is left out
        if block.role == "list":
            flowables += [CJKParagraph(markup(item, language), sheet["letter_bullet"],
                                       bulletText="•")
                          for item in values[block.names[0]]]
            flowables.append(Spacer(1, sheet["body"].spaceAfter))
            continue
        text = markup(fill_block(block, values, language), language)
        style = {"subject": "subject", "quote": "quote"}.get(block.role, "body_indent")
        if block.role == "text" and first_text:  # the salutation is never indented
            style, first_text = "body", False
        flowables.append(CJKParagraph(text, sheet[style]))
    return flowables


def _signature(context: LetterContext, language: Language, closing: Flowable | None
               ) -> Flowable:
    """The closing words, room to sign, the signer's name and the shop: kept on one page."""
    sheet = styles(language)
    parts = [closing] if closing else []
    parts.append(Spacer(1, 12 * mm))
    if context.signer:
        parts.append(para(context.signer.name, sheet["signature"], language))
    shop_line = phrase("for_shop", language, shop_name=context.shop.name)
    parts.append(para(shop_line, sheet["signature_small"], language))
    return KeepTogether(parts)


def _voucher_slip(context: LetterContext, language: Language) -> Flowable:
    """A cut-off coupon with the voucher's code, value and expiry, boxed and tinted."""
    voucher, sheet = context.voucher, styles(language)
    assert voucher is not None  # the slip is only made for a letter with a voucher
    value = format_money(voucher.amount_cents, context.shop.currency, language)
    left = [para(phrase("voucher_title", language), sheet["heading"], language),
            para(phrase("voucher_note", language, shop_name=context.shop.name), sheet["small"],
                 language)]
    facts = [(phrase("voucher_code", language), voucher.code),
             (phrase("voucher_valid", language), format_date(voucher.expires_on, language))]
    if voucher.amount_cents:
        facts.insert(1, (phrase("voucher_value", language), value))
    right = [para(f"{name}:  {text}" if not is_chinese(language) else f"{name}：{text}",
                  sheet["body" if i else "strong"], language) for i, (name, text)
             in enumerate(facts)]
    coupon = Table([[left, right]], colWidths=[85 * mm, 80 * mm])
    # A table sets its cells' default font even for cells holding only Paragraphs: name an
    # embedded one, or Helvetica (not embedded) ends up in the PDF.
    coupon.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("BOX", (0, 0), (-1, -1), 1, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    cut = Table([[para(phrase("cut_here", language), sheet["small_right"], language)]],
                colWidths=[165 * mm])
    cut.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN),
                             ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE, 0, (3, 3)),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 8 * mm), cut, Spacer(1, 3 * mm), coupon])


def _section(job: LetterJob) -> Section:
    language, context = job.language, job.context
    values = letter_values(context, language)
    blocks = parse(job.template if job.template is not None
                   else default_template(job.kind, language), values)
    body = _paragraphs(blocks, values, language)
    closing = body.pop() if body and isinstance(body[-1], Paragraph) else None
    story = [*body, _signature(context, language, closing)]
    if job.kind is LetterKind.RESOLUTION and context.voucher:
        story.append(_voucher_slip(context, language))
    return Section(language, story, _recipient(context, language), context.complaint.ref)


def _recipient(context: LetterContext, language: Language) -> Recipient:
    shop, customer = context.shop, context.customer
    info = [(phrase("ref", language), context.complaint.ref)]
    if context.letter_date:
        info.append((phrase("date", language), format_date(context.letter_date, language)))
    if context.signer:
        info.append((phrase("contact", language), context.signer.name))
    if shop.phone:
        info.append((phrase("phone", language), shop.phone))
    lines = [customer.name, *[line for line in customer.address.splitlines() if line.strip()]]
    return_line = " · ".join(p for p in (shop.name, " ".join(shop.address.split())) if p)
    return Recipient(lines, return_line, info)


def render_letter(kind: LetterKind, language: Language, context: LetterContext,
                  template: str | None = None) -> bytes:
    """The letter as PDF bytes. Raises TemplateError (before drawing anything) for a template
    with unknown placeholders."""
    return render_batch([LetterJob(kind, language, context, template)])


def render_batch(jobs: Sequence[LetterJob]) -> bytes:
    """Several letters in one PDF, each starting on a new sheet with its own page numbers."""
    if not jobs:
        raise ValueError("no letters to render")
    sections = [_section(job) for job in jobs]  # every template checked before any drawing
    first = jobs[0]
    title = (phrase("letter_title", first.language, customer_name=first.context.customer.name)
             if len(jobs) == 1 else phrase("batch_title", first.language))
    buffer = BytesIO()
    build_sections(buffer, first.context.shop, title, sections)
    return buffer.getvalue()


