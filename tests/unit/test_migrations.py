"""Every older archive upgrades to the latest schema and keeps its records, searchable."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlite_utils import Database

from desktop_app.archive import Archive
from desktop_app.archive.schema import LATEST_VERSION, MIGRATIONS
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input


def _archive_of_version(path, version: int) -> None:
    """An archive as Amends of schema `version` left it, with one customer and one complaint."""
    db = Database(sqlite3.connect(path, isolation_level=None))
    for number, migration in enumerate(MIGRATIONS[:version], start=1):
        db.execute("BEGIN IMMEDIATE")
        migration(db)
        db.execute(f"PRAGMA user_version = {number}")
        db.execute("COMMIT")
    db.execute("INSERT INTO customers (name, phone, phone_digits, created_at) "
               "VALUES ('王小明', '138 0013 8000', '13800138000', '2025-03-01 09:00:00')")
    db.execute("INSERT INTO complaints (ref, year, seq, customer_id, received_at, channel, "
               "description, feeling, expectation, severity) VALUES ('2025-0001', 2025, 1, 1, "
               "'2025-03-01 09:30:00', 'phone', '申请退款三次都没有回音', 'angry', 'refund', "
               "'high')")
    db.close()


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_an_older_archive_upgrades_and_keeps_its_records(tmp_path, version):
    path = tmp_path / "amends.db"
    _archive_of_version(path, version)
    archive = Archive.open(path)
    try:
        assert archive.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert [row.ref for row in archive.cases.list_cases(CaseFilter(text="退款"))] == [
            "2025-0001"
        ]
        assert [row.ref for row in archive.cases.list_cases(CaseFilter(text="没有回音"))] == [
            "2025-0001"
        ]
        later = complaint_input(received_at=datetime(2025, 3, 2, 10, 0))
        assert archive.cases.record_complaint(1, later).ref == "2025-0002"
    finally:
        archive.close()

