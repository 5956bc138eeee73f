"""Kill a restore or a backup at any instant: the archive is then the old one or the restored one,
never half of each, and a killed backup's leftovers are cleaned at the next run.

Each kill is a SIGKILL of a child `amends restore`/`amends backup`: once at every step boundary
(the child kills itself from the step hook) and at random moments inside the steps.
AMENDS_KILLS=N sets how many random kills each test makes (default 6).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.backup import backup_files, list_backups, take_backup
from tests.conftest import complaint_input, customer_input
from tests.unit.test_restore import write_into_wal_and_die

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("AMENDS_KILLS", "6"))
STEPS = ["safety-copy", "copied", "prepared", "checkpointed", "sidecars-removed", "renamed"]
NOW = datetime(2026, 11, 23, 18, 30)

CHILD = """
import os, signal, sys
from desktop_app.archive import restore
from desktop_app.cli import main
die_at = os.environ.get("DIE_AT")
def hook(name):
    if name == die_at:
        os.kill(os.getpid(), signal.SIGKILL)
restore.step_hook = hook
print("go", flush=True)
sys.exit(main(sys.argv[1:]))
"""


def _timed(argv: list[str], folder: Path, tmp_path: Path) -> float:
    """How long an uninterrupted run takes after its imports (the folder is put back after)."""
    snapshot = tmp_path / "timing"
    _copy_folder(folder, snapshot)
    start = time.monotonic()
    _run_child(argv)
    elapsed = time.monotonic() - start
    _copy_folder(snapshot, folder)
    return elapsed


def _run_child(argv: list[str], die_at: str = "", delay: float | None = None) -> int | None:
    env = {**os.environ, "DIE_AT": die_at}
    child = subprocess.Popen([sys.executable, "-c", CHILD, *argv], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout.readline().strip() == "go"
    if delay is not None:
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    return child.wait(timeout=60)


def _state(path: Path) -> int | str:
    """The archive's complaint count, or why it is not a sound archive."""
    if not path.exists():
        return "missing"
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return "damaged"
            return conn.execute("SELECT COUNT(*) FROM complaints").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return f"unreadable: {error}"


def _fill(archive: Archive, count: int, start: int = 0) -> None:
    with archive.transaction():
        for i in range(start, start + count):
            archive.cases.record_complaint(customer_input(phone=f"136 {i:05d}"),
                                     complaint_input(description="货不对板。" * 200))


@pytest.fixture
def shop(tmp_path):
    """An archive of 150 complaints (the last 30 still only in its WAL) and a backup of 60."""
    path = tmp_path / "data" / "amends.db"
    archive = Archive.open(path)
    _fill(archive, 60)
    (tmp_path / "usb").mkdir()
    backup = take_backup(path, tmp_path / "usb", NOW).path
    _fill(archive, 60, start=60)
    archive.close()
    write_into_wal_and_die(path, 30)
    return path, backup


def _kill_points(durations: float) -> list[tuple[str, float | None]]:
    rng = random.Random(13)
    return [(step, None) for step in STEPS] + [
        ("", rng.uniform(0, durations)) for _ in range(KILLS)]


def test_a_killed_restore_leaves_the_old_archive_or_the_restored_one(shop, tmp_path):
    path, backup = shop
    argv = ["restore", str(backup), "--data-dir", str(path.parent)]
    half_written = []
    for step, delay in _kill_points(durations=_timed(argv, path.parent, tmp_path)):
        snapshot = tmp_path / "snapshot"
        _copy_folder(path.parent, snapshot)
        _run_child(argv, die_at=step, delay=delay)
        state = _state(path)
        if state not in (150, 60):
            half_written.append((step, delay, state))
        _copy_folder(snapshot, path.parent)  # every kill starts from the same old archive
    assert half_written == []
    assert _run_child(argv) == 0 and _state(path) == 60
    assert not list(path.parent.glob("amends.db.restoring*"))  # the leftovers were cleaned


def test_a_killed_restore_over_a_damaged_archive_never_loses_the_damaged_file(shop, tmp_path):
    path, backup = shop
    argv = ["restore", str(backup), "--data-dir", str(path.parent)]
    garbage = b"\x13" * 20_000
    for step, delay in _kill_points(durations=_timed(argv, path.parent, tmp_path)):
        for part in path.parent.glob("amends.db*"):
            part.unlink()
        path.write_bytes(garbage)
        _run_child(argv, die_at=step, delay=delay)
        kept = [p for p in path.parent.glob("amends.db*") if p.read_bytes() == garbage]
        assert kept, f"the damaged file is gone after a kill at {step or delay}"
        assert path.read_bytes() == garbage or _state(path) == 60, (step, delay)
    assert _run_child(argv) == 0 and _state(path) == 60


def test_a_killed_backup_leaves_no_backup_that_fails_and_is_cleaned_up_next_time(shop, tmp_path):
    path, _ = shop
    usb = tmp_path / "usb2"
    usb.mkdir()
    argv = ["backup", "--to", str(usb), "--data-dir", str(path.parent)]
    rng = random.Random(7)
    for _ in range(max(KILLS, 4)):
        _run_child(argv, delay=rng.uniform(0.05, 0.6))
        assert all(b.ok for b in list_backups(usb)), "a backup that fails its check has a name"
    take_backup(path, usb, NOW + timedelta(days=1))
    assert not list(usb.glob("*.partial*"))
    assert all(b.ok and b.complaints == 150 for b in list_backups(usb))
    assert len(backup_files(usb)) >= 1


def _copy_folder(source: Path, target: Path) -> None:
    import shutil

    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
