"""Backups of the archive: taken with SQLite's online backup API, verified, rotated, restored.

A live database file is never copied byte by byte (a copy taken mid-commit, or without its -wal
file, can be corrupt); `sqlite3.Connection.backup` copies a consistent snapshot page by page while
the window keeps working. Each backup is a single self-contained file (rollback journal, no -wal)
named `amends-2026-11-23T1830.db`, checked with `PRAGMA integrity_check` right after it is written.

Rotation keeps the newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have
one (grandfather-father-son); everything else in the folder named like a backup is removed.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.archive import schema
from desktop_app.archive.rows import to_datetime

NAME_FORMAT = "amends-%Y-%m-%dT%H%M.db"
_NAME = re.compile(r"^amends-(\d{4}-\d{2}-\d{2}T\d{4})\.db$")
DEFAULT_FOLDER_NAME = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


class BackupError(Exception):
    """A backup or restore could not be done; the message is for the shop owner."""


@dataclass(frozen=True)
class BackupInfo:
    """What the restore list shows about one backup file."""

    path: Path
    taken_at: datetime
    ok: bool
    customers: int = 0
    complaints: int = 0
    last_complaint: datetime | None = None
    schema_version: int = 0
    problem: str = ""


# Naming and rotation ----------------------------------------------------------------------

def backup_name(now: datetime) -> str:
    return now.strftime(NAME_FORMAT)


def backup_time(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    return datetime.strptime(match.group(1), "%Y-%m-%dT%H%M") if match else None


def backups_to_keep(times: Iterable[datetime]) -> set[datetime]:
    """The backup times rotation keeps: newest per day (7), per ISO week (4), per month (12)."""
    newest_first = sorted(set(times), reverse=True)
    kept: set[datetime] = set()
    periods = [
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ]
    for count, period_of in periods:
        seen: set = set()
        for t in newest_first:
            period = period_of(t)
            if period not in seen and len(seen) < count:
                seen.add(period)
                kept.add(t)
    return kept


def rotate(folder: Path) -> list[Path]:
    """Delete the backups rotation does not keep; returns the deleted files."""
    files = {t: p for p in folder.glob("amends-*.db") if (t := backup_time(p))}
    keep = backups_to_keep(files)
    removed = []
    for t, path in files.items():
        if t not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


# Taking and reading backups ---------------------------------------------------------------

def default_folder(archive_path: Path) -> Path:
    return Path(archive_path).parent / DEFAULT_FOLDER_NAME


def backup_folder(archive) -> Path:
    """The owner's chosen folder (setting `backup_dir`, e.g. a USB stick), else the default."""
    chosen = archive.setting("backup_dir")
    return Path(chosen) if chosen else default_folder(archive.path)


def take_backup(archive_path: Path, folder: Path, now: datetime) -> BackupInfo:
    """Write a verified backup of the archive at `archive_path` into `folder`.

    Opens its own connection, so it may run on a worker thread. The default folder is created when
    missing; a chosen folder that vanished (USB stick unplugged) is an error, never re-created.
    """
    folder = Path(folder)
    _ensure_folder(folder, default_folder(archive_path))
    target = folder / backup_name(now)
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(archive_path)
        try:
            _copy(source, partial)
        finally:
            source.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(_describe(error, folder)) from error
    info = read_backup(target)
    if not info.ok:
        raise BackupError(f"The backup {target} failed its check: {info.problem}")
    return info


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Online-backup `source` into a fresh single file at `target`, flushed to disk."""
    target.unlink(missing_ok=True)
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(copy)
        # A rollback-journal file stands alone: no -wal/-shm next to it on the USB stick.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def read_backup(path: Path) -> BackupInfo:
    """Check a backup file and read the counts the restore list shows; never raises."""
    path = Path(path)
    taken_at = backup_time(path) or datetime.fromtimestamp(_mtime(path))
    try:
        conn = _open_read_only(path)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                return BackupInfo(path, taken_at, ok=False, problem=verdict)
            customers = conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
            complaints, last = conn.execute(
                "SELECT COUNT(*), MAX(received_at) FROM complaints WHERE deleted_at IS NULL"
            ).fetchone()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as error:
        return BackupInfo(path, taken_at, ok=False, problem=str(error))
    return BackupInfo(path, taken_at, True, customers, complaints, to_datetime(last), version)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder`, newest first, each checked (a missing folder lists nothing)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("amends-*.db") if backup_time(p)]
    return sorted((read_backup(p) for p in files), key=lambda b: b.taken_at, reverse=True)


def latest_good_backup(folder: Path) -> BackupInfo | None:
    return next((b for b in list_backups(folder) if b.ok), None)


def maybe_auto_backup(archive, folder: Path | None, now: datetime) -> BackupInfo | None:
    """The automatic backup on exit: at most one a day, then rotation. None when already done.

    Raises BackupError (plain-language message) when the folder is gone or full.
    """
    folder = Path(folder) if folder else backup_folder(archive)
    if any(b.taken_at.date() == now.date() for b in _named(folder)):
        return None
    info = take_backup(archive.path, folder, now)
    rotate(folder)
    return info


def _named(folder: Path) -> list[BackupInfo]:
    """Backups by file name only (no check): enough to know whether today's exists."""
    if not folder.is_dir():
        return []
    return [BackupInfo(p, t, True) for p in folder.glob("amends-*.db") if (t := backup_time(p))]


# Restoring ----------------------------------------------------------------------------------

def restore_into(archive, backup: Path, now: datetime) -> Path:
    """Replace the open archive's content by `backup`; returns the safety copy taken first.

    The backup is copied into the archive's own connection with the backup API, so the same
    Archive object stays valid: the window only needs to reload what it shows.
    """
    info = _restorable(backup)
    safety = take_safety_copy(archive.path, now)
    source = _open_read_only(backup)
    try:
        source.backup(archive.db.conn)
    except sqlite3.Error as error:
        raise BackupError(f"Could not restore {backup}: {error}. The archive kept in {safety} "
                          "is unchanged.") from error
    finally:
        source.close()
    archive.db.conn.execute("PRAGMA journal_mode = WAL")
    if info.schema_version < schema.LATEST_VERSION:
        schema.migrate(archive.db)
    return safety


def restore_broken(archive_path: Path, backup: Path, now: datetime) -> Path:
    """Put `backup` in place of an archive that cannot be opened; returns where the broken one went.

    The broken file (and its -wal/-shm) is moved aside, never deleted: it may still hold the
    latest records for an expert to rescue.
    """
    _restorable(backup)
    archive_path = Path(archive_path)
    aside = archive_path.with_name(f"{archive_path.name}.broken-{now:%Y-%m-%dT%H%M%S}")
    try:
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{archive_path}{suffix}")
            if part.exists():
                os.replace(part, f"{aside}{suffix}")
        source = _open_read_only(backup)
        try:
            _copy(source, archive_path)
        finally:
            source.close()
    except (sqlite3.Error, OSError) as error:
        raise BackupError(_describe(error, archive_path.parent)) from error
    return aside


def take_safety_copy(archive_path: Path, now: datetime) -> Path:
    """A backup of the current archive kept in <backups>/safety, outside rotation."""
    folder = default_folder(archive_path) / "safety"
    target = folder / f"before-restore-{now:%Y-%m-%dT%H%M%S}.db"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(archive_path)
        try:
            _copy(source, target)
        finally:
            source.close()
    except (sqlite3.Error, OSError) as error:
        raise BackupError("No safety copy of the current archive could be made, so nothing "
                          f"was restored: {_describe(error, folder)}") from error
    return target


def _restorable(backup: Path) -> BackupInfo:
    info = read_backup(backup)
    if not info.ok:
        raise BackupError(f"{backup} is not a usable backup: {info.problem}")
    if info.schema_version > schema.LATEST_VERSION:
        raise BackupError(f"{backup} was made by a newer version of Amends.")
    return info


def _ensure_folder(folder: Path, default: Path) -> None:
    if folder == default:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BackupError(_describe(error, folder)) from error
    elif not folder.is_dir():
        raise BackupError(f"The backup folder {folder} is not there. If it is on a USB stick or "
                          "external disk, plug it in and try again.")


def _describe(error: BaseException, folder: Path) -> str:
    """A plain-language sentence for a failed write into `folder`."""
    text = str(error).lower()
    if getattr(error, "errno", None) == errno.ENOSPC or "full" in text:
        return f"The disk holding {folder} is full. Free some space or choose another folder."
    if isinstance(error, PermissionError) or "read-only" in text or "readonly" in text:
        return f"Amends may not write into {folder}. Choose a folder you can write to."
    if getattr(error, "errno", None) == errno.ENOENT:
        return f"The folder {folder} is not there any more. Plug in the disk or choose another."
    return f"Could not write into {folder}: {error}"


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Opened so that nothing, not even a journal, is written next to the file."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
