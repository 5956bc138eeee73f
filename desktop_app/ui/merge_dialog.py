"""Merging a duplicate customer into the one kept: find the duplicate, see both records side by
side with the complaints that will move and the blanks that will be filled, then confirm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import people
from desktop_app.archive import Archive
from desktop_app.domain.queries import MergePreview
from desktop_app.domain.timeline import FIELD_LABELS
from desktop_app.ui import undo
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.saving_dialog import SavingDialog
from desktop_app.ui.widgets import format_date, format_money

ID_ROLE = Qt.ItemDataRole.UserRole


class MergeDialog(SavingDialog):
    """Merge a customer chosen here into `keep_id`; OK only once both are shown side by side."""

    def __init__(self, archive: Archive, keep_id: int, staff_id: int | None,
                 parent: QWidget | None = None):
        self.keep, self.keep_id = archive.customers.customer(keep_id), keep_id
        super().__init__(self.tr("Merge a duplicate into {name}").format(name=self.keep.name),
                         parent)
        self.archive, self.staff_id = archive, staff_id
        self.duplicate_id: int | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or phone of the duplicate record"))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(110)
        self.side_by_side = QTableWidget(0, 3)
        self.side_by_side.setHorizontalHeaderLabels(
            ["", self.tr("Kept"), self.tr("Duplicate (merged into it)")])
        self.side_by_side.verticalHeader().hide()
        self.side_by_side.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.side_by_side.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.moving = QLabel()
        self.moving.setWordWrap(True)
        self.ok_button.setText(self.tr("Merge"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Find the duplicate record:")))
        layout.addWidget(self.search)
        layout.addWidget(self.field("duplicate", self.matches))
        layout.addWidget(self.side_by_side, 1)
        layout.addWidget(self.moving)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._on_search)
        self.matches.currentItemChanged.connect(self._on_chosen)
        fit_to_screen(self, 720, 560)

    def _on_search(self, text: str) -> None:
        self.matches.clear()
        for match in self.archive.customers.find_customers(text, limit=20):
            if match.id == self.keep.id:
                continue
            item = QListWidgetItem(self.tr("{name} · {phone} · {n} complaint(s)").format(
                name=match.name, phone=match.phone or "—", n=match.complaints))
            item.setData(ID_ROLE, match.id)
            self.matches.addItem(item)

    def _on_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.choose(item.data(ID_ROLE))

    def choose(self, duplicate_id: int) -> None:
        """Show the merge of `duplicate_id` into the kept customer, ready to confirm."""
        self.duplicate_id = duplicate_id
        self.show_preview(self.archive.profiles.merge_preview(self.keep_id, duplicate_id))
        self.ok_button.setEnabled(True)

    def show_preview(self, preview: MergePreview) -> None:
        currency = self.archive.shop().currency
        rows = []
        for name in ("name", "phone", "email", "address"):
            rows.append((_field(name), getattr(preview.keep, name),
                         getattr(preview.duplicate, name)))
        rows.append((_field("created_at"), format_date(preview.keep.created_at),
                     format_date(preview.duplicate.created_at)))
        k, d = preview.keep_summary, preview.duplicate_summary
        rows.append((self.tr("Complaints"), str(k.complaints), str(d.complaints)))
        rows.append((self.tr("Open cases"), str(k.open_cases), str(d.open_cases)))
        rows.append((self.tr("Compensation"), format_money(k.compensation_cents, currency),
                     format_money(d.compensation_cents, currency)))
        self.side_by_side.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.side_by_side.setItem(row, column, QTableWidgetItem(value))
        refs = ", ".join(item.ref for item in preview.moving) or self.tr("none")
        filled = ", ".join(_field(name) for name in preview.filled_in) or self.tr("nothing")
        self.moving.setText(self.tr("Complaints that move to {name}: {refs}.\nFilled in from "
                                    "the duplicate: {filled}.\nThe duplicate record is kept, "
                                    "marked as merged, and the merge is recorded.").format(
            name=preview.keep.name, refs=refs, filled=filled))

    def save(self) -> None:
        duplicate_id = self.duplicate_id
        assert duplicate_id is not None  # OK is enabled only once choose() has set it
        undo.run(self, lambda: people.merge_customers(self.archive, self.keep_id,
                                                      duplicate_id, self.staff_id))


def _field(name: str) -> str:
    return QCoreApplication.translate("Field", FIELD_LABELS[name])
