"""`amends check`: is the archive sound? Exit 0 when it is, 1 when not, 2 when there is none."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.archive.backup import backup_time, default_folder
from desktop_app.archive.errors import ArchiveError
from desktop_app.archive.integrity import full_check
from desktop_app.paths import archive_path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="check the archive (integrity, links between records, version); exit 1 if damaged",
        description="Check the archive without changing it: SQLite's integrity check, that every "
        "record points at records that exist, and the archive version. Exits 0 when all is well, "
        "1 when something is wrong (then restore a backup: amends restore FILE), 2 when the "
        "folder holds no archive.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = archive_path(args.data_dir)
    if not path.exists():
        print(f"There is no archive in {path.parent}. Nothing was checked or created "
              "(is --data-dir the right folder?).", file=sys.stderr)
        return 2
    try:
        result = full_check(path)
    except ArchiveError as error:
        print(str(error), file=sys.stderr)
        return 2
    print(f"Archive: {path}")
    for line in result.findings:
        print(line)
    if result.ok:
        print("All is well.")
        return 0
    print("Something is wrong: restore a backup (amends restore FILE) or keep a copy of the "
          "file for an expert.")
    newest = _newest_backup(path)
    if newest:
        print(f"The newest backup is {newest}.")
    return 1


def _newest_backup(path: Path) -> Path | None:
    """The newest file in the archive's backups/ folder, by the time in its name."""
    folder = default_folder(path)
    if not folder.is_dir():
        return None
    named = [(backup_time(p), p) for p in folder.glob("amends-*.db") if backup_time(p)]
    return max(named)[1] if named else None
