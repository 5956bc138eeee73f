"""`amends restore FILE`: put a backup in place of the archive, keeping a safety copy first."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.backup import BackupError, restore_broken, restore_into
from desktop_app.archive.integrity import quick_check
from desktop_app.cli.common import CommandError
from desktop_app.paths import archive_path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "restore",
        parents=[common],
        help="replace the archive by a backup (a safety copy of the current one is kept)",
        description="Replace the archive's content by the backup FILE. Asks nothing. First a "
        "safety copy of the current archive goes to <data dir>/backups/safety/; a damaged "
        "archive that cannot be copied is moved aside as amends.db.broken-<time> instead.",
    )
    parser.add_argument("file", metavar="FILE", help="the backup to restore (amends-….db)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path, backup, now = archive_path(args.data_dir), Path(args.file), datetime.now()
    if not backup.is_file():
        raise CommandError(f"There is no file {backup}.")
    try:
        if quick_check(path):
            aside = restore_broken(path, backup, now)
            print(f"The archive was damaged; it was moved aside to {aside}.")
            Archive.open(path).close()  # brings an older backup up to the current version
        else:
            archive = Archive.open(path)
            try:
                aside = restore_into(archive, backup, now)
            finally:
                archive.close()
            print(f"Safety copy of the archive as it was: {aside}")
    except (BackupError, ArchiveError) as error:
        raise CommandError(str(error)) from error
    print(f"Restored {backup} into {path}.")
    return 0
