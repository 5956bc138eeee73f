"""Plain SQL for the archive's busy paths: one statement each, no schema look-ups.

sqlite-utils' table helpers (`db[table].insert/get/update`) read the table's columns before every
call; at a few thousand calls (the demo shop, an import) that costs more than the writes themselves.
Table and column names here always come from code, never from user input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def insert_row(db: Database, table: str, row: dict) -> int:
    """Insert `row` and return its new id."""
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    row_id = db.execute(sql, list(row.values())).lastrowid
    assert row_id is not None  # an INSERT always sets it
    return row_id


def update_row(db: Database, table: str, row_id: int, changes: dict) -> None:
    if changes:
        assignments = ", ".join(f"{name} = ?" for name in changes)
        db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*changes.values(), row_id])


def fetch_row(db: Database, table: str, row_id: int) -> dict:
    """The row with this id as a dict; NotFoundError (like sqlite-utils' get) if there is none."""
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    if not rows:
        from sqlite_utils.db import NotFoundError  # imported when needed: a heavy library

        raise NotFoundError(f"{table} {row_id} does not exist")
    return rows[0]
