"""`amends case-sheet`, `amends job-tag` and `amends intake-form`: the paper side of a case.

The case sheet is the whole case to hand over or file; the job tag a 62 × 100 mm label for a
returned item; the intake form a blank sheet to fill by hand at a busy counter.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import CommandError, open_archive, write_pdf
from desktop_app.cli.words import say
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Language, paper_language


def register(subparsers, common: argparse.ArgumentParser) -> None:
    sheet = subparsers.add_parser(
        "case-sheet", parents=[common], help="write the case sheet of one case as a PDF",
        description="Write one whole case as a PDF: reference and QR code, customer, complaint, "
        "recovery checklist, remedies, follow-ups, timeline and attachment thumbnails.")
    sheet.add_argument("ref", metavar="CASE_REF", help="the case reference, e.g. 2026-0012")
    sheet.add_argument("--full-attachments", action="store_true",
                       help="also print each image attachment on a page of its own")
    tag = subparsers.add_parser(
        "job-tag", parents=[common], help="write a 62 × 100 mm job tag for a returned item",
        description="Write a job tag (62 × 100 mm, for Brother DK-22205 62 mm continuous "
        "labels cut at 100 mm) with the reference, QR code, customer, item and due date.")
    tag.add_argument("ref", metavar="CASE_REF", help="the case reference, e.g. 2026-0012")
    form = subparsers.add_parser(
        "intake-form", parents=[common], help="write a blank complaint intake form as a PDF",
        description="Write a blank complaint intake form with the shop's letterhead, to fill in "
        "by hand and type in later.")
    for parser, handler in ((sheet, run_case_sheet), (tag, run_job_tag), (form, run_form)):
        parser.add_argument("--lang", choices=[lang.value for lang in Language],
                            help="language (default: the customer's, or the shop's)")
        parser.add_argument("--out", metavar="FILE.pdf", required=True, help="PDF file to write")
        parser.set_defaults(handler=handler)


def _case(archive, ref: str, full: bool = False):
    complaint = archive.cases.complaint_by_ref(ref.strip())
    if complaint is None:
        raise CommandError(say(_N("CLI", "no case with the reference {ref}"), ref=repr(ref)))
    return archive.case_files.case_file(complaint.id, full_attachments=full)


def _write(out: Path, pdf: bytes, what: str) -> int:
    write_pdf(out, pdf)
    print(say(_N("CLI", "{what} written to {out} ({size:,} bytes)"), what=what, out=out,
              size=len(pdf)))
    return 0


def run_case_sheet(args: argparse.Namespace) -> int:
    from desktop_app.documents.case_sheet import render_case_sheet

    archive = open_archive(args, read_only=True)
    try:
        case = _case(archive, args.ref, args.full_attachments)
    finally:
        archive.close()
    language = paper_language(args.lang, case.customer, case.shop)
    pdf = render_case_sheet(case, language, full_attachments=args.full_attachments)
    return _write(Path(args.out), pdf,
                  say(_N("CLI", "Case sheet of {ref}"), ref=case.complaint.ref))


def run_job_tag(args: argparse.Namespace) -> int:
    from desktop_app.documents.job_tag import render_job_tag

    archive = open_archive(args, read_only=True)
    try:
        case = _case(archive, args.ref)
    finally:
        archive.close()
    language = paper_language(args.lang, None, case.shop)
    return _write(Path(args.out), render_job_tag(case, language),
                  say(_N("CLI", "Job tag of {ref}"), ref=case.complaint.ref))


def run_form(args: argparse.Namespace) -> int:
    from desktop_app.documents.intake_form import render_intake_form

    archive = open_archive(args, read_only=True)
    try:
        shop = archive.shop()
    finally:
        archive.close()
    pdf = render_intake_form(shop, paper_language(args.lang, None, shop))
    return _write(Path(args.out), pdf, say(_N("CLI", "Blank intake form")))
