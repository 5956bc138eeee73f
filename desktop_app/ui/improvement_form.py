"""Recording an improvement (从补救经历中学习) as an action: what, who, by when, its status and
the cause it addresses; choosing an existing one edits it (mark it done to measure its effect)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.domain.model import Cause
from desktop_app.domain.satisfaction import ImprovementAction, ImprovementStatus

if TYPE_CHECKING:
    from desktop_app.archive.intelligence import IntelligenceStore


def _label(member) -> str:
    return QCoreApplication.translate(member.context(), member.label)


class ImprovementReads(Protocol):
    """What the improvement form uses: the intelligence store and the clock."""

    @property
    def intelligence(self) -> IntelligenceStore: ...

    def now(self) -> datetime: ...


class ImprovementForm(QGroupBox):
    saved = Signal(int)

    def __init__(self, archive: ImprovementReads, staff_id=lambda: None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self._staff_id = staff_id
        self.setTitle(self.tr("Improvement"))
        self.chooser = QComboBox()
        self.change = QLineEdit()
        self.owner = QLineEdit()
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.status = QComboBox()
        for status in ImprovementStatus:
            self.status.addItem(_label(status), status.value)  # Qt keeps str codes
        self.cause = QComboBox()
        for cause in Cause:
            self.cause.addItem(_label(cause), cause.value)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B3261E;")
        self.save_button = QPushButton(self.tr("Save improvement"))
        form = QFormLayout(self)
        form.addRow(self.tr("Improvement:"), self.chooser)
        form.addRow(self.tr("What will change:"), self.change)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Cause:"), self.cause)
        form.addRow(self.error)
        form.addRow(self.save_button)
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.save_button.clicked.connect(self._on_save)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self._actions = {a.id: a for a in self.archive.intelligence.improvement_actions()}
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(self.tr("New improvement"), None)
        for action in self._actions.values():
            self.chooser.addItem(action.title, action.id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(select)))
        self.chooser.blockSignals(False)
        self._on_chosen()

    def for_cause(self, cause: Cause | None) -> None:
        """Start a new improvement for `cause` (the watch list's "record an improvement")."""
        self.chooser.setCurrentIndex(0)
        if cause is not None:
            self.cause.setCurrentIndex(self.cause.findData(cause.value))
        self.change.setFocus()

    def _on_chosen(self) -> None:
        action = self._actions.get(self.chooser.currentData())
        today = self.archive.now().date()
        self.change.setText(action.title if action else "")
        self.owner.setText(action.owner if action else "")
        due = (action.due_on if action else None) or today + timedelta(days=14)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.status.setCurrentIndex(self.status.findData(
            (action.status if action else ImprovementStatus.PLANNED).value))
        if action and action.causes:
            self.cause.setCurrentIndex(self.cause.findData(action.causes[0]))
        self.error.clear()

    def _on_save(self) -> None:
        if not self.change.text().strip():
            self.error.setText(self.tr("Say what will change."))
            return
        before = self._actions.get(self.chooser.currentData())
        status = ImprovementStatus(self.status.currentData())
        done_on = before.done_on if before else None
        if status is ImprovementStatus.DONE and done_on is None:
            done_on = self.archive.now().date()  # the effect is measured from this day
        elif status is not ImprovementStatus.DONE:
            done_on = None
        causes = {self.cause.currentData(), *(before.causes[1:] if before else ())}
        q = self.due.date()
        action = ImprovementAction(before.id if before else None, self.change.text(),
                                   self.owner.text(), date(q.year(), q.month(), q.day()), status,
                                   tuple(sorted(causes)), done_on, before.notes if before else "")
        row_id = self.archive.intelligence.save_improvement(action, self._staff_id())
        self.reload(select=row_id)
        self.saved.emit(row_id)
