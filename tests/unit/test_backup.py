"""Backups are verified online copies, rotated as promised, and restore exactly what they hold."""

from __future__ import annotations

import errno
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.backup import (
    BackupError,
    backup_folder,
    backups_to_keep,
    list_backups,
    maybe_auto_backup,
    restore_broken,
    restore_into,
    rotate,
    take_backup,
)
from desktop_app.cli import main
from tests.conftest import complaint_input, customer_input

NOW = datetime(2026, 11, 23, 18, 30)


def _refs(archive: Archive) -> list[str]:
    return [r["ref"] for r in archive.db.query("SELECT ref FROM complaints ORDER BY ref")]


def test_a_backup_is_named_by_its_time_verified_and_counted(archive, tmp_path):
    archive.cases.record_complaint(customer_input(), complaint_input())
    (tmp_path / "usb").mkdir()
    info = take_backup(archive.path, tmp_path / "usb", NOW)
    assert info.path.name == "amends-2026-11-23T183000.db"
    assert (info.ok, info.customers, info.complaints) == (True, 1, 1)
    assert info.last_complaint == datetime(2026, 11, 2, 10, 30)
    assert not (tmp_path / "usb" / "amends-2026-11-23T183000.db-wal").exists()


def test_a_backup_taken_while_a_write_is_pending_holds_only_committed_records(archive, tmp_path):
    archive.cases.record_complaint(customer_input(), complaint_input())
    other = Archive.open(archive.path)
    with other.transaction():
        other.cases.record_complaint(customer_input(phone="139 0000 0000"), complaint_input())
        info = take_backup(archive.path, backup_folder(archive), NOW)
    other.close()
    assert info.complaints == 1


def test_rotation_keeps_seven_days_four_weeks_and_twelve_months():
    # Two backups a day for two years, the newest on Monday 2026-11-23.
    times = [datetime(2026, 11, 23, h) - timedelta(days=d) for d in range(730) for h in (9, 18)]
    kept = backups_to_keep(times)
    days = sorted({t.date() for t in kept}, reverse=True)
    assert all(t.hour == 18 for t in kept)  # the newest of each period
    assert days[:7] == [date(2026, 11, 23) - timedelta(days=d) for d in range(7)]
    sundays = [d for d in days if d.weekday() == 6]
    assert sundays[:3] == [date(2026, 11, 22), date(2026, 11, 15), date(2026, 11, 8)]
    month_ends = [d for d in days if (d + timedelta(days=1)).day == 1]
    assert len(month_ends) == 11  # + the current month, whose newest is today
    assert month_ends[-1] == date(2025, 12, 31)
    assert len(kept) == 7 + 2 + 11  # weeks 47 and 46 end inside the seven days


def _tiny_database(tmp_path) -> bytes:
    conn = sqlite3.connect(tmp_path / "tiny.sqlite")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    data = (tmp_path / "tiny.sqlite").read_bytes()
    (tmp_path / "tiny.sqlite").unlink()
    return data


def test_rotation_deletes_only_backups_it_does_not_keep(tmp_path):
    tiny = _tiny_database(tmp_path)
    for d in range(40):
        (tmp_path / f"amends-{(NOW - timedelta(days=d)):%Y-%m-%dT%H%M}.db").write_bytes(tiny)
    (tmp_path / "notes.txt").write_text("mine")
    removed = rotate(tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(removed) + len(left) == 41 and "notes.txt" in left
    assert len(left) - 1 == len(backups_to_keep(NOW - timedelta(days=d) for d in range(40)))


def test_the_automatic_backup_runs_at_most_once_a_day(archive):
    folder = backup_folder(archive)
    assert maybe_auto_backup(archive, folder, NOW) is not None
    assert maybe_auto_backup(archive, folder, NOW + timedelta(hours=3)) is None
    assert maybe_auto_backup(archive, folder, NOW + timedelta(days=1)) is not None
    assert len(list_backups(folder)) == 2


def test_restore_brings_back_exactly_the_backed_up_state_and_keeps_a_safety_copy(archive):
    archive.cases.record_complaint(customer_input(), complaint_input())
    info = take_backup(archive.path, backup_folder(archive), NOW)
    dump_then = list(archive.db.conn.iterdump())
    archive.cases.record_complaint(
        customer_input(name="Later", phone="139 1111 2222"), complaint_input()
    )
    safety = restore_into(archive, info.path, NOW + timedelta(minutes=5))
    assert list(archive.db.conn.iterdump()) == dump_then
    assert _refs(Archive.open(safety)) == ["2026-0001", "2026-0002"]
    archive.cases.record_complaint(customer_input(name="After"), complaint_input())
    assert _refs(archive) == ["2026-0001", "2026-0002"]


def test_a_vanished_backup_folder_is_a_clear_error_and_changes_nothing(archive, tmp_path):
    archive.set_setting("backup_dir", str(tmp_path / "usb-stick"))
    with pytest.raises(BackupError, match="plug it in"):
        maybe_auto_backup(archive, None, NOW)
    assert not (tmp_path / "usb-stick").exists()
    archive.cases.record_complaint(customer_input(), complaint_input())  # still usable


def test_a_full_disk_during_a_backup_is_a_clear_error(archive, monkeypatch):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("desktop_app.archive.backup.os.replace", full)
    with pytest.raises(BackupError, match="full"):
        take_backup(archive.path, backup_folder(archive), NOW)
    assert list(backup_folder(archive).glob("amends-*")) == []


def test_a_damaged_backup_is_listed_as_not_usable_and_refused(archive, tmp_path):
    bad = backup_folder(archive) / "amends-2026-01-01T0000.db"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    assert [b.ok for b in list_backups(bad.parent)] == [False]
    with pytest.raises(BackupError, match="not a usable backup"):
        restore_into(archive, bad, NOW)


def test_a_broken_archive_is_moved_aside_and_replaced_by_the_backup(archive_path, tmp_path):
    archive = Archive.open(archive_path)
    archive.cases.record_complaint(customer_input(), complaint_input())
    info = take_backup(archive_path, tmp_path, NOW)
    archive.close()
    archive_path.write_bytes(b"garbage" * 1000)
    aside = restore_broken(archive_path, info.path, NOW)
    assert aside.read_bytes() == b"garbage" * 1000
    assert _refs(Archive.open(archive_path)) == ["2026-0001"]


def test_cli_backup_restore_and_check(archive_path, tmp_path, capsys):
    archive = Archive.open(archive_path)
    archive.cases.record_complaint(customer_input(), complaint_input())
    archive.close()
    data_dir = ["--data-dir", str(archive_path.parent)]
    assert main(["backup", "--to", str(tmp_path / "out"), *data_dir]) == 0
    backup = next((tmp_path / "out").glob("amends-*.db"))
    assert "1 complaints" in capsys.readouterr().out
    assert main(["check", *data_dir]) == 0
    archive_path.write_bytes(b"\x00" * 100)
    assert main(["check", *data_dir]) == 1
    assert "not a database" in capsys.readouterr().out
    assert main(["restore", str(backup), *data_dir]) == 0
    assert "moved aside" in capsys.readouterr().out
    assert main(["check", *data_dir]) == 0


def test_cli_backup_into_a_missing_folder_fails_with_a_message(archive_path, tmp_path, capsys):
    Archive.open(archive_path).close()
    gone = str(tmp_path / "unplugged" / "amends")
    code = main(["backup", "--to", gone, "--data-dir", str(archive_path.parent)])
    assert code == 2 and "plug it in" in capsys.readouterr().err

