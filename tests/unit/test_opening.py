"""One opening path: SQLite recovers the WAL, then the archive is judged; nothing is guessed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import subprocess
from pathlib import Path

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.errors import (
    ArchiveBusy,
    ArchiveDamaged,
    ArchiveError,
    ArchiveMissing,
    ArchiveReadOnly,
)
from desktop_app.archive.integrity import full_check, quick_check
from tests.conftest import complaint_input, customer_input


def _folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _fill(path: Path, complaints: int) -> set[str]:
    archive = Archive.open(path)
    try:
        customer = archive.customers.add_customer(customer_input()).id
        return {
            archive.cases.record_complaint(
                customer, complaint_input(description=f"n{i} " * 300)
            ).ref
            for i in range(complaints)
        }
    finally:
        archive.close()


def _refs(path: Path) -> set[str]:
    archive = Archive.open(path, create=False)
    try:
        return {r["ref"] for r in archive.db.query("SELECT ref FROM complaints")}
    finally:
        archive.close()


def _crashed_with_wal(path: Path, more: int, with_shm: bool = False) -> tuple[Path, set[str]]:
    """A copy of the archive as a killed process leaves it: `more` commits only in the WAL."""
    refs = _fill(path, 20)
    archive = Archive.open(path)
    archive.db.execute("PRAGMA wal_autocheckpoint = 0")
    customer = archive.customers.customer_by_phone("13800138000").id
    refs |= {
        archive.cases.record_complaint(customer, complaint_input(description=f"w{i} " * 300)).ref
        for i in range(more)
    }
    crashed = path.parent / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal") + (("-shm",) if with_shm else ()):
        shutil.copyfile(f"{path}{suffix}", crashed / f"amends.db{suffix}")
    archive.close()
    return crashed / "amends.db", refs


def _wal_frames(path: Path) -> tuple[int, dict[int, bytes]]:
    """The newest version of every page in the WAL (a test helper: all frames are committed)."""
    data = Path(f"{path}-wal").read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    pages, offset = {}, 32
    while offset + 24 + page_size <= len(data):
        pages[struct.unpack(">I", data[offset: offset + 4])[0]] = data[
            offset + 24: offset + 24 + page_size]
        offset += 24 + page_size
    return page_size, pages


def test_a_missing_archive_is_not_created_when_create_is_false(tmp_path):
    folder = tmp_path / "no-such-folder"
    with pytest.raises(ArchiveMissing):
        Archive.open(folder / "amends.db", create=False)
    with pytest.raises(ArchiveMissing):
        Archive.open(folder / "amends.db", read_only=True)
    assert not folder.exists()


@pytest.mark.parametrize("content", [b"", b"hello, this is a shopping list\n" * 50,
                                     b"SQLite format 3\x00" + b"\x00" * 20])
def test_an_empty_or_foreign_file_is_damage_not_a_first_run(archive_path, content):
    archive_path.write_bytes(content)
    for read_only in (False, True):
        with pytest.raises(ArchiveDamaged):
            Archive.open(archive_path, read_only=read_only)
    assert archive_path.read_bytes() == content
    assert quick_check(archive_path, thorough=False)
    assert not full_check(archive_path).ok
    assert sorted(p.name for p in archive_path.parent.iterdir()) == ["amends.db"]


def test_a_main_file_shorter_than_its_header_with_the_rest_in_the_wal_is_sound(archive_path):
    """A kill mid-checkpoint: page 1 (the header) is already written, the tail is not."""
    crashed, refs = _crashed_with_wal(archive_path, more=60)
    page_size, pages = _wal_frames(crashed)
    with open(crashed, "r+b") as main:
        main.seek(0)
        main.write(pages[1])  # a checkpoint writes pages in order: page 1 first
    header_pages = struct.unpack(">I", pages[1][28:32])[0]
    assert crashed.stat().st_size < header_pages * page_size  # what fooled the old check
    assert quick_check(crashed, thorough=False) is None
    assert quick_check(crashed) is None
    assert full_check(crashed).ok
    assert _refs(crashed) == refs


def test_a_truncated_main_file_without_its_wal_is_damaged(archive_path):
    crashed, _refs_ = _crashed_with_wal(archive_path, more=60)
    page_size, pages = _wal_frames(crashed)
    with open(crashed, "r+b") as main:
        main.write(pages[1])
    Path(f"{crashed}-wal").unlink()
    assert "damaged" in quick_check(crashed, thorough=False)
    with pytest.raises(ArchiveDamaged):
        Archive.open(crashed)


def test_a_garbage_root_page_after_a_clean_exit_is_damage_at_the_next_open(archive_path):
    _fill(archive_path, 50)
    conn = sqlite3.connect(archive_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'complaints'").fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(archive_path, "r+b") as main:
        main.seek((root[0] - 1) * page_size)
        main.write(b"\xa5" * page_size)
    with pytest.raises(ArchiveDamaged, match="damaged"):
        Archive.open(archive_path)
    assert "damaged" in quick_check(archive_path, thorough=False)


def test_a_garbage_leaf_page_is_found_by_the_thorough_checks(archive_path):
    _fill(archive_path, 200)
    size = archive_path.stat().st_size
    with open(archive_path, "r+b") as main:
        main.seek(size // 2 // 4096 * 4096)
        main.write(b"\xa5" * 4096 * 3)
    assert "damaged" in quick_check(archive_path)
    result = full_check(archive_path)
    assert not result.ok and any("damaged" in line for line in result.findings)


@pytest.mark.parametrize("with_shm", [False, True])
def test_the_checks_change_neither_the_archive_nor_its_wal_nor_its_folder(archive_path, with_shm):
    from desktop_app.cli import main

    crashed, _refs = _crashed_with_wal(archive_path, more=30, with_shm=with_shm)
    before = _folder_state(crashed.parent)
    assert quick_check(crashed, thorough=False) is None
    assert quick_check(crashed) is None
    assert full_check(crashed).ok
    assert main(["check", "--data-dir", str(crashed.parent)]) == 0
    assert _folder_state(crashed.parent) == before


@pytest.mark.parametrize("crashed", [False, True])
def test_a_read_only_open_writes_nothing_and_refuses_every_write(archive_path, crashed):
    if crashed:
        path, refs = _crashed_with_wal(archive_path, more=10)
    else:
        path, refs = archive_path, _fill(archive_path, 5)
    before = _folder_state(path.parent)
    archive = Archive.open(path, read_only=True)
    assert archive.read_only
    assert {r["ref"] for r in archive.db.query("SELECT ref FROM complaints")} == refs
    with pytest.raises(ArchiveReadOnly):
        archive.add_staff("李四")
    with pytest.raises(ArchiveReadOnly):
        archive.set_setting("x", "y")
    archive.close()
    assert _folder_state(path.parent) == before


def test_a_held_write_lock_is_reported_as_busy(archive):
    other = sqlite3.connect(archive.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    archive.db.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(ArchiveBusy, match="busy"):
            archive.add_staff("李四")
    finally:
        other.execute("ROLLBACK")
        other.close()
    archive.add_staff("李四")  # and works again once the lock is gone


def _mount(*args: str) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_a_read_only_folder_is_refused_for_writing_and_opens_read_only(tmp_path):
    source, view = tmp_path / "data", tmp_path / "view"
    source.mkdir()
    view.mkdir()
    _fill(source / "amends.db", 5)
    if not _mount("--bind", str(source), str(view)):
        pytest.skip("needs root and bind mounts")
    try:
        if not _mount("-o", "remount,ro,bind", str(view)):
            pytest.skip("cannot remount read-only here")
        with pytest.raises(ArchiveReadOnly, match="read-only"):
            Archive.open(view / "amends.db")
        archive = Archive.open(view / "amends.db", read_only=True)
        assert archive.db["complaints"].count == 5
        assert full_check(view / "amends.db").ok
        archive.close()
        with pytest.raises(ArchiveReadOnly):
            Archive.open(view / "sub" / "amends.db")
    finally:
        _umount(view)
    assert sorted(p.name for p in source.iterdir()) == ["amends.db"]


def test_a_full_disk_is_an_archive_error_in_plain_words_and_loses_nothing(tmp_path):
    disk = tmp_path / "small"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)):
        pytest.skip("needs root and tmpfs")
    try:
        archive = Archive.open(disk / "amends.db")
        customer = archive.customers.add_customer(customer_input()).id
        saved = 0
        with pytest.raises(ArchiveError, match="disk is full") as raised:
            for i in range(2000):
                archive.cases.record_complaint(
                    customer, complaint_input(description=f"{i} " * 2000)
                )
                saved += 1
        assert not isinstance(raised.value, (ArchiveBusy, ArchiveReadOnly, ArchiveDamaged))
        archive.close()
        assert quick_check(disk / "amends.db") is None
        archive = Archive.open(disk / "amends.db", read_only=True)
        assert archive.db["complaints"].count == saved
        archive.close()
    finally:
        _umount(disk)
