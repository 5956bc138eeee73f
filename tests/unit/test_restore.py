"""Restore refuses what it must (a held archive, another shop's backup), keeps a safety copy that
is listed and rotated, and never lets the old archive's WAL touch the restored file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.backup import (
    backup_folder,
    list_safety_copies,
    read_backup,
    take_backup,
)
from desktop_app.archive.restore import (
    OtherShopBackup,
    from_another_shop,
    restore_into,
    rotate_safety_copies,
    take_safety_copy,
)
from desktop_app.cli import main
from desktop_app.domain.model import ShopProfile
from tests.conftest import complaint_input, customer_input
from tests.unit.test_migrations import _archive_of_version

NOW = datetime(2026, 11, 23, 18, 30)
ROOT = Path(__file__).resolve().parents[2]

# Commits complaints with checkpoints off, then is killed: its WAL keeps the committed frames.
WRITE_AND_DIE = """
import sys
from desktop_app.archive import Archive
from tests.conftest import complaint_input, customer_input
archive = Archive.open(sys.argv[1])
archive.db.execute("PRAGMA wal_autocheckpoint = 0")
for i in range(int(sys.argv[2])):
    archive.cases.record_complaint(customer_input(phone=f"137 {i:04d} 0000"), complaint_input())
print("done", flush=True)
import time; time.sleep(60)
"""


def write_into_wal_and_die(path: Path, count: int) -> None:
    child = subprocess.Popen([sys.executable, "-c", WRITE_AND_DIE, str(path), str(count)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "done"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


def _named(archive: Archive, name: str) -> None:
    archive.save_shop(ShopProfile(**{**archive.shop().__dict__, "name": name}))


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT COUNT(*) FROM complaints").fetchone()[0]
    finally:
        conn.close()


def test_a_stale_wal_of_the_old_archive_is_not_replayed_onto_the_restored_one(archive_path):
    archive = Archive.open(archive_path)
    archive.cases.record_complaint(customer_input(), complaint_input())
    backup = take_backup(archive_path, backup_folder(archive), NOW)
    archive.close()
    write_into_wal_and_die(archive_path, 30)
    assert Path(f"{archive_path}-wal").stat().st_size > 0
    archive = Archive.open(archive_path)
    safety = restore_into(archive, backup.path, NOW)
    assert archive.db["complaints"].count == 1  # the same Archive object reads the restored file
    archive.close()
    assert _count(archive_path) == 1
    assert _count(safety) == 31  # what the WAL held is in the safety copy, not lost


def test_restore_is_refused_while_the_window_of_another_process_holds_the_archive(
        archive_path, tmp_path, capsys):
    archive = Archive.open(archive_path)
    backup = take_backup(archive_path, backup_folder(archive), NOW)
    archive.cases.record_complaint(customer_input(), complaint_input())
    archive.close()
    hold = ("import sys, time\nfrom desktop_app.archive.lock import ArchiveLock\n"
            "l = ArchiveLock.acquire(sys.argv[1], 'the Amends window')\nprint('held', flush=True)"
            "\ntime.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", hold, str(archive_path.parent)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        code = main(["restore", str(backup.path), "--data-dir", str(archive_path.parent)])
        err = capsys.readouterr().err
    finally:
        child.kill()
        child.wait()
    assert code == 2 and f"the Amends window (process {child.pid})" in err
    assert "Traceback" not in err
    assert _count(archive_path) == 1  # untouched


def test_a_backup_of_another_shop_is_refused_unless_forced(archive_path, tmp_path, capsys):
    other = Archive.open(tmp_path / "other" / "amends.db")
    _named(other, "Bakery Li")
    other.cases.record_complaint(customer_input(), complaint_input())
    theirs = take_backup(other.path, tmp_path / "other" / "backups", NOW)
    other.close()
    ours = Archive.open(archive_path)
    _named(ours, "Tea House Wang")
    ours.cases.record_complaint(customer_input(name="Ours"), complaint_input())
    ours.cases.record_complaint(customer_input(name="Ours 2", phone="139"), complaint_input())
    assert from_another_shop(archive_path, theirs.path)
    assert read_backup(theirs.path).shop_name == "Bakery Li"
    with pytest.raises(OtherShopBackup, match="Bakery Li"):
        restore_into(ours, theirs.path, NOW)
    assert ours.db["complaints"].count == 2
    ours.close()
    data_dir = ["--data-dir", str(archive_path.parent)]
    assert main(["restore", str(theirs.path), *data_dir]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["restore", str(theirs.path), "--force", *data_dir]) == 0
    assert _count(archive_path) == 1


def test_the_own_shop_renamed_slightly_or_an_empty_archive_is_not_another_shop(archive, tmp_path):
    _named(archive, "Tea House  Wang")
    archive.cases.record_complaint(customer_input(), complaint_input())
    backup = take_backup(archive.path, backup_folder(archive), NOW)
    _named(archive, "tea house wang")
    assert not from_another_shop(archive.path, backup.path)
    fresh = Archive.open(tmp_path / "new-pc" / "amends.db")
    _named(fresh, "Something Else")
    assert not from_another_shop(fresh.path, backup.path)  # nothing there to lose
    fresh.close()


def test_every_restore_keeps_a_listed_safety_copy_that_undoes_it(archive):
    archive.cases.record_complaint(customer_input(), complaint_input())
    backup = take_backup(archive.path, backup_folder(archive), NOW)
    archive.cases.record_complaint(customer_input(name="Later", phone="139"), complaint_input())
    first = restore_into(archive, backup.path, NOW + timedelta(minutes=1))
    second = restore_into(archive, backup.path, NOW + timedelta(minutes=1))
    copies = list_safety_copies(archive.path)
    assert [c.path for c in copies] == [second, first] and first != second
    assert all(c.safety and c.ok for c in copies) and copies[1].complaints == 2
    restore_into(archive, first, NOW + timedelta(minutes=2))  # the undo
    assert archive.db["complaints"].count == 2


def test_safety_copies_follow_the_twelve_month_promise(archive):
    for days in (400, 200, 30, 10, 3, 1):
        take_safety_copy(archive.path, NOW - timedelta(days=days))
    take_safety_copy(archive.path, NOW - timedelta(days=1, hours=1))  # same day: both kept
    rotate_safety_copies(archive.path, now=NOW)
    ages = sorted((NOW - c.taken_at).days for c in list_safety_copies(archive.path, verify=False))
    assert ages == [1, 1, 3, 10, 30, 200]


def test_an_older_backup_is_upgraded_before_it_becomes_the_archive(archive, tmp_path):
    old = tmp_path / "amends-2025-01-01T000000.db"
    _archive_of_version(old, 2)
    restore_into(archive, old, NOW)
    assert archive.db.execute("PRAGMA user_version").fetchone()[0] >= 3
