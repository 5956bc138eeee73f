"""Work the first screen does not need, done once the window has painted: the clerk sees the case
list as soon as possible, and what comes next (the New complaint form, sqlite-utils, the
background check) is ready before anyone asks for it.

Each queued step runs on the GUI thread in a turn of the event loop of its own, so a step must be
short (well under 50 ms); longer work belongs on a worker (`ui.workers.run_job`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PAUSE_MS = 100  # after the first paint: let the first screen settle before doing more
LATEST_MS = 2000  # a window that never paints (started minimised) still gets its steps
STEP_GAP_MS = 10  # between steps, so input and repaints get their turn


class _Queue(QObject):
    """The steps of one window, started by its first paint (an event filter until then)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.steps: deque[Callable[[], object]] = deque()
        self.started = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._run_one)
        self._timer.start(LATEST_MS)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if not self.started:
                self._timer.start(PAUSE_MS)
        return False

    def add(self, step: Callable[[], object]) -> None:
        self.steps.append(step)
        if self.started and not self._timer.isActive():
            self._timer.start(STEP_GAP_MS)

    def _run_one(self) -> None:
        self.started = True
        window = cast(QWidget, self.parent())
        archive = getattr(window, "archive", None)
        if not window.isVisible() or getattr(archive, "closed", False):
            self.steps.clear()  # closed: what was left is built on demand, if ever
        if self.steps:
            self.steps.popleft()()
        if self.steps:
            self._timer.start(STEP_GAP_MS)


def after_first_paint(window: QWidget, step: Callable[[], object]) -> None:
    """Run `step` a moment after `window` first paints (soon, if it has), after the steps
    queued before it, each in its own turn of the event loop."""
    queue = getattr(window, "_after_first_paint", None)
    if queue is None:
        queue = window._after_first_paint = _Queue(window)  # type: ignore[attr-defined]
    queue.add(step)


def preload_sqlite_utils() -> None:
    """Import sqlite-utils on a worker (it is pure Python, imports are thread-safe): the first
    save then finds it loaded instead of paying ~35 ms for it on the GUI thread."""
    from desktop_app.archive.database import preload_library
    from desktop_app.ui.workers import run_job

    def preload(_report) -> bool:
        preload_library()
        return True  # a job may not hand back None

    run_job(preload)
