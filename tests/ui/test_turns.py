"""Work put off to a later turn runs after what the window was already waiting for: the repaint
asked for just before (here: any posted event) and the timers that came due meanwhile run first,
instead of the put-off part adding itself to the same stall."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer

from desktop_app.ui import turns
from desktop_app.ui.turns import in_next_turn

SLOW = QEvent.Type(QEvent.registerEventType())


class _Window(QObject):
    """Stands for the window: a posted event (its repaint) takes 12 ms to handle."""

    def __init__(self, seen: list):
        super().__init__()
        self.seen = seen

    def event(self, event: QEvent) -> bool:
        if event.type() == SLOW:
            time.sleep(0.012)  # longer than the tick's interval: the tick is due after it
            self.seen.append("repaint")
            return True
        return super().event(event)


def _order(monkeypatch, ms: int) -> list:
    monkeypatch.setattr(turns, "NEXT_TURN_MS", ms)
    seen: list = []
    window = _Window(seen)
    loop = QEventLoop()  # the window's own loop, as app.exec() runs it
    tick = QTimer(interval=5)
    tick.timeout.connect(lambda: seen.append("tick"))

    def part() -> None:
        seen.append("part")
        loop.quit()

    def work() -> None:  # a page built (longer than the tick's interval), its repaint asked
        time.sleep(0.012)  # for, its next part put off
        QCoreApplication.postEvent(window, QEvent(SLOW))
        in_next_turn(window, part)

    tick.start()
    QTimer.singleShot(20, work)
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    tick.stop()
    return seen


def test_the_put_off_part_waits_for_the_repaint_and_the_timer_that_came_due(monkeypatch):
    seen = _order(monkeypatch, turns.NEXT_TURN_MS)
    assert "tick" in seen[seen.index("repaint"):seen.index("part")]


def test_a_zero_timeout_would_run_in_the_repaints_own_pass(monkeypatch):
    """Why the module waits one millisecond: a zero timeout is a posted call, run with the events
    posted before it and ahead of the timers that came due."""
    seen = _order(monkeypatch, 0)
    assert "tick" not in seen[seen.index("repaint"):seen.index("part")]
