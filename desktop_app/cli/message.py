"""`amends message`: a letter about one case as a short plain-text message, on stdout, to paste
into WeChat, an SMS or an e-mail. Reads the archive only; nothing is logged."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import CommandError, open_archive
from desktop_app.cli.words import say
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Language, LetterKind


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "message", parents=[common],
        help="print a letter about a case as a plain-text message (WeChat, SMS, e-mail)",
        description="Print the apology, resolution or follow-up letter of one case as a short "
        "plain-text message, naming the case reference and the person responsible. The "
        "archive is only read.")
    parser.add_argument("ref", metavar="CASE_REF", help="case reference, e.g. 2026-0042")
    parser.add_argument("--kind", choices=[k.value for k in LetterKind], required=True,
                        help="which letter")
    parser.add_argument("--lang", choices=[lang.value for lang in Language],
                        help="language (default: the customer's preferred language)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.actions import letters as actions
    from desktop_app.documents.templates import TemplateError

    archive = open_archive(args, read_only=True)
    try:
        complaint = archive.cases.complaint_by_ref(args.ref)
        if complaint is None:
            raise CommandError(say(_N("CLI", "no case with reference {ref}."),
                                   ref=repr(args.ref)))
        language = Language(args.lang) if args.lang else None
        assert complaint.id is not None  # a stored complaint has its id
        job = archive.letters.letter_job(complaint.id, LetterKind(args.kind), language)
    finally:
        archive.close()
    try:
        text = actions.message(job)
    except TemplateError as error:
        raise CommandError(say(_N("CLI", "the letter template cannot be used:\n{error}"),
                               error=error)) from error
    print(text)
    return 0
