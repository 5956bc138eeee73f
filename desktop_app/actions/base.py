"""The shape every action shares: validate, one transaction, audit, and a way back.

An action returns `Done`: what the caller needs (`result`), a `kind` and `details` the window turns
into "Undo …" text, and the `Change` that undo and redo put back (None when it cannot be undone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.archive import corrections
from desktop_app.archive.corrections import Added, Change, Rows

__all__ = ["Added", "Done", "IRREVERSIBLE", "Rows", "perform", "redo", "undo"]

# Actions the window must announce as final before they run (nothing keeps what they remove).
IRREVERSIBLE = frozenset({"erase_customer"})


@dataclass
class Done:
    kind: str  # e.g. "move_case"; the window words it ("Move case 2026-0042 to Closed")
    details: dict = field(default_factory=dict)
    result: Any = None
    change: Change | None = None

    @property
    def undoable(self) -> bool:
        return self.change is not None and bool(self.change)


def perform(archive, kind: str, scopes: Iterable, work: Callable[[], Any],
            details: Callable[[Any], dict] | dict | None = None) -> Done:
    """Run `work` in one transaction, photographing the rows in `scopes` around it."""
    with archive.transaction():
        tracker = corrections.track(archive, scopes)
        result = work()
        change = tracker.finish()
    found = details(result) if callable(details) else dict(details or {})
    return Done(kind, found, result, None if kind in IRREVERSIBLE else change)


def undo(archive, done: Done, staff_id: int | None) -> None:
    """Put back what `done` changed, as an audited action of its own."""
    _put_back(archive, done, True, staff_id)


def redo(archive, done: Done, staff_id: int | None) -> None:
    """Do again what was undone: the same rows, the same ids, audited as redone."""
    _put_back(archive, done, False, staff_id)


def _put_back(archive, done: Done, undoing: bool, staff_id: int | None) -> None:
    if done.change is None:
        raise ValueError(f"{done.kind} cannot be undone")
    with archive.transaction():
        corrections.apply(archive, done.change, undoing, staff_id)
