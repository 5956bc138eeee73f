"""Counting the case list's matches on a worker, so a common search term never freezes the window.

The list shows its first page at once; the total comes from a read-only connection of the
worker's own. A newer count stops the older one (sqlite3's interrupt) and an older answer that
arrives anyway is dropped (a generation number), so the label never shows another query's total.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop_app.archive import Archive
from desktop_app.archive.cases import CountTicket
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui.workers import run_job, worker_path

# How long the GUI thread waits for a count before showing "counting…": a cheap count (an
# index, a rare term) lands within it, so the label goes straight to the number, never flickers.
WAIT_MS = 25
_CANCELLED = -1  # the job's answer when stopped (a worker may not hand back None)


class CaseCounter(QObject):
    """Counts one query at a time: `start` answers at once when it can, else `counted` follows
    (with the total, or None when it could not be counted)."""

    counted = Signal(object)

    def __init__(self, archive: Archive, parent: QObject | None = None):
        super().__init__(parent)
        self.archive = archive
        self.wait_ms = WAIT_MS
        self._generation = 0
        self._pending: int | None = None  # the generation whose answer is still awaited
        self._ticket: CountTicket | None = None
        self._answer: _Answer | None = None

    def start(self, query: CaseFilter, wait: bool = True) -> int | None:
        """The total when it came within `wait_ms` (`wait`), else None and `counted` follows.
        Without `wait`, an archive no second connection can read is not counted at all."""
        self.cancel()
        archive = self.archive
        path = worker_path(archive)
        if not path:  # no file a second connection could read
            return archive.cases.count_cases(query) if wait else None
        self._generation += 1
        number, ticket, answer = self._generation, CountTicket(), _Answer()
        self._pending, self._ticket, self._answer = number, ticket, answer
        clock = archive.clock
        def job(_report) -> tuple:
            try:
                return number, _count(path, clock, query, ticket, answer)
            except Exception:  # noqa: BLE001 - no number to show, never a wrong one
                answer.ready.set()  # its total stays _CANCELLED
                return number, _CANCELLED

        signals = run_job(job, count_pool())
        signals.finished.connect(self._finished)  # bound: dropped if the counter is gone
        return self.wait() if wait else None

    def wait(self) -> int | None:
        """The count under way, when it comes within `wait_ms` (no `counted` follows then)."""
        answer = self._answer
        if self._pending is None or answer is None:
            return None
        if answer.ready.wait(self.wait_ms / 1000) and answer.total != _CANCELLED:
            self._pending = self._ticket = self._answer = None  # the signal to come is dropped
            return answer.total
        return None

    def cancel(self) -> None:
        """Forget the count under way and stop it if it still runs."""
        if self._ticket is not None:
            self._ticket.cancel()
        self._pending = self._ticket = self._answer = None

    @property
    def counts_aside(self) -> bool:
        """Whether counts run on a worker (a second connection can read the archive)."""
        return bool(worker_path(self.archive))

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def _finished(self, result) -> None:
        number, total = result
        if number != self._pending:  # an older query's, or answered within the wait
            return
        self._pending = self._ticket = self._answer = None
        self.counted.emit(None if total == _CANCELLED else total)


_pool: QThreadPool | None = None


def count_pool() -> QThreadPool:
    """Threads of their own: a count never waits behind a backup or a restore. Two, so a newer
    count need not wait for an older one to notice it was stopped."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


class _Answer:
    """The worker's total, for the GUI thread's short wait (the signal comes through the loop)."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.total = _CANCELLED


def _count(path: str, clock: Callable[[], datetime], query: CaseFilter, ticket: CountTicket,
           answer: _Answer) -> int:
    """On the worker: the count on a read-only connection of this thread's own."""
    if ticket.cancelled:
        return _CANCELLED
    with Archive.reader(Path(path), clock) as reader:
        total = reader.cases.count_cases_unless(query, ticket)
    answer.total = _CANCELLED if total is None else total
    answer.ready.set()
    return answer.total
