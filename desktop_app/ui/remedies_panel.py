"""The remedies given on a case and its follow-ups, as two small tables with their buttons.

A case has a handful of each, so plain QTableWidgets suffice; the buttons only ask, the case view
opens the dialogs and writes to the archive.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import FollowUp, Remedy
from desktop_app.ui.widgets import enum_text, format_date, format_datetime, format_money

ID_ROLE = Qt.ItemDataRole.UserRole
_LATE = QColor("#b42318")


def small_table(headers: list[str], elide: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only, row-selecting table that is only as tall as a few rows. Its short columns
    (dates, amounts, yes/no) are as wide as their contents; the free-text columns in `elide`
    share the width left and cut their text short (whole in the tooltip), so a long cause or
    description never pushes an amount or a satisfaction out of sight."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    _set_up_small(table, elide)
    return table


def small_view(model: QAbstractItemModel, elide: tuple[int, ...] = (),
               sample_rows: int = 100) -> QTableView:
    """`small_table`'s look over a model of any size: the columns sized to their contents
    measure the shown rows and `sample_rows` more, never every row of the model."""
    view = QTableView()
    view.setModel(model)
    _set_up_small(view, elide)
    view.horizontalHeader().setResizeContentsPrecision(sample_rows)
    return view


def _set_up_small(table: QTableView, elide: tuple[int, ...]) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if elide:
        table.horizontalHeader().setStretchLastSection(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
    for column in elide:
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fit_height(table: QTableWidget, least_rows: int = 2) -> None:
    """As tall as its rows (at least `least_rows`), so a case with one remedy has no blank box."""
    rows = max(table.rowCount(), least_rows)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setFixedHeight(height + rows * table.verticalHeader().defaultSectionSize() + 2)


def fill_row(table: QTableWidget, row: int, values: list[str], item_id: int | None) -> None:
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setData(ID_ROLE, item_id)
        item.setToolTip(value)
        table.setItem(row, column, item)


def selected_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 and table.selectedItems() else None
    return None if item is None else item.data(ID_ROLE)


def add_context_menu(table: QTableWidget, actions: list[QPushButton]) -> None:
    """The buttons' actions again on a right click in the table (on the row under the mouse)."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos) -> None:
        item = table.itemAt(pos)
        if item is None:
            return
        table.selectRow(item.row())
        menu = QMenu(table)
        for button in actions:
            if button.isEnabled():
                menu.addAction(button.text(), button.click)
        menu.popup(table.viewport().mapToGlobal(pos))
        # Kept for tests and so it is not collected while open (an attribute Qt does not declare).
        table.context_menu = menu  # type: ignore[attr-defined]
    table.customContextMenuRequested.connect(show)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("RemediesPanel", "Yes")
    return QCoreApplication.translate("RemediesPanel", "No")


class RemediesPanel(QWidget):
    """`add_requested` to add a remedy; `edit_requested(id)` / `remove_requested(id)` for the
    selected one (buttons and the table's context menu)."""

    add_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = small_table([self.tr("Given on"), self.tr("Kind"), self.tr("Amount"),
                                  self.tr("Cost to shop"), self.tr("Given by"),
                                  self.tr("Accepted"), self.tr("Description")], elide=(6,))
        self.add_button = QPushButton(self.tr("Add remedy…"))
        self.edit_button = QPushButton(self.tr("Edit remedy…"))
        self.remove_button = QPushButton(self.tr("Remove remedy…"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._emit(self.edit_requested))
        add_context_menu(self.table, [self.edit_button, self.remove_button])
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def show_remedies(self, remedies: list[Remedy], staff: dict[int, str], currency: str) -> None:
        self.table.setRowCount(len(remedies))
        for row, remedy in enumerate(remedies):
            fill_row(self.table, row, [
                format_date(remedy.given_on), enum_text(remedy.kind),
                format_money(remedy.amount_cents, currency) if remedy.amount_cents else "",
                format_money(remedy.cost_cents, currency) if remedy.cost_cents else "",
                staff.get(remedy.given_by, "") if remedy.given_by is not None else "",
                yes_no(remedy.accepted), remedy.description], remedy.id)
        fit_height(self.table)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_id(self.table) is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _emit(self, signal) -> None:
        remedy_id = selected_id(self.table)
        if remedy_id is not None:
            signal.emit(remedy_id)


class CaseFollowUpsPanel(QWidget):
    """`record_requested(follow_up_id)` for the selected (or first open) follow-up;
    `schedule_requested` to plan one by hand; `reschedule_requested(id)` / `cancel_requested(id)`
    for the selected planned one."""

    record_requested = Signal(int)
    schedule_requested = Signal()
    reschedule_requested = Signal(int)
    cancel_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.follow_ups: list[FollowUp] = []
        self.table = small_table([self.tr("Due on"), self.tr("Method"), self.tr("Done at"),
                                  self.tr("Satisfaction"), self.tr("Recovery accepted"),
                                  self.tr("Will return"), self.tr("Still wrong / notes")],
                                 elide=(6,))
        self.record_button = QPushButton(self.tr("Record result…"))
        self.schedule_button = QPushButton(self.tr("Schedule…"))
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.cancel_button = QPushButton(self.tr("Cancel follow-up…"))
        self.record_button.clicked.connect(self._on_record)
        self.schedule_button.clicked.connect(self.schedule_requested)
        self.reschedule_button.clicked.connect(lambda: self._emit(self.reschedule_requested))
        self.cancel_button.clicked.connect(lambda: self._emit(self.cancel_requested))
        add_context_menu(self.table, [self.record_button, self.reschedule_button,
                                      self.cancel_button])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_record())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reschedule_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.schedule_button)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def show_follow_ups(self, follow_ups: list[FollowUp], today) -> None:
        self.follow_ups = follow_ups
        self.table.setRowCount(len(follow_ups))
        for row, f in enumerate(follow_ups):
            score = "" if f.satisfaction is None else self.tr("{n}/5").format(n=f.satisfaction)
            remarks = " · ".join(t for t in (f.still_wrong, f.notes) if t)
            fill_row(self.table, row, [
                format_date(f.due_on), enum_text(f.method),
                format_datetime(f.done_at) if f.done_at else self.tr("planned"), score,
                yes_no(f.recovery_accepted), yes_no(f.will_return), remarks],
                f.id)
            if f.done_at is None and f.due_on < today:
                for column in range(self.table.columnCount()):
                    cell = self.table.item(row, column)
                    if cell is not None:  # fill_row made one per column
                        cell.setForeground(QBrush(_LATE))
        fit_height(self.table)
        self._update_buttons()

    def target(self) -> FollowUp | None:
        """The follow-up "Record result…" is for: the selected one if open, else the first open."""
        selected = self.table.currentRow()
        if 0 <= selected < len(self.follow_ups) and self.follow_ups[selected].done_at is None:
            return self.follow_ups[selected]
        return next((f for f in self.follow_ups if f.done_at is None), None)

    def selected_planned(self) -> FollowUp | None:
        """The selected follow-up if it is still planned (only those can move or be dropped)."""
        row = self.table.currentRow()
        if self.table.selectedItems() and 0 <= row < len(self.follow_ups):
            chosen = self.follow_ups[row]
            return chosen if chosen.done_at is None else None
        return None

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.target() is not None)
        planned = self.selected_planned() is not None
        self.reschedule_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned)

    def _emit(self, signal) -> None:
        chosen = self.selected_planned()
        if chosen is not None:
            signal.emit(chosen.id)

    def _on_record(self) -> None:
        target = self.target()
        if target is not None:
            self.record_requested.emit(target.id)
