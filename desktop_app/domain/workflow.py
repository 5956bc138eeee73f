"""The complaint-handling procedure as statuses and allowed moves, and what each move records.

received → acknowledged → investigating → remedy agreed → remedy carried out → following up →
closed as recovered or not recovered; a closed case can be reopened, with a reason.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime, timedelta

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Complaint, ShopProfile, Status
from desktop_app.domain.problems import Problem

S = Status
ALLOWED_MOVES: dict[Status, tuple[Status, ...]] = {
    S.RECEIVED: (S.ACKNOWLEDGED, S.INVESTIGATING, S.REMEDY_AGREED),
    S.ACKNOWLEDGED: (S.INVESTIGATING, S.REMEDY_AGREED),
    S.INVESTIGATING: (S.REMEDY_AGREED, S.NOT_RECOVERED),
    S.REMEDY_AGREED: (S.REMEDY_DONE, S.INVESTIGATING, S.NOT_RECOVERED),
    S.REMEDY_DONE: (S.FOLLOW_UP, S.RECOVERED, S.NOT_RECOVERED),
    S.FOLLOW_UP: (S.RECOVERED, S.NOT_RECOVERED, S.INVESTIGATING),
    S.RECOVERED: (S.INVESTIGATING,),
    S.NOT_RECOVERED: (S.INVESTIGATING,),
}

# Statuses that mean the shop has given a real answer or taken action (not just "we have it").
_RESPONDED = {S.REMEDY_AGREED, S.REMEDY_DONE, S.FOLLOW_UP, S.RECOVERED, S.NOT_RECOVERED}


class TransitionError(Problem, ValueError):
    """The move is not allowed from the case's current status, or lacks its reason; the values
    are Status members (their code in English, their label in a window)."""


def allowed_moves(status: Status) -> tuple[Status, ...]:
    return ALLOWED_MOVES[status]


def is_reopen(current: Status, target: Status) -> bool:
    return current.is_closed and not target.is_closed


def needs_reason(current: Status, target: Status) -> bool:
    """Whether the move must be explained: reopening a closed case does."""
    return is_reopen(current, target)


def move(
    complaint: Complaint,
    target: Status,
    at: datetime,
    reason: str = "",
    not_accepted_options: str = "",
) -> Complaint:
    """The complaint after moving to `target` at `at`, with its timestamps filled in.

    Closing as not recovered keeps `not_accepted_options`: what the customer was told they can
    still do (ISO 10002 asks for it); closing as recovered clears it.
    """
    if target not in ALLOWED_MOVES[complaint.status]:
        raise TransitionError(_N("Problems", "{current} → {target} is not allowed"),
                              current=complaint.status, target=target)
    reopening = is_reopen(complaint.status, target)
    if reopening and not reason.strip():
        raise TransitionError(_N("Problems", "reopening a case needs a reason"))
    changes: dict = {"status": target}
    if complaint.acknowledged_at is None and target is not S.RECEIVED:
        changes["acknowledged_at"] = at
    if complaint.first_response_at is None and target in _RESPONDED:
        changes["first_response_at"] = at
    if target.is_closed:
        changes["closed_at"] = at
        if complaint.first_closed_at is None:
            changes["first_closed_at"] = at
    if reopening:
        changes["reopen_count"] = complaint.reopen_count + 1
        changes["closed_at"] = None
    if target is S.NOT_RECOVERED:
        changes["not_accepted_options"] = not_accepted_options.strip()
    elif target is S.RECOVERED:
        changes["not_accepted_options"] = ""
    return replace(complaint, **changes)


def changes(before: Complaint, after: Complaint) -> list[tuple[str, object, object]]:
    """(field, old, new) for every field that differs, in the record's field order: the audit."""
    found = []
    for f in fields(Complaint):
        old, new = getattr(before, f.name), getattr(after, f.name)
        if old != new:
            found.append((f.name, old, new))
    return found


def due_dates(received_at: datetime, shop: ShopProfile) -> tuple[datetime, datetime]:
    """When the acknowledgement and the resolution are due under the shop's targets."""
    return (
        received_at + timedelta(hours=shop.ack_target_hours),
        received_at + timedelta(days=shop.resolve_target_days),
    )


def is_overdue(complaint: Complaint, now: datetime) -> bool:
    """Past its acknowledgement target while unacknowledged, or past resolution while open."""
    if complaint.status.is_closed:
        return False
    late_ack = (
        complaint.acknowledged_at is None
        and complaint.response_due is not None
        and now > complaint.response_due
    )
    late_fix = complaint.resolution_due is not None and now > complaint.resolution_due
    return late_ack or late_fix
