"""The case list: a table model paged over archive queries (200 rows at a time) and its page.

Rows come from `archive.cases.list_cases` newest first; the view asks for the next page as the clerk
scrolls (canFetchMore/fetchMore), so an archive of 100,000 complaints opens as fast as one of ten.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from desktop_app.archive import Archive
from desktop_app.domain.model import Severity, Status
from desktop_app.domain.queries import CaseFilter, CaseRow
from desktop_app.ui.case_count import CaseCounter
from desktop_app.ui.case_filters import CaseFilterBar
from desktop_app.ui.list_model import ListTableModel
from desktop_app.ui.widgets import (
    enum_text,
    fit_columns_to_sample,
    format_datetime,
    own_viewport,
    set_up_list_table,
)

PAGE_SIZE = 200
AHEAD_MS = 60  # after a change while hidden, the count starts once the window has repainted
(COL_REF, COL_RECEIVED, COL_CUSTOMER, COL_PHONE, COL_PRODUCT, COL_CHANNEL, COL_SEVERITY,
 COL_CAUSE, COL_STATUS, COL_STAFF) = range(10)
# Starting widths in pixels at 96 dpi; the clerk's own widths are kept in QSettings afterwards.
COLUMN_WIDTHS = (92, 116, 112, 108, 126, 124, 68, 164, 140, 90)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
# Short columns whose text varies from shop to shop ("Emma Clarke", 陈志强; statuses in German):
# widened to what the first rows show after each query.
FITTED_COLUMNS = (COL_STAFF, COL_STATUS, COL_CHANNEL)
# …their room taken from the free-text columns, which elide and show the rest as a tooltip.
DONOR_COLUMNS = (COL_CAUSE, COL_PRODUCT, COL_CUSTOMER)

_DISPLAY, _BACKGROUND, _FOREGROUND, _FONT = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole)
_ANSWERED_ROLES = frozenset((_DISPLAY, CASE_ID_ROLE, _BACKGROUND, _FOREGROUND, _FONT,
                             Qt.ItemDataRole.ToolTipRole))

OVERDUE_BACKGROUND = QColor("#fde7e7")
OVERDUE_TEXT = QColor("#7a1a1a")
SEVERITY_COLOURS = {Severity.LOW: QColor("#6b7280"), Severity.HIGH: QColor("#b45309"),
                    Severity.CRITICAL: QColor("#b42318")}
STATUS_COLOURS = {Status.RECOVERED: QColor("#1f7a3f"), Status.NOT_RECOVERED: QColor("#8a4b0f")}


class CaseTableModel(ListTableModel):
    """Cases matching one CaseFilter, loaded a page at a time.

    `total` is the number of matches, or None while it is being counted on a worker (the page
    was full: at least PAGE_SIZE) or when it could not be counted; `total_changed` says it came.
    """

    total_changed = Signal()

    def __init__(self, archive: Archive, parent=None):
        super().__init__((self.tr("Ref"), self.tr("Received"), self.tr("Customer"),
                          self.tr("Phone"), self.tr("Product / service"), self.tr("Channel"),
                          self.tr("Severity"), self.tr("Cause"), self.tr("Status"),
                          self.tr("Staff")), parent)
        self.archive = archive
        self.query = CaseFilter()
        self.total: int | None = 0
        self._rows: list[CaseRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row: its cells' texts, made when first asked
        self._more = False  # the last page read was full: there may be more
        self._why_overdue: dict[int, str] = {}
        self.counter = CaseCounter(archive, self)
        self._prefetching: CaseFilter | None = None  # counted ahead while hidden
        self._prefetched: tuple[CaseFilter, int] | None = None
        self._glance_put_off = False  # set_query(wait=False) started a count not yet waited for
        self._ahead = QTimer(self, singleShot=True, interval=AHEAD_MS)
        self._ahead.timeout.connect(self._count_ahead_now)
        self.counter.counted.connect(self._on_counted)

    @property
    def counting(self) -> bool:
        return self.counter.busy

    def set_query(self, query: CaseFilter, wait: bool = True) -> None:
        """Show the first page of cases matching `query` (also used to refresh after a save); a
        full page is counted on a worker, unless that takes no longer than a glance. Without
        `wait` the glance is taken later, by `settle_count` (the window's first showing: the
        count runs meanwhile, while the rest of the window is built)."""
        rows = self.archive.cases.list_cases(query, 0, PAGE_SIZE)
        self._ahead.stop()
        prefetched, self._prefetched = self._prefetched, None
        ahead, self._prefetching = self._prefetching, None
        total: int | None = None
        self._glance_put_off = False
        if len(rows) < PAGE_SIZE:  # the whole result: nothing to count
            self.counter.cancel()
            total = len(rows)
        elif prefetched is not None and prefetched[0] == query:
            total = prefetched[1]
        elif ahead == query and self.counter.busy:
            total = self.counter.wait()  # counted since the change: its answer comes here
        else:
            wait = wait or not self.counter.counts_aside
            total = self.counter.start(query, wait=wait)
            self._glance_put_off = not wait
        self.beginResetModel()
        self.query, self.total, self._rows = query, total, rows
        self._more = len(rows) == PAGE_SIZE
        self._texts.clear()
        self._why_overdue.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def settle_count(self) -> bool:
        """Take the glance `set_query(wait=False)` put off: True when the total came in it."""
        if not self._glance_put_off:
            return False
        self._glance_put_off = False
        total = self.counter.wait()
        if total is None:
            return False  # `counted` follows
        self.total = total
        return True

    def count_ahead(self) -> None:
        """The archive changed while the list is hidden: count its query on a worker now, so
        that shown again it has its number at once (unless the archive changes again first)."""
        self.counter.cancel()  # a count still running read the archive before the change
        self._prefetched = None
        if self.query.overdue_only:  # changes with the clock too, not only with the archive
            self._prefetching = None
            return
        self._prefetching = self.query
        self._ahead.start()  # once the form's own work and repaint are done

    def _count_ahead_now(self) -> None:
        if self._prefetching is not None:
            self.counter.start(self._prefetching, wait=False)

    def _on_counted(self, total: int | None) -> None:
        self._glance_put_off = False
        if self._prefetching is not None:  # counted ahead: kept for the list's next showing
            query, self._prefetching = self._prefetching, None
            self._prefetched = None if total is None else (query, total)
            return
        self.total = total
        self.total_changed.emit()

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def _row_count(self) -> int:
        return len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and (
            self.total is None or len(self._rows) < self.total)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        # Keyset paging: the page after the last row shown reads no skipped rows.
        more = self.archive.cases.list_cases(self.query, 0, PAGE_SIZE, after=self._rows[-1])
        self._more = len(more) == PAGE_SIZE
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        if not self._more and (self.total is None or self.total > len(self._rows)):
            # The end is reached: the rows are the count (cases may also have been deleted
            # since counting: then no more pages are asked for that are not there).
            self.counter.cancel()
            self._prefetching = None
            self._on_counted(len(self._rows))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        # Qt asks each painted cell for a dozen roles: the ones never answered return first.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = index.row()
        case = self._rows[row]
        column = index.column()
        if role == _DISPLAY:
            return self._texts_of(row, case)[column]
        if role == CASE_ID_ROLE:
            return case.id
        if role == _BACKGROUND:
            return QBrush(OVERDUE_BACKGROUND) if case.overdue else None
        if role == _FOREGROUND:
            return self._foreground(case, column)
        if role == _FONT:
            return self._font(case, column)
        return self._tooltip(row, case, column)  # the tooltip role: the last one answered

    def _texts_of(self, row: int, case: CaseRow) -> tuple[str, ...]:
        """The row's cell texts, made once: Qt asks for each cell many times (paint, size
        hints, fitting), and dates and enum names cost a translation each."""
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = (  # in the order of the COL_ numbers
                case.ref, format_datetime(case.received_at), case.customer_name,
                case.customer_phone, case.product, enum_text(case.channel),
                enum_text(case.severity), enum_text(case.cause, self.tr("Not known yet")),
                enum_text(case.status), case.staff_name)
        return texts

    def _foreground(self, case: CaseRow, column: int) -> QBrush | None:
        if column == COL_SEVERITY and case.severity in SEVERITY_COLOURS:
            return QBrush(SEVERITY_COLOURS[case.severity])
        if column == COL_STATUS and case.status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[case.status])
        if column == COL_CAUSE and case.cause is None:
            return QBrush(QColor("#8a8f98"))
        # The soft red background needs dark text in a dark theme too.
        return QBrush(OVERDUE_TEXT) if case.overdue else None

    def _font(self, case: CaseRow, column: int) -> QFont | None:
        bold = (column == COL_REF and case.overdue) or (
            column == COL_SEVERITY and case.severity is Severity.CRITICAL)
        if not bold:
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _tooltip(self, row: int, case: CaseRow, column: int) -> str | None:
        if case.overdue:
            return self._overdue_reason(case)
        if column in (COL_CUSTOMER, COL_PRODUCT, COL_CAUSE):
            return self._texts_of(row, case)[column] or None
        return None

    def _overdue_reason(self, case: CaseRow) -> str:
        """Why a case is late, looked up once per row when first hovered (rarely needed)."""
        if case.id not in self._why_overdue:
            complaint = self.archive.cases.complaint(case.id)
            now = self.archive.now()
            reasons = []
            if complaint.acknowledged_at is None and complaint.response_due and (
                    complaint.response_due < now):
                reasons.append(self.tr("Overdue: not acknowledged; the customer should have "
                                       "heard from us by {due}.")
                               .format(due=format_datetime(complaint.response_due)))
            if complaint.resolution_due and complaint.resolution_due < now:
                reasons.append(self.tr("Overdue: not resolved; the target was {due}.")
                               .format(due=format_datetime(complaint.resolution_due)))
            self._why_overdue[case.id] = "\n".join(reasons) or self.tr("Overdue")
        return self._why_overdue[case.id]


class CasesPage(QWidget):
    """Filter bar over the case table; `open_requested(complaint_id)` on double-click/Enter."""

    open_requested = Signal(int)
    reloaded = Signal()  # reloaded after the archive changed (at once, or when next shown)

    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self._stale = False
        self._wanted: dict[int, int] | None = None  # the fitted columns' widths for these rows
        self.filters = CaseFilterBar()
        self.model = CaseTableModel(archive, self)
        self.table = QTableView()
        own_viewport(self.table)  # before anything asks for it (start-up time)
        self.table.setModel(self.model)
        self._set_up_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.filters.filter_changed.connect(self._on_filter_changed)
        self.model.total_changed.connect(self._show_count)
        # `activated` is Qt's double-click or Enter (single click where the platform says so).
        self.table.activated.connect(self._on_activated)
        self.filters.search.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # refit the short columns on a resize
        self.filters.set_staff(archive.staff(active_only=False))
        # Counted while the rest of the window is built; the answer is taken when first shown.
        self._on_filter_changed(self.filters.current_filter(), wait=False)

    def _set_up_table(self) -> None:
        table = self.table
        set_up_list_table(table, COLUMN_WIDTHS, self.tr("Cases"))
        table.setAlternatingRowColors(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        # Locales write dates at very different lengths ("2026/11/22 12:23", "11/22/26 12:23 PM"):
        # fit the widest form of this locale without measuring any row.
        sample = format_datetime(datetime(2026, 12, 28, 22, 58))
        header.resizeSection(COL_RECEIVED, max(header.sectionSize(COL_RECEIVED),
                                               table.fontMetrics().horizontalAdvance(sample) + 16))

    def set_query(self, query: CaseFilter) -> None:
        """Show the cases matching `query`, with the filter bar showing it too."""
        name = self.archive.customers.customer(query.customer_id).name if query.customer_id else ""
        self.filters.set_filter(query, name)

    def refresh(self) -> None:
        """Reload after the archive changed, keeping the filter and the selected case; while
        another page is shown, the next time this one is (a save costs the form nothing here)."""
        window = self.window()
        self._stale = window is not self and not self.isVisibleTo(window)
        if self._stale:
            self.model.count_ahead()
            return
        selected = self.current_case_id()
        self.filters.set_staff(self.archive.staff(active_only=False))
        self.model.refresh()
        self._show_count()
        self._fit_columns(new_rows=True)
        if selected is not None:
            self._select(selected)
        self.reloaded.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        elif self.model.settle_count():
            self._show_count()
        super().showEvent(event)

    def _show_count(self) -> None:
        model = self.model
        self.filters.set_count(model.total, model.rowCount(), counting=model.counting)

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    def _select(self, complaint_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == complaint_id:
                self.table.selectRow(row)
                return

    def _on_filter_changed(self, query: CaseFilter, wait: bool = True) -> None:
        self._stale = False
        self.model.set_query(query, wait)
        self._show_count()
        self._fit_columns(new_rows=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """From the search box: Enter opens the only hit, Down walks into the list."""
        if watched is self.table.viewport() and event.type() in (QEvent.Type.Resize,
                                                                 QEvent.Type.FontChange):
            self._fit_columns(new_rows=event.type() == QEvent.Type.FontChange)
        elif watched is self.filters.search and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.filters.flush()  # the clerk may press a key before the pause is over
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.total == 1:
                self.open_requested.emit(self.model.row_at(0).id)
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                self.table.selectRow(0)
                self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _fit_columns(self, new_rows: bool = False) -> None:
        """Fit the short columns; their texts are measured again only for new rows or a new
        font (a resize only shares the width out again)."""
        if new_rows:
            self._wanted = None
        scale = self.table.logicalDpiX() / 96
        self._wanted = fit_columns_to_sample(self.table, FITTED_COLUMNS, {
            c: round(COLUMN_WIDTHS[c] * scale) for c in DONOR_COLUMNS}, wanted=self._wanted)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(CASE_ID_ROLE))
