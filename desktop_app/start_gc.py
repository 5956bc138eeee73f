"""Python's cyclic garbage collector held off while the window starts, then frozen.

Starting the window makes a great many objects (modules, enums, dataclasses, Qt wrappers) and
none of them is garbage, yet they trigger ~60 collections (~8 ms). Held until the window has
painted, then `gc.freeze()` moves everything start-up made out of the collector's sight, so
every later collection is shorter too.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Collection off until `release()` (call it as early as the start begins)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Collection back on, what exists now frozen; if a worker job holds collection off right
    now (see ui.workers), it comes back when the last job ends. Safe to call more than once."""
    global _held
    if not _held:
        return
    _held = False
    gc.freeze()
    from desktop_app.ui.workers import collection_wanted

    collection_wanted()
