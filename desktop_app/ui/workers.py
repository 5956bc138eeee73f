"""Slow work (PDF generation) off the UI thread, so the window never freezes.

ReportLab keeps global font state and is not thread-safe, so PDF jobs run one at a time on a
pool of their own. A job gets plain data in and sends plain data (bytes, str) back; its
signals are delivered on the GUI thread, where widgets may be touched.

Two rules keep Qt objects on their own thread, and `run_pdf_job` applies both to every job:
- Python's cyclic garbage collector runs in whichever thread happens to allocate. Run on the
  worker (which allocates a lot while drawing) it frees the Qt wrappers of closed widgets
  there, and Qt objects deleted off their thread crash the app (seen as segfaults in the
  worker's "Garbage-collecting" and as refcounts gone wrong at exit). So collection is held
  while any job runs and resumed on the GUI thread when the last one ends (with no full
  collection there: in a big window that alone stalls it for 50-100 ms).
- The worker never holds a reference to a per-job QObject: were it the last holder, the
  object would be deleted on the worker. It reports through one relay that lives as long as
  the process, and the relay hands the result to the job's signals on the GUI thread.
"""

from __future__ import annotations

import gc
import itertools
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.ui.widgets import problem_text


class JobSignals(QObject):
    """Lives on the GUI thread and is only ever emitted there."""

    finished = Signal(object)  # the job's result: bytes, or a list of bytes
    failed = Signal(str)
    progress = Signal(object)  # what a `run_job` job reported on the way (plain data)


class _Relay(QObject):
    """The one object a worker emits through; its slot runs on the GUI thread (queued)."""

    done = Signal(int, bool, object)  # job number, succeeded, result or error message
    reported = Signal(int, object)  # job number, progress value

    def __init__(self):
        super().__init__()
        self.jobs: dict[int, JobSignals] = {}
        self.done.connect(self._deliver)
        self.reported.connect(self._progress)

    @Slot(int, object)
    def _progress(self, number: int, value: object) -> None:
        signals = self.jobs.get(number)
        if signals is not None:
            signals.progress.emit(value)

    @Slot(int, bool, object)
    def _deliver(self, number: int, ok: bool, value: object) -> None:
        signals = self.jobs.pop(number)
        _resume_gc(collect=number not in _quiet_jobs)
        _quiet_jobs.discard(number)
        if ok:
            signals.finished.emit(value)
        else:
            signals.failed.emit(value)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], number: int, relay: _Relay):
        super().__init__()
        self._fn: Callable[[], object] | None = fn
        self._number, self._relay = number, relay

    def run(self) -> None:
        try:
            assert self._fn is not None  # a QRunnable runs once; only run() clears _fn
            result, ok = self._fn(), True
        except Exception as error:  # noqa: BLE001 - reported to the user, never lost in a thread
            traceback.print_exc()
            result, ok = problem_text(error), False
        self._fn = None  # the job's data is freed here, not when the pool gets round to it
        self._relay.done.emit(self._number, ok, result)


_pdf_pool: QThreadPool | None = None
_relay: _Relay | None = None
_numbers = itertools.count(1)
_gc_paused = {"jobs": 0, "was_enabled": True}
_quiet_jobs: set[int] = set()  # run_job jobs: no full collection on the GUI thread around them


def pdf_pool() -> QThreadPool:
    """The pool PDF jobs run on: one thread, so two PDFs are never built at once."""
    global _pdf_pool
    if _pdf_pool is None:
        _pdf_pool = QThreadPool()
        _pdf_pool.setMaxThreadCount(1)
    return _pdf_pool


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()  # created by the first job, on the GUI thread; never deleted
    return _relay


def _pause_gc(collect: bool = True) -> None:
    if _gc_paused["jobs"] == 0:
        _gc_paused["was_enabled"] = gc.isenabled()
        if collect:
            gc.collect()
        gc.disable()
    _gc_paused["jobs"] += 1


def _resume_gc(collect: bool = True) -> None:
    _gc_paused["jobs"] -= 1
    if _gc_paused["jobs"] == 0 and _gc_paused["was_enabled"]:
        gc.enable()
        if collect:
            gc.collect()


def collection_wanted() -> None:
    """Turn Python's collection on: now, or when the last running job ends if one holds it."""
    if _gc_paused["jobs"]:
        _gc_paused["was_enabled"] = True
    else:
        gc.enable()


def jobs_running() -> int:
    """PDF jobs started and not yet reported back on the GUI thread."""
    return _gc_paused["jobs"]


def run_pdf_job(fn: Callable[[], object]) -> JobSignals:
    """Run `fn` (pure: no Qt objects, no archive connection) off the UI thread; connect to the
    returned signals for its result or its error message, ideally with bound methods of a
    widget, which Qt disconnects when the widget is closed before the job ends.

    Call on the GUI thread. The result arrives through the event loop, so connecting right
    after this call never misses it."""
    relay = _the_relay()
    number = next(_numbers)
    # Unparented and kept by the relay until the job reports, so closing the window that
    # asked for the job never deletes the object its result is delivered through.
    signals = JobSignals()
    relay.jobs[number] = signals
    # Held, not run: a full collection on the GUI thread costs 50-100 ms in a big window (a
    # stall), and holding is all the rule needs; Python catches up on the GUI thread later.
    _quiet_jobs.add(number)
    _pause_gc(collect=False)
    pdf_pool().start(_Job(fn, number, relay))
    return signals


_background_pool: QThreadPool | None = None


def background_pool() -> QThreadPool:
    """The pool for archive jobs (backups, restore, checks): apart from PDFs, two at a time."""
    global _background_pool
    if _background_pool is None:
        _background_pool = QThreadPool()
        _background_pool.setMaxThreadCount(2)
    return _background_pool


def worker_path(archive) -> str:
    """The archive's file, for a worker's connection of its own; "" where a second connection
    could not be opened (a read-only folder or medium, or no file at all): read here then."""
    path = str(getattr(archive, "path", "") or "")
    return "" if getattr(archive, "read_only", False) else path


def run_job(fn: Callable[[Callable[[object], None]], object],
            pool: QThreadPool | None = None) -> JobSignals:
    """Like `run_pdf_job`, for archive work on `background_pool()`: `fn(report)` may call
    `report(value)` with plain data as often as it likes; each value arrives as `progress` on the
    GUI thread, before `finished`. The job opens its own SQLite connections (one per thread).
    Neither `fn` nor a report may hand back None (PySide6 miscounts None across threads).
    `pool`: another pool than `background_pool()`, for work that must not queue behind it."""
    relay = _the_relay()
    number = next(_numbers)
    signals = JobSignals()
    relay.jobs[number] = signals
    # A full collection costs the GUI thread 50-100 ms in a big window: archive jobs only hold
    # collection off (so it never runs on the worker) and leave the catching up to Python.
    _quiet_jobs.add(number)
    _pause_gc(collect=False)

    def job() -> object:
        return fn(lambda value: relay.reported.emit(number, value))

    (pool or background_pool()).start(_Job(job, number, relay))
    return signals
