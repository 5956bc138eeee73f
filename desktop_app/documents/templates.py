"""Letter templates: the shop's own words per kind and language, with {placeholders}.

A template is plain text. Paragraphs are separated by blank lines; a single line break stays a
line break. A paragraph starting with "# " is the subject line, "> " a quoted passage, and a
paragraph that is only {remedy_list} becomes a bulleted list. A paragraph is left out when one of
its placeholders has no value for this case (e.g. the voucher sentence when there is no voucher).
Write {{ and }} for literal braces. Defaults ship in resources/letters/KIND.LANGUAGE.txt.
"""

from __future__ import annotations

import difflib
import string
from dataclasses import dataclass

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Language, LetterKind
from desktop_app.paths import resource

# Every placeholder a template may use, with what it stands for (shown in the template editor,
# translated there through the "Placeholder" context).
PLACEHOLDERS: dict[str, str] = {
    "customer_name": _N("Placeholder", "The customer's name"),
    "customer_address": _N("Placeholder", "The customer's postal address"),
    "case_ref": _N("Placeholder", "The case reference, e.g. 2026-0042"),
    "received_date": _N("Placeholder", "The day the complaint was received"),
    "letter_date": _N("Placeholder", "Today's date"),
    "resolve_by": _N("Placeholder", "The date by which the case is to be resolved"),
    "complaint_summary": _N("Placeholder", "The complaint in brief (a short excerpt)"),
    "complaint_text": _N("Placeholder", "The complaint in full"),
    "product": _N("Placeholder", "The product or service complained about"),
    "order_no": _N("Placeholder", "The order or receipt number"),
    "improvement": _N("Placeholder", "What the shop changed so it does not happen again"),
    "remedy_summary": _N("Placeholder", "The remedies in a few words, e.g. 'refund and voucher'"),
    "remedy_list": _N("Placeholder", "Every remedy with details and amount, as a list"),
    "compensation": _N("Placeholder", "Total money value of the remedies, e.g. ¥38.00"),
    "voucher_code": _N("Placeholder", "The goodwill voucher's code"),
    "voucher_amount": _N("Placeholder", "The goodwill voucher's value"),
    "voucher_expiry": _N("Placeholder", "The last day the voucher can be used"),
    "follow_up_date": _N("Placeholder", "The day of the follow-up"),
    "signer_name": _N("Placeholder", "The staff member who signs and takes responsibility"),
    "shop_name": _N("Placeholder", "The shop's name"),
    "shop_phone": _N("Placeholder", "The shop's phone number"),
    "shop_email": _N("Placeholder", "The shop's e-mail address"),
    "shop_address": _N("Placeholder", "The shop's address"),
}
LIST_PLACEHOLDERS = frozenset({"remedy_list"})


class TemplateError(ValueError):
    """A template that cannot be printed; `problems` lists each fault in words for the user."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Block:
    """One paragraph of a template: its role and its parts (literal text, placeholder name)."""

    role: str  # "subject", "quote", "list" or "text"
    parts: tuple[tuple[str, str | None], ...]

    @property
    def names(self) -> list[str]:
        return [name for _, name in self.parts if name]


def default_template(kind: LetterKind, language: Language) -> str:
    """The template shipped with Amends for this kind and language."""
    return resource("letters", f"{kind.value}.{language.value}.txt").read_text(encoding="utf-8")


def _suggestion(name: str) -> str:
    close = difflib.get_close_matches(name, PLACEHOLDERS, n=1, cutoff=0.6)
    return f" - did you mean {{{close[0]}}}?" if close else ""


def parse(body: str) -> list[Block]:
    """The template's paragraphs; raises TemplateError naming every bad placeholder at once."""
    blocks, problems = [], []
    paragraphs = [p.strip("\n") for p in body.replace("\r\n", "\n").split("\n\n")]
    for text in (p for p in paragraphs if p.strip()):
        role = "text"
        if text.startswith("# "):
            role, text = "subject", text[2:]
        elif text.startswith("> "):
            role, text = "quote", text[2:]
        try:
            parts = _parts(text)
        except ValueError as error:
            problems.append(f"Broken braces in “{text[:40]}”: {error}. Write {{{{ and }}}} "
                            "for a literal brace.")
            continue
        names = [n for _, n in parts if n]
        for name in names:
            if name not in PLACEHOLDERS:
                problems.append(f"Unknown placeholder {{{name}}}{_suggestion(name)}")
            elif name in LIST_PLACEHOLDERS and (len(parts) != 1 or role != "text"):
                problems.append(f"{{{name}}} must be a paragraph on its own.")
        if names and names[0] in LIST_PLACEHOLDERS and len(parts) == 1:
            role = "list"
        blocks.append(Block(role, tuple(parts)))
    if not blocks and not problems:
        problems.append("The template is empty.")
    if problems:
        raise TemplateError(problems)
    return blocks


def _parts(text: str) -> list[tuple[str, str | None]]:
    parts = []
    for literal, name, spec, conversion in string.Formatter().parse(text):
        if name is not None and (spec or conversion):
            raise ValueError(f"{{{name}}} takes no format or conversion")
        if name == "":
            raise ValueError("empty placeholder {}")
        if literal and parts and parts[-1][1] is None:  # "{{" splits a literal in two
            parts[-1] = (parts[-1][0] + literal, None)
        elif literal:
            parts.append((literal, None))
        if name is not None:
            parts.append(("", name.strip()))
    return parts


def validate(body: str) -> None:
    """Raise TemplateError if the template could not be printed; used before saving an edit."""
    parse(body)
