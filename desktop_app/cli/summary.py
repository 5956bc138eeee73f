"""`amends summary`: the monthly recovery summary of one month as a PDF, for print or e-mail."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import CommandError, open_archive, write_pdf
from desktop_app.cli.words import say
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Language, paper_language


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "summary",
        parents=[common],
        help="write the monthly recovery summary of a month as a PDF",
        description="Write the monthly recovery summary (headline figures against the month "
        "before, causes, 12-month trend, speed, compensation, open and overdue cases, repeat "
        "complainers, improvements, and a notes page defining every figure) as a PDF.",
    )
    parser.add_argument("--month", metavar="YYYY-MM", required=True,
                        help="the month of complaints received, e.g. 2026-10")
    parser.add_argument("--lang", choices=[lang.value for lang in Language],
                        help="report language (default: the shop's language)")
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="PDF file to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.documents.summary import render_summary
    from desktop_app.domain.metrics import summarise
    from desktop_app.domain.reporting import Period

    try:
        period = Period.parse_month(args.month)
    except ValueError as error:
        raise CommandError(f"--month: {error}") from error
    out = Path(args.out)
    archive = open_archive(args, read_only=True)
    try:
        language = paper_language(args.lang, None, archive.shop())
        pdf = render_summary(summarise(archive.reporting.report_inputs(period)), language)
    finally:
        archive.close()
    write_pdf(out, pdf)
    print(say(_N("CLI", "Summary of {month} written to {out} ({size:,} bytes)"), month=args.month,
              out=out, size=len(pdf)))
    return 0
