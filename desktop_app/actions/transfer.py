"""Import as one action: all rows or none, and an undo that removes exactly what it added."""

from __future__ import annotations

from desktop_app.actions.base import Added, Done, perform
from desktop_app.archive.transfer import ImportPlan, run_import

# What an import writes: customers, cases, and what recording a case may add to it.
_IMPORTED = ("customers", "complaints", "remedies", "follow_ups", "checklist")


def import_rows(archive, plan: ImportPlan, skip_bad_rows: bool = False,
                staff_id: int | None = None, source: str = "") -> Done:
    """Write the plan; `result` is the number of rows written. ImportRefused if it has bad rows
    and `skip_bad_rows` is off (nothing is written)."""
    return perform(archive, "import", [Added(table) for table in _IMPORTED],
                   lambda: run_import(archive, plan, skip_bad_rows, staff_id, source),
                   lambda written: {"count": written, "kind": plan.kind})
