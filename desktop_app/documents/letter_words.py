"""A letter's wording without typesetting: every placeholder's value for a case, fixed phrases,
the complaint's excerpt, and the letter as a plain-text message. Pure Python (no ReportLab), so
the letter dialog can show the wording without the PDF machinery's import on the GUI thread.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import cast

from desktop_app.documents.formatting import format_date, format_money, is_chinese, list_join
from desktop_app.documents.templates import Block, default_template, parse
from desktop_app.domain.letter_context import LetterContext
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


# A Latin word next to a Chinese character gets a space ("Café 期待"), as Chinese typesetting
# asks; digits and symbols stay close ("2026年", "¥38.00").
_SCRIPT_SEAM = re.compile(r"(?<=[A-Za-zÀ-ɏ])(?=[\u3400-\u9fff])"
                          r"|(?<=[\u3400-\u9fff])(?=[A-Za-zÀ-ɏ])")


def fill_block(block: Block, values: dict, language: Language) -> str:
    text = "".join(str(values[name]) if name else literal for literal, name in block.parts)
    return _SCRIPT_SEAM.sub(" ", text) if is_chinese(language) else text


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
        text = fill_block(block, values, language).replace("\u00a0", " ")
        lines.append(f"“{text}”" if block.role == "quote" else text)
    signer = context.signer.name if context.signer else ""
    contact = (phrase("message_contact", language, signer_name=signer,
                      shop_name=context.shop.name) if signer else context.shop.name)
    lines.append(f"{contact}\n{phrase('message_ref', language, case_ref=context.complaint.ref)}")
    return "\n\n".join(line.strip() for line in lines if line.strip())
