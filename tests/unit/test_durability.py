"""A process killed at any moment leaves a sound archive holding every record it reported saved.

The child writes complaints (and the intake draft) through the Archive API in a loop and prints
each reference once `record_complaint` has returned, i.e. committed. The parent kills it with
SIGKILL at a random moment, again and again (AMENDS_KILLS, default 30), and after every kill
checks the file and looks for every reference the child printed. After every kill the start-up
checks (light and thorough) must call the archive sound: a false "damaged" verdict would make the
window offer to replace a sound archive by an older backup.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.integrity import full_check, quick_check

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("AMENDS_KILLS", "30"))

CHILD = """
import sys
from datetime import datetime
from desktop_app.archive import Archive
from desktop_app.domain.model import Channel, Expectation, Feeling, Severity
from desktop_app.domain.validate import ComplaintInput, CustomerInput

archive = Archive.open(sys.argv[1])
if len(sys.argv) > 2:  # checkpoint every few pages, so that kills land mid-checkpoint often
    archive.db.execute(f"PRAGMA wal_autocheckpoint = {int(sys.argv[2])}")
customer = archive.customers.customer_by_phone("13800138000") or archive.customers.add_customer(
    CustomerInput("王小明", "13800138000"))
i = 0
while True:
    archive.drafts.save_draft({"typed": "半句话 " * 20, "i": i})
    saved = archive.cases.record_complaint(customer.id, ComplaintInput(
        received_at=datetime(2025, 6, 1, 12, 0), channel=Channel.PHONE,
        description=f"kill test {i} " + "退款" * 300, feeling=Feeling.UPSET,
        expectation=Expectation.REFUND, severity=Severity.LOW))
    print(saved.ref, i, flush=True)
    i += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("checkpoint_pages", [None, 8])
def test_killing_the_writer_at_random_moments_loses_no_committed_record(tmp_path,
                                                                         checkpoint_pages):
    path = tmp_path / "amends.db"
    rng = random.Random(int(os.environ.get("AMENDS_KILL_SEED", "6")))
    committed: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    extra = [str(checkpoint_pages)] if checkpoint_pages else []
    false_damage = short_main_files = 0
    kills = KILLS if not checkpoint_pages else max(3, KILLS // 3)  # slow saves: fewer kills
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), *extra], cwd=ROOT,
                                 env=env, stdout=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.05, 0.6))  # a random moment: starting, mid-commit, between
        child.send_signal(signal.SIGKILL)
        child.wait()
        lines = child.stdout.read().splitlines(keepends=True)
        reported = [line.split() for line in lines if line.endswith("\n")]
        committed |= {ref for ref, _i in reported}
        short_main_files += _shorter_than_its_header(path)
        verdicts = [quick_check(path, thorough=False), quick_check(path),
                    None if full_check(path).ok else "full check failed"]
        false_damage += any(verdicts)
        _assert_sound(path, committed, last_i=int(reported[-1][1]) if reported else None)
    assert false_damage == 0
    assert len(committed) > kills  # the children did write between kills
    print(f"{kills} kills, {short_main_files} left a main file shorter than its header, "
          f"{false_damage} false damage verdicts, {len(committed)} committed records, none lost")


def _shorter_than_its_header(path: Path) -> bool:
    if not path.exists() or path.stat().st_size < 100:
        return False
    header = path.read_bytes()[:100]
    size = int.from_bytes(header[16:18], "big") * int.from_bytes(header[28:32], "big")
    return path.stat().st_size < size


def _assert_sound(path: Path, committed: set[str], last_i: int | None) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    archive = Archive.open(path)
    try:
        stored = {r["ref"] for r in archive.db.query("SELECT ref FROM complaints")}
        assert committed <= stored, f"lost: {sorted(committed - stored)}"
        draft = archive.drafts.load_draft()
        if last_i is not None:
            assert draft.payload["i"] >= last_i  # the draft typed after it survived too
    finally:
        archive.close()
