"""`amends letter`: print a letter about one case, or this week's follow-up letters, as a PDF.

Every letter made is logged on its case, exactly as written to the file: the file appears only
once it is logged (on a read-only archive the letter is written and said to be unlogged).
"""

from __future__ import annotations

import argparse
import re
from datetime import date, timedelta
from pathlib import Path

from desktop_app.archive import ArchiveError
from desktop_app.archive.errors import ArchiveReadOnly
from desktop_app.cli import words
from desktop_app.cli.common import CommandError, explain, open_archive, patiently, staged_pdf
from desktop_app.cli.words import say
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Language, LetterKind


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "letter",
        parents=[common],
        help="write a letter about a case (apology, resolution, follow-up) as a PDF",
        description="Write a letter about one case to a PDF and log it on the case, or with "
        "--batch-follow-ups every follow-up letter due in a week as one PDF. The PDF appears "
        "only once its letters are logged: if logging fails (busy archive, full disk) no PDF "
        "is left. On a read-only archive the PDF is written and said to be unlogged.",
    )
    parser.add_argument("ref", nargs="?", metavar="CASE_REF", help="case reference, e.g. 2026-0042")
    parser.add_argument("--kind", choices=[k.value for k in LetterKind],
                        help="which letter (required with CASE_REF)")
    parser.add_argument("--lang", choices=[lang.value for lang in Language],
                        help="letter language (default: the customer's preferred language)")
    parser.add_argument("--signer", metavar="NAME",
                        help="staff member who signs (default: who received the complaint)")
    parser.add_argument("--batch-follow-ups", action="store_true",
                        help="all follow-up letters due in the week, as one PDF")
    parser.add_argument("--week", metavar="YYYY-Www",
                        help="week for --batch-follow-ups, e.g. 2026-W48 (default: this week)")
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="PDF file to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.documents.letters import render_batch, render_letter
    from desktop_app.documents.templates import TemplateError

    if args.batch_follow_ups == bool(args.ref):
        raise CommandError(say(_N("CLI", "give either CASE_REF with --kind, or "
                                  "--batch-follow-ups.")))
    out = Path(args.out)
    archive = _open(args)
    try:
        signer_id = _signer_id(archive, args.signer)
        if args.batch_follow_ups:
            start, end = week_bounds(args.week, archive.now().date())
            jobs = archive.letters.follow_up_batch(start, end, signer_id)
            if not jobs:
                raise CommandError(say(_N("CLI", "no follow-ups are due from {start} to {end}."),
                                        start=start, end=end))
        else:
            jobs = [_case_job(archive, args, signer_id)]
        try:
            pdf = render_batch(jobs)
            singles = [render_letter(j.kind, j.language, j.context, j.template) for j in jobs] \
                if len(jobs) > 1 else [pdf]
        except TemplateError as error:
            raise CommandError(say(_N("CLI", "the letter template cannot be used:\n{error}"),
                                    error=error)) from error
        with staged_pdf(out, pdf):  # the file appears only once its letters are logged
            logged = _log(archive, out, jobs, singles, signer_id)
    finally:
        archive.close()
    print(say(_N("CLI", "{count} letter(s) written to {out}"), count=len(jobs), out=out))
    if not logged:
        print(say(words.LETTER_NOT_LOGGED_RO))
    return 0


def _open(args: argparse.Namespace):
    """The archive for writing; a write-protected one (a backup on a USB stick) read-only, so
    the letter can still be printed, unlogged."""
    try:
        return open_archive(args)
    except CommandError as error:
        if not isinstance(error.__cause__, ArchiveReadOnly):
            raise
    return open_archive(args, read_only=True)


def _log(archive, out: Path, jobs, singles: list[bytes], signer_id: int | None) -> bool:
    """Log every letter in one transaction; False when the archive is read-only. Any other
    failure (busy, full disk) raises, and `staged_pdf` then leaves no file behind."""
    if getattr(archive, "read_only", False):
        return False

    def log_all() -> None:
        with archive.transaction():
            for job, single in zip(jobs, singles, strict=True):
                archive.letters.log_letter(job.context.complaint.id, job.kind, job.language,
                                           single, signer_id)

    try:
        patiently(log_all)
    except ArchiveReadOnly:
        return False
    except (ArchiveError, OSError) as error:
        reason = explain(error, archive.path)
        raise CommandError(say(words.LETTER_REMOVED, out=out, reason=reason)) from error
    return True


def _case_job(archive, args: argparse.Namespace, signer_id: int | None):
    if not args.kind:
        raise CommandError(say(_N("CLI", "--kind is required with CASE_REF.")))
    complaint = archive.cases.complaint_by_ref(args.ref)
    if complaint is None:
        raise CommandError(say(_N("CLI", "no case with reference {ref}."), ref=repr(args.ref)))
    language = Language(args.lang) if args.lang else None
    return archive.letters.letter_job(complaint.id, LetterKind(args.kind), language, signer_id)


def _signer_id(archive, name: str | None) -> int | None:
    if not name:
        return None
    for staff in archive.staff(active_only=False):
        if staff.name.casefold() == name.strip().casefold():
            return staff.id
    known = ", ".join(s.name for s in archive.staff()) or "none"
    raise CommandError(say(_N("CLI", "no staff member called {name} (known: {known})."),
                           name=repr(name), known=known))


def week_bounds(week: str | None, today: date) -> tuple[date, date]:
    """Monday and Sunday of an ISO week "2026-W48", or of the week containing `today`."""
    if not week:
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", week.strip(), re.IGNORECASE)
    try:
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1) if match else None
    except ValueError:
        monday = None
    if monday is None:
        raise CommandError(say(_N("CLI", "--week {week} is not an ISO week like 2026-W48."),
                               week=repr(week)))
    return monday, monday + timedelta(days=6)

