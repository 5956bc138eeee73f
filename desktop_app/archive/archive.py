"""Archive: the SQLite file that holds the shop's complaint memory, opened safely.

One Archive per thread (sqlite3 connections are not shared across threads). Every user action runs
inside `transaction()`, so a crash leaves either the old state or the new one, never half of it.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from desktop_app.archive import integrity, schema, wal
from desktop_app.archive.attachments import AttachmentStore
from desktop_app.archive.case_file import CaseFileStore
from desktop_app.archive.cases import CaseStore
from desktop_app.archive.customer_archive import CustomerArchiveStore
from desktop_app.archive.customers import CustomerStore
from desktop_app.archive.drafts import DraftStore
from desktop_app.archive.errors import (
    ArchiveDamaged,
    ArchiveError,
    ArchiveMissing,
    ArchiveReadOnly,
)
from desktop_app.archive.follow_ups import FollowUpStore
from desktop_app.archive.intelligence import IntelligenceStore
from desktop_app.archive.letters import LetterStore
from desktop_app.archive.privacy import PrivacyStore
from desktop_app.archive.recovery import RecoveryStore
from desktop_app.archive.remedies import RemedyStore
from desktop_app.archive.reporting import ReportingStore
from desktop_app.archive.rows import shop_from_row, staff_from_row, to_text
from desktop_app.archive.sql import insert_row
from desktop_app.domain.model import ShopProfile, Staff

# WAL lets the window read while a save commits; synchronous=FULL makes every commit durable
# through a power cut too (NORMAL may lose the last commits), at the cost of one fsync per save.
_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)

_READ_ONLY_FOLDER = ("Amends may not write in {folder}, so it cannot save anything there. "
                     "The archive can still be opened read-only, to look, print and export.")
_READ_ONLY_ARCHIVE = "This archive is open read-only, so nothing can be changed or saved."


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ArchiveReadOnly(_READ_ONLY_FOLDER.format(folder=folder)) from error
        raise ArchiveError(f"The folder {folder} cannot be made "
                           f"({error.strerror or error}).") from error


def _user_version(path: Path) -> int:
    """The schema version in the header (bytes 60-63), read without SQLite."""
    with open(path, "rb") as handle:
        header = handle.read(64)
    return int.from_bytes(header[60:64], "big")


class Archive(CustomerStore, CaseStore, RecoveryStore, RemedyStore, FollowUpStore,
              AttachmentStore, CustomerArchiveStore, LetterStore, ReportingStore, DraftStore,
              PrivacyStore, CaseFileStore):
    def __init__(self, db: Database, path: Path, clock: Callable[[], datetime] = datetime.now,
                 *, read_only: bool = False):
        self.db = db
        self.path = path
        self._clock = clock
        self.read_only = read_only
        self._private: tempfile.TemporaryDirectory | None = None  # a read-only snapshot's folder
        self.intelligence = IntelligenceStore(db, self.now, self.transaction, self.log_event)

    @classmethod
    def open(cls, path: Path | str, clock: Callable[[], datetime] = datetime.now, *,
             create: bool = True, read_only: bool = False) -> Archive:
        """Open and upgrade the archive at `path`; judged sound after SQLite's WAL recovery.

        Raises ArchiveMissing (no file and not `create`; nothing is created), ArchiveDamaged
        (empty, not a database, or SQLite rejects it), ArchiveReadOnly (the folder or file cannot
        be written: `read_only=True` opens it without writing anything), ArchiveBusy, ArchiveError.
        """
        path = Path(path)
        if not path.exists():
            if not create or read_only:
                raise ArchiveMissing(f"There is no archive in {path.parent}.")
            _make_folder(path.parent)
        elif path.is_dir():  # not damage: nothing was lost, the name is taken by a folder
            raise ArchiveError(f"{path} is a folder, not an archive file. Choose another folder "
                               "for the archive, or rename that folder.")
        else:
            problem = integrity.header_problem(path)
            if problem:
                raise ArchiveDamaged(problem)
        if read_only:
            return cls._open_read_only(path, clock)
        if not integrity.folder_writable(path.parent) or (
                path.exists() and not os.access(path, os.W_OK)):
            raise ArchiveReadOnly(_READ_ONLY_FOLDER.format(folder=path.parent))
        conn = None
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
            for pragma in _PRAGMAS:
                conn.execute(pragma)
            return cls._judged(conn, path, clock)
        except BaseException as error:
            if conn is not None:
                conn.close()
            if isinstance(error, sqlite3.Error) and not isinstance(error, ArchiveError):
                raise integrity.storage_error(error, path) from error
            raise

    @classmethod
    def reader(cls, path: Path | str, clock: Callable[[], datetime] = datetime.now) -> Archive:
        """A read-only view, for a worker thread, of an archive another connection has opened
        (SQLite connections are one per thread): judged and upgraded by that opening, so no
        check here; it sees the last commit and can write nothing. Close it on the same thread.
        """
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                               isolation_level=None, timeout=5.0)
        try:
            conn.execute("PRAGMA query_only = 1")
            conn.execute("PRAGMA busy_timeout = 5000")
        except BaseException:
            conn.close()
            raise
        return cls(Database(conn, execute_plugins=False), Path(path), clock, read_only=True)

    @classmethod
    def _judged(cls, conn: sqlite3.Connection, path: Path, clock, *, migrate: bool = True,
                read_only: bool = False) -> Archive:
        """The light check, then the upgrade; every failure as an ArchiveError."""
        try:
            problem = integrity.light_problem(conn, path)
            if problem:
                raise ArchiveDamaged(problem)
            db = Database(conn, execute_plugins=False)  # no entry-point scan at start-up
            if migrate:
                schema.migrate(db)
            elif db.execute("PRAGMA user_version").fetchone()[0] > schema.LATEST_VERSION:
                raise schema.NewerArchiveError(0)
        except schema.NewerArchiveError as error:
            raise ArchiveError(f"{path} was written by a newer version of Amends; "
                               "update Amends to open it.") from error
        except (sqlite3.Error, OSError) as error:
            raise integrity.storage_error(error, path) from error
        return cls(db, path, clock, read_only=read_only)

    @classmethod
    def _open_read_only(cls, path: Path, clock) -> Archive:
        """Open without writing a byte to the file, its WAL or its folder.

        No WAL: `immutable=1` (SQLite writes nothing, not even a -shm). A WAL with frames, or an
        archive that needs an upgrade: SQLite's read-only mode would create or rewrite the -shm,
        so a private snapshot (file and WAL) is opened in a temporary folder instead.
        """
        needs_upgrade = _user_version(path) < schema.LATEST_VERSION
        if not wal.has_frames(path) and not needs_upgrade:
            conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True,
                                   isolation_level=None)
            try:
                conn.execute("PRAGMA query_only = 1")
                return cls._judged(conn, path, clock, migrate=False, read_only=True)
            except BaseException:
                conn.close()
                raise
        private = tempfile.TemporaryDirectory(prefix="amends-read-only-")
        try:
            copy = Path(private.name) / path.name
            shutil.copyfile(path, copy)
            if wal.has_frames(path):
                shutil.copyfile(wal.wal_path(path), wal.wal_path(copy))
            conn = sqlite3.connect(copy, isolation_level=None)
            archive = cls._judged(conn, copy, clock, read_only=True)
            conn.execute("PRAGMA query_only = 1")
        except OSError as error:
            private.cleanup()
            raise ArchiveError(f"The archive could not be read ({error.strerror or error})."
                               ) from error
        except BaseException:
            private.cleanup()
            raise
        archive.path = path
        archive._private = private
        return archive

    def close(self) -> None:
        self.db.close()
        if self._private is not None:
            self._private.cleanup()
            self._private = None

    def now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: all of it is written, or none of it.

        Nested calls join the outer transaction (as a savepoint), so several actions can be
        committed together, e.g. by an import or the demo generator.
        """
        if self.read_only:
            raise ArchiveReadOnly(_READ_ONLY_ARCHIVE)
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        # IMMEDIATE takes the write lock up front, so a second process waits (busy_timeout)
        # instead of failing half-way through the action.
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise integrity.storage_error(error, self.path) from error
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as error:
            # SQLite may already have rolled back by itself (e.g. on a full disk); a second
            # ROLLBACK would hide the real error behind "no transaction is active".
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error) and not isinstance(error, ArchiveError):
                raise integrity.storage_error(error, self.path) from error
            raise

    @contextmanager
    def bulk_transaction(self, clock: Callable[[], datetime] | None = None) -> Iterator[Database]:
        """Many actions committed as one (the demo shop, large imports).

        Each action inside is a savepoint whose undo pages SQLite writes to a temporary file;
        kept in memory instead, a bulk write runs about three times faster. `clock`, when given,
        stamps the actions' times (the demo replays a year of events).
        """
        temp_store = self.db.execute("PRAGMA temp_store").fetchone()[0]
        real_clock = self._clock
        self.db.execute("PRAGMA temp_store = MEMORY")
        self._clock = clock or real_clock
        try:
            with self.transaction() as db:
                yield db
        finally:
            self._clock = real_clock
            self.db.execute(f"PRAGMA temp_store = {int(temp_store)}")

    def log_event(
        self,
        entity: str,
        entity_id: int | None,
        action: str,
        staff_id: int | None = None,
        complaint_id: int | None = None,
        field: str = "",
        old: object = "",
        new: object = "",
    ) -> None:
        """Add a line to the audit trail; call inside the action's transaction."""
        insert_row(  # plain SQL: the demo and imports write tens of thousands of events
            self.db,
            "events",
            {
                "at": to_text(self.now()),
                "staff_id": staff_id,
                "entity": entity,
                "entity_id": entity_id,
                "complaint_id": complaint_id,
                "action": action,
                "field": field,
                "old": "" if old is None else str(old),
                "new": "" if new is None else str(new),
            }
        )

    # Shop profile and staff -------------------------------------------------------------

    def shop(self) -> ShopProfile:
        return shop_from_row(next(self.db.query("SELECT * FROM shop WHERE id = 1")))

    def save_shop(self, shop: ShopProfile, staff_id: int | None = None) -> None:
        row = {
            "name": shop.name,
            "address": shop.address,
            "phone": shop.phone,
            "email": shop.email,
            "logo": shop.logo,
            "currency": shop.currency,
            "language": shop.language.value,
            "paper_size": shop.paper_size,
            "ack_target_hours": shop.ack_target_hours,
            "resolve_target_days": shop.resolve_target_days,
            "follow_up_after_days": shop.follow_up_after_days,
        }
        with self.transaction():
            self.db["shop"].update(1, row)
            self.log_event("shop", 1, "updated", staff_id)

    def staff(self, active_only: bool = True) -> list[Staff]:
        where = "WHERE active = 1" if active_only else ""
        rows = self.db.query(f"SELECT * FROM staff {where} ORDER BY name")
        return [staff_from_row(r) for r in rows]

    def add_staff(self, name: str) -> Staff:
        name = name.strip()
        if not name:
            raise ValueError("staff name is empty")
        with self.transaction():
            existing = list(self.db.query("SELECT * FROM staff WHERE name = ?", [name]))
            if existing:
                self.db.execute("UPDATE staff SET active = 1 WHERE id = ?", [existing[0]["id"]])
                return staff_from_row({**existing[0], "active": 1})
            staff_id = self.db["staff"].insert({"name": name, "active": 1}).last_pk
            self.log_event("staff", staff_id, "created", new=name)
        return Staff(staff_id, name)

    def set_staff_active(self, staff_id: int, active: bool) -> None:
        """Deactivate a colleague who left (their past cases keep their name), or bring one back."""
        with self.transaction():
            self.db.execute("UPDATE staff SET active = ? WHERE id = ?", [int(active), staff_id])
            self.log_event("staff", staff_id, "activated" if active else "deactivated")

    def setting(self, key: str, default: str = "") -> str:
        rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")
