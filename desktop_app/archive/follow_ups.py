"""Follow-ups in the archive: planning them, recording what the customer said, the morning list.

Checking back after the fix is the fifth recovery step; a recorded result ticks it, and a result
that names a next date plans the next call, so a case is followed until the customer is satisfied.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.archive.core import Core, Store
from desktop_app.archive.recovery import RecoveryStore, stored
from desktop_app.archive.rows import stored_date, to_bool, to_datetime, to_text
from desktop_app.archive.sql import fetch_row, insert_row, update_row
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import FollowUp, FollowUpMethod, RecoveryStep, Status
from desktop_app.domain.queries import FollowUpRow
from desktop_app.domain.recovery import (
    FollowUpResult,
    bucket,
    check_due_on,
    check_follow_up_result,
    check_reason,
)
from desktop_app.domain.validate import FieldError, ValidationError

_DUE_SQL = """
    SELECT f.id, f.complaint_id, f.due_on, f.method, k.ref, k.customer_id, k.status,
           c.name AS customer_name, c.phone AS customer_phone, COALESCE(s.name, '') AS staff_name
    FROM follow_ups f
    JOIN complaints k ON k.id = f.complaint_id
    JOIN customers c ON c.id = k.customer_id
    LEFT JOIN staff s ON s.id = k.received_by
    WHERE f.done_at IS NULL AND f.due_on <= :last AND k.deleted_at IS NULL
    ORDER BY f.due_on, k.ref"""


class FollowUpStore(Store):
    """Follow-ups of a case; a recorded result ticks the recovery step."""

    def __init__(self, core: Core, recovery: RecoveryStore) -> None:
        super().__init__(core)
        self._recovery = recovery

    def follow_ups(self, complaint_id: int) -> list[FollowUp]:
        """The follow-ups of a case, planned and done, by due date."""
        rows = self.db.query("SELECT * FROM follow_ups WHERE complaint_id = ? ORDER BY due_on, id",
                             [complaint_id])
        return [follow_up_from_row(r) for r in rows]

    def follow_up(self, follow_up_id: int) -> FollowUp:
        return follow_up_from_row(fetch_row(self.db, "follow_ups", follow_up_id))

    def schedule_follow_up(self, complaint_id: int, due_on: date | None, method: FollowUpMethod,
                           staff_id: int | None) -> FollowUp:
        """Plan a follow-up by hand (adding a remedy plans one by itself)."""
        with self.transaction():
            received = self._recovery.case_record(complaint_id).received_at.date()
            due_on = check_due_on(due_on, received, self.now().date())
            follow_up_id = insert_row(self.db, "follow_ups", {
                "complaint_id": complaint_id, "due_on": to_text(due_on), "method": method.value,
            })
            self.log_event("follow_up", follow_up_id, "scheduled", staff_id,
                           complaint_id=complaint_id, field="due_on", new=to_text(due_on))
        return self.follow_up(follow_up_id)

    def reschedule_follow_up(self, follow_up_id: int, due_on: date | None,
                             method: FollowUpMethod, staff_id: int | None) -> FollowUp:
        """Move a planned follow-up to another day or method (the customer asked to be called
        next week)."""
        with self.transaction():
            old = self._open_follow_up(follow_up_id)
            received = self._recovery.case_record(old["complaint_id"]).received_at.date()
            new = {"due_on": to_text(check_due_on(due_on, received, self.now().date())),
                   "method": method.value}
            changed = {k: v for k, v in new.items() if old[k] != v}
            if changed:
                update_row(self.db, "follow_ups", follow_up_id, changed)
            for name, value in changed.items():
                self.log_event("follow_up", follow_up_id, "changed", staff_id,
                               complaint_id=old["complaint_id"], field=name, old=old[name],
                               new=value)
        return self.follow_up(follow_up_id)

    def cancel_follow_up(self, follow_up_id: int, staff_id: int | None, reason: str) -> None:
        """Drop a planned follow-up (the customer asked not to be contacted); the event keeps
        its date and the reason."""
        reason = check_reason(reason)
        with self.transaction():
            old = self._open_follow_up(follow_up_id)
            self.db.execute("DELETE FROM follow_ups WHERE id = ?", [follow_up_id])
            # The "scheduled" event with the same id still tells which date was dropped.
            self.log_event("follow_up", follow_up_id, "cancelled", staff_id,
                           complaint_id=old["complaint_id"], field="reason", new=reason)

    def record_follow_up(self, follow_up_id: int, result: FollowUpResult,
                         staff_id: int | None) -> FollowUp:
        """Record what the customer said; ticks the follow-up step and plans the next one."""
        result = check_follow_up_result(result, self.now())
        with self.transaction():
            old = self._open_follow_up(follow_up_id)
            assert result.done_at is not None  # check_follow_up_result requires it
            update_row(self.db, "follow_ups", follow_up_id, {
                "done_at": to_text(result.done_at.replace(microsecond=0)),
                "done_by": staff_id,
                "method": result.method.value,
                "satisfaction": result.satisfaction,
                "recovery_accepted": _flag(result.recovery_accepted),
                "will_return": _flag(result.will_return),
                "still_wrong": result.still_wrong,
                "notes": result.notes,
            })
            self.log_event("follow_up", follow_up_id, "done", staff_id,
                           complaint_id=old["complaint_id"], field="satisfaction",
                           new=stored(result.satisfaction))
            self._recovery.tick_step(old["complaint_id"], RecoveryStep.FOLLOW_UP, staff_id)
            if result.next_due_on is not None:
                self.schedule_follow_up(old["complaint_id"], result.next_due_on, result.method,
                                        staff_id)
        return self.follow_up(follow_up_id)

    def _open_follow_up(self, follow_up_id: int) -> dict:
        row = fetch_row(self.db, "follow_ups", follow_up_id)
        if row["done_at"] is not None:
            raise ValidationError([FieldError("done_at", _N(
                "Validation", "This follow-up is already done; plan a new one instead."))])
        return row

    def due_follow_ups(self, today: date, days_ahead: int = 7) -> list[FollowUpRow]:
        """Planned follow-ups that are overdue, due today, or due within `days_ahead` days;
        overdue first, then by date."""
        last = today + timedelta(days=max(days_ahead, 0))
        rows = self.db.query(_DUE_SQL, {"last": to_text(last)})
        return [_due_row(r, today) for r in rows]

    def count_due_follow_ups(self, today: date) -> int:
        """How many follow-ups are due today or overdue (the main window's badge)."""
        return self.db.execute(
            """SELECT COUNT(*) FROM follow_ups f JOIN complaints k ON k.id = f.complaint_id
               WHERE f.done_at IS NULL AND f.due_on <= ? AND k.deleted_at IS NULL""",
            [to_text(today)]).fetchone()[0]


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _due_row(r: dict, today: date) -> FollowUpRow:
    due_on = stored_date(r["due_on"])
    return FollowUpRow(
        follow_up_id=r["id"], complaint_id=r["complaint_id"], ref=r["ref"],
        customer_id=r["customer_id"], customer_name=r["customer_name"],
        customer_phone=r["customer_phone"], due_on=due_on, method=FollowUpMethod(r["method"]),
        bucket=bucket(due_on, today), days_overdue=max((today - due_on).days, 0),
        status=Status(r["status"]), staff_name=r["staff_name"],
    )


def follow_up_from_row(r: dict) -> FollowUp:
    return FollowUp(
        id=r["id"], complaint_id=r["complaint_id"], due_on=stored_date(r["due_on"]),
        method=FollowUpMethod(r["method"]), done_at=to_datetime(r["done_at"]),
        done_by=r["done_by"], satisfaction=r["satisfaction"],
        recovery_accepted=to_bool(r["recovery_accepted"]), will_return=to_bool(r["will_return"]),
        still_wrong=r["still_wrong"], notes=r["notes"],
    )
