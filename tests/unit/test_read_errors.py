"""A read outside any transaction meets a damaged or locked file as an ArchiveError subclass, the
SQLite error kept as its cause; constraint errors stay SQLite's own."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.errors import ArchiveBusy, ArchiveDamaged

_ROWS = 3000


def _events_with_a_broken_middle_page(path) -> None:
    archive = Archive.open(path)
    archive.db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO events (at, entity, action, new) "
        "SELECT '2026-01-01', 'test', 'filled', printf('MARK-%05d-', i) || hex(zeroblob(40)) "
        "FROM n", [_ROWS])
    page_size = archive.db.execute("PRAGMA page_size").fetchone()[0]
    archive.close()  # the last connection checkpoints the WAL into the file
    data = bytearray(path.read_bytes())
    offset = data.index(b"MARK-%05d-" % (_ROWS // 2))
    page_start = offset - offset % page_size
    data[page_start] = 0xFF  # no valid b-tree page type: a leaf in the middle of the table
    path.write_bytes(bytes(data))


def test_a_read_on_a_damaged_page_outside_a_transaction_raises_archive_damaged(archive_path):
    _events_with_a_broken_middle_page(archive_path)
    archive = Archive.open(archive_path)  # the light check walks only the first and last leaf
    try:
        assert not archive.db.conn.in_transaction
        with pytest.raises(ArchiveDamaged) as caught:
            list(archive.db.query("SELECT new FROM events ORDER BY id"))
        assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)
        assert "Restore the latest backup" in str(caught.value)
    finally:
        archive.close()


def test_a_read_while_another_process_holds_the_file_raises_archive_busy(archive_path):
    Archive.open(archive_path).close()
    holder = sqlite3.connect(archive_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE settings SET value = value")
        reader = Archive.reader(archive_path)  # a worker's view: reads, never a transaction
        try:
            reader.db.execute("PRAGMA busy_timeout = 0")  # fail at once instead of after 5 s
            with pytest.raises(ArchiveBusy) as caught:
                reader.staff()
            assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
        finally:
            reader.close()
    finally:
        holder.close()


def test_a_broken_constraint_is_still_sqlites_integrity_error(archive_path):
    archive = Archive.open(archive_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            archive.db.execute("INSERT INTO events (at, entity, action) VALUES (NULL, 'x', 'y')")
    finally:
        archive.close()
