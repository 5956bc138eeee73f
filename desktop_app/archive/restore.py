"""Restore, all or nothing: the backup is written to a temporary file beside the archive, upgraded,
verified and fsynced, then renamed over amends.db; a kill at any instant leaves either the old
archive or the restored one. A safety copy of the old archive (or, if damaged, the file itself)
is always kept first.

The one subtle step is the old archive's -wal: SQLite would replay a WAL left beside the new file
onto it. A sound archive is checkpointed first (its WAL then holds nothing); a damaged one's WAL
is kept aside with it. Either way no WAL is beside amends.db when the new file takes its name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.archive import schema
from desktop_app.archive.backup import (
    MAX_AGE,
    BackupError,
    BackupInfo,
    backups_to_keep,
    copy_database,
    describe,
    fsync_file,
    fsync_folder,
    open_read_only,
    read_backup,
    safety_files,
    safety_folder,
    safety_time,
    unique_path,
)
from desktop_app.archive.lock import holding
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N

_SIDECARS = ("-wal", "-shm", "-journal")
_TEMP_TAIL = ".restoring"
_OLD_TAIL = ".replaced"  # the archive a restore replaced (its safety copy is kept elsewhere)
step_hook: Callable[[str], None] | None = None  # tests pause or kill between steps here


def _step(name: str) -> None:
    if step_hook is not None:
        step_hook(name)


class OtherShopBackup(BackupError):
    """The backup belongs to another shop; restore it only when the owner says so (`force`)."""

    def __init__(self, backup_shop: str, our_shop: str):
        super().__init__(_N("Problems", "This backup is of the shop “{backup_shop}”, but this "
                            "archive is “{our_shop}”. Nothing was restored."),
                         backup_shop=backup_shop, our_shop=our_shop)
        self.backup_shop, self.our_shop = backup_shop, our_shop


@dataclass(frozen=True)
class PreparedRestore:
    """A verified file beside the archive, ready to take its name (see `commit_restore`)."""

    archive_path: Path
    temp: Path
    backup: BackupInfo
    safety: Path | None  # the safety copy; None when the archive is damaged (kept aside instead)
    now: datetime


# Whether a backup is another shop's -------------------------------------------------------

def _shop_key(name: str) -> str:
    return "".join(name.split()).casefold()


def current_shop(archive_path: Path) -> tuple[str, int]:
    """The shop name and the number of customers + complaints ("", 0 if unreadable)."""
    try:
        conn = open_read_only(archive_path)
        try:
            name = conn.execute("SELECT name FROM shop WHERE id = 1").fetchone()
            held = conn.execute("SELECT (SELECT COUNT(*) FROM customers)"
                                " + (SELECT COUNT(*) FROM complaints)").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return "", 0
    return (name[0] if name else ""), held


def from_another_shop(archive_path: Path, backup: BackupInfo | Path) -> bool:
    """True when the backup is of another shop than the archive: both name their shop, the names
    differ (spaces and case aside), and the archive holds records that the restore would replace.
    An empty or unreadable archive (a new PC, a damaged file) never conflicts."""
    info = backup if isinstance(backup, BackupInfo) else read_backup(backup, verify=False)
    ours, held = current_shop(archive_path)
    if not held or not _shop_key(ours) or not _shop_key(info.shop_name):
        return False
    return _shop_key(ours) != _shop_key(info.shop_name)


# The steps --------------------------------------------------------------------------------

def prepare_restore(archive_path: Path, backup: Path, now: datetime, *, force: bool = False,
                    damaged: bool = False) -> PreparedRestore:
    """Everything slow, on any thread, with the archive untouched: safety copy, then the verified,
    upgraded copy of the backup beside the archive. Hold the archive lock around it."""
    archive_path = Path(archive_path)
    info = _restorable(backup)
    if not force and not damaged and from_another_shop(archive_path, info):
        raise OtherShopBackup(info.shop_name, current_shop(archive_path)[0])
    clean_leftovers(archive_path)
    safety = None if damaged else take_safety_copy(archive_path, now)
    _step("safety-copy")
    temp = Path(f"{archive_path}{_TEMP_TAIL}")
    try:
        source = open_read_only(info.path)
        try:
            copy_database(source, temp)
        finally:
            source.close()
        _step("copied")
        _upgrade(temp)
        _verify(temp)
        fsync_file(temp)
    except (sqlite3.Error, OSError) as error:
        clean_leftovers(archive_path)
        raise BackupError(_N("Problems", "Could not restore {backup}: {problem} The archive is "
                             "unchanged."), backup=backup,
                          problem=describe(error, archive_path.parent)) from error
    except BackupError:
        clean_leftovers(archive_path)
        raise
    if safety is not None:  # done here, off the GUI thread: the commit's checkpoint is then tiny
        with contextlib.suppress(BackupError, sqlite3.Error):
            _checkpoint(archive_path)
    _step("prepared")
    return PreparedRestore(archive_path, temp, info, safety, now)


def commit_restore(prepared: PreparedRestore) -> Path | None:
    """Give the prepared file the archive's name; returns where a damaged archive was kept.

    No connection of this process may be open on the archive (close the window's first).
    """
    path = prepared.archive_path
    aside = None
    try:
        if prepared.safety is None:
            aside = _keep_damaged_aside(path, prepared.now)
        else:
            _checkpoint(path)
        _step("checkpointed")
        for tail in _SIDECARS:  # nothing of the old archive may be replayed onto the new one
            Path(f"{path}{tail}").unlink(missing_ok=True)
        _step("sidecars-removed")
        if prepared.safety is not None and path.exists():
            # The old file's blocks are freed when its last name goes: a big archive takes
            # hundreds of ms for that, so it keeps a second name, removed later (off the GUI).
            old = Path(f"{path}{_OLD_TAIL}")
            old.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                os.link(path, old)
        os.replace(prepared.temp, path)
        fsync_folder(path.parent)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(_N("Problems", "Could not restore: {problem} The archive is "
                             "unchanged."), problem=describe(error, path.parent)) from error
    _step("renamed")
    return aside


def clean_leftovers(archive_path: Path) -> None:
    """Remove what a restore leaves: a killed one's temporary file (it holds personal data)
    and the replaced archive's second name (its safety copy is kept)."""
    temp = Path(f"{archive_path}{_TEMP_TAIL}")
    for tail in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{temp}{tail}").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        Path(f"{archive_path}{_OLD_TAIL}").unlink(missing_ok=True)


def _restorable(backup: Path) -> BackupInfo:
    info = read_backup(backup)
    if not info.ok:
        raise BackupError(_N("Problems", "{backup} is not a usable backup: {problem}"),
                          backup=backup, problem=info.problem)
    if info.schema_version > schema.LATEST_VERSION:
        raise BackupError(_N("Problems", "{backup} was made by a newer version of Amends."),
                          backup=backup)
    return info


def _upgrade(temp: Path) -> None:
    """An older backup is brought to this version before it becomes the archive."""
    conn = sqlite3.connect(temp, isolation_level=None)
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] < schema.LATEST_VERSION:
            from sqlite_utils import Database  # heavy: imported for a restore only

            schema.migrate(Database(conn))
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _verify(temp: Path) -> None:
    info = read_backup(temp)
    if not info.ok:
        raise BackupError(_N("Problems", "The restored copy failed its check ({problem}). The "
                             "archive is unchanged."), problem=info.problem)


def _checkpoint(path: Path) -> None:
    """Move every committed page of the old archive's WAL into its main file."""
    if not path.exists():
        return
    conn = sqlite3.connect(path, timeout=5.0)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()
    if busy:
        raise BackupError(_N("Problems", "The archive is busy in another program, so nothing "
                             "was restored. Close it and try again."))


def _keep_damaged_aside(path: Path, now: datetime) -> Path:
    """Keep the damaged file and its -wal/-shm under a new name, never deleting them."""
    aside = unique_path(path.parent, f"{path.name}.broken-{now:%Y-%m-%dT%H%M%S}")
    for tail in ("", *_SIDECARS):
        part = Path(f"{path}{tail}")
        if part.exists():
            _link_or_copy(part, Path(f"{aside}{tail}"))
    fsync_folder(path.parent)
    return aside


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # instant, and the very same bytes
    except OSError:
        shutil.copyfile(source, target)  # FAT sticks have no hard links
        fsync_file(target)


# Safety copies ----------------------------------------------------------------------------

def take_safety_copy(archive_path: Path, now: datetime) -> Path:
    """A backup of the current archive kept in <backups>/safety, listed in the window so a
    restore can be undone, and rotated like backups (never older than 12 months)."""
    folder = safety_folder(archive_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = unique_path(folder, f"before-restore-{now:%Y-%m-%dT%H%M%S}.db")
        partial = Path(f"{target}.partial")
        source = sqlite3.connect(archive_path)
        try:
            copy_database(source, partial)
        finally:
            source.close()
        os.replace(partial, target)
        fsync_folder(folder)
    except (sqlite3.Error, OSError) as error:
        for leftover in folder.glob("before-restore-*.partial*"):
            leftover.unlink(missing_ok=True)
        raise BackupError(_N("Problems", "No safety copy of the current archive could be "
                             "made, so nothing was restored: {problem}"),
                          problem=describe(error, folder)) from error
    rotate_safety_copies(archive_path, now=now)
    return target


def rotate_safety_copies(archive_path: Path, *, now: datetime) -> list[Path]:
    """Every safety copy of the last 7 days stays (so a recent restore can always be undone);
    older ones are rotated like backups, and none is kept past 12 months."""
    files = safety_files(archive_path)
    times = {p: t for p in files if (t := safety_time(p)) is not None}  # all: safety_files
    keep = backups_to_keep(times.values(), now=now)
    removed = []
    for path, t in times.items():
        if now - t > MAX_AGE or (now - t > timedelta(days=7) and t not in keep):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


# The whole restore ------------------------------------------------------------------------

def restore_into(archive, backup: Path, now: datetime, *, force: bool = False) -> Path:
    """Replace the open archive by `backup`; returns the safety copy taken first.

    The Archive object stays valid: its connection is closed for the rename and reopened on the
    restored file, so the window only needs to reload what it shows.
    """
    with holding(Path(archive.path).parent, "amends restore"):
        prepared = prepare_restore(archive.path, backup, now, force=force)
        finish_restore(archive, prepared)
        clean_leftovers(archive.path)
    assert prepared.safety is not None  # only a restore over a damaged archive takes none
    return prepared.safety


def finish_restore(archive, prepared: PreparedRestore) -> None:
    """The short last step, on the thread that owns `archive`: close, rename, reopen."""
    from desktop_app.archive.archive import Archive

    archive.db.close()
    try:
        commit_restore(prepared)
    finally:
        archive.db = Archive.open(archive.path, archive.clock).db  # every store reads it


def restore_broken(archive_path: Path, backup: Path, now: datetime) -> Path:
    """Put `backup` in place of an archive that cannot be opened; returns where the damaged one
    (with its -wal/-shm) was kept: it may still hold the latest records for an expert."""
    archive_path = Path(archive_path)
    with holding(archive_path.parent, "amends restore"):
        prepared = prepare_restore(archive_path, backup, now, damaged=True)
        aside = commit_restore(prepared)
        clean_leftovers(archive_path)
        assert aside is not None  # a damaged restore always keeps the old file aside
        return aside
