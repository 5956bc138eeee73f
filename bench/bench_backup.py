"""Backing up the large archive: a verified backup, the start-up quick check, and a restore.

The backup is take_backup as the app runs it on exit (online backup API into a fresh file, switch
it to a rollback journal, fsync, then integrity_check and counts on the copy). The baseline is the
bare `sqlite3.Connection.backup` into a file, without verification. The quick check is the
start-up check (header + PRAGMA quick_check); the restore copies a backup into an open archive
after taking its safety copy.

The stall lines measure what the window feels: the longest gap of a 10 ms GUI-thread timer while
the Backups dialog opens and checks its list, while *Back up now* runs, and while a restore runs,
each started the way the window starts it. Printed as `stall JOB max_gap_ms=N` (target < 50).

    python bench/bench_backup.py [--quick] [--db PATH] [--runs 3] [--stall-only]
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from common import archive_path, median, parse_args, report, time_ms

from desktop_app.archive import Archive
from desktop_app.archive.backup import restore_into, take_backup
from desktop_app.archive.integrity import quick_check

TARGET_BACKUP_MS = 10_000.0  # on exit, the owner should not wait more than a few seconds


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], extra=_options)
    source = archive_path(args)
    stalls(source)
    if args.stall_only:
        return
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


def _options(parser) -> None:
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stall-only", action="store_true", help="only the GUI stall lines")


class _Stall:
    """The longest gap between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last, self.max_gap = 0.0, 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def measure(self, start, done, timeout: float = 600.0) -> float:
        from PySide6.QtCore import QEventLoop, QTimer

        self.max_gap, self.last = 0.0, time.perf_counter()
        self.timer.start()
        start()
        self._tick()
        # A real event loop, as the window runs: spinning processEvents() from a Python loop
        # while workers emit has aborted PySide6 ("none_dealloc").
        loop, end = QEventLoop(), time.perf_counter() + timeout
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(lambda: (done() or time.perf_counter() > end) and loop.quit())
        poll.start()
        loop.exec()
        poll.stop()
        self._tick()
        self.timer.stop()
        return self.max_gap * 1000


class _Yes:
    def question(self, *args) -> bool:
        return True


def stalls(source: Path) -> None:
    """Open the Backups dialog over a copy of `source` with 3 backups, back up, restore."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.archive.backup import backup_folder
    from desktop_app.ui.backup_dialog import BackupDialog

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "amends.db"
        _raw_backup(source, copy)
        archive = Archive.open(copy)
        for minute in range(3):
            take_backup(copy, backup_folder(archive), datetime(2026, 1, 1, 9, minute))
        stall, box = _Stall(), {}

        def checked() -> bool:
            dialog = box.get("dialog")
            return dialog is not None and all(b.checked for b in dialog.backups)

        def open_dialog() -> None:
            box["dialog"] = BackupDialog(archive, prompt=_Yes(), clock=datetime.now)
            box["dialog"].show()

        gap = stall.measure(open_dialog, checked)
        print(f"stall open_backups_dialog max_gap_ms={gap:.0f}", flush=True)
        dialog = box["dialog"]
        gap = stall.measure(dialog.back_up_now, lambda: not dialog._busy and checked())
        print(f"stall back_up_now max_gap_ms={gap:.0f}", flush=True)
        dialog.table.selectRow(len(dialog.backups) - 1)
        restored = []
        dialog.restored.connect(restored.append)
        gap = stall.measure(dialog.restore_selected, lambda: bool(restored) and not dialog._busy)
        print(f"stall restore max_gap_ms={gap:.0f}", flush=True)
        dialog.close()
        archive.close()


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
