"""The complaint being typed, saved every few seconds so a crash or power cut does not lose it.

There is one draft slot (the intake form is one form): saving replaces it, finishing or discarding
the complaint clears it, and the next start offers back whatever is still there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktop_app.archive.core import Store
from desktop_app.archive.rows import stored_datetime, to_text


@dataclass(frozen=True)
class Draft:
    saved_at: datetime
    payload: dict


class DraftStore(Store):
    """The one draft slot of the intake form."""

    def save_draft(self, payload: dict) -> None:
        """Keep `payload` (JSON-able values: text, numbers, booleans, None, lists, dicts).

        Each save is its own committed transaction, so it survives the process being killed.
        Drafts are not audit events: they are half-typed text, not a record of the shop.
        """
        text = json.dumps(payload, ensure_ascii=False)
        with self.transaction():
            self.db.table("drafts").upsert(
                {"id": 1, "saved_at": to_text(self.now()), "payload": text}, pk="id")

    def load_draft(self) -> Draft | None:
        rows = list(self.db.query("SELECT saved_at, payload FROM drafts WHERE id = 1"))
        if not rows:
            return None
        try:
            payload = json.loads(rows[0]["payload"])
        except ValueError:
            return None  # a draft that cannot be read is not worth an error at start-up
        return Draft(stored_datetime(rows[0]["saved_at"]), payload)

    def clear_draft(self) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM drafts WHERE id = 1")
