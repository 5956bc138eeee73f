"""Archive: the SQLite file that holds the shop's complaint memory, opened safely, and its stores.

One Archive per thread (sqlite3 connections are not shared across threads). Every user action runs
inside `transaction()`, so a crash leaves either the old state or the new one, never half of it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.archive import integrity, schema, wal
from desktop_app.archive.core import ERASURE_PENDING, ArchiveDatabase, Core
from desktop_app.archive.errors import (
    ArchiveDamaged,
    ArchiveError,
    ArchiveMissing,
    ArchiveReadOnly,
)
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.problems import technical

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desktop_app.archive.attachments import AttachmentStore
    from desktop_app.archive.case_file import CaseFileStore
    from desktop_app.archive.cases import CaseStore
    from desktop_app.archive.customer_archive import CustomerArchiveStore
    from desktop_app.archive.customers import CustomerStore
    from desktop_app.archive.drafts import DraftStore
    from desktop_app.archive.follow_ups import FollowUpStore
    from desktop_app.archive.intelligence import IntelligenceStore
    from desktop_app.archive.letters import LetterStore
    from desktop_app.archive.privacy import PrivacyStore
    from desktop_app.archive.recovery import RecoveryStore
    from desktop_app.archive.remedies import RemedyStore
    from desktop_app.archive.reporting import ReportingStore

# WAL lets the window read while a save commits; synchronous=FULL makes every commit durable
# through a power cut too (NORMAL may lose the last commits), at the cost of one fsync per save.
_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)

_READ_ONLY_FOLDER = _N("Problems", "Amends may not write in {folder}, so it cannot save "
                       "anything there. The archive can still be opened read-only, to look, "
                       "print and export.")


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ArchiveReadOnly(_READ_ONLY_FOLDER, folder=folder) from error
        raise ArchiveError(_N("Problems", "The folder {folder} cannot be made ({detail})."),
                           folder=folder, detail=technical(error)) from error


def _user_version(path: Path) -> int:
    """The schema version in the header (bytes 60-63), read without SQLite."""
    with open(path, "rb") as handle:
        header = handle.read(64)
    return int.from_bytes(header[60:64], "big")


class Archive(Core):
    """The open archive: its core (connection, transactions, audit, clock, shop and staff) and
    the stores, each handed the core and the other stores it reads.

    A store, and its module, is made on first use: start-up pays only for those the first screen
    reads (each module brings domain modules of its own)."""

    def __init__(self, db: Database | None, path: Path,
                 clock: Callable[[], datetime] = datetime.now, *, read_only: bool = False):
        super().__init__(db, path, clock, read_only=read_only)

    @cached_property
    def customers(self) -> CustomerStore:
        from desktop_app.archive.customers import CustomerStore

        return CustomerStore(self)

    @cached_property
    def cases(self) -> CaseStore:
        from desktop_app.archive.cases import CaseStore

        return CaseStore(self, self.customers)

    @cached_property
    def recovery(self) -> RecoveryStore:
        from desktop_app.archive.recovery import RecoveryStore

        return RecoveryStore(self)

    @cached_property
    def follow_ups(self) -> FollowUpStore:
        from desktop_app.archive.follow_ups import FollowUpStore

        return FollowUpStore(self, self.recovery)

    @cached_property
    def remedies(self) -> RemedyStore:
        from desktop_app.archive.remedies import RemedyStore

        return RemedyStore(self, self.recovery, self.customers, self.follow_ups)

    @cached_property
    def attachments(self) -> AttachmentStore:
        from desktop_app.archive.attachments import AttachmentStore

        return AttachmentStore(self, self.recovery)

    @cached_property
    def profiles(self) -> CustomerArchiveStore:
        from desktop_app.archive.customer_archive import CustomerArchiveStore

        return CustomerArchiveStore(self, self.customers)

    @cached_property
    def letters(self) -> LetterStore:
        from desktop_app.archive.letters import LetterStore

        return LetterStore(self, self.cases, self.customers)

    @cached_property
    def intelligence(self) -> IntelligenceStore:
        from desktop_app.archive.intelligence import IntelligenceStore

        return IntelligenceStore(self)

    @cached_property
    def reporting(self) -> ReportingStore:
        from desktop_app.archive.reporting import ReportingStore

        return ReportingStore(self, self.intelligence)

    @cached_property
    def drafts(self) -> DraftStore:
        from desktop_app.archive.drafts import DraftStore

        return DraftStore(self)

    @cached_property
    def privacy(self) -> PrivacyStore:
        from desktop_app.archive.privacy import PrivacyStore

        return PrivacyStore(self)

    @cached_property
    def case_files(self) -> CaseFileStore:
        from desktop_app.archive.case_file import CaseFileStore

        return CaseFileStore(self, self.recovery, self.customers, self.remedies,
                             self.follow_ups, self.attachments)

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
                raise ArchiveMissing(_N("Problems", "There is no archive in {folder}."),
                                     folder=path.parent)
            _make_folder(path.parent)
        elif path.is_dir():  # not damage: nothing was lost, the name is taken by a folder
            raise ArchiveError(_N("Problems", "{path} is a folder, not an archive file. Choose "
                                  "another folder for the archive, or rename that folder."),
                               path=path)
        else:
            problem = integrity.header_problem(path)
            if problem:
                raise ArchiveDamaged(problem)
        if read_only:
            return cls._open_read_only(path, clock)
        if not integrity.folder_writable(path.parent) or (
                path.exists() and not os.access(path, os.W_OK)):
            raise ArchiveReadOnly(_READ_ONLY_FOLDER, folder=path.parent)
        conn = None
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
            for pragma in _PRAGMAS:
                conn.execute(pragma)
            archive = cls._judged(conn, path, clock)
        except BaseException as error:
            if conn is not None:
                conn.close()
            if isinstance(error, sqlite3.Error) and not isinstance(error, ArchiveError):
                raise integrity.storage_error(error, path) from error
            raise
        # An erasure killed after its commit left the erased text in free pages: clean them now
        # (one setting read when nothing is pending; should it fail, the next opening tries).
        with contextlib.suppress(ArchiveError, sqlite3.Error):
            if archive.setting(ERASURE_PENDING):
                archive.privacy.finish_erasure()
        return archive

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
        return cls(ArchiveDatabase(conn, Path(path)), Path(path), clock, read_only=True)

    @classmethod
    def _judged(cls, conn: sqlite3.Connection, path: Path, clock, *, migrate: bool = True,
                read_only: bool = False) -> Archive:
        """The light check, then the upgrade; every failure as an ArchiveError."""
        try:
            problem = integrity.light_problem(conn, path)
            if problem:
                raise ArchiveDamaged(problem)
            db = ArchiveDatabase(conn, path)  # maps storage errors; no entry-point scan
            if migrate:
                schema.migrate(db)
            elif db.execute("PRAGMA user_version").fetchone()[0] > schema.LATEST_VERSION:
                raise schema.NewerArchiveError(0)
        except schema.NewerArchiveError as error:
            raise ArchiveError(_N("Problems", "{path} was written by a newer version of Amends; "
                                  "update Amends to open it."), path=path) from error
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
            raise ArchiveError(_N("Problems", "The archive could not be read ({detail})."),
                               detail=technical(error)) from error
        except BaseException:
            private.cleanup()
            raise
        archive.path = archive.db.path = path
        archive._private = private
        return archive
