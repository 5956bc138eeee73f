"""Letters to a complaining customer (apology, resolution, follow-up) rendered to PDF bytes.

`render_letter` fills a template (the shop's edited one or the default) with the case's facts
and lays it out with the shared theme; `render_batch` puts several letters into one PDF, each on
its own sheets; `message_text` gives the same letter as a plain-text message. User text is
escaped on its way into a PDF.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from io import BytesIO
from typing import cast

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents.fonts import LATIN, markup
from desktop_app.documents.formatting import format_date, format_money, is_chinese, list_join
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
from desktop_app.domain.model import Language, LetterKind, RemedyKind
from desktop_app.i18n import label
from desktop_app.paths import resource

_EXCERPT = {"zh": 90, "en": 220}  # characters of the complaint quoted in a letter
_SENTENCE_END = re.compile(r"[。！？!?.](?=\s|$)|[。！？]")


@cache
def _labels() -> dict[str, dict[str, str]]:
    return json.loads(resource("letters", "labels.json").read_text(encoding="utf-8"))


def phrase(key: str, language: Language, **values: str) -> str:
    """A fixed document phrase (e.g. "Our reference") in `language`, English as fallback."""
    table = _labels().get(language.value) or _labels()["en"]
    return table.get(key, _labels()["en"][key]).format(**values)


def excerpt(text: str, language: Language) -> str:
    """The complaint in brief: whole sentences up to a length a letter can quote, then "…"."""
    text = " ".join(text.split())
    limit = _EXCERPT["zh" if is_chinese(language) else "en"]
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] > limit * 0.4:
        return head[: ends[-1]].rstrip() + ("……" if is_chinese(language) else " […]")
    if not is_chinese(language) and " " in head[int(limit * 0.6):]:
        head = head[: head.rindex(" ")]
    return head.rstrip(" ,;:，、；：") + "…"


def letter_values(context: LetterContext, language: Language
                  ) -> dict[str, str | bool | list[str]]:
    """Every placeholder's value for this case; "" where the case has nothing to say."""
    shop, complaint, lang = context.shop, context.complaint, language

    def money(cents: int) -> str:
        return _unbroken(format_money(cents, shop.currency, lang)) if cents else ""

    def day(value) -> str:
        return _unbroken(format_date(value, lang)) if value else ""

    voucher, follow_up = context.voucher, context.follow_up
    done = [r for r in context.remedies_done if r.kind is not RemedyKind.APOLOGY_ONLY]
    agreed = [r for r in context.remedies_agreed if r.kind is not RemedyKind.APOLOGY_ONLY]
    states: dict[str, str | bool | list[str]] = {
        "remedies_done": bool(done), "remedies_agreed": bool(agreed),
        "resolved": complaint.status.is_closed, "voucher": voucher is not None,
        "follow_up_done": bool(follow_up and follow_up.done_at),
    }
    return states | {
        "done_summary": list_join([_remedy_phrase(r, context, lang) for r in done], lang),
        "done_list": [_remedy_line(r, context, lang) for r in done],
        "agreed_summary": list_join([_remedy_phrase(r, context, lang) for r in agreed], lang),
        "agreed_list": [_remedy_line(r, context, lang) for r in agreed],
        "agreed_date": day(context.agreed_on),
        "customer_name": context.customer.name,
        "customer_address": context.customer.address,
        "case_ref": complaint.ref,
        "received_date": day(complaint.received_at),
        "letter_date": day(context.letter_date),
        "resolve_by": day(complaint.resolution_due),
        "complaint_summary": excerpt(complaint.description, lang),
        "complaint_text": complaint.description,
        "product": complaint.product,
        "order_no": complaint.order_no,
        "improvement": complaint.improvement,
        "remedy_summary": list_join(_remedy_names(context, lang), lang),
        "remedy_list": [_remedy_line(r, context, lang) for r in context.remedies],
        "compensation": money(sum(r.amount_cents for r in done)),
        "voucher_code": voucher.code if voucher else "",
        "voucher_amount": money(voucher.amount_cents) if voucher else "",
        "voucher_expiry": day(voucher.expires_on) if voucher else "",
        "follow_up_date": day(follow_up and (follow_up.done_at or follow_up.due_on)),
        "signer_name": context.signer.name if context.signer else "",
        "shop_name": shop.name,
        "shop_phone": _unbroken(shop.phone),
        "shop_email": shop.email,
        "shop_address": " ".join(shop.address.split()),
    }


def _unbroken(text: str) -> str:
    """Phone numbers, amounts and dates are never split across two lines."""
    return text.replace(" ", "\u00a0")


def _remedy_names(context: LetterContext, language: Language) -> list[str]:
    names = []
    for remedy in context.remedies:
        name = label(remedy.kind, language.value)
        name = name if is_chinese(language) else name.lower()
        if name not in names:
            names.append(name)
    return names


def _amount(remedy, context: LetterContext, language: Language) -> str:
    if not remedy.amount_cents or remedy.kind is RemedyKind.APOLOGY_ONLY:
        return ""
    return _unbroken(format_money(remedy.amount_cents, context.shop.currency, language))


def _remedy_phrase(remedy, context: LetterContext, language: Language) -> str:
    """'refund (¥38.00)' / '退款（¥38.00）': a remedy's kind and its value, for a sentence."""
    name = label(remedy.kind, language.value)
    name = name if is_chinese(language) else name.lower()
    amount = _amount(remedy, context, language)
    if not amount:
        return name
    return f"{name}（{amount}）" if is_chinese(language) else f"{name} ({amount})"


def _remedy_line(remedy, context: LetterContext, language: Language) -> str:
    parts = [label(remedy.kind, language.value)]
    if remedy.description.strip():
        parts.append(remedy.description.strip())
    line = ("：" if is_chinese(language) else ": ").join(parts)
    if remedy.amount_cents and remedy.kind is not RemedyKind.APOLOGY_ONLY:
        amount = format_money(remedy.amount_cents, context.shop.currency, language)
        line += f"（{amount}）" if is_chinese(language) else f" ({amount})"
    return line


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
        text = markup(_fill(block, values, language), language)
        style = {"subject": "subject", "quote": "quote"}.get(block.role, "body_indent")
        if block.role == "text" and first_text:  # the salutation is never indented
            style, first_text = "body", False
        flowables.append(CJKParagraph(text, sheet[style]))
    return flowables


# A Latin word next to a Chinese character gets a space ("Café 期待"), as Chinese typesetting
# asks; digits and symbols stay close ("2026年", "¥38.00").
_SCRIPT_SEAM = re.compile(r"(?<=[A-Za-zÀ-ɏ])(?=[\u3400-\u9fff])"
                          r"|(?<=[\u3400-\u9fff])(?=[A-Za-zÀ-ɏ])")


def _fill(block: Block, values: dict, language: Language) -> str:
    text = "".join(str(values[name]) if name else literal for literal, name in block.parts)
    return _SCRIPT_SEAM.sub(" ", text) if is_chinese(language) else text


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


def message_text(kind: LetterKind, language: Language, context: LetterContext,
                 template: str | None = None) -> str:
    """The letter as a short plain-text message to paste into WeChat, SMS or e-mail: the same
    wording without the quoted complaint, ending with the person responsible and the case
    reference. Raises TemplateError like render_letter."""
    values = letter_values(context, language)
    body = template if template is not None else default_template(kind, language)
    lines: list[str] = []
    for block in parse(body, values):
        if block.role == "subject" or any(not values[n] for n in block.names):
            continue
        if block.role == "list":
            items = cast(list[str], values[block.names[0]])  # a LIST_PLACEHOLDERS value
            lines.append("\n".join(f"• {item}" for item in items))
            continue
        text = _fill(block, values, language).replace("\u00a0", " ")
        lines.append(f"“{text}”" if block.role == "quote" else text)
    signer = context.signer.name if context.signer else ""
    contact = (phrase("message_contact", language, signer_name=signer,
                      shop_name=context.shop.name) if signer else context.shop.name)
    lines.append(f"{contact}\n{phrase('message_ref', language, case_ref=context.complaint.ref)}")
    return "\n\n".join(line.strip() for line in lines if line.strip())
