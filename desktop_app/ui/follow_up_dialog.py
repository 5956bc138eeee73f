"""Recording what the customer said when the shop checked back, and planning a follow-up by hand.

Used by the case view and the Follow-ups page alike. A result can plan the next call, so a case
is followed until the customer is truly satisfied.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import recovery
from desktop_app.archive import Archive
from desktop_app.domain.model import FollowUp, FollowUpMethod
from desktop_app.domain.recovery import FollowUpResult
from desktop_app.ui import undo
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.saving_dialog import SavingDialog, YesNoCombo
from desktop_app.ui.widgets import (
    EnumCombo,
    format_date,
    from_qdate,
    from_qdatetime,
    to_qdate,
    to_qdatetime,
)


class SatisfactionPicker(QWidget):
    """1 to 5 as radio buttons (a quick, honest scale on the phone); `value()` None if unset."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        hints = {1: self.tr("very unhappy"), 3: self.tr("neutral"), 5: self.tr("very happy")}
        for score in range(1, 6):
            button = QRadioButton(str(score))
            button.setToolTip(hints.get(score, ""))
            self.group.addButton(button, score)
            row.addWidget(button)
        row.addStretch(1)

    def value(self) -> int | None:
        score = self.group.checkedId()
        return score if score > 0 else None

    def set_value(self, score: int) -> None:
        self.group.button(score).setChecked(True)


class RecordFollowUpDialog(SavingDialog):
    """The result of one planned follow-up; on OK it is saved with the staff member on duty."""

    def __init__(self, archive: Archive, follow_up: FollowUp, staff_id: int | None,
                 parent: QWidget | None = None):
        complaint = archive.cases.complaint(follow_up.complaint_id)
        customer = archive.customers.customer(complaint.customer_id)
        super().__init__(self.tr("Follow-up for case {ref} · {name}").format(
            ref=complaint.ref, name=customer.name), parent)
        self.archive, self.follow_up, self.staff_id = archive, follow_up, staff_id
        now = archive.now()
        self.done_at = QDateTimeEdit(to_qdatetime(now))
        self.done_at.setCalendarPopup(True)
        self.method = EnumCombo(FollowUpMethod)
        self.method.set_value(follow_up.method)
        self.satisfaction = SatisfactionPicker()
        self.recovery_accepted = YesNoCombo()
        self.will_return = YesNoCombo()
        self.still_wrong = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for edit in (self.still_wrong, self.notes):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
        self.plan_next = QCheckBox(self.tr("Plan another follow-up on"))
        self.next_due = QDateEdit(to_qdate(now.date() + timedelta(days=7)))
        self.next_due.setCalendarPopup(True)
        self.next_due.setEnabled(False)
        self.plan_next.toggled.connect(self.next_due.setEnabled)
        next_row = QWidget()
        row = QHBoxLayout(next_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plan_next)
        row.addWidget(self.next_due)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Planned for:"), QLabel(format_date(follow_up.due_on)))
        form.addRow(self.tr("Done at:"), self.field("done_at", self.done_at))
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Satisfaction (1–5):"), self.field("satisfaction", self.satisfaction))
        form.addRow(self.tr("Recovery accepted:"), self.recovery_accepted)
        form.addRow(self.tr("Will come back:"), self.will_return)
        form.addRow(self.tr("Anything still wrong:"), self.field("still_wrong", self.still_wrong))
        form.addRow(self.tr("Notes:"), self.field("notes", self.notes))
        form.addRow("", self.field("next_due_on", next_row))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, 1)

    def save(self) -> None:
        method, follow_up_id = self.method.value(), self.follow_up.id
        assert method is not None  # the combo has no "none" item
        assert follow_up_id is not None  # the follow-up recorded here is a stored one
        result = FollowUpResult(
            done_at=from_qdatetime(self.done_at.dateTime()), method=method,
            satisfaction=self.satisfaction.value(),
            recovery_accepted=self.recovery_accepted.value(), will_return=self.will_return.value(),
            still_wrong=self.still_wrong.toPlainText(), notes=self.notes.toPlainText(),
            next_due_on=from_qdate(self.next_due.date()) if self.plan_next.isChecked() else None)
        undo.run(self, lambda: recovery.record_follow_up(self.archive, follow_up_id, result,
                                                         self.staff_id))


class ScheduleFollowUpDialog(SavingDialog):
    """Plan a follow-up by hand (the day and how to reach the customer), or move `follow_up`."""

    def __init__(self, archive: Archive, complaint_id: int, staff_id: int | None,
                 parent: QWidget | None = None, follow_up: FollowUp | None = None):
        complaint = archive.cases.complaint(complaint_id)
        title = (self.tr("Reschedule a follow-up of case {ref}") if follow_up is not None
                 else self.tr("Plan a follow-up for case {ref}"))
        super().__init__(title.format(ref=complaint.ref), parent)
        self.archive, self.complaint_id, self.staff_id = archive, complaint_id, staff_id
        self.follow_up = follow_up
        due = (follow_up.due_on if follow_up is not None else
               archive.now().date() + timedelta(days=archive.shop().follow_up_after_days))
        self.due_on = QDateEdit(to_qdate(due))
        self.due_on.setCalendarPopup(True)
        self.method = EnumCombo(FollowUpMethod)
        if follow_up is not None:
            self.method.set_value(follow_up.method)
        form = QFormLayout()
        form.addRow(self.tr("Due on:"), self.field("due_on", self.due_on))
        form.addRow(self.tr("Method:"), self.method)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        due_on, method = from_qdate(self.due_on.date()), self.method.value()
        assert method is not None  # the combo has no "none" item
        if self.follow_up is None:
            undo.run(self, lambda: recovery.schedule_follow_up(
                self.archive, self.complaint_id, due_on, method, self.staff_id))
        else:
            follow_up_id = self.follow_up.id
            assert follow_up_id is not None  # a follow-up being moved is a stored one
            undo.run(self, lambda: recovery.reschedule_follow_up(
                self.archive, follow_up_id, due_on, method, self.staff_id))
