"""The Watch list page: early warnings with their reason and next step, dismissed with a reason,
and for a warning about a case, the most similar past complaints and what worked for them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import Archive
from desktop_app.domain.early_warnings import EarlyWarning, WarningKind, reason_text
from desktop_app.domain.model import RemedyKind
from desktop_app.ui.improvement_form import ImprovementForm
from desktop_app.ui.workers import run_job, worker_path

if TYPE_CHECKING:
    from desktop_app.archive.cases import CaseStore
    from desktop_app.archive.intelligence import IntelligenceStore
    from desktop_app.domain.satisfaction import SimilarCase

COL_KIND, COL_WHO, COL_REASON = range(3)  # the reason cell ends with the next step
SIMILAR = 5
# Rows filled and sized to their wrapped text per turn of the event loop (~5 ms, 15-25 ms right
# after a pause): doing 1,300 at once (100,000 cases) froze the window for 90 ms. Until then a
# row is two lines high, empty.
FILLED_PER_TURN = 75
CAUSE_KINDS = (WarningKind.CAUSE_RISING, WarningKind.CAUSE_RECURRING,
               WarningKind.IMPROVEMENT_NO_EFFECT)


def translated(context: str):
    return lambda text: QCoreApplication.translate(context, text)


def label(member) -> str:
    return QCoreApplication.translate(member.context(), member.label)


class WatchListReads(Protocol):
    """What the watch list uses: warnings, cases by reference, the clock (for its form)."""

    @property
    def intelligence(self) -> IntelligenceStore: ...

    @property
    def cases(self) -> CaseStore: ...

    def now(self) -> datetime: ...


class WatchListPage(QWidget):
    count_changed = Signal(int)
    case_requested = Signal(int)  # a complaint id to open

    def __init__(self, archive: WatchListReads, staff_id=lambda: None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self._staff_id = staff_id
        self.warnings: list[EarlyWarning] = []
        self._stale = True
        self._generation = 0  # the newest read asked of a worker; older answers are dropped
        self.reading = False  # a worker is reading the warnings
        self._shown_once = False
        self._similar_asked = 0  # the newest look-up of similar complaints; older are dropped
        # The badge follows changes while the page is hidden; a timer of the page's own dies
        # with it, and it does nothing once the window is closed (the archive may be too).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._refresh_if_stale)
        self._filling = QTimer(self, singleShot=True, interval=0)
        self._filling.timeout.connect(self._fill_some_rows)
        self._unfilled = 0  # the first row not yet filled and sized to its text
        self._build()
        self._wire()

    def _build(self) -> None:
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Warning"), self.tr("Customer / cause"), self.tr("Why, and the next step")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.table.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_KIND, 130), (COL_WHO, 220)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why is this warning not needed now?"))
        self.reason_edit.setAccessibleName(self.tr("Reason for dismissing"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.open_button = QPushButton(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DirOpenIcon), self.tr("Open case"))
        actions = QHBoxLayout()
        actions.addWidget(self.reason_edit, 1)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.open_button)
        self.similar_title = QLabel(self.tr("What worked before"))
        self.similar = QListWidget()
        self.similar.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.similar_title)
        side_layout.addWidget(self.similar, 1)
        self.improvements = ImprovementForm(self.archive, self._staff_id)
        side_layout.addWidget(self.improvements)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self._on_selection()

    def _wire(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_open())
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.dismiss_button.clicked.connect(self._on_dismiss)
        self.open_button.clicked.connect(self._on_open)
        self.improvements.saved.connect(lambda _id: self.refresh())

    # Showing --------------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """Reload now if on screen, else when next shown (the side list's count of a hidden
        page is worked out on a worker: ui/page_install.py WatchBadge)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh_soon(self) -> None:
        self._later.start(0)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.window().isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """The warnings from a worker's read-only connection (a few hundred ms at 100,000 cases);
        until they come the page says it is reading, or keeps showing the warnings it had."""
        self._stale = False
        self._generation += 1
        source = self._reader_source()
        if source is None:  # no file a second connection could read
            self._show_warnings(self.archive.intelligence.warnings())
            return
        (path, clock), number = source, self._generation
        self.reading = True
        if not self._shown_once:
            self.summary.setText(self.tr("Reading the warnings…"))
        signals = run_job(lambda _report: (number, read_warnings(path, clock)))
        signals.finished.connect(self._on_read)  # bound: disconnected if the page goes
        signals.failed.connect(self._on_read_failed)

    def _on_read(self, answer: tuple[int, list[EarlyWarning]]) -> None:
        number, warnings = answer
        if number == self._generation:  # else a newer read is under way: its answer counts
            self.reading = False
            self._show_warnings(warnings)

    def _on_read_failed(self, _message: str) -> None:
        """The worker could not read (the file was busy or went): read here, as before."""
        if self.reading:
            self.reading = False
            self._show_warnings(self.archive.intelligence.warnings())

    def _show_warnings(self, warnings: list[EarlyWarning]) -> None:
        before = self.selected()
        self.warnings, self._shown_once = list(warnings), True
        self.table.blockSignals(True)  # the selection is put back below, once
        self.table.clearSelection()
        self.table.clearContents()
        self.table.setRowCount(len(self.warnings))
        self._unfilled = 0
        self._fill_some_rows()
        same = next((row for row, w in enumerate(self.warnings) if before is not None
                     and (w.kind, w.key) == (before.kind, before.key)), None)
        if same is not None:  # the clerk's row stays chosen when a newer read lands
            self.table.selectRow(same)
        self.table.blockSignals(False)
        self.summary.setText(self.tr("%n warning(s) to look at.", "", len(self.warnings))
                             if self.warnings else self.tr("Nothing to warn about."))
        self.count_changed.emit(len(self.warnings))
        if same is None or self.selected() != before:
            self._on_selection()
        else:
            self._update_buttons()

    def _fill_some_rows(self) -> None:
        why = translated("EarlyWarning")
        end = min(len(self.warnings), self._unfilled + FILLED_PER_TURN)
        for row in range(self._unfilled, end):
            w = self.warnings[row]
            cells = (label(w.kind), self._who(w),
                     f"{reason_text(w, why)}\n→ {why(w.next_step)}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self.table.resizeRowToContents(row)
        self._unfilled = end
        if end < len(self.warnings):
            self._filling.start()

    def _who(self, w: EarlyWarning) -> str:
        parts = [w.customer_name, w.phone, w.case_ref]
        if w.cause is not None:
            parts.append(label(w.cause))
        return " · ".join(p for p in parts if p)

    def selected(self) -> EarlyWarning | None:
        rows = self.table.selectionModel().selectedRows()
        return self.warnings[rows[0].row()] if rows else None

    def _on_selection(self) -> None:
        self._update_buttons()
        warning = self.selected()
        self._show_similar(warning)
        if warning is not None and warning.kind in CAUSE_KINDS:
            self.improvements.for_cause(warning.cause)

    def _update_buttons(self) -> None:
        warning = self.selected()
        reason = bool(self.reason_edit.text().strip())
        self.dismiss_button.setEnabled(warning is not None and reason)
        self.open_button.setEnabled(warning is not None and bool(warning.case_ref))

    def _show_similar(self, warning: EarlyWarning | None) -> None:
        """What worked for the most similar past complaints (a full-text search: ~60 ms at
        100,000 cases), looked up on a worker; the newest selection's answer counts."""
        self._similar_asked += 1
        self.similar.clear()
        if warning is None or not warning.case_ref:
            self.similar.addItem(self.tr("Select a warning about a case."))
            return
        source, ref = self._reader_source(), warning.case_ref
        if source is None:  # no file a second connection could read
            self._list_similar(similar_for(self.archive, ref))
            return
        (path, clock), number = source, self._similar_asked
        self.similar.addItem(self.tr("Looking for similar complaints…"))
        def job(_report) -> tuple:
            try:
                return number, read_similar(path, clock, ref)
            except Exception:  # noqa: BLE001 - looked up here instead (_on_similar)
                return number, "unread"  # not None: PySide6 miscounts None across threads

        signals = run_job(job)
        signals.finished.connect(self._on_similar)  # bound: disconnected if the page goes

    def _on_similar(self, answer: tuple[int, tuple | str]) -> None:
        number, found = answer
        if number != self._similar_asked:  # another warning was chosen meanwhile
            return
        warning = self.selected()
        if not isinstance(found, tuple):  # the worker could not read: look here, as before
            found = similar_for(self.archive, warning.case_ref) if warning else (False, [])
        self.similar.clear()
        self._list_similar(found)

    def _list_similar(self, found: tuple[bool, list[SimilarCase]]) -> None:
        about_a_case, cases = found
        if not about_a_case:
            self.similar.addItem(self.tr("Select a warning about a case."))
            return
        if not cases:
            self.similar.addItem(self.tr("No similar closed complaint yet."))
        for case in cases:
            remedies = ", ".join(label(RemedyKind(k)) for k in case.remedies) or self.tr(
                "no remedy recorded")
            outcome = self.tr("recovered") if case.recovered else self.tr("not recovered")
            score = "" if case.satisfaction is None else f" ({case.satisfaction}/5)"
            self.similar.addItem(f"{case.ref} · {remedies} · {outcome}{score}\n"
                                 f"{case.description[:80]}")

    def _reader_source(self) -> tuple[str, Callable[[], datetime]] | None:
        """The archive's file and clock, for a worker's connection; None when there is none."""
        archive = self.archive
        path = worker_path(archive)
        if not path:
            return None
        return path, getattr(archive, "clock", archive.now)

    # Acting ---------------------------------------------------------------------------------

    def _on_dismiss(self) -> None:
        warning = self.selected()
        if warning is None or not self.reason_edit.text().strip():
            return
        self.archive.intelligence.dismiss(warning, self.reason_edit.text(), self._staff_id())
        self.reason_edit.clear()
        self.table.clearSelection()
        # Gone at once (it stays hidden until it worsens), before the worker's read confirms.
        self._show_warnings([w for w in self.warnings if w is not warning])
        self.refresh()

    def _on_open(self) -> None:
        warning = self.selected()
        complaint = warning and warning.case_ref and self.archive.cases.complaint_by_ref(
            warning.case_ref)
        if complaint:
            self.case_requested.emit(complaint.id)


def read_warnings(path: str, clock: Callable[[], datetime]) -> list[EarlyWarning]:
    """On a worker: the early warnings, on a read-only connection of this thread's own."""
    with Archive.reader(path, clock) as reader:
        return reader.intelligence.warnings()


def similar_for(archive, ref: str) -> tuple[bool, list[SimilarCase]]:
    """Whether `ref` is a complaint, and the closed past complaints most like it."""
    complaint = archive.cases.complaint_by_ref(ref)
    if complaint is None:
        return False, []
    return True, archive.intelligence.similar_cases(complaint.description, SIMILAR,
                                                    exclude_id=complaint.id)


def read_similar(path: str, clock: Callable[[], datetime], ref: str) -> tuple[bool, list]:
    """On a worker: `similar_for` on a read-only connection of this thread's own."""
    with Archive.reader(path, clock) as reader:
        return similar_for(reader, ref)


def connect_watch_list(main_window) -> WatchListPage:
    """The Watch list page of the main window (ui/page_install.py adds it, with its count on
    the navigation entry); it follows every save."""
    page = WatchListPage(main_window.archive, main_window.current_staff_id)
    page.count_changed.connect(lambda n: main_window.set_page_badge("watch", n))
    page.case_requested.connect(main_window.open_case)
    page.improvements.saved.connect(lambda _id: main_window.archive_changed.emit())
    main_window.archive_changed.connect(page.mark_stale)
    return page
