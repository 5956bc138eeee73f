"""Letters as user actions: make them (pure, any thread), log them (one transaction), edit the
wording of one letter, and save or restore a shop's template (validated here, not in the archive).
Only making the PDF needs ReportLab, imported then (on the PDF worker in the window).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import cast

from desktop_app.documents.letter_words import letter_values, message_text
from desktop_app.documents.templates import default_template, parse, validate
from desktop_app.domain.letter_context import LetterJob
from desktop_app.domain.model import Language, LetterKind, LetterRecord


@dataclass(frozen=True)
class MadeLetters:
    """Letters rendered and not yet logged: one PDF of all, and each letter's own PDF."""

    jobs: tuple[LetterJob, ...]
    pdf: bytes
    singles: tuple[bytes, ...]
    edited: bool = False


def template_of(job: LetterJob) -> str:
    return job.template if job.template is not None else default_template(job.kind, job.language)


def check_templates(jobs: list[LetterJob]) -> None:
    """Raise TemplateError now, so a misspelt placeholder is reported before anything is drawn."""
    for job in jobs:
        parse(template_of(job))


def make_letters(jobs: list[LetterJob], edited: bool = False) -> MadeLetters:
    """Render `jobs` (plain data in, bytes out: safe on the PDF worker). Raises TemplateError."""
    # Imported here: ReportLab's first import takes ~100 ms, a stall were it on the GUI thread.
    from desktop_app.documents.letters import render_batch

    singles = tuple(render_batch([job]) for job in jobs)
    pdf = render_batch(jobs) if len(jobs) > 1 else singles[0]
    return MadeLetters(tuple(jobs), pdf, singles, edited)


def log_letters(archive, made: MadeLetters, staff_id: int | None) -> list[LetterRecord]:
    """Log every letter with the PDF exactly as printed, in one transaction. A logged letter
    is a record of what the customer was sent: it is not undone (the letter is on paper)."""
    with archive.transaction():
        return [archive.letters.log_letter(job.context.complaint.id, job.kind, job.language, pdf,
                                   staff_id, edited=made.edited)
                for job, pdf in zip(made.jobs, made.singles, strict=True)]


def letter_wording(job: LetterJob) -> str:
    """The letter's text for this case, placeholders filled and left-out sentences gone, in the
    template's own notation ('# ' subject, '> ' quote), for the owner to edit before printing."""
    values = letter_values(job.context, job.language)
    paragraphs = []
    for block in parse(template_of(job), values):
        if any(not values[name] for name in block.names):
            continue
        if block.role == "list":
            items = cast(list[str], values[block.names[0]])  # a LIST_PLACEHOLDERS value
            paragraphs.append("\n".join(f"• {item}" for item in items))
            continue
        text = "".join(str(values[n]) if n else literal for literal, n in block.parts)
        prefix = {"subject": "# ", "quote": "> "}.get(block.role, "")
        paragraphs.append(prefix + text.replace("\u00a0", " "))
    return "\n\n".join(paragraphs)


def edited_job(job: LetterJob, wording: str) -> LetterJob:
    """The same letter printed with the owner's wording: braces are literal text in it, so the
    wording is a template without placeholders (the shop's template stays unchanged)."""
    escaped = wording.replace("{", "{{").replace("}", "}}").replace("{{%", "{{\u200b%")
    return replace(job, template=escaped)


def message(job: LetterJob) -> str:
    """The letter as a plain-text message for WeChat, SMS or e-mail."""
    return message_text(job.kind, job.language, job.context, job.template)


def unprintable(job: LetterJob, wording: str | None = None) -> list[str]:
    """Characters of this letter no bundled font can print (warned about before printing)."""
    from desktop_app.documents.fonts import missing_characters  # ReportLab: see make_letters

    customer = job.context.customer
    text = wording if wording is not None else letter_wording(job)
    return missing_characters("\n".join([customer.name, customer.address, text]))


def template_text(archive, kind: LetterKind, language: Language) -> str:
    """The wording a template editor shows: the shop's own, else the shipped default."""
    own = archive.letters.letter_template(kind, language)
    return own if own is not None else default_template(kind, language)


def save_template(archive, kind: LetterKind, language: Language, body: str,
                  staff_id: int | None) -> str | None:
    """Store the shop's wording (raises TemplateError, nothing saved, if it cannot print);
    wording equal to the default forgets the edit. Returns the previous own wording, for undo."""
    validate(body)
    before = archive.letters.letter_template(kind, language)
    if body.strip() == default_template(kind, language).strip():
        archive.letters.restore_letter_template(kind, language, staff_id)
    else:
        archive.letters.save_letter_template(kind, language, body, staff_id)
    return before


def restore_template(archive, kind: LetterKind, language: Language, staff_id: int | None
                     ) -> str | None:
    """Use the shipped wording again; returns the own wording it replaced, for undo."""
    before = archive.letters.letter_template(kind, language)
    archive.letters.restore_letter_template(kind, language, staff_id)
    return before


def undo_template(archive, kind: LetterKind, language: Language, before: str | None,
                  staff_id: int | None) -> None:
    """Put back the wording `save_template` or `restore_template` replaced."""
    if before is None:
        archive.letters.restore_letter_template(kind, language, staff_id)
    else:
        archive.letters.save_letter_template(kind, language, before, staff_id)
