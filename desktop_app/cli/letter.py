"""`amends letter`: print a letter about one case, or this week's follow-up letters, as a PDF.

Every letter made is logged on its case (actions.letters, as the window does), exactly as written
to the file: the file appears only once it is logged (on a read-only archive the letter is
written and said to be unlogged). A batch names on stderr the cases in it and those left out.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from desktop_app.archive import ArchiveError
from desktop_app.archive.errors import ArchiveReadOnly
from desktop_app.cli import words
from desktop_app.cli.common import CommandError, explain, open_archive, patiently, staged_pdf
from desktop_app.cli.words import language, say
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Language, LetterKind
from desktop_app.i18n import translate


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "letter",
        parents=[common],
        help="write a letter about a case (apology, resolution, follow-up) as a PDF",
        description="Write a letter about one case to a PDF and log it on the case, or with "
        "--batch-follow-ups every follow-up letter due by the end of a week (overdue ones "
        "included, only cases whose remedy was carried out) as one PDF, listing on stderr the "
        "cases in the batch and those left out and why. The PDF appears "
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
    from desktop_app.actions import letters as actions
    from desktop_app.documents.templates import TemplateError

    if args.batch_follow_ups == bool(args.ref):
        raise CommandError(say(_N("CLI", "give either CASE_REF with --kind, or "
                                  "--batch-follow-ups.")))
    out = Path(args.out)
    archive = _open(args)
    try:
        signer_id = _signer_id(archive, args.signer)
        if args.batch_follow_ups:
            _start, end = week_bounds(args.week, archive.now().date())
            jobs, selection = archive.letters.follow_up_batch(end, signer_id)
            _tell_batch(jobs, selection, end)
            if not jobs:
                raise CommandError(say(_N("CLI", "no follow-up letter is due up to {end}."),
                                        end=end))
        else:
            jobs = [_case_job(archive, args, signer_id)]
        try:
            made = actions.make_letters(jobs)
        except TemplateError as error:
            raise CommandError(say(_N("CLI", "the letter template cannot be used:\n{error}"),
                                    error=error)) from error
        _warn_unprintable(jobs)
        with staged_pdf(out, made.pdf):  # the file appears only once its letters are logged
            logged = _log(archive, out, made, signer_id)
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


def _warn_unprintable(jobs) -> None:
    """Never a silent □: name the characters no bundled font has, per case, on stderr."""
    from desktop_app.actions import letters as actions

    for job in jobs:
        missing = actions.unprintable(job)
        if missing:
            print(say(_N("CLI", "warning: {ref}: these characters cannot be printed and show as "
                             "□: {chars}"), ref=job.context.complaint.ref,
                      chars=" ".join(missing)), file=sys.stderr)


def _tell_batch(jobs, selection, end: date) -> None:
    """Which cases the batch holds and which it leaves out and why, on stderr (the PDF and the
    summary line stay on stdout)."""
    lines = [say(_N("CLI", "In the batch up to {end} ({count}):"), end=end, count=len(jobs))]
    lines += [f"  {j.context.complaint.ref}  {j.context.customer.name}  "
              f"{j.context.follow_up.due_on}" for j in jobs]
    if selection.left_out:
        lines.append(say(_N("CLI", "Left out ({count}):"), count=len(selection.left_out)))
        lines += [f"  {c.complaint.ref}  {c.customer.name}  "
                  f"{translate(reason.context(), reason.label, language())}"
                  for c, reason in selection.left_out]
    print("\n".join(lines), file=sys.stderr)


def _log(archive, out: Path, made, signer_id: int | None) -> bool:
    """Log every letter in one transaction; False when the archive is read-only. Any other
    failure (busy, full disk) raises, and `staged_pdf` then leaves no file behind."""
    from desktop_app.actions import letters as actions

    if getattr(archive, "read_only", False):
        return False
    try:
        patiently(lambda: actions.log_letters(archive, made, signer_id))
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
    found: date | None
    try:
        found = date.fromisocalendar(int(match[1]), int(match[2]), 1) if match else None
    except ValueError:
        found = None
    if found is None:
        raise CommandError(say(_N("CLI", "--week {week} is not an ISO week like 2026-W48."),
                               week=repr(week)))
    return found, found + timedelta(days=6)

