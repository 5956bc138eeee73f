"""Work put off to a later turn of the event loop, after what is already waiting for the window.

A zero timeout in Qt 6 is a posted call: it runs in the same pass as the events posted before
it (the repaint the work before it asked for) and ahead of the timers that came due meanwhile, so
the two parts and the repaint between them make one stall. A timer of one millisecond runs after
those: each part gets a turn of its own, and the window repaints between them.

Not for a part that should still be in a new window's first paint (the case window's customer
column): a posted call comes before it, and a part put after it costs a second full paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

NEXT_TURN_MS = 1


def in_next_turn(owner: QObject, call: Callable[[], object]) -> None:
    """Call `call` in a later turn, after the repaints and input waiting now; dropped if `owner`
    is deleted first."""
    QTimer.singleShot(NEXT_TURN_MS, owner, call)
