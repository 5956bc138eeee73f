"""Letter templates: the shop's own words per kind and language, with {placeholders}.

A template is plain text. Paragraphs are separated by blank lines; a single line break stays a
line break. A paragraph starting with "# " is the subject line, "> " a quoted passage, and a
paragraph that is only {remedy_list} becomes a bulleted list. A paragraph is left out when one of
its placeholders has no value for this case (e.g. the voucher sentence when there is no voucher).
Write {{ and }} for literal braces. Sentences that depend on the case's state sit between
{% if NAME %} … {% else %} … {% endif %} (NAME a placeholder or a state in CONDITIONS, `not NAME`
for the opposite); docs/letter-templates.md explains it to the shop owner.
Defaults ship in resources/letters/KIND.LANGUAGE.txt.
"""

from __future__ import annotations

import difflib
import re
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
    "done_summary": _N("Placeholder", "The remedies already carried out, with amounts"),
    "done_list": _N("Placeholder", "The remedies already carried out, one per line, as a list"),
    "agreed_summary": _N("Placeholder", "The remedies agreed but not yet carried out"),
    "agreed_list": _N("Placeholder", "The remedies agreed but not yet carried out, as a list"),
    "agreed_date": _N("Placeholder", "The day the agreed remedies will be carried out"),
    "compensation": _N("Placeholder", "Total money value of the remedies carried out, e.g. ¥38.00"),
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
LIST_PLACEHOLDERS = frozenset({"remedy_list", "done_list", "agreed_list"})
# States a {% if %} can test besides the placeholders (each true or false for one case).
CONDITIONS: dict[str, str] = {
    "remedies_done": _N("Placeholder", "At least one remedy has been carried out"),
    "remedies_agreed": _N("Placeholder", "At least one remedy is agreed but not yet carried out"),
    "resolved": _N("Placeholder", "The case is closed"),
    "follow_up_done": _N("Placeholder", "The follow-up call or visit has taken place"),
    "voucher": _N("Placeholder", "The customer receives a goodwill voucher"),
}
_TAG = re.compile(r"\{%(.*?)%\}", re.S)
_TAG_LINE = re.compile(r"^[ \t]*(\{%.*?%\})[ \t]*(?:\n|$)", re.M)


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


def _suggestion(name: str, condition: bool = False) -> str:
    known = [*PLACEHOLDERS, *CONDITIONS] if condition else list(PLACEHOLDERS)
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if not close:
        return "." if condition else ""
    return f" - did you mean “{close[0]}”?" if condition else f" - did you mean {{{close[0]}}}?"


def expand(body: str, values: dict | None = None) -> str:
    """The template with its {% if %} sections decided for a case whose placeholder and state
    values are `values`; with None, every branch is kept (to check all of them). Raises
    TemplateError for a section that is not closed or a condition nobody knows."""
    body = _TAG_LINE.sub(r"\1", body.replace("\r\n", "\n"))  # a tag's own line disappears
    out, problems = [], []
    stack: list[tuple[bool, bool, int]] = []  # (this branch shown, parent shown, line)
    shown, position = True, 0
    for match in _TAG.finditer(body):
        if shown:
            out.append(body[position:match.start()])
        position = match.end()
        line = body.count("\n", 0, match.start()) + 1
        words = match.group(1).split()
        problem = _tag_problem(words, stack)
        if problem:
            problems.append(f"Line {line}: {problem}")
            if words and words[0] == "if":  # still opens a section, so its endif matches
                stack.append((True, shown, line))
            continue
        if words[0] == "if":
            wanted = _truth(words[1:], values)
            stack.append((wanted, shown, line))
            shown = shown and wanted
        elif words[0] == "else":
            wanted, parent, start = stack.pop()
            stack.append((not wanted if values is not None else True, parent, start))
            shown = parent and stack[-1][0]
        else:  # endif
            shown = stack.pop()[1]
    if shown:
        out.append(body[position:])
    problems += [f"Line {line}: {{% if %}} is never closed with {{% endif %}}."
                 for _, _, line in stack]
    if problems:
        raise TemplateError(problems)
    return "".join(out)


def _tag_problem(words: list[str], stack: list) -> str:
    if not words or words[0] not in ("if", "else", "endif"):
        return "write {% if NAME %}, {% else %} or {% endif %}."
    if words[0] == "if":
        names = words[2:] if len(words) > 1 and words[1] == "not" else words[1:]
        if len(names) != 1:
            return "{% if %} needs one name, e.g. {% if remedies_done %}."
        if names[0] not in PLACEHOLDERS and names[0] not in CONDITIONS:
            return f"unknown name “{names[0]}” in {{% if %}}{_suggestion(names[0], True)}"
    elif len(words) != 1:
        return f"{{% {words[0]} %}} takes no name."
    elif not stack:
        return f"{{% {words[0]} %}} without an {{% if %}} before it."
    return ""


def _truth(words: list[str], values: dict | None) -> bool:
    if values is None:
        return True
    negate = words[0] == "not"
    return bool(values.get(words[-1])) != negate


def parse(body: str, values: dict | None = None) -> list[Block]:
    """The template's paragraphs (its {% if %} sections decided by `values`, or all kept);
    raises TemplateError naming every fault at once."""
    blocks, problems = [], []
    body = expand(body, values)
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
    parts: list[tuple[str, str | None]] = []
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
