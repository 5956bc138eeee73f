"""Backups of the archive: taken with SQLite's online backup API, verified, rotated, listed.

A live database file is never copied byte by byte (a copy taken mid-commit, or without its -wal
file, can be corrupt); `sqlite3.Connection.backup` copies a consistent snapshot while the window
keeps working. Each backup is one self-contained file (rollback journal, no -wal) named
`amends-2026-11-23T183005.db` (`-2`, `-3` … if that second is taken), written as `.partial`,
checked with `PRAGMA integrity_check` and only then given its name: a copy that fails its check
is kept as `.failed`, never counted as a backup. One backup at a time per folder (a lock file).

Rotation keeps the newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have
one (grandfather-father-son), and nothing older than 12 months: the promise the erase dialog
makes ("at most 12 months"). Safety copies taken before a restore follow it too (restore.py).
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.archive import wal
from desktop_app.archive.errors import ArchiveInUse
from desktop_app.archive.integrity import folder_writable
from desktop_app.archive.lock import ArchiveLock
from desktop_app.archive.rows import to_datetime
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.problems import Problem, Technical, Text

NAME_FORMAT = "amends-%Y-%m-%dT%H%M%S.db"
_NAME = re.compile(r"^amends-(\d{4}-\d{2}-\d{2}T\d{4}(?:\d{2})?)(?:-(\d+))?\.db$")
_SAFETY = re.compile(r"^before-restore-(\d{4}-\d{2}-\d{2}T\d{6})(?:-(\d+))?\.db$")
DEFAULT_FOLDER_NAME = "backups"
SAFETY_FOLDER_NAME = "safety"
BACKUP_LOCK_NAME = ".amends-backup.lock"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
MAX_AGE = timedelta(days=365)  # "at most 12 months", as the erase dialog promises
_AMENDS_TABLES = {"shop", "customers", "complaints", "events"}


class BackupError(Problem):
    """A backup or restore could not be done; the message (a "Problems" template with its
    values) is for the shop owner."""


@dataclass(frozen=True)
class BackupInfo:
    """What the restore list shows about one backup file (or safety copy).

    `checked` is False when only the counts were read (no integrity check yet); `ok` then means
    "opens and looks like an Amends archive", and the verdict is still to come.
    """

    path: Path
    taken_at: datetime
    ok: bool
    customers: int = 0
    complaints: int = 0
    last_complaint: datetime | None = None
    schema_version: int = 0
    problem: str = ""
    checked: bool = True
    shop_name: str = ""
    safety: bool = False


# Naming and rotation ----------------------------------------------------------------------

def backup_name(now: datetime) -> str:
    return now.strftime(NAME_FORMAT)


def _parse(match: re.Match | None) -> datetime | None:
    if not match:
        return None
    stamp = match.group(1)
    return datetime.strptime(stamp, "%Y-%m-%dT%H%M%S" if len(stamp) == 17 else "%Y-%m-%dT%H%M")


def backup_time(path: Path) -> datetime | None:
    return _parse(_NAME.match(Path(path).name))


def safety_time(path: Path) -> datetime | None:
    return _parse(_SAFETY.match(Path(path).name))


def _order(path: Path, pattern: re.Pattern) -> tuple[datetime, int]:
    """Oldest first: the time in the name, then its counter (a name without either first)."""
    match = pattern.match(path.name)
    if match is None:
        return datetime.min, 0
    return _parse(match) or datetime.min, int(match.group(2) or 1)


def unique_path(folder: Path, name: str) -> Path:
    """`name` in `folder`, or `name-2`, `name-3` … when that (or its leftovers) exists."""
    stem, suffix = name.rsplit(".", 1)
    candidate, number = folder / name, 1
    while any(Path(f"{candidate}{tail}").exists() for tail in ("", ".partial", ".failed")):
        number += 1
        candidate = folder / f"{stem}-{number}.{suffix}"
    return candidate


def backups_to_keep(times: Iterable[datetime], *, now: datetime | None = None) -> set[datetime]:
    """The backup times rotation keeps: newest per day (7), per ISO week (4), per month (12),
    none older than 12 months before `now` (default: the newest time)."""
    newest_first = sorted(set(times), reverse=True)
    if not newest_first:
        return set()
    oldest = (now or newest_first[0]) - MAX_AGE
    newest_first = [t for t in newest_first if t >= oldest]
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


def rotate(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups rotation does not keep; returns the deleted files.

    Only files that look sound count: one with a bad header is renamed `.failed` instead of
    standing in for a good backup. `.failed` files older than 12 months go too.
    """
    folder = Path(folder)
    removed: list[Path] = []
    newest: dict[datetime, Path] = {}
    for path in sorted(folder.glob("amends-*.db"), key=lambda p: _order(p, _NAME)):
        t = backup_time(path)
        if t is None:
            continue
        if not _looks_sound(path):
            _set_aside_failed(path)
            continue
        if t in newest:  # the same second twice: the later copy stands for it
            newest[t].unlink(missing_ok=True)
            removed.append(newest[t])
        newest[t] = path
    keep = backups_to_keep(newest, now=now)
    for t, path in newest.items():
        if t not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    limit = (now or datetime.now()) - MAX_AGE
    for failed in folder.glob("amends-*.db.failed"):
        if datetime.fromtimestamp(_mtime(failed)) < limit:
            failed.unlink(missing_ok=True)
            removed.append(failed)
    return removed


def _looks_sound(path: Path) -> bool:
    """A cheap look (header and length), not a check: enough to not count a torn file."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    if size == 0 or not header.startswith(b"SQLite format 3\x00") or len(header) < 100:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    return size >= (65536 if page_size == 1 else page_size) * pages


def _set_aside_failed(path: Path) -> Path:
    failed = unique_path(path.parent, path.name + ".failed")
    try:
        os.replace(path, failed)
    except OSError:
        return path
    return failed


# Taking backups ---------------------------------------------------------------------------

BACKUP_DIR_SETTING = "backup_dir"  # in the archive: the folder goes with the shop's data


def default_folder(archive_path: Path) -> Path:
    return Path(archive_path).parent / DEFAULT_FOLDER_NAME


def backup_folder(archive) -> Path:
    """The owner's chosen folder (setting `backup_dir`, e.g. a USB stick), else the default."""
    chosen = archive.setting(BACKUP_DIR_SETTING)
    return Path(chosen) if chosen else default_folder(archive.path)


def take_backup(archive_path: Path, folder: Path, now: datetime) -> BackupInfo:
    """Write a verified backup of the archive at `archive_path` into `folder`.

    Opens its own connections, so it may run on a worker thread. The default folder is created
    when missing; a chosen folder that vanished (USB stick unplugged) is an error, never
    re-created. A second backup into the same folder while one runs is refused.
    """
    folder = Path(folder)
    _ensure_folder(folder, default_folder(archive_path))
    with _backup_lock(folder):
        clean_partials(folder)
        target = unique_path(folder, backup_name(now))
        partial = Path(f"{target}.partial")
        try:
            if not Path(archive_path).is_file():
                raise BackupError(_N("Problems", "There is no archive at {path} to back up."),
                                  path=archive_path)
            source = _open_source(Path(archive_path))
            try:
                copy_database(source, partial)
            finally:
                source.close()
        except (sqlite3.Error, OSError) as error:
            _remove(partial)
            raise BackupError(_describe(error, folder)) from error
        info = read_backup(partial)
        if not info.ok:
            failed = _set_aside_failed(partial)
            raise BackupError(_N("Problems", "The backup failed its check, so it was not kept "
                                 "as a backup (set aside as {file}): {problem}"),
                              file=failed.name, problem=info.problem)
        try:
            os.replace(partial, target)
            fsync_folder(folder)
        except OSError as error:
            _remove(partial)
            raise BackupError(_describe(error, folder)) from error
    return _with_path(info, target)


def _open_source(archive_path: Path) -> sqlite3.Connection:
    """A connection to copy from. On a write-protected medium SQLite cannot make the WAL's
    -shm beside the file, so a file without pending WAL frames is read as immutable (a read-only
    Archive copies one with frames into a private folder first, and passes that copy)."""
    if not folder_writable(archive_path.parent) and not wal.has_frames(archive_path):
        return sqlite3.connect(archive_path.resolve().as_uri() + "?immutable=1", uri=True)
    return sqlite3.connect(archive_path)


def _backup_lock(folder: Path) -> ArchiveLock:
    try:
        return ArchiveLock.acquire(folder, "amends backup", name=BACKUP_LOCK_NAME)
    except ArchiveInUse as error:
        raise BackupError(_N("Problems", "A backup is already running into {folder} "
                             "({holder}). Wait for it to finish, then try again."),
                          folder=folder, holder=error.holder) from error
    except OSError as error:
        raise BackupError(_describe(error, folder)) from error
    except Exception as error:  # ArchiveReadOnly: the folder cannot be written
        raise BackupError(_N("Problems", "Amends may not write into {folder}. Choose a "
                             "folder you can write to."), folder=folder) from error


def clean_partials(folder: Path) -> list[Path]:
    """Remove what a killed backup left (`.partial` and its journal): it holds personal data.
    Call only while holding the folder's backup lock."""
    leftovers = [p for p in Path(folder).glob("amends-*.db.partial*") if p.is_file()]
    for path in leftovers:
        _remove(path)
    return leftovers


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Online-backup `source` into a fresh single file at `target`, flushed to disk."""
    _remove(target)
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(copy)
        # A rollback-journal file stands alone: no -wal/-shm next to it on the USB stick.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    fsync_file(target)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows cannot open a folder, nor needs to."""
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# Reading and listing ----------------------------------------------------------------------

def read_backup(path: Path, *, verify: bool = True) -> BackupInfo:
    """Read the counts the restore list shows, checking the file unless `verify=False`;
    never raises."""
    path = Path(path)
    safety = safety_time(path) is not None
    taken_at = backup_time(path) or safety_time(path) or datetime.fromtimestamp(_mtime(path))

    def info(**found) -> BackupInfo:
        return BackupInfo(path=path, taken_at=taken_at, checked=verify, safety=safety, **found)

    try:
        conn = open_read_only(path)
        try:
            if verify:
                verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
                if verdict != "ok":
                    return info(ok=False, problem=Text(_N(
                        "Problems", "The file is damaged ({detail})."),
                        detail=Technical(verdict)))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if not _AMENDS_TABLES <= tables or version < 1:
                return info(ok=False, problem=Text(_N(
                    "Problems", "This file is not an Amends archive.")))
            counts = _counts(conn)
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as error:
        return info(ok=False, problem=_unreadable(error))
    return info(ok=True, schema_version=version, **counts)


def _counts(conn: sqlite3.Connection) -> dict:
    customers = conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    complaints, last = conn.execute(
        "SELECT COUNT(*), MAX(received_at) FROM complaints WHERE deleted_at IS NULL"
    ).fetchone()
    shop = conn.execute("SELECT name FROM shop WHERE id = 1").fetchone()
    return dict(customers=customers, complaints=complaints, last_complaint=to_datetime(last),
                shop_name=shop[0] if shop else "")


def _unreadable(error: BaseException) -> str:
    text = str(error).lower()
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return Text(_N("Problems", "The file is damaged or is not an Amends backup."))
    return Text(_N("Problems", "The file cannot be read ({detail})."),
                detail=Technical(str(error)))


def _with_path(info: BackupInfo, path: Path) -> BackupInfo:
    return BackupInfo(**{**info.__dict__, "path": path, "taken_at": backup_time(path)
                         or info.taken_at})


def backup_files(folder: Path) -> list[Path]:
    """The backups in `folder` by name, newest first; reads nothing inside them."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("amends-*.db") if backup_time(p)]
    return sorted(files, key=lambda p: _order(p, _NAME), reverse=True)


def list_backups(folder: Path, *, verify: bool = True) -> list[BackupInfo]:
    """Every backup in `folder`, newest first (a missing folder lists nothing); `verify=False`
    reads only the counts (fast), leaving the integrity check to a background job."""
    return [read_backup(p, verify=verify) for p in backup_files(folder)]


def safety_folder(archive_path: Path) -> Path:
    return default_folder(archive_path) / SAFETY_FOLDER_NAME


def safety_files(archive_path: Path) -> list[Path]:
    folder = safety_folder(archive_path)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("before-restore-*.db") if safety_time(p)]
    return sorted(files, key=lambda p: _order(p, _SAFETY), reverse=True)


def list_safety_copies(archive_path: Path, *, verify: bool = True) -> list[BackupInfo]:
    """The safety copies taken before each restore (newest first): restoring one undoes it."""
    return [read_backup(p, verify=verify) for p in safety_files(archive_path)]


def latest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes its check; checks only as many as it needs to."""
    for path in backup_files(folder):
        info = read_backup(path)
        if info.ok:
            return info
    return None


def maybe_auto_backup(archive, folder: Path | None, now: datetime) -> BackupInfo | None:
    """The automatic backup on exit: at most one a day, then rotation. None when already done.

    Raises BackupError (plain-language message) when the folder is gone or full.
    """
    folder = Path(folder) if folder else backup_folder(archive)
    if any((t := backup_time(p)) is not None and t.date() == now.date()
           for p in backup_files(folder)):
        return None
    info = take_backup(archive.path, folder, now)
    rotate(folder, now=now)
    from desktop_app.archive.restore import rotate_safety_copies

    rotate_safety_copies(archive.path, now=now)
    return info


# Restoring (restore.py; kept importable from here) -------------------------------------------

def restore_into(archive, backup: Path, now: datetime, *, force: bool = False) -> Path:
    from desktop_app.archive import restore

    return restore.restore_into(archive, backup, now, force=force)


def restore_broken(archive_path: Path, backup: Path, now: datetime) -> Path:
    from desktop_app.archive import restore

    return restore.restore_broken(archive_path, backup, now)


def take_safety_copy(archive_path: Path, now: datetime) -> Path:
    from desktop_app.archive import restore

    return restore.take_safety_copy(archive_path, now)


# Helpers ----------------------------------------------------------------------------------

def _ensure_folder(folder: Path, default: Path) -> None:
    if folder == default:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BackupError(_describe(error, folder)) from error
    elif not folder.is_dir():
        raise BackupError(_N("Problems", "The backup folder {folder} is not there. If it is on "
                             "a USB stick or external disk, plug it in and try again."),
                          folder=folder)


def describe(error: BaseException, folder: Path) -> Text:
    """A plain-language sentence for a failed write into `folder`."""
    text = str(error).lower()
    if getattr(error, "errno", None) == errno.ENOSPC or "full" in text:
        return Text(_N("Problems", "The disk holding {folder} is full. Free some space or "
                       "choose another folder."), folder=folder)
    if isinstance(error, PermissionError) or "read-only" in text or "readonly" in text:
        return Text(_N("Problems", "Amends may not write into {folder}. Choose a folder you can "
                       "write to."), folder=folder)
    if getattr(error, "errno", None) == errno.ENOENT:
        return Text(_N("Problems", "The folder {folder} is not there any more. Plug in the disk "
                       "or choose another."), folder=folder)
    return Text(_N("Problems", "Could not write into {folder}: {detail}"), folder=folder,
                detail=Technical(str(error)))


_describe = describe


def open_read_only(path: Path) -> sqlite3.Connection:
    """Opened so that nothing, not even a journal, is written next to the file."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


_open_read_only = open_read_only


def _remove(path: Path) -> None:
    for tail in ("", "-journal", "-wal", "-shm"):
        try:
            Path(f"{path}{tail}").unlink(missing_ok=True)
        except OSError:
            pass


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
