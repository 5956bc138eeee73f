"""The shared database object every store works on: the connection, one transaction per user
action, the audit trail, the clock, and the shop profile, staff and settings that most stores read.

A restore reopens the connection in place (`restore.finish_restore`): stores reach it through
their core, never keep their own, so all of them see the reopened one.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop_app.archive import integrity
from desktop_app.archive.database import ArchiveDatabase
from desktop_app.archive.errors import ArchiveError, ArchiveReadOnly
from desktop_app.archive.rows import shop_from_row, staff_from_row, to_text
from desktop_app.archive.sql import insert_row
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import ShopProfile, Staff

if TYPE_CHECKING:
    from sqlite_utils import Database

_READ_ONLY_ARCHIVE = _N("Problems",
                        "This archive is open read-only, so nothing can be changed or saved.")
# Set by an erasure until its free pages are cleaned (privacy.py); read at every opening, which
# then needs the privacy store only when it is set.
ERASURE_PENDING = "erasure_cleanup_pending"


class Core:
    """One open archive file: what every store shares. One per thread (sqlite3 connections are
    not shared across threads)."""

    def __init__(self, db: Database | None, path: Path,
                 clock: Callable[[], datetime] = datetime.now, *, read_only: bool = False):
        # Every statement goes through an ArchiveDatabase, however the caller made its Database.
        self.db: ArchiveDatabase = (
            ArchiveDatabase(db.conn, path) if db is not None and not isinstance(db, ArchiveDatabase)
            else cast(ArchiveDatabase, db))  # None: a test's archive with no file
        self.path = path
        self.clock = clock
        self.read_only = read_only
        self._private: tempfile.TemporaryDirectory | None = None  # a read-only snapshot's folder
        self.closed = False  # by close(): work a window does on its own (warm-up) then stops

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        self.closed = True
        self.db.close()
        if self._private is not None:
            self._private.cleanup()
            self._private = None

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

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
        real_clock = self.clock
        self.db.execute("PRAGMA temp_store = MEMORY")
        self.clock = clock or real_clock
        try:
            with self.transaction() as db:
                yield db
        finally:
            self.clock = real_clock
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
            self.db.table("shop").update(1, row)
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
            staff_id = self.db.table("staff").insert({"name": name, "active": 1}).last_pk
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
            self.db.table("settings").upsert({"key": key, "value": value}, pk="key")


class Store:
    """Base of every store: its core under the short names the store bodies use."""

    def __init__(self, core: Core) -> None:
        self._core = core

    @property
    def db(self) -> Database:
        return self._core.db

    def now(self) -> datetime:
        return self._core.now()

    def transaction(self) -> AbstractContextManager[Database]:
        return self._core.transaction()

    def log_event(self, entity: str, entity_id: int | None, action: str,
                  staff_id: int | None = None, complaint_id: int | None = None, field: str = "",
                  old: object = "", new: object = "") -> None:
        self._core.log_event(entity, entity_id, action, staff_id, complaint_id, field, old, new)

    def shop(self) -> ShopProfile:
        return self._core.shop()

    def staff(self, active_only: bool = True) -> list[Staff]:
        return self._core.staff(active_only)

    def setting(self, key: str, default: str = "") -> str:
        return self._core.setting(key, default)
