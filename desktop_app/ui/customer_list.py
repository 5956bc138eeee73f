"""The customer list's table: every customer matching a search with their complaint record, a
page at a time, read on a worker.

A page carries each row's figures, which read every case of that customer; at 300,000 complaints
the first page and the count take 40-70 ms of SQL, too long for the GUI thread. So each page is
read on a read-only connection of a worker's own and shown when it arrives; an answer to an older
search or sort is dropped (a generation number). An archive no second connection can read (a
read-only folder) is read on the GUI thread, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.archive import Archive
from desktop_app.domain.queries import CustomerSummary
from desktop_app.ui.list_model import NUMBER_ALIGNMENT, ListTableModel
from desktop_app.ui.widgets import enum_text, format_date, format_money
from desktop_app.ui.workers import run_job, worker_path

# More rows than any screen shows; each row's figures read every case of that customer, and the
# customers who complained last are the busiest (hundreds of cases each at 300,000 complaints).
PAGE_SIZE = 100
(COL_NAME, COL_PHONE, COL_COMPLAINTS, COL_OPEN, COL_LAST, COL_COMPENSATION, COL_SATISFACTION,
 COL_SEGMENT) = range(8)
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole
UNRECOVERED_BACKGROUND = QColor("#fde7e7")
REPEAT_BACKGROUND = QColor("#fff4e0")
_NUMERIC = (COL_COMPLAINTS, COL_OPEN, COL_COMPENSATION, COL_SATISFACTION)


@dataclass(frozen=True)
class ListQuery:
    """Which customers, in which order: `order` as `customer_summaries` takes it."""

    search: str = ""
    flagged_only: bool = False
    order: str = "name"


@dataclass(frozen=True)
class ListPage:
    """A page of rows; `total` is the number of customers matching, when it was counted (the
    first page only)."""

    rows: list[CustomerSummary]
    total: int | None = None


def read_page(archive: Archive, query: ListQuery, after: CustomerSummary | None = None,
              offset: int = 0) -> ListPage:
    """The page after `after` (keyset paging, where the order has it) or at `offset`; the first
    page comes with the count (none to run when it is not full: it is the whole list)."""
    rows = archive.profiles.customer_summaries(query.search, offset, PAGE_SIZE,
                                               query.flagged_only, query.order, after=after)
    if after is not None or offset:
        return ListPage(rows)
    total = len(rows) if len(rows) < PAGE_SIZE else archive.profiles.count_customers(
        query.search, query.flagged_only)
    return ListPage(rows, total)


def read_page_at(path: str, clock, query: ListQuery, after: CustomerSummary | None = None,
                 offset: int = 0) -> ListPage:
    """On a worker: `read_page` on a read-only connection of this thread's own."""
    with Archive.reader(Path(path), clock) as reader:
        return read_page(reader, query, after, offset)


class CustomerTableModel(ListTableModel):
    """Customers matching a query, a page at a time. `set_query` asks for the first page;
    `loaded` follows when it is shown (`total` known), at once where it is read here. `reading`
    is true while a first page is on its way."""

    loaded = Signal()

    def __init__(self, archive: Archive, parent=None):
        super().__init__((self.tr("Name"), self.tr("Phone"), self.tr("Complaints"),
                          self.tr("Open"), self.tr("Last complaint"), self.tr("Compensation"),
                          self.tr("Satisfaction"), self.tr("Segment")), parent, figures=_NUMERIC)
        self.archive = archive
        self.query, self.total = ListQuery(), 0
        self._asked = self.query  # the newest query asked for
        self.rows: list[CustomerSummary] = []
        self.currency = archive.shop().currency
        self.reading = False
        self._generation = 0  # of the query shown or asked for; older answers are dropped
        self._fetching = False  # a next page is on its way

    @property
    def order(self) -> str:
        return self.query.order

    def set_query(self, query: ListQuery) -> None:
        """Show the first page of the customers matching `query` (when it arrives)."""
        self._generation += 1
        number, self._fetching, self._asked = self._generation, False, query
        path = worker_path(self.archive)
        if not path:  # no file a second connection could read
            self._show_first(number, query, read_page(self.archive, query))
            return
        self.reading = True
        clock = self.archive.clock
        signals = run_job(lambda _report: (number, query, read_page_at(path, clock, query)))
        signals.finished.connect(self._on_first)  # bound: disconnected if the model goes
        signals.failed.connect(self._on_first_failed)

    def _on_first(self, answer: tuple[int, ListQuery, ListPage]) -> None:
        self._show_first(*answer)

    def _on_first_failed(self, _message: str) -> None:
        """The worker could not read (the file was busy or went): read here, as before."""
        if self.reading:
            self._show_first(self._generation, self._asked, read_page(self.archive, self._asked))

    def _show_first(self, number: int, query: ListQuery, page: ListPage) -> None:
        if number != self._generation:
            return  # a newer query is on its way: its answer counts
        self.reading = False
        self.beginResetModel()
        self.query, self.rows = query, page.rows
        self.total = len(page.rows) if page.total is None else page.total
        self.currency = self.archive.shop().currency
        self.endResetModel()
        self.loaded.emit()

    def _row_count(self) -> int:
        return len(self.rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and not self.reading and not self._fetching
                and len(self.rows) < self.total)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        # Keyset paging where the order has it: the page after the last row reads no others.
        keyset = self.query.order != "complaints"
        after, offset = (self.rows[-1], 0) if keyset else (None, len(self.rows))
        number, query, path = self._generation, self.query, worker_path(self.archive)
        if not path:  # no file a second connection could read
            self._append(number, read_page(self.archive, query, after, offset))
            return
        self._fetching = True
        clock = self.archive.clock
        signals = run_job(lambda _report: (number, read_page_at(path, clock, query, after,
                                                                offset)))
        signals.finished.connect(self._on_more)
        signals.failed.connect(self._on_more_failed)

    def _on_more(self, answer: tuple[int, ListPage]) -> None:
        self._append(*answer)

    def _on_more_failed(self, _message: str) -> None:
        self._fetching = False  # asked again as the clerk scrolls on

    def _append(self, number: int, page: ListPage) -> None:
        if number != self._generation:
            return  # the list was searched or sorted again meanwhile
        self._fetching = False
        if not page.rows:  # customers merged since counting
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self.rows.extend(page.rows)
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
