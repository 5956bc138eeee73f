"""Actions on a whole case: record it, move it, close it with its follow-ups, delete, restore."""

from __future__ import annotations

from desktop_app.actions.base import Added, Done, Rows, perform
from desktop_app.archive import corrections
from desktop_app.domain.model import Status
from desktop_app.domain.validate import ComplaintInput, CustomerInput

_CASE_TABLES = ("remedies", "follow_ups", "checklist")


def case_scopes(complaint_id: int) -> list:
    """Every row of one case an action may change (the case itself, its remedies, follow-ups
    and checklist)."""
    return [Rows("complaints", "id", complaint_id),
            *(Rows(table, "complaint_id", complaint_id) for table in _CASE_TABLES)]


def record_complaint(archive, customer: int | CustomerInput, data: ComplaintInput,
                     staff_id: int | None) -> Done:
    """Save a new complaint (and its customer, when new); undo removes both again."""
    scopes = [Added("customers"), Added("complaints"), *(Added(t) for t in _CASE_TABLES)]
    return perform(archive, "record_complaint", scopes,
                   lambda: archive.cases.record_complaint(customer, data, staff_id),
                   lambda complaint: {"ref": complaint.ref})


def move_case(archive, complaint_id: int, target: Status, staff_id: int | None,
              reason: str = "", not_accepted_options: str = "",
              cancel_follow_ups: bool = False) -> Done:
    """Move the case; closing it can cancel its open follow-ups in the same transaction."""
    def work():
        moved = archive.recovery.move_case(
            complaint_id, target, staff_id, reason, not_accepted_options
        )
        if cancel_follow_ups and target.is_closed:
            for follow_up_id in corrections.open_follow_up_ids(archive, complaint_id):
                archive.follow_ups.cancel_follow_up(follow_up_id, staff_id, "Case closed")
        return moved
    return perform(archive, "move_case", case_scopes(complaint_id), work,
                   lambda c: {"ref": c.ref, "status": target.value})


def open_follow_ups(archive, complaint_id: int) -> int:
    """How many follow-ups of the case are still planned (the window offers to cancel them)."""
    return len(corrections.open_follow_up_ids(archive, complaint_id))


def delete_case(archive, complaint_id: int, staff_id: int | None, reason: str) -> Done:
    ref = archive.recovery.case_record(complaint_id).ref
    return perform(
        archive,
        "delete_case",
        case_scopes(complaint_id),
        lambda: archive.recovery.delete_case(complaint_id, staff_id, reason),
        {"ref": ref},
    )


def restore_case(archive, complaint_id: int, staff_id: int | None) -> Done:
    ref = archive.recovery.case_record(complaint_id).ref
    return perform(archive, "restore_case", case_scopes(complaint_id),
                   lambda: archive.recovery.restore_case(complaint_id, staff_id), {"ref": ref})


def deleted_cases(archive) -> list[dict]:
    return corrections.deleted_cases(archive)


def update_diagnosis(archive, complaint_id: int, diagnosis, staff_id: int | None) -> Done:
    ref = archive.recovery.case_record(complaint_id).ref
    return perform(archive, "update_diagnosis", case_scopes(complaint_id),
                   lambda: archive.recovery.update_diagnosis(complaint_id, diagnosis.cause,
                                                    diagnosis.root_cause, diagnosis.improvement,
                                                    staff_id), {"ref": ref})


def set_step(archive, complaint_id: int, step, ticked: bool, staff_id: int | None,
             note: str = "") -> Done:
    ref = archive.recovery.case_record(complaint_id).ref

    def work():
        if ticked:
            return archive.recovery.tick_step(complaint_id, step, staff_id, note)
        return archive.recovery.untick_step(complaint_id, step, staff_id)
    return perform(archive, "tick_step" if ticked else "untick_step",
                   case_scopes(complaint_id), work, {"ref": ref, "step": step.value})


def add_attachment(archive, complaint_id: int, add) -> Done:
    """`add()` stores the file through the archive; undo removes it again."""
    ref = archive.recovery.case_record(complaint_id).ref
    return perform(archive, "add_attachment", [Added("attachments")], add, {"ref": ref})
