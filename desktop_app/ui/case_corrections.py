"""Correcting a case from its window: edit or remove a remedy, reschedule or cancel a follow-up,
and on closing, the offer to cancel the follow-ups still planned. Each runs as an undoable action.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.actions import cases, recovery
from desktop_app.ui import undo
from desktop_app.ui.follow_up_dialog import ScheduleFollowUpDialog
from desktop_app.ui.move_dialog import cancel_follow_up_dialog, remove_remedy_dialog
from desktop_app.ui.remedy_dialog import RemedyDialog


def edit_remedy(view, remedy_id: int) -> None:
    dialog = RemedyDialog(
        view.archive,
        view.complaint,
        view.staff_id(),
        view,
        remedy=view.archive.remedies.remedy(remedy_id),
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        view.done(
            QCoreApplication.translate("CaseCorrections", "Remedy of case {ref} corrected.").format(
                ref=view.complaint.ref
            )
        )


def remove_remedy(view, remedy_id: int) -> None:
    dialog = remove_remedy_dialog(
        view.complaint.ref,
        lambda text: undo.run(
            view, lambda: recovery.remove_remedy(view.archive, remedy_id, view.staff_id(), text)
        ),
        view,
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        view.done(
            QCoreApplication.translate(
                "CaseCorrections", "Remedy removed from case {ref}; the removal is recorded."
            ).format(ref=view.complaint.ref)
        )


def reschedule_follow_up(view, follow_up_id: int) -> None:
    dialog = ScheduleFollowUpDialog(
        view.archive,
        view.complaint_id,
        view.staff_id(),
        view,
        follow_up=view.archive.follow_ups.follow_up(follow_up_id),
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        view.done(
            QCoreApplication.translate(
                "CaseCorrections", "Follow-up of case {ref} rescheduled."
            ).format(ref=view.complaint.ref)
        )


def cancel_follow_up(view, follow_up_id: int) -> None:
    dialog = cancel_follow_up_dialog(
        view.complaint.ref,
        lambda text: undo.run(
            view,
            lambda: recovery.cancel_follow_up(view.archive, follow_up_id, view.staff_id(), text),
        ),
        view,
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        view.done(
            QCoreApplication.translate(
                "CaseCorrections", "Follow-up of case {ref} cancelled."
            ).format(ref=view.complaint.ref)
        )


def cancel_planned_on_close(view, target) -> bool:
    """Whether closing should also cancel the case's planned follow-ups: asked only when the
    move closes the case and some are planned."""
    if not target.is_closed:
        return False
    planned = cases.open_follow_ups(view.archive, view.complaint_id)
    if not planned:
        return False
    answer = QMessageBox.question(
        view,
        QCoreApplication.translate("CaseCorrections", "Close case {ref}").format(
            ref=view.complaint.ref
        ),
        QCoreApplication.translate(
            "CaseCorrections",
            "%n follow-up(s) of this case are still planned. Cancel them as the case closes?",
            "",
            planned,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
