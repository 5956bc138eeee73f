"""`amends backup [--to DIR]`: a verified online backup of the archive, then rotation."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop_app.archive.backup import BackupError, default_folder, rotate, take_backup
from desktop_app.archive.integrity import folder_writable
from desktop_app.archive.restore import rotate_safety_copies
from desktop_app.cli.common import CommandError, open_archive
from desktop_app.paths import archive_path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "backup",
        parents=[common],
        help="back up the archive (verified; old backups rotated: 7 daily, 4 weekly, 12 monthly)",
        description="Write a verified backup named amends-YYYY-MM-DDTHHMMSS.db with SQLite's "
        "online "
        "backup API (safe while the window is open), then delete the backups rotation does not "
        "keep: the newest of each of the last 7 days, 4 weeks and 12 months, none older than "
        "12 months. One backup at a time per folder; a copy that fails its check is kept as "
        ".failed and never counts as a backup.",
    )
    parser.add_argument("--to", metavar="DIR",
                        help="folder for the backup, created if its parent exists (default: "
                        "the folder chosen in the app, else <data dir>/backups)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    source = archive_path(args.data_dir)
    # A write-protected stick or folder can still be backed up somewhere else: read it
    # read-only (the archive may then be a private snapshot: name folders from `source`).
    read_only = source.parent.is_dir() and not folder_writable(source.parent)
    archive = open_archive(args, read_only=read_only)
    try:
        chosen = archive.setting("backup_dir")
        folder = Path(args.to) if args.to else Path(chosen) if chosen else default_folder(source)
        if args.to:
            _make_folder(folder)
        now = datetime.now()
        info = take_backup(archive.path, folder, now)
        removed = rotate(folder, now=now)
        if not read_only:
            removed += rotate_safety_copies(source, now=now)
    except OSError as error:
        raise CommandError(f"Could not rotate the backups in {folder}: {error}") from error
    except BackupError as error:
        raise CommandError(str(error)) from error
    finally:
        archive.close()
    print(f"Backed up to {info.path}: {info.customers} customers, {info.complaints} complaints; "
          f"check passed.")
    if removed:
        print(f"Rotation removed {len(removed)} older backup(s).")
    return 0


def _make_folder(folder: Path) -> None:
    """An explicit --to folder is created, but not its parents: a missing drive stays an error."""
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise BackupError(f"Cannot use the folder {folder} ({error.strerror}). If it is on a "
                          "USB stick or external disk, plug it in and try again.") from error
