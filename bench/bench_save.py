"""Saving a complaint through the archive layer on the large archive: median and 95th percentile.

Works on a copy of the archive made with SQLite's backup API (the cached one stays as generated).
Each save is archive.cases.record_complaint as the intake form calls it (checks, due dates, a new
reference, the audit event, one durable commit: WAL with synchronous=FULL, so one fsync per save),
half of them for a new customer. The baseline, alternated with it, is a raw sqlite3 INSERT of the
same complaint row in its own transaction with the same durability settings, on the same file.

    python bench/bench_save.py [--quick] [--db PATH] [--saves 200]
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from common import archive_path, median, p95, parse_args, report, time_ms

from desktop_app.archive import Archive
from desktop_app.domain.model import Channel, Expectation, Feeling, Severity
from desktop_app.domain.validate import ComplaintInput, CustomerInput

TARGET_P95_MS = 30.0


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], extra=lambda p: p.add_argument(
        "--saves", type=int, default=200))
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "amends.db"
        _backup(archive_path(args), copy)
        ours, theirs = _measure(copy, args.saves)
    report("save", f"record_complaint, median of {len(ours)}", median(ours),
           baseline=median(theirs))
    report("save", f"record_complaint, p95 of {len(ours)}", p95(ours), baseline=p95(theirs),
           target=TARGET_P95_MS, target_text=f"< {TARGET_P95_MS:.0f} ms")


def _backup(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _measure(path: Path, saves: int) -> tuple[list[float], list[float]]:
    archive = Archive.open(path)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")
    rng = random.Random(7)
    customers = archive.db["customers"].count
    clerk = archive.staff()[0].id
    ours, theirs = [], []
    try:
        for i in range(saves):
            customer = (rng.randint(1, customers) if i % 2 else CustomerInput(
                name=f"新客户{i}", phone=f"139 {i:04d} {rng.randint(0, 9999):04d}"))
            data = ComplaintInput(
                received_at=archive.now() - timedelta(minutes=rng.randint(1, 600)),
                channel=Channel.IN_PERSON, received_by=clerk, product="芝士蛋糕",
                description="排队等了二十五分钟咖啡才做好，上班迟到了。希望尽快处理。",
                feeling=Feeling.UPSET, expectation=Expectation.APOLOGY, severity=Severity.MEDIUM)
            started = time.perf_counter()
            saved = archive.cases.record_complaint(customer, data, staff_id=clerk)
            ours.append((time.perf_counter() - started) * 1000)
            row = _row_copy(raw, saved.id, i)
            theirs.append(time_ms(lambda r=row: _raw_insert(raw, r)))
    finally:
        raw.close()
        archive.close()
    return ours, theirs


def _row_copy(conn: sqlite3.Connection, complaint_id: int, n: int) -> dict:
    """The complaint just saved, as a new row with its own reference."""
    columns = [r[1] for r in conn.execute("PRAGMA table_info(complaints)")]
    values = conn.execute("SELECT * FROM complaints WHERE id = ?", [complaint_id]).fetchone()
    return {**dict(zip(columns, values, strict=True)), "id": None, "ref": f"raw-{n}",
            "year": 9999, "seq": n + 1}


def _raw_insert(conn: sqlite3.Connection, row: dict) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"INSERT INTO complaints ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                 list(row.values()))
    conn.execute("COMMIT")


if __name__ == "__main__":
    main()
