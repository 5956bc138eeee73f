"""PDF jobs run off the UI thread with Python's garbage collector held, so Qt objects are never
freed on the worker; results and errors come back on the GUI thread, also after the window that
asked for them was closed."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from desktop_app.ui.workers import jobs_running, pdf_pool, run_pdf_job


class Receiver(QWidget):
    def __init__(self):
        super().__init__()
        self.results = []

    def take(self, result) -> None:
        self.results.append((result, threading.current_thread() is threading.main_thread()))


def test_the_collector_is_held_while_a_job_runs_and_resumed_on_the_gui_thread(qtbot):
    seen_in_job = []

    def job() -> bytes:
        seen_in_job.append((gc.isenabled(), threading.current_thread() is threading.main_thread()))
        return b"%PDF"

    receiver = Receiver()
    qtbot.addWidget(receiver)
    signals = run_pdf_job(job)
    signals.finished.connect(receiver.take)
    qtbot.waitUntil(lambda: bool(receiver.results), timeout=10_000)

    assert seen_in_job == [(False, False)]  # on the worker, nothing collected
    assert receiver.results == [(b"%PDF", True)]
    assert gc.isenabled() and jobs_running() == 0


def test_an_error_is_reported_and_collection_resumes(qtbot):
    def job() -> bytes:
        raise OSError("font file missing")

    messages = []
    signals = run_pdf_job(job)
    signals.failed.connect(messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages == ["A file could not be read or written (technical detail: font file "
                        "missing)."]  # in the window's language, its own words as a detail
    assert gc.isenabled() and jobs_running() == 0


def test_closing_the_receiver_before_the_job_ends_still_resumes_collection(qtbot):
    started, release = threading.Event(), threading.Event()

    def job() -> bytes:
        started.set()
        release.wait(10)
        return b"%PDF"

    receiver = Receiver()
    signals = run_pdf_job(job)
    signals.finished.connect(receiver.take)
    assert started.wait(10)
    receiver.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert pdf_pool().waitForDone(10_000)
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=10_000)
    assert gc.isenabled()
