"""The top of an open case: reference, status chip, customer, when and how it came in, whether it
is late and why, and one button per move the workflow allows from the current status."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.model import Complaint, Customer, Severity, Status
from desktop_app.domain.workflow import allowed_moves, is_overdue, is_reopen
from desktop_app.ui.widgets import enum_text, format_datetime

_CHIP = "QLabel { background: %s; color: %s; border-radius: 10px; padding: 3px 10px;" \
        " font-weight: 600; }"
_STATUS_COLOURS = {
    Status.RECEIVED: ("#e8eefc", "#1d3f8f"), Status.ACKNOWLEDGED: ("#e8eefc", "#1d3f8f"),
    Status.INVESTIGATING: ("#fff4e0", "#7a4d00"), Status.REMEDY_AGREED: ("#fff4e0", "#7a4d00"),
    Status.REMEDY_DONE: ("#e6f4ea", "#1f5f35"), Status.FOLLOW_UP: ("#e6f4ea", "#1f5f35"),
    Status.RECOVERED: ("#d7f0de", "#14532d"), Status.NOT_RECOVERED: ("#f3e1d2", "#7c2d12"),
}
_OVERDUE = ("#fde7e7", "#9b1c1c")


def overdue_reasons(complaint: Complaint, now: datetime) -> list[str]:
    """Why the case is late, translated, empty when it is not."""
    if not is_overdue(complaint, now):
        return []
    # translate() spelt out with its literal context: pyside6-lupdate collects only such calls,
    # not those through a helper function.
    reasons = []
    if complaint.acknowledged_at is None and complaint.response_due and (
            now > complaint.response_due):
        reasons.append(QCoreApplication.translate(
            "CaseHeader", "Not acknowledged; the customer should have heard from us by {due}.")
            .format(due=format_datetime(complaint.response_due)))
    if complaint.resolution_due and now > complaint.resolution_due:
        reasons.append(QCoreApplication.translate(
            "CaseHeader", "Not resolved; the target was {due}.").format(
            due=format_datetime(complaint.resolution_due)))
    return reasons


class CaseHeader(QWidget):
    """Call `show_case(complaint, customer, staff_name, now)` after every change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ref = QLabel()
        self.ref.setStyleSheet("font-size: 17pt; font-weight: 700;")
        self.ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel()
        self.overdue = QLabel()
        self.overdue.setStyleSheet(_CHIP % _OVERDUE)
        self.customer = QLabel()
        self.customer.setStyleSheet("font-size: 12pt;")
        self.facts = QLabel()
        self.facts.setStyleSheet("color: palette(dark);")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.setSpacing(10)
        for widget in (self.ref, self.status_chip, self.overdue):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(12)
        top.addWidget(self.customer, 1, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.facts)

    def show_case(self, complaint: Complaint, customer: Customer, staff_name: str,
                  now: datetime) -> None:
        self.ref.setText(complaint.ref)
        self.status_chip.setText(enum_text(complaint.status))
        self.status_chip.setStyleSheet(_CHIP % _STATUS_COLOURS[complaint.status])
        contact = " · ".join(v for v in (customer.phone, customer.email) if v)
        self.customer.setText(f"<b>{escape(customer.name)}</b>"
                              + (f" &nbsp;·&nbsp; {escape(contact)}" if contact else ""))
        severity = enum_text(complaint.severity)
        if complaint.severity in (Severity.HIGH, Severity.CRITICAL):
            severity = f"<b style='color:#b42318'>{escape(severity)}</b>"
        facts = [self.tr("Received {when}").format(when=escape(format_datetime(
                     complaint.received_at))),
                 escape(enum_text(complaint.channel)),
                 self.tr("Severity: {level}").format(level=severity)]
        if staff_name:
            facts.append(self.tr("taken by {name}").format(name=escape(staff_name)))
        if complaint.reopen_count:
            facts.append(self.tr("reopened {n}×").format(n=complaint.reopen_count))
        self.facts.setText(" &nbsp;·&nbsp; ".join(facts))
        reasons = overdue_reasons(complaint, now)
        self.overdue.setVisible(bool(reasons))
        self.overdue.setText("⚠ " + self.tr("Overdue: {reason}").format(
            reason=" ".join(reasons)))
        self.overdue.setToolTip("\n".join(reasons))


class MoveBar(QWidget):
    """One button per allowed move; `move_requested(Status)` when one is clicked.

    Only the moves `workflow.allowed_moves` permits exist as buttons, so an invalid transition
    cannot even be offered.
    """

    move_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[Status, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._label = QLabel(self.tr("Next step:"))
        self._layout.addWidget(self._label)
        self._layout.addStretch(1)

    def set_status(self, status: Status) -> None:
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for position, target in enumerate(allowed_moves(status), start=1):
            button = QPushButton(self._verb(status, target))
            button.setToolTip(self.tr("Move the case to “{status}”").format(
                status=enum_text(target)))
            button.clicked.connect(lambda _=False, t=target: self.move_requested.emit(t))
            self._layout.insertWidget(position, button)
            self.buttons[target] = button
        if self.buttons:
            next(iter(self.buttons.values())).setDefault(True)

    def _verb(self, current: Status, target: Status) -> str:
        if is_reopen(current, target):
            return self.tr("Reopen…")
        verbs = {
            Status.ACKNOWLEDGED: self.tr("Acknowledge"),
            Status.INVESTIGATING: self.tr("Back to investigating")
            if current in (Status.REMEDY_AGREED, Status.FOLLOW_UP) else self.tr("Investigate"),
            Status.REMEDY_AGREED: self.tr("Remedy agreed"),
            Status.REMEDY_DONE: self.tr("Remedy carried out"),
            Status.FOLLOW_UP: self.tr("Start follow-up"),
            Status.RECOVERED: self.tr("Close: recovered"),
            Status.NOT_RECOVERED: self.tr("Close: not recovered…"),
        }
        return verbs[target]
