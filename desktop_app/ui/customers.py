"""The customer archive: every customer with their complaint record, searched by name or phone,
paged from SQLite as the clerk scrolls (customer_list.py); customers who complained repeatedly or
were not recovered stand out. Double-click opens the customer's own page (customer_page.py) in
place of the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import Archive
from desktop_app.ui.customer_list import (
    COL_COMPLAINTS,
    COL_LAST,
    COL_NAME,
    CUSTOMER_ID_ROLE,
    CustomerTableModel,
    ListQuery,
)
from desktop_app.ui.customer_page import CustomerPage
from desktop_app.ui.widgets import set_up_list_table

SEARCH_DELAY_MS = 250
COLUMN_WIDTHS = (190, 130, 90, 80, 110, 120, 110, 140)
# The columns a header click sorts by: the archive's order and the direction it shows.
SORTS = {COL_NAME: ("name", Qt.SortOrder.AscendingOrder),
         COL_LAST: ("last_complaint", Qt.SortOrder.DescendingOrder),
         COL_COMPLAINTS: ("complaints", Qt.SortOrder.DescendingOrder)}


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
        self._staff_id = staff_id
        self._detail: CustomerPage | None = None  # built when a customer is first shown
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        # What to load when next shown: the list is loaded when first shown.
        self._list_stale, self._detail_stale = True, False
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
            self._load_list(order)

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._load_list)
        self._timer.timeout.connect(self._load_list)
        self.flagged.toggled.connect(lambda _on: self._load_list())
        self.model.loaded.connect(self._on_loaded)
        self.table.activated.connect(self._on_activated)

    @property
    def detail(self) -> CustomerPage:
        """The customer page, shown in the list's place: built when first needed, so that the
        list's first showing builds the list only."""
        if self._detail is None:
            self._detail = detail = CustomerPage(self.archive, self._staff_id)
            self.stack.addWidget(detail)
            detail.back_requested.connect(self.show_list)
            detail.open_case_requested.connect(self.open_case_requested)
            detail.changed.connect(self.changed)
            detail.message.connect(self.message)
        return self._detail

    def refresh(self) -> None:
        """The archive changed: reload what is shown (the list, or the customer page in its
        place) and the other when it is next shown; nothing while the page is hidden (every save
        refreshes every screen)."""
        self._list_stale = True
        self._detail_stale = self._detail is not None and self._detail.customer_id is not None
        self._load_what_is_shown()

    def _load_what_is_shown(self) -> None:
        if not self.isVisible():
            return
        if self._detail is not None and self.stack.currentWidget() is self._detail:
            if self._detail_stale:
                self._detail_stale = False
                self._detail.refresh()
        elif self._list_stale:
            self._load_list()

    def _load_list(self, order: str | None = None) -> None:
        """Ask for the first page of the list as searched (in `order`, or as it is sorted)."""
        self._timer.stop()
        self._list_stale = False
        self.model.set_query(ListQuery(self.search.text().strip(), self.flagged.isChecked(),
                                       order or self.model.order))
        if order is not None:  # sorted anew: from its first row
            self.table.scrollToTop()

    def _on_loaded(self) -> None:
        self.count.setText(self.tr("%n customer(s)", "", self.model.total))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._load_what_is_shown()

    def show_customer(self, customer_id: int) -> None:
        """The customer's page in place of the list (which loads when it is next shown)."""
        self.detail.show_customer(customer_id)
        self._detail_stale = False
        self.stack.setCurrentWidget(self.detail)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self._load_what_is_shown()
        self.table.setFocus()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_customer(index.data(CUSTOMER_ID_ROLE))
