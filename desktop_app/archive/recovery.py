"""Handling a case in the archive: status moves, diagnosis, checklist, deletion, timeline.

Every method is one user action in one transaction, and writes an audit event per changed field
(who, when, field, old → new), so the case's timeline can be told from the events alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop_app.archive.core import Store
from desktop_app.archive.rows import complaint_from_row, complaint_to_row, stored_datetime, to_text
from desktop_app.archive.sql import fetch_row, insert_row, update_row
from desktop_app.domain.model import (
    Cause,
    ChecklistTick,
    Complaint,
    Event,
    RecoveryStep,
    Status,
)
from desktop_app.domain.queries import TimelineEntry
from desktop_app.domain.recovery import Diagnosis, check_diagnosis, check_reason, format_cents
from desktop_app.domain.timeline import describe
from desktop_app.domain.validate import ComplaintInput, check_complaint
from desktop_app.domain.workflow import changes, due_dates, is_reopen, move

# Fields the workflow fills in by itself when a case moves; logged as "stamped".
_STAMPS = {"acknowledged_at", "first_response_at", "first_closed_at", "closed_at", "reopen_count",
           "response_due", "resolution_due"}
# What the intake recorded and may be corrected; the cause belongs to the diagnosis.
_CORRECTABLE = ("received_at", "channel", "received_by", "description", "feeling", "expectation",
                "severity", "spread", "product", "order_no")


def stored(value: object) -> str:
    """A value as the audit trail keeps it: codes for enums, 1/0 for yes/no, sortable times."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (datetime, date)):
        return to_text(value)
    return str(value)


class RecoveryStore(Store):
    """Status moves, diagnosis, checklist, deletion and timeline of a case."""

    # Status --------------------------------------------------------------------------------

    def move_case(self, complaint_id: int, target: Status, staff_id: int | None,
                  reason: str = "", not_accepted_options: str = "") -> Complaint:
        """Move the case to `target` (raises TransitionError if not allowed from its status).

        Reopening a closed case needs `reason`; closing as NOT_RECOVERED records in
        `not_accepted_options` what the customer was told they can still do.
        """
        with self.transaction():
            before = self.case_record(complaint_id)
            reopening = is_reopen(before.status, target)
            if reopening:
                reason = check_reason(reason)
            after = move(before, target, self.now(), reason, not_accepted_options)
            self._save_complaint(before, after, staff_id, action="moved")
            if reopening:
                self.log_event("complaint", complaint_id, "reopened", staff_id,
                               complaint_id=complaint_id, field="reason", new=reason)
        return after

    def case_record(self, complaint_id: int) -> Complaint:
        """The complaint as stored (deleted or not); NotFoundError if there is no such case."""
        return complaint_from_row(fetch_row(self.db, "complaints", complaint_id))

    def _save_complaint(self, before: Complaint, after: Complaint, staff_id: int | None,
                        action: str) -> None:
        """Write what changed and one event per field; call inside the action's transaction."""
        found = changes(before, after)
        if not found:
            return
        row = complaint_to_row(after)
        assert before.id is not None  # `before` was read from the archive
        update_row(self.db, "complaints", before.id, {name: row[name] for name, _, _ in found})
        for name, old, new in found:
            kind = "moved" if name == "status" else "stamped" if name in _STAMPS else action
            self.log_event("complaint", before.id, kind, staff_id, complaint_id=before.id,
                           field=name, old=stored(old), new=stored(new))

    # Diagnosis and corrections -------------------------------------------------------------

    def update_diagnosis(self, complaint_id: int, cause: Cause | None, root_cause: str,
                         improvement: str, staff_id: int | None) -> Complaint:
        """Save why it went wrong and what the shop changed; ValidationError on bad input."""
        found = check_diagnosis(Diagnosis(cause, root_cause, improvement))
        with self.transaction():
            before = self.case_record(complaint_id)
            after = replace(before, cause=found.cause, root_cause=found.root_cause,
                            improvement=found.improvement)
            self._save_complaint(before, after, staff_id, action="changed")
        return after

    def update_complaint_fields(self, complaint_id: int, data: ComplaintInput,
                                staff_id: int | None) -> Complaint:
        """Correct what was recorded at intake (not the cause: see update_diagnosis); a new
        received time moves the targets too."""
        data = check_complaint(data, self.now())
        with self.transaction():
            before = self.case_record(complaint_id)
            after = replace(before, **{name: getattr(data, name) for name in _CORRECTABLE})
            after = replace(after, received_at=after.received_at.replace(microsecond=0))
            if after.received_at != before.received_at:
                ack_due, fix_due = due_dates(after.received_at, self.shop())
                after = replace(after, response_due=ack_due, resolution_due=fix_due)
            self._save_complaint(before, after, staff_id, action="changed")
        return after

    # Five-step checklist -------------------------------------------------------------------

    def checklist(self, complaint_id: int) -> list[ChecklistTick]:
        """The ticked steps of a case, in the order of the five steps."""
        rows = {r["step"]: r for r in self.db.query(
            "SELECT * FROM checklist WHERE complaint_id = ?", [complaint_id])}
        return [_tick_from_row(rows[step.value]) for step in RecoveryStep if step.value in rows]

    def tick_step(self, complaint_id: int, step: RecoveryStep, staff_id: int | None,
                  note: str = "") -> ChecklistTick:
        """Tick a recovery step with who and when; ticking a ticked step keeps the first tick."""
        note = check_reason(note, "note") if note.strip() else ""
        with self.transaction():
            existing = self._tick(complaint_id, step)
            if existing:
                return existing
            tick = ChecklistTick(complaint_id, step, self.now(), staff_id, note)
            insert_row(self.db, "checklist", {"complaint_id": complaint_id, "step": step.value,
                                              "done_at": to_text(tick.done_at),
                                              "done_by": staff_id, "note": note})
            self.log_event("checklist", complaint_id, "ticked", staff_id,
                           complaint_id=complaint_id, field="step", new=step.value)
        return tick

    def untick_step(self, complaint_id: int, step: RecoveryStep, staff_id: int | None) -> None:
        """Take a tick back (it was ticked by mistake); the event keeps that it was there."""
        with self.transaction():
            if self._tick(complaint_id, step) is None:
                return
            self.db.execute("DELETE FROM checklist WHERE complaint_id = ? AND step = ?",
                            [complaint_id, step.value])
            self.log_event("checklist", complaint_id, "unticked", staff_id,
                           complaint_id=complaint_id, field="step", old=step.value)

    def _tick(self, complaint_id: int, step: RecoveryStep) -> ChecklistTick | None:
        rows = list(self.db.query("SELECT * FROM checklist WHERE complaint_id = ? AND step = ?",
                                  [complaint_id, step.value]))
        return _tick_from_row(rows[0]) if rows else None

    # Deleting ------------------------------------------------------------------------------

    def delete_case(self, complaint_id: int, staff_id: int | None, reason: str) -> None:
        """Hide a case from every list (e.g. entered twice); it stays in the archive, recorded."""
        reason = check_reason(reason)
        with self.transaction():
            if self.is_deleted(complaint_id):
                return
            update_row(self.db, "complaints", complaint_id, {"deleted_at": to_text(self.now())})
            self.log_event("complaint", complaint_id, "deleted", staff_id,
                           complaint_id=complaint_id, field="reason", new=reason)

    def restore_case(self, complaint_id: int, staff_id: int | None) -> None:
        """Bring a deleted case back into the lists."""
        with self.transaction():
            if not self.is_deleted(complaint_id):
                return
            update_row(self.db, "complaints", complaint_id, {"deleted_at": None})
            self.log_event("complaint", complaint_id, "restored", staff_id,
                           complaint_id=complaint_id)

    def is_deleted(self, complaint_id: int) -> bool:
        row = self.db.execute("SELECT deleted_at FROM complaints WHERE id = ?",
                              [complaint_id]).fetchone()
        return row is not None and row[0] is not None

    # Timeline ------------------------------------------------------------------------------

    def timeline(self, complaint_id: int, detailed: bool = False) -> list[TimelineEntry]:
        """Everything that happened to the case, oldest first, with who did it.

        Without `detailed`, the times the workflow stamped by itself (acknowledged at, closed at …)
        are left out: the status moves that caused them already tell that story.
        """
        rows = self.db.query(
            "SELECT * FROM events WHERE complaint_id = ? ORDER BY at, id", [complaint_id])
        staff = {s.id: s.name for s in self.staff(active_only=False) if s.id is not None}
        details = self._timeline_details(complaint_id)
        return [
            describe(event, staff, details.get((event.entity, event.action, event.entity_id,
                                                event.new), ""))
            for event in map(event_from_row, rows)
            if detailed or event.action != "stamped"
        ]

    def _timeline_details(self, complaint_id: int) -> dict[tuple, str]:
        """The clerk's own words that go with remedy, follow-up and checklist events."""
        details = {}
        for r in self.db.query("SELECT * FROM remedies WHERE complaint_id = ?", [complaint_id]):
            text = " · ".join(t for t in (r["description"], _money(r["amount_cents"])) if t)
            details[("remedy", "created", r["id"], r["kind"])] = text
        for r in self.db.query("SELECT * FROM follow_ups WHERE complaint_id = ? AND done_at"
                               " IS NOT NULL", [complaint_id]):
            text = " · ".join(t for t in (r["still_wrong"], r["notes"]) if t)
            details[("follow_up", "done", r["id"], stored(r["satisfaction"]))] = text
        for r in self.db.query("SELECT * FROM checklist WHERE complaint_id = ?", [complaint_id]):
            details[("checklist", "ticked", complaint_id, r["step"])] = r["note"]
        return details


def _money(cents: int) -> str:
    return format_cents(cents) if cents else ""


def _tick_from_row(r: dict) -> ChecklistTick:
    return ChecklistTick(r["complaint_id"], RecoveryStep(r["step"]), stored_datetime(r["done_at"]),
                         r["done_by"], r["note"])


def event_from_row(r: dict) -> Event:
    return Event(id=r["id"], at=stored_datetime(r["at"]), staff_id=r["staff_id"],
                 entity=r["entity"], entity_id=r["entity_id"], action=r["action"],
                 complaint_id=r["complaint_id"], field=r["field"], old=r["old"], new=r["new"])
