"""`amends export-customer ID_OR_PHONE --out FILE.zip` and `amends erase-customer ID_OR_PHONE
--yes`: a customer's right to a copy of their data and to be forgotten, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.backup import KEEP_MONTHLY
from desktop_app.archive.integrity import storage_problem
from desktop_app.archive.lock import ArchiveLock
from desktop_app.cli.common import CommandError, open_archive
from desktop_app.domain.queries import CustomerMatch
from desktop_app.paths import archive_path

_WHO = ("ID_OR_PHONE: the customer's number in Amends (as shown on their page, e.g. 42 or #42) "
        "or their phone number in any format; a phone that fits several customers lists them "
        "and changes nothing.")
_ERASE_TEXT = (
    "Erase all personal data of one customer. Their name, phone, e-mail, address and notes are "
    "removed, and so is what they told the shop in their complaints; their letters and "
    "attachments are deleted, and their name, phone, e-mail and address are replaced by "
    "[erased] wherever else they were typed (root causes, reasons, other cases, the intake "
    "draft). Their complaints stay, anonymised, so the shop's statistics stay true. "
    "THIS CANNOT BE UNDONE. Backups made before the erasure (<data dir>/backups, safety copies "
    "of restores included) still hold the customer's data until rotation deletes them: at most "
    f"{KEEP_MONTHLY} months. Copies kept elsewhere (amends export all, a USB stick) are not "
    "rotated: delete them yourself. Refuses while the Amends window has the archive open.")


_WHO_HELP = "the customer's number (as shown in the window) or phone"


def register(subparsers, common: argparse.ArgumentParser) -> None:
    export = subparsers.add_parser(
        "export-customer", parents=[common],
        help="write everything held about one customer into a zip (their right to a copy)",
        description="Write everything held about one customer into FILE.zip, as the Export "
        "button on their page does: customer.json with their record, complaints, remedies, "
        "follow-ups, checklist and audit trail, their letters as PDF and their attachments. "
        "The zip is written whole or not at all. " + _WHO)
    export.add_argument("who", metavar="ID_OR_PHONE", help=_WHO_HELP)
    export.add_argument("--out", metavar="FILE.zip", required=True,
                        help="the zip to write (replaced whole if it exists)")
    export.set_defaults(handler=run_export)
    erase = subparsers.add_parser(
        "erase-customer", parents=[common],
        help="erase one customer's personal data for good (cannot be undone; needs --yes)",
        description=_ERASE_TEXT + " " + _WHO)
    erase.add_argument("who", metavar="ID_OR_PHONE", help=_WHO_HELP)
    erase.add_argument("--yes", action="store_true",
                       help="really erase: without it nothing is changed")
    erase.set_defaults(handler=run_erase)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    archive = open_archive(args, read_only=True)
    try:
        customer = _one_customer(archive, args.who)
        archive.privacy.export_customer(customer.id, out)
    except OSError as error:
        raise CommandError(f"Cannot write {out}: {storage_problem(error)}") from error
    finally:
        archive.close()
    print(f"Exported the data held about customer #{customer.id} ({customer.complaints} "
          f"complaint(s)) to {out}.")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    data_dir = archive_path(args.data_dir).parent
    archive = open_archive(args)
    try:
        customer = _one_customer(archive, args.who)
        if archive.customers.customer(customer.id).erased:
            raise CommandError(f"Customer #{customer.id} is already erased.")
        if not args.yes:
            raise CommandError(
                f"This would erase customer #{customer.id} {customer.name} "
                f"({customer.complaints} complaint(s) anonymised). It cannot be undone, and "
                f"backups keep the data for up to {KEEP_MONTHLY} months. Nothing was changed; "
                "to erase, run the same command with --yes.")
        with ArchiveLock.acquire(data_dir, "amends erase-customer"):
            erasure = archive.privacy.erase_customer(customer.id)
    except ArchiveError as error:  # ArchiveInUse: the window has it open, and says whose
        raise CommandError(str(error)) from error
    except OSError as error:  # the transaction rolled back: nothing erased
        raise CommandError(f"Nothing was erased: {storage_problem(error)}") from error
    finally:
        archive.close()
    print(f"Erased customer #{customer.id}: {erasure.complaints} complaint(s) anonymised, in "
          f"{erasure.seconds:.1f} s.")
    if not erasure.free_space_cleaned:
        print("The old values could not yet be overwritten in the file's free space (is the "
              "disk full?); Amends finishes this the next time a customer is erased.")
    return 0


def _one_customer(archive: Archive, who: str) -> CustomerMatch:
    matches = archive.privacy.customers_matching(who)
    if not matches:
        raise CommandError(f"No customer has the number or phone {who!r}.")
    if len(matches) > 1:
        listed = "\n".join(f"  #{m.id}  {m.name}  {m.phone}  {m.complaints} complaint(s)"
                           for m in matches)
        raise CommandError(f"{who!r} fits {len(matches)} customers; nothing was done. Give "
                           f"the number of the one you mean:\n{listed}")
    return matches[0]
