"""Actions on the recovery of a case: remedies and follow-ups, each correctable and undoable."""

from __future__ import annotations

from datetime import date

from desktop_app.actions.base import Done, perform
from desktop_app.actions.cases import case_scopes
from desktop_app.archive import corrections
from desktop_app.domain.model import FollowUpMethod
from desktop_app.domain.recovery import FollowUpResult, RemedyInput, check_reason


def _ref(archive, complaint_id: int) -> str:
    return archive.recovery.case_record(complaint_id).ref


def add_remedy(archive, data: RemedyInput, staff_id: int | None) -> Done:
    """Record a remedy (it may tick compensation and plan a follow-up: undo takes all back)."""
    return perform(archive, "add_remedy", case_scopes(data.complaint_id),
                   lambda: archive.remedies.add_remedy(data, staff_id),
                   {"ref": _ref(archive, data.complaint_id)})


def edit_remedy(archive, remedy_id: int, data: RemedyInput, staff_id: int | None) -> Done:
    complaint_id = archive.remedies.remedy(remedy_id).complaint_id
    return perform(archive, "edit_remedy", case_scopes(complaint_id),
                   lambda: archive.remedies.update_remedy(remedy_id, data, staff_id),
                   {"ref": _ref(archive, complaint_id)})


def remove_remedy(archive, remedy_id: int, staff_id: int | None, reason: str) -> Done:
    reason = check_reason(reason)
    complaint_id = archive.remedies.remedy(remedy_id).complaint_id
    return perform(archive, "remove_remedy", case_scopes(complaint_id),
                   lambda: corrections.remove_remedy(archive, remedy_id, staff_id, reason),
                   {"ref": _ref(archive, complaint_id)})


def schedule_follow_up(archive, complaint_id: int, due_on: date | None, method: FollowUpMethod,
                       staff_id: int | None) -> Done:
    return perform(
        archive,
        "schedule_follow_up",
        case_scopes(complaint_id),
        lambda: archive.follow_ups.schedule_follow_up(complaint_id, due_on, method, staff_id),
        {"ref": _ref(archive, complaint_id)},
    )


def reschedule_follow_up(archive, follow_up_id: int, due_on: date | None,
                         method: FollowUpMethod, staff_id: int | None) -> Done:
    complaint_id = archive.follow_ups.follow_up(follow_up_id).complaint_id
    return perform(
        archive,
        "reschedule_follow_up",
        case_scopes(complaint_id),
        lambda: archive.follow_ups.reschedule_follow_up(follow_up_id, due_on, method, staff_id),
        {"ref": _ref(archive, complaint_id)},
    )


def cancel_follow_up(archive, follow_up_id: int, staff_id: int | None, reason: str) -> Done:
    complaint_id = archive.follow_ups.follow_up(follow_up_id).complaint_id
    return perform(archive, "cancel_follow_up", case_scopes(complaint_id),
                   lambda: archive.follow_ups.cancel_follow_up(follow_up_id, staff_id, reason),
                   {"ref": _ref(archive, complaint_id)})


def record_follow_up(archive, follow_up_id: int, result: FollowUpResult,
                     staff_id: int | None) -> Done:
    complaint_id = archive.follow_ups.follow_up(follow_up_id).complaint_id
    return perform(archive, "record_follow_up", case_scopes(complaint_id),
                   lambda: archive.follow_ups.record_follow_up(follow_up_id, result, staff_id),
                   {"ref": _ref(archive, complaint_id)})
