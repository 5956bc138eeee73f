"""The Follow-ups page: whom to call back today, who is overdue, and who comes up this week.

Overdue calls are red and listed first; double-click opens the case, "Record result…" records
what the customer said right here, without opening the case.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import Archive
from desktop_app.domain.queries import FollowUpRow
from desktop_app.domain.recovery import FollowUpBucket
from desktop_app.ui.follow_up_dialog import RecordFollowUpDialog
from desktop_app.ui.list_model import ListTableModel
from desktop_app.ui.widgets import enum_text, format_date, set_up_list_table

DAYS_AHEAD = 7
(COL_WHEN, COL_DUE, COL_REF, COL_CUSTOMER, COL_PHONE, COL_METHOD, COL_STATUS,
 COL_STAFF) = range(8)
COLUMN_WIDTHS = (180, 100, 90, 160, 130, 90, 150, 100)
OVERDUE_BACKGROUND = QColor("#fde7e7")
OVERDUE_TEXT = QColor("#9b1c1c")
TODAY_BACKGROUND = QColor("#fff4e0")


class FollowUpModel(ListTableModel):
    """Due follow-ups, overdue first (the archive's order); a short list, loaded whole."""

    def __init__(self, parent=None):
        super().__init__((self.tr("When"), self.tr("Due on"), self.tr("Case"),
                          self.tr("Customer"), self.tr("Phone"), self.tr("Method"),
                          self.tr("Case status"), self.tr("Taken by")), parent)
        self.rows: list[FollowUpRow] = []

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return {FollowUpBucket.OVERDUE: QBrush(OVERDUE_BACKGROUND),
                    FollowUpBucket.TODAY: QBrush(TODAY_BACKGROUND)}.get(row.bucket)
        if role == Qt.ItemDataRole.ForegroundRole and row.bucket is FollowUpBucket.OVERDUE:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_WHEN and (
                row.bucket is not FollowUpBucket.UPCOMING):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: FollowUpRow, column: int) -> str:
        if column == COL_WHEN:
            if row.bucket is FollowUpBucket.OVERDUE:
                return self.tr("Overdue by %n day(s)", "", row.days_overdue)
            return enum_text(row.bucket)
        return {
            COL_DUE: format_date(row.due_on), COL_REF: row.ref, COL_CUSTOMER: row.customer_name,
            COL_PHONE: row.customer_phone, COL_METHOD: enum_text(row.method),
            COL_STATUS: enum_text(row.status), COL_STAFF: row.staff_name,
        }[column]


class FollowUpsPage(QWidget):
    """`open_requested(complaint_id)` on double-click; `changed` and `message` after a result."""

    open_requested = Signal(int)
    changed = Signal()
    message = Signal(str)

    def __init__(self, archive: Archive, staff_id: Callable[[], int | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.staff_id = archive, staff_id
        self.title = QLabel(self.tr("Follow-ups"))
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel()
        self.empty = QLabel(self.tr("Nobody to call back: no follow-ups are due in the next "
                                    "seven days."))
        self.empty.setStyleSheet("color: palette(dark); padding: 24px;")
        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._set_up_table()
        self.open_button = QPushButton(self.tr("Open case"))
        self.record_button = QPushButton(self.tr("Record result…"))
        self.record_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.table.activated.connect(self._on_open)
        self.open_button.clicked.connect(lambda: self._on_open(self.table.currentIndex()))
        self.record_button.clicked.connect(self._on_record)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _set_up_table(self) -> None:
        set_up_list_table(self.table, COLUMN_WIDTHS, self.tr("Follow-ups due"), row_padding=12)

    def mark_stale(self) -> None:
        """The archive changed: reload now if on screen, else the next time it is shown."""
        self._stale = not self.isVisible()
        if not self._stale:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        rows = self.archive.follow_ups.due_follow_ups(self.archive.now().date(), DAYS_AHEAD)
        self.model.set_rows(rows)
        counts = {b: sum(r.bucket is b for r in rows) for b in FollowUpBucket}
        self.summary.setText(self.tr("{overdue} overdue · {today} today · {upcoming} in the "
                                     "next 7 days").format(
            overdue=counts[FollowUpBucket.OVERDUE], today=counts[FollowUpBucket.TODAY],
            upcoming=counts[FollowUpBucket.UPCOMING]))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_row(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.open_button.setEnabled(chosen)
        self.record_button.setEnabled(chosen)

    def _on_open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.rows[index.row()].complaint_id)

    def _on_record(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = RecordFollowUpDialog(
            self.archive, self.archive.follow_ups.follow_up(row.follow_up_id), self.staff_id(), self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
            self.message.emit(self.tr("Follow-up for case {ref} recorded.").format(ref=row.ref))
