"""`amends restore FILE [--force]`: put a backup in place of the archive, all or nothing, keeping a
safety copy first; refused while a window or another job has the archive."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.backup import BackupError
from desktop_app.archive.integrity import quick_check
from desktop_app.archive.lock import ArchiveLock
from desktop_app.archive.restore import OtherShopBackup, restore_broken, restore_into
from desktop_app.cli.common import CommandError
from desktop_app.paths import archive_path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "restore",
        parents=[common],
        help="replace the archive by a backup (a safety copy of the current one is kept)",
        description="Replace the archive by the backup FILE, all or nothing. Asks nothing. "
        "First a safety copy of the current archive goes to <data dir>/backups/safety/ (restore "
        "it to undo); a damaged archive is kept aside as amends.db.broken-<time> instead. "
        "Refused while the Amends window or another job has the archive open.",
    )
    parser.add_argument("file", metavar="FILE", help="the backup to restore (amends-….db)")
    parser.add_argument("--force", action="store_true",
                        help="restore even a backup of another shop (another shop name)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path, backup, now = archive_path(args.data_dir), Path(args.file), datetime.now()
    if not backup.is_file():
        raise CommandError(f"There is no file {backup}.")
    if not path.parent.is_dir():
        raise CommandError(f"There is no folder {path.parent}. Check --data-dir.")
    try:
        with ArchiveLock.acquire(path.parent, "amends restore"):
            _restore(path, backup, now, args.force)
    except OtherShopBackup as error:
        raise CommandError(f"{error} If it is your own shop under an older name, or you mean "
                           "it, run again with --force.") from error
    except (BackupError, ArchiveError) as error:
        raise CommandError(str(error)) from error
    print(f"Restored {backup} into {path}.")
    return 0


def _restore(path: Path, backup: Path, now: datetime, force: bool) -> None:
    problem = quick_check(path) if path.exists() else "There was no archive yet."
    if problem:
        aside = restore_broken(path, backup, now)
        if path.exists() and aside.exists():
            print(f"{problem} The damaged archive was moved aside to {aside} (nothing deleted).")
        return
    archive = Archive.open(path)
    try:
        safety = restore_into(archive, backup, now, force=force)
    finally:
        archive.close()
    print(f"Safety copy of the archive as it was (restore it to undo): {safety}")
