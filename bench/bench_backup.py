"""Backing up the large archive: a verified backup, the start-up quick check, and a restore.

The backup is take_backup as the app runs it on exit (online backup API into a fresh file, switch
it to a rollback journal, fsync, then integrity_check and counts on the copy). The baseline is the
bare `sqlite3.Connection.backup` into a file, without verification. The quick check is the
start-up check (header + PRAGMA quick_check); the restore copies a backup into an open archive
after taking its safety copy.

    python bench/bench_backup.py [--quick] [--db PATH] [--runs 3]
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from common import archive_path, median, parse_args, report, time_ms

from desktop_app.archive import Archive
from desktop_app.archive.backup import restore_into, take_backup
from desktop_app.archive.integrity import quick_check

TARGET_BACKUP_MS = 10_000.0  # on exit, the owner should not wait more than a few seconds


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], extra=lambda p: p.add_argument(
        "--runs", type=int, default=3))
    source = archive_path(args)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        copy = folder / "amends.db"
        _raw_backup(source, copy)  # measure on a copy: the cached archive stays as generated
        ours, theirs, infos = [], [], []
        for run in range(args.runs):
            when = datetime(2026, 1, 1) + timedelta(minutes=run)
            ours.append(time_ms(lambda w=when: infos.append(take_backup(copy, folder, w))))
            theirs.append(time_ms(lambda: _raw_backup(copy, folder / "raw.db")))
        checks = [time_ms(lambda: quick_check(copy)) for _ in range(args.runs)]
        archive = Archive.open(copy)
        restore = time_ms(lambda: restore_into(archive, infos[0].path, datetime(2026, 2, 1)))
        archive.close()
    size_mb = _size(source)
    note = f"{infos[0].complaints:,} complaints, {size_mb:,.0f} MB"
    report("backup", f"take_backup (verified), median of {args.runs}", median(ours),
           baseline=median(theirs), target=TARGET_BACKUP_MS,
           target_text=f"< {TARGET_BACKUP_MS / 1000:.0f} s", note=note)
    report("backup", f"start-up quick_check, median of {args.runs}", median(checks), note=note)
    report("backup", "restore_into (incl. safety copy)", restore, note=note)


def _raw_backup(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def _size(path: Path) -> float:
    return path.stat().st_size / 1e6


if __name__ == "__main__":
    main()
