"""The customer archive: every customer with their complaint record, searched by name or phone,
paged from SQLite as the clerk scrolls; customers who complained repeatedly or were not recovered
stand out. Double-click opens the customer's own page (customer_page.py) in place of the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import Archive
from desktop_app.domain.queries import CustomerSummary
from desktop_app.ui.customer_page import CustomerPage
from desktop_app.ui.list_model import ListTableModel
from desktop_app.ui.widgets import enum_text, format_date, format_money, set_up_list_table

# More rows than any screen shows; each row's figures read every case of that customer, and the
# customers who complained last are the busiest (hundreds of cases each at 300,000 complaints).
PAGE_SIZE = 100
SEARCH_DELAY_MS = 250
(COL_NAME, COL_PHONE, COL_COMPLAINTS, COL_OPEN, COL_LAST, COL_COMPENSATION, COL_SATISFACTION,
 COL_SEGMENT) = range(8)
COLUMN_WIDTHS = (190, 130, 90, 80, 110, 120, 110, 140)
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole
UNRECOVERED_BACKGROUND = QColor("#fde7e7")
REPEAT_BACKGROUND = QColor("#fff4e0")
_NUMERIC = (COL_COMPLAINTS, COL_OPEN, COL_COMPENSATION, COL_SATISFACTION)
# Figures right-aligned, so ¥8.00 and ¥1,250.00 line up by their last digit.
NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The columns a header click sorts by: the archive's order and the direction it shows.
SORTS = {COL_NAME: ("name", Qt.SortOrder.AscendingOrder),
         COL_LAST: ("last_complaint", Qt.SortOrder.DescendingOrder),
         COL_COMPLAINTS: ("complaints", Qt.SortOrder.DescendingOrder)}


class CustomerTableModel(ListTableModel):
    """Customers matching a search, a page at a time."""

    def __init__(self, archive: Archive, parent=None):
        super().__init__((self.tr("Name"), self.tr("Phone"), self.tr("Complaints"),
                          self.tr("Open"), self.tr("Last complaint"), self.tr("Compensation"),
                          self.tr("Satisfaction"), self.tr("Segment")), parent, figures=_NUMERIC)
        self.archive = archive
        self.search, self.flagged_only, self.total, self.order = "", False, 0, "name"
        self.rows: list[CustomerSummary] = []
        self.currency = archive.shop().currency

    def set_search(self, search: str, flagged_only: bool, order: str | None = None) -> None:
        """Show the first page of the customers matching; `order` as customer_summaries."""
        search, order = search.strip(), order or self.order
        rows = self.archive.profiles.customer_summaries(search, 0, PAGE_SIZE, flagged_only, order)
        # A first page that is not full is the whole list: no count to run.
        total = len(rows) if len(rows) < PAGE_SIZE else self.archive.profiles.count_customers(
            search, flagged_only)
        self.beginResetModel()
        self.search, self.flagged_only, self.order = search, flagged_only, order
        self.currency = self.archive.shop().currency
        self.total, self.rows = total, rows
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        # Keyset paging where the order has it: the page after the last row reads no others.
        keyset = self.order != "complaints"
        more = self.archive.profiles.customer_summaries(
            self.search, 0 if keyset else len(self.rows), PAGE_SIZE, self.flagged_only,
            self.order, after=self.rows[-1] if keyset else None)
        if not more:  # customers merged since counting
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == CUSTOMER_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return self._icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._why(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return NUMBER_ALIGNMENT
        return None

    def _text(self, row: CustomerSummary, column: int) -> str:
        satisfaction = "" if row.average_satisfaction is None else self.tr("{score:.1f}/5").format(
            score=row.average_satisfaction)
        return {
            COL_NAME: row.name, COL_PHONE: row.phone, COL_COMPLAINTS: str(row.complaints),
            COL_OPEN: str(row.open_cases) if row.open_cases else "",
            COL_LAST: format_date(row.last_complaint_at),
            COL_COMPENSATION: format_money(row.compensation_cents, self.currency)
            if row.compensation_cents else "",
            COL_SATISFACTION: satisfaction, COL_SEGMENT: enum_text(row.segment),
        }[column]

    @staticmethod
    def _background(row: CustomerSummary) -> QBrush | None:
        if row.unrecovered:
            return QBrush(UNRECOVERED_BACKGROUND)
        return QBrush(REPEAT_BACKGROUND) if row.repeat else None

    def _icon(self, row: CustomerSummary):
        if not (row.unrecovered or row.repeat):
            return None
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if row.unrecovered
                  else QStyle.StandardPixmap.SP_MessageBoxWarning)
        return QApplication.style().standardIcon(pixmap)

    def _why(self, row: CustomerSummary) -> str:
        reasons = []
        if row.unrecovered:
            reasons.append(self.tr("A complaint of theirs was closed as not recovered."))
        if row.repeat:
            reasons.append(self.tr("{n} complaints in the last 12 months.").format(
                n=row.complaints_12m))
        return "\n".join(reasons)


class CustomersPage(QWidget):
    """The list, and the customer page in its place after a double-click."""

    open_case_requested = Signal(int)
    changed = Signal()
    message = Signal(str)

    def __init__(self, archive: Archive, staff_id: Callable[[], int | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))
        self.flagged = QCheckBox(self.tr("Only repeat or unrecovered customers"))
        self.count = QLabel()
        self.model = CustomerTableModel(archive, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._set_up_table()
        self.detail = CustomerPage(archive, staff_id)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._stale = True  # loaded when first shown
        self._wire()

    def _list_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Customers"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        legend = QLabel(self.tr("Red: a complaint was not recovered · amber: two or more "
                                "complaints in 12 months"))
        legend.setStyleSheet("color: palette(dark);")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.flagged)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        return page

    def _set_up_table(self) -> None:
        set_up_list_table(self.table, COLUMN_WIDTHS, self.tr("Customers"))
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_NAME, SORTS[COL_NAME][1])
        header.sectionClicked.connect(self.sort_by)

    def sort_by(self, column: int) -> None:
        """Sort by name, last complaint or number of complaints (a header click)."""
        header = self.table.horizontalHeader()
        if column not in SORTS:  # other figures are computed per page: not sortable
            current = next(c for c, (order, _) in SORTS.items() if order == self.model.order)
            header.setSortIndicator(current, SORTS[current][1])
            return
        order, direction = SORTS[column]
        header.setSortIndicator(column, direction)
        if order != self.model.order:
            self.model.set_search(self.search.text(), self.flagged.isChecked(), order)
            self.table.scrollToTop()

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self._timer.timeout.connect(self.refresh)
        self.flagged.toggled.connect(lambda _on: self.refresh())
        self.table.activated.connect(self._on_activated)
        self.detail.back_requested.connect(self.show_list)
        self.detail.open_case_requested.connect(self.open_case_requested)
        self.detail.changed.connect(self.changed)
        self.detail.message.connect(self.message)

    def refresh(self) -> None:
        """Reload the list (and the customer page if it is showing) from the archive; while
        the page is hidden, when it is next shown (every save refreshes every screen)."""
        self._timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.model.set_search(self.search.text(), self.flagged.isChecked())
        self.count.setText(self.tr("%n customer(s)", "", self.model.total))
        if self.stack.currentWidget() is self.detail:
            self.detail.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def show_customer(self, customer_id: int) -> None:
        self.detail.show_customer(customer_id)
        self.stack.setCurrentWidget(self.detail)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_customer(index.data(CUSTOMER_ID_ROLE))
