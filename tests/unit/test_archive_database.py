"""The archive's database object: SQL runs on the connection itself with sqlite-utils' contract,
sqlite-utils is loaded only for its helpers, and a storage error of either path is an
ArchiveError whose cause is SQLite's."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.database import ArchiveDatabase
from desktop_app.archive.errors import ArchiveDamaged
from tests.unit.test_read_errors import _events_with_a_broken_middle_page

ROOT = Path(__file__).resolve().parents[2]


def test_a_query_gives_dicts_with_repeated_names_made_unique(archive):
    rows = list(archive.db.query("SELECT 1 AS a, 2 AS a, 3 AS a_2"))
    assert rows == [{"a": 1, "a_3": 2, "a_2": 3}]


def test_a_query_refuses_a_statement_that_returns_no_rows_and_changes_nothing(archive):
    with pytest.raises(ValueError):
        archive.db.query("COMMIT")
    with pytest.raises(ValueError):
        archive.db.query("UPDATE staff SET name = 'x'")
    archive.add_staff("Ana")
    with pytest.raises(ValueError):
        archive.db.query("UPDATE staff SET name = 'Bo'")
    assert [s.name for s in archive.staff()] == ["Ana"]  # rolled back in its savepoint
    assert not archive.db.conn.in_transaction


def test_a_write_with_returning_through_query_takes_effect(archive):
    rows = list(archive.db.query("INSERT INTO staff (name) VALUES ('Cy') RETURNING name"))
    assert rows == [{"name": "Cy"}] and [s.name for s in archive.staff()] == ["Cy"]


def test_triggers_fire_recursively_as_under_sqlite_utils(archive):
    assert archive.db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1


def test_a_damaged_page_read_through_a_sqlite_utils_helper_is_archive_damaged(archive_path):
    _events_with_a_broken_middle_page(archive_path)
    archive = Archive.open(archive_path)
    try:
        with pytest.raises(ArchiveDamaged) as caught:
            archive.db["events"].count_where("new IS NOT NULL")  # sqlite-utils' own helper
        assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)
    finally:
        archive.close()


def test_a_damaged_page_met_by_execute_is_archive_damaged(archive_path):
    _events_with_a_broken_middle_page(archive_path)
    archive = Archive.open(archive_path)
    try:
        with pytest.raises(ArchiveDamaged) as caught:
            archive.db.execute("SELECT COUNT(new) FROM events").fetchone()
        assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)
    finally:
        archive.close()


def test_an_sql_mistake_stays_sqlites_own_error(archive):
    with pytest.raises(sqlite3.OperationalError):
        archive.db.execute("SELECT no_such_column FROM staff")
    with pytest.raises(sqlite3.OperationalError):
        archive.db.query("SELECT no_such_column FROM staff")


def test_a_plain_connection_commits_a_write_made_outside_a_transaction(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db")  # opens transactions implicitly
    db = ArchiveDatabase(conn, tmp_path / "x.db")
    db.execute("CREATE TABLE t (v)")
    db.execute("INSERT INTO t VALUES (1)")
    assert not conn.in_transaction
    other = sqlite3.connect(tmp_path / "x.db")
    assert other.execute("SELECT v FROM t").fetchall() == [(1,)]
    other.close()
    conn.close()


def test_opening_reading_and_listing_cases_import_no_sqlite_utils(archive_path):
    Archive.open(archive_path).close()
    child = f"""
import json, sys
from desktop_app.archive import Archive
from desktop_app.domain.queries import CaseFilter
archive = Archive.open({str(archive_path)!r})
archive.shop(), archive.staff(), archive.setting("x")
archive.cases.list_cases(CaseFilter()), archive.cases.count_cases(CaseFilter())
before = "sqlite_utils" in sys.modules
archive.db.table("staff").insert({{"name": "Ana"}})  # a sqlite-utils helper loads it
print(json.dumps([before, "sqlite_utils" in sys.modules]))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [False, True]
