"""sqlite-utils' Database over the archive's connection, its storage errors as ArchiveErrors.

Imported on the first use of a sqlite-utils helper (see database.py): the library is heavy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterable
from pathlib import Path

from sqlite_utils import Database

from desktop_app.archive.database import as_archive_error


class MappedDatabase(Database):
    """What `ArchiveDatabase` hands its table helpers, upserts and migrations to."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        super().__init__(conn, execute_plugins=False)  # no scan of installed packages' plugins
        self.path = path

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.DatabaseError as error:
            raise as_archive_error(error, self.path) from error

    def executescript(self, sql: str) -> sqlite3.Cursor:
        try:
            return super().executescript(sql)
        except sqlite3.DatabaseError as error:
            raise as_archive_error(error, self.path) from error

    def query(self, sql: str, params=None) -> Generator[dict, None, None]:
        try:
            rows = super().query(sql, params)
        except sqlite3.DatabaseError as error:
            raise as_archive_error(error, self.path) from error
        return self._fetched(rows)

    def _fetched(self, rows: Iterable[dict]) -> Generator[dict, None, None]:
        try:  # later pages are read while iterating: damage may surface only there
            yield from rows
        except sqlite3.DatabaseError as error:
            raise as_archive_error(error, self.path) from error

