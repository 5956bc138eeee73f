"""The Deleted cases view: every case hidden by "Delete case", each one restorable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import cases
from desktop_app.archive.errors import ArchiveError
from desktop_app.ui import undo
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.widgets import problem_text

COL_REF, COL_CUSTOMER, COL_DELETED, COL_DESCRIPTION = range(4)


class DeletedCasesDialog(QDialog):
    """`restored(complaint_id)` after a case came back into the lists."""

    restored = Signal(int)

    def __init__(self, archive, staff_id: Callable[[], int | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.staff_id = archive, staff_id
        self.setWindowTitle(self.tr("Deleted cases"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Customer"),
                                              self.tr("Deleted on"), self.tr("Complaint")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No case has been deleted."))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.restore_button = QPushButton(self.tr("&Restore case"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.table, self.empty, self.error, buttons):
            layout.addWidget(widget)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        fit_to_screen(self, 640, 360)
        self.refresh()

    def refresh(self) -> None:
        rows = cases.deleted_cases(self.archive)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            values = (row["ref"], row["customer"], row["deleted_at"][:16].replace("T", " "),
                      row["description"].splitlines()[0] if row["description"] else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(256, row["id"])
                self.table.setItem(i, column, item)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def restore_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        complaint_id = items[0].data(256)
        try:
            undo.run(self.parentWidget(), lambda: cases.restore_case(
                self.archive, complaint_id, self.staff_id()))
        except ArchiveError as error:
            self.error.setText(problem_text(error))
            self.error.show()
            return
        self.restored.emit(complaint_id)
        self.refresh()
