"""The database object every store goes through: SQL on the connection, sqlite-utils for the rest,
every storage error of either as an ArchiveError.

Importing sqlite-utils costs a start a third of a bare window (click, dateutil, pluggy come with
it) while the first screen only runs SQL. So `execute` and `query` work on the sqlite3 connection
itself, with sqlite-utils' own contract, and the sqlite-utils Database behind everything else
(`table`, `db[name]`, `atomic`, `executescript` …) is made, and the library imported, on first use.
`preload_library()` imports it ahead of need (the window calls it on a worker after first paint).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.archive import integrity

if TYPE_CHECKING:  # to type checkers an ArchiveDatabase is the sqlite-utils Database it stands for
    from sqlite_utils import Database as _DatabaseApi
else:
    _DatabaseApi = object

# As sqlite-utils 4 judges statements (sqlite_utils.db): query() refuses those that never return
# rows without running them, and an implicit transaction is not committed after these.
_NOT_QUERIES = frozenset({"ATTACH", "BEGIN", "COMMIT", "DETACH", "END", "RELEASE", "ROLLBACK",
                          "SAVEPOINT", "VACUUM"})
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "RELEASE", "ROLLBACK", "SAVEPOINT"})
_NOT_A_QUERY = ("query() can only be used with SQL that returns rows - use execute() for other "
                "statements")


class ArchiveDatabase(_DatabaseApi):
    """The archive's connection as a sqlite-utils Database: a storage error of any statement, read
    or write, inside a transaction or not, arrives as an ArchiveError (the original as cause)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn, self.path = conn, path
        self._library: Any = None  # the sqlite-utils Database, made on first need
        # What sqlite-utils' Database sets on its connection, so triggers work the same before
        # and after it is made.
        self.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        """Run one statement; as sqlite-utils does, a write outside a transaction is committed
        even on a connection that opens transactions implicitly."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
            if (not was_in_transaction and conn.in_transaction and cursor.description is None
                    and _first_keyword(sql) not in _TRANSACTION_CONTROL):
                conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # a failed statement's implicit transaction
            raise as_archive_error(error, self.path) from error
        return cursor

    def query(self, sql: str, params=None) -> Generator[dict, None, None]:
        """The rows of a read, each a dict; ValueError for a statement that returns none (run in
        a savepoint, so it changes nothing), as sqlite-utils' `Database.query`."""
        keyword = _first_keyword(sql)
        if keyword in _NOT_QUERIES:
            raise ValueError(_NOT_A_QUERY)
        args: tuple = (params,) if params is not None else ()
        try:
            rows: Iterable
            if keyword == "PRAGMA":  # some refuse to run in a transaction: no savepoint
                cursor = self.conn.execute(sql, *args)
                if cursor.description is None:
                    raise ValueError(_NOT_A_QUERY)
                description, rows = cursor.description, cursor
            else:
                description, rows = self._guarded(sql, args)
        except sqlite3.DatabaseError as error:
            raise as_archive_error(error, self.path) from error
        return self._fetched(rows, _unique_keys(d[0] for d in description))

    def _guarded(self, sql: str, args: tuple) -> tuple[Any, Iterable]:
        conn = self.conn
        conn.execute('SAVEPOINT "sqlite_utils_query"')
        released = False
        try:
            cursor = conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_NOT_A_QUERY)
            try:
                conn.execute('RELEASE "sqlite_utils_query"')
            except sqlite3.OperationalError:  # a write with rows not fetched yet (RETURNING)
                rows = cursor.fetchall()
                conn.execute('RELEASE "sqlite_utils_query"')
                released = True
                return cursor.description, rows
            released = True
            return cursor.description, cursor
        finally:
            if not released and conn.in_transaction:
                # An interruption (Ctrl+C) may land between a statement and its bookkeeping: a
                # savepoint already released has nothing to undo, and the interruption itself
                # must be what the caller sees, not "no such savepoint".
                with contextlib.suppress(sqlite3.OperationalError):
                    conn.execute('ROLLBACK TO "sqlite_utils_query"')
                    conn.execute('RELEASE "sqlite_utils_query"')

    def _fetched(self, rows: Iterable, keys: list[str]) -> Generator[dict, None, None]:
        try:  # later pages are read while iterating: damage may surface only there
            for row in rows:
                yield dict(zip(keys, row, strict=True))
        except sqlite3.DatabaseError as error:
            raise as_archive_error(error, self.path) from error

    def close(self) -> None:
        self.conn.close()

    # Everything else is sqlite-utils' ---------------------------------------------------------

    @property
    def library(self) -> Any:
        """The sqlite-utils Database over the same connection (made now if it was not yet)."""
        if self._library is None:
            self._library = _library_class()(self.conn, self.path)
        return self._library

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_library", "conn", "path"):
            raise AttributeError(name)
        return getattr(self.library, name)

    def __getitem__(self, table_name: str):
        return self.library[table_name]

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.library.executescript(sql)


def preload_library() -> None:
    """Import sqlite-utils now (on a worker thread, say), so its first use costs nothing."""
    _library_class()


_LIBRARY_CLASS: Any = None


def _library_class() -> Any:
    """The sqlite-utils Database subclass that maps storage errors (imports sqlite-utils)."""
    global _LIBRARY_CLASS
    if _LIBRARY_CLASS is None:
        from desktop_app.archive.library import MappedDatabase

        _LIBRARY_CLASS = MappedDatabase
    return _LIBRARY_CLASS


def as_archive_error(error: sqlite3.DatabaseError, path: Path) -> BaseException:
    """The ArchiveError for a storage failure; any other error as it was."""
    return integrity.storage_error(error, path) if integrity.is_storage_error(error) else error


def _unique_keys(keys: Iterable[str]) -> list[str]:
    """Column names made unique as sqlite-utils does (a repeated name gets _2, _3 …)."""
    keys = list(keys)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    unique = []
    for key in keys:
        name, suffix = key, 2
        if key in seen:
            while name in seen or name in taken:
                name, suffix = f"{key}_{suffix}", suffix + 1
        seen.add(name)
        unique.append(name)
    return unique


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, upper case, past blanks, `;` and comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()
