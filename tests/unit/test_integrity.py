"""The start-up check tells a sound archive from a truncated, garbage or unreadable one."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.integrity import full_check, quick_check, storage_problem
from tests.conftest import complaint_input, customer_input


def _filled(archive_path, complaints: int = 300):
    archive = Archive.open(archive_path)
    with archive.transaction():
        customer = archive.customers.add_customer(customer_input()).id
        for _ in range(complaints):
            archive.cases.record_complaint(customer, complaint_input(description="退款 " * 200))
    archive.close()


def test_a_missing_or_sound_archive_passes_the_quick_check(archive_path):
    assert quick_check(archive_path) is None
    _filled(archive_path)
    assert quick_check(archive_path) is None
    assert full_check(archive_path).ok


def test_a_truncated_archive_is_reported_as_damaged(archive_path):
    _filled(archive_path)
    data = archive_path.read_bytes()
    archive_path.write_bytes(data[: len(data) // 2])
    assert "damaged" in quick_check(archive_path)
    assert not full_check(archive_path).ok


def test_a_garbage_file_is_reported_as_not_a_database(archive_path):
    archive_path.write_bytes(bytes(range(256)) * 64)
    assert "not a database" in quick_check(archive_path)


def test_a_file_with_a_database_header_but_garbage_pages_is_damaged(archive_path):
    _filled(archive_path)
    data = bytearray(archive_path.read_bytes())
    data[4096 * 3: 4096 * 6] = b"\xff" * (4096 * 3)
    archive_path.write_bytes(bytes(data))
    assert "damaged" in quick_check(archive_path)


def test_a_record_pointing_at_a_missing_customer_fails_the_full_check(archive_path):
    _filled(archive_path, complaints=1)
    conn = sqlite3.connect(archive_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE complaints SET customer_id = 999")
    conn.commit()
    conn.close()
    result = full_check(archive_path)
    assert not result.ok
    assert any("point at something that is missing" in line for line in result.findings)


def test_an_archive_from_a_newer_version_fails_the_full_check(archive_path):
    _filled(archive_path, complaints=1)
    conn = sqlite3.connect(archive_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert not full_check(archive_path).ok


def test_storage_errors_are_described_in_plain_words():
    assert "disk is full" in storage_problem(OSError(errno.ENOSPC, "No space left"))
    assert "disk is full" in storage_problem(sqlite3.OperationalError("database or disk is full"))
    assert "cannot be written" in storage_problem(
        sqlite3.OperationalError("attempt to write a readonly database"))
    assert "damaged" in storage_problem(sqlite3.DatabaseError("database disk image is malformed"))


def test_a_full_archive_refuses_the_write_and_stays_usable(archive):
    archive.cases.record_complaint(customer_input(), complaint_input())
    pages = archive.db.execute("PRAGMA page_count").fetchone()[0]
    archive.db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        archive.cases.record_complaint(1, complaint_input(description="x" * 20_000))
    except ArchiveError as error:
        assert "disk is full" in storage_problem(error)
    else:
        raise AssertionError("the write should not have fitted")
    archive.db.execute("PRAGMA max_page_count = 1073741823")
    assert archive.db["complaints"].count == 1
    archive.cases.record_complaint(1, complaint_input())
    assert archive.db["complaints"].count == 2


def test_a_truncated_archive_is_caught_even_without_the_thorough_check(archive_path):
    _filled(archive_path)
    data = archive_path.read_bytes()
    archive_path.write_bytes(data[: len(data) // 2])
    assert "damaged" in quick_check(archive_path, thorough=False)


def test_a_sound_archive_passes_the_fast_check(archive_path):
    _filled(archive_path)
    assert quick_check(archive_path, thorough=False) is None


def test_a_session_cut_off_is_remembered_until_a_clean_end(archive_path):
    from desktop_app.archive.integrity import begin_session, end_session, ended_cleanly

    assert ended_cleanly(archive_path)
    begin_session(archive_path)
    assert not ended_cleanly(archive_path)  # what the next start sees after a crash
    end_session(archive_path)
    assert ended_cleanly(archive_path)


def test_check_on_a_folder_without_an_archive_says_so_exits_2_and_creates_nothing(tmp_path,
                                                                                   capsys):
    from desktop_app.cli import main

    folder = tmp_path / "typo"
    assert main(["check", "--data-dir", str(folder)]) == 2
    assert "no archive" in capsys.readouterr().err
    assert not folder.exists()
    folder.mkdir()
    assert main(["check", "--data-dir", str(folder)]) == 2
    assert list(folder.iterdir()) == []


def test_check_on_an_empty_archive_reports_damage_and_names_the_newest_backup(archive_path,
                                                                               capsys):
    from desktop_app.archive.backup import take_backup
    from desktop_app.cli import main

    _filled(archive_path, complaints=3)
    backups = archive_path.parent / "backups"
    take_backup(archive_path, backups, datetime(2026, 11, 1, 9, 0))
    newest = take_backup(archive_path, backups, datetime(2026, 11, 2, 9, 0)).path
    archive_path.write_bytes(b"")
    assert main(["check", "--data-dir", str(archive_path.parent)]) == 1
    out = capsys.readouterr().out
    assert "empty" in out and "All is well" not in out
    assert str(newest) in out
    assert archive_path.read_bytes() == b""
