"""Slow work (PDF generation) off the UI thread, so the window never freezes.

ReportLab keeps global font state and is not thread-safe, so PDF jobs run one at a time on a
pool of their own. A job gets plain data in and sends plain data (bytes, str) back; its
signals are delivered on the GUI thread, where widgets may be touched.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    """Lives on the GUI thread; the worker only emits through it."""

    finished = Signal(object)  # the job's result: bytes, or a list of bytes
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], signals: JobSignals):
        super().__init__()
        self._fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # noqa: BLE001 - reported to the user, never lost in a thread
            traceback.print_exc()
            self.signals.failed.emit(str(error) or type(error).__name__)
            return
        self.signals.finished.emit(result)


_pdf_pool: QThreadPool | None = None


def pdf_pool() -> QThreadPool:
    """The pool PDF jobs run on: one thread, so two PDFs are never built at once."""
    global _pdf_pool
    if _pdf_pool is None:
        _pdf_pool = QThreadPool()
        _pdf_pool.setMaxThreadCount(1)
    return _pdf_pool


_running: set[JobSignals] = set()


def run_pdf_job(fn: Callable[[], object]) -> JobSignals:
    """Run `fn` (pure: no Qt objects, no archive connection) off the UI thread; connect to the
    returned signals for its result or its error message, ideally with bound methods of a
    widget, which Qt disconnects when the widget is closed before the job ends."""
    # Unparented and kept here until the job reports, so closing the window that asked for
    # the job never deletes the object a worker is about to emit through.
    signals = JobSignals()
    _running.add(signals)
    signals.finished.connect(lambda _result: _running.discard(signals))
    signals.failed.connect(lambda _message: _running.discard(signals))
    pdf_pool().start(_Job(fn, signals))
    return signals
