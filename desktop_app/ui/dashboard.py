"""The dashboard: the monthly summary's figures on screen for a chosen month or range, with
QtCharts. It shows `metrics.summarise()` of the same inputs as the PDF, so the two always agree.
Clicking a cause or channel bar asks for the case list filtered to it (`filter_requested`).
Nothing here may hold the window: figures are read on a worker, and the charts, the insights
section and each showing are built in short steps, one per event-loop turn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.queries import CaseFilter
from desktop_app.domain.reporting import Period, add_months
from desktop_app.ui.dashboard_parts import (
    Tile,
    enum_label,
    pct,
    percent,
    read_insights,
    read_summary,
)
from desktop_app.ui.turns import in_next_turn
from desktop_app.ui.widgets import format_money, labelled, listed
from desktop_app.ui.workers import run_job, worker_path

if TYPE_CHECKING:
    from PySide6.QtCharts import QChartView

    from desktop_app.archive.intelligence import IntelligenceStore
    from desktop_app.archive.reporting import ReportingStore
    from desktop_app.domain.metrics import Summary
    from desktop_app.ui.dashboard_insights import InsightsSection

MONTHS_OFFERED = 36
CAUSE_BARS = 10


class DashboardReads(Protocol):
    """What the dashboard reads: the reporting figures, the insights, the clock."""

    @property
    def reporting(self) -> ReportingStore: ...

    @property
    def intelligence(self) -> IntelligenceStore: ...

    def now(self) -> datetime: ...

    @property
    def read_only(self) -> bool: ...


class DashboardPage(QWidget):
    filter_requested = Signal(object)  # a CaseFilter for the case list
    summary_requested = Signal(object)  # the Period to print as the monthly summary

    def __init__(self, archive: DashboardReads, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.archive = archive
        self.summary: Summary | None = None
        self._today = today
        self._stale, self.pending, self._asking = True, False, 0  # pending: figures on the way
        self._causes: list = []
        self._channels: list = []
        self.insights: InsightsSection | None = None  # built in a later step, as the charts
        self.cause_chart: QChartView | None = None  # the charts: built in a later step
        self.channel_chart: QChartView | None = None
        self.trend_chart: QChartView | None = None
        self._waiting: list[tuple] = []  # what came from the worker before the page was built
        self._left = 0  # of the figures and the insights, how many are still to be shown
        self._jobs: tuple[list, int] | None = None  # asked for while the page was being built
        self._build()
        self._wire()
        # The period bar now (set_period and period() need it), the rest one part per turn:
        # the page's first showing is a short step, and so is each that follows it.
        self._run_steps([self._build_tiles, self._import_charts, self._build_charts,
                         self._build_insights], self._built)

    # Building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        first = self._current_month()
        for back in range(MONTHS_OFFERED):
            start = add_months(first, -back)
            self.period_combo.addItem(self.tr("{year}-{month:02d}").format(
                year=start.year, month=start.month), Period.month(start.year, start.month))
        self.period_combo.addItem(self.tr("Custom range…"), None)
        self.period_combo.setCurrentIndex(1)  # last full month: what the owner reviews
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
        self.print_button = QPushButton(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("Monthly summary PDF…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Complaints received in")))
        bar.addWidget(self.period_combo)
        bar.addWidget(self.from_edit)
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.tiles: dict[str, Tile] = {}  # built in the first later step
        self._tile_grid = grid = QGridLayout()
        self._charts = QGridLayout()
        self._charts_placeholder = QWidget()  # for the turn until the charts are built
        self._charts_placeholder.setMinimumHeight(540)
        self._charts.addWidget(self._charts_placeholder, 0, 0)
        self.open_label = QLabel()
        self.open_label.setWordWrap(True)
        body = QWidget()
        self._content = content = QVBoxLayout(body)
        content.addLayout(grid)
        content.addLayout(self._charts, 1)
        content.addWidget(self.open_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    def _build_tiles(self) -> None:
        self.tiles = {key: Tile(title) for key, title in self._tile_titles()}
        for i, tile in enumerate(self.tiles.values()):
            self._tile_grid.addWidget(tile, i // 4, i % 4)

    def _tile_titles(self) -> list[tuple[str, str]]:
        return [("received", self.tr("Complaints received")),
                ("ack", self.tr("Acknowledged within target")),
                ("resolved", self.tr("Resolved within target")),
                ("resolution_time", self.tr("Median time to resolution")),
                ("csat", self.tr("Satisfied after recovery")),
                ("recovered", self.tr("Customers recovered : lost")),
                ("compensation", self.tr("Compensation cost")),
                ("open", self.tr("Open cases today"))]

    @staticmethod
    def _import_charts() -> None:
        """QtCharts' library (25 ms) in a step of its own, before the charts are made."""
        from desktop_app.ui import dashboard_charts  # noqa: F401 - imported on first showing

    def _build_charts(self) -> None:
        from desktop_app.ui import dashboard_charts

        causes, channels, trend = (dashboard_charts.chart_view(), dashboard_charts.chart_view(),
                                   dashboard_charts.chart_view())
        causes.setMinimumHeight(300)
        self._charts.removeWidget(self._charts_placeholder)
        self._charts_placeholder.deleteLater()
        self._charts.addWidget(causes, 0, 0, 1, 2)
        self._charts.addWidget(channels, 1, 0)
        self._charts.addWidget(trend, 1, 1)
        for column in (0, 1):  # channels and the monthly trend share the lower row evenly
            self._charts.setColumnStretch(column, 1)
        self.cause_chart, self.channel_chart, self.trend_chart = causes, channels, trend

    def _build_insights(self) -> None:
        from desktop_app.ui.dashboard_insights import InsightsSection

        self.insights = InsightsSection(self.archive)
        self._content.addWidget(self.insights)

    def _built(self) -> None:
        waiting, self._waiting = self._waiting, []
        for result in waiting:
            self._arrived(result)
        if self._jobs is not None:
            jobs, self._jobs = self._jobs, None
            self._start(*jobs)

    def _run_steps(self, steps: list[Callable[[], None]], then: Callable[[], None],
                   number: int | None = None) -> None:
        """Run `steps` one per event-loop turn, then `then`; dropped if the page is deleted
        or, given `number`, once a newer refresh has been asked for."""
        def step() -> None:
            if number is not None and number != self._asking:
                return
            if not steps:
                then()
                return
            steps.pop(0)()
            in_next_turn(self, step)
        in_next_turn(self, step)

    def _wire(self) -> None:
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.from_edit.dateChanged.connect(self._on_range_changed)
        self.to_edit.dateChanged.connect(self._on_range_changed)
        self.print_button.clicked.connect(lambda: self.summary_requested.emit(self.period()))

    def _current_month(self) -> date:
        today = self._today or self.archive.now().date()
        return date(today.year, today.month, 1)

    # Period and refresh ---------------------------------------------------------------------

    def period(self) -> Period:
        chosen: Period | None = self.period_combo.currentData()
        if chosen is not None:
            return chosen
        start: date = self.from_edit.date().toPython()  # type: ignore[assignment]  # a date
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        return Period(min(start, last), max(start, last) + timedelta(days=1))

    def set_period(self, period: Period) -> None:
        """Show `period`: one of the offered months, or else a custom range."""
        for i in range(self.period_combo.count() - 1):
            if self.period_combo.itemData(i) == period:
                self.period_combo.setCurrentIndex(i)
                return
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.count() - 1)
        self.period_combo.blockSignals(False)
        self._show_range(period)
        self.refresh()

    def _show_range(self, period: Period) -> None:
        for edit, day in ((self.from_edit, period.start),
                          (self.to_edit, period.end - timedelta(days=1))):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
            edit.setVisible(True)

    def _on_period_changed(self) -> None:
        custom = self.period_combo.currentData() is None
        if custom and self.summary is not None:
            self._show_range(self.summary.period)
        for edit in (self.from_edit, self.to_edit):
            edit.setVisible(custom)
        self.refresh()

    def _on_range_changed(self) -> None:
        if self.period_combo.currentData() is None:
            self.refresh()

    def mark_stale(self) -> None:
        """The archive changed: refresh now if on screen, else the next time it is shown."""
        self._stale = True
        if self.insights is not None:
            self.insights.mark_stale()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the period's figures and show them: read and summed on a worker with a
        connection of its own, the year's insights on a second one alongside (each a few
        hundred ms on 300,000 complaints), each shown when it comes."""
        self._stale, period = False, self.period()
        self._asking += 1
        number, path = self._asking, worker_path(self.archive)
        # The section covers the year to the period's end: read again only after a change
        # (mark_stale) or for another end.
        year = self.insights is None or self.insights.wants(period.end)
        self.pending, self._left = True, 1 + year
        if not path:  # no file a second connection could read
            from desktop_app.domain.metrics import summarise

            summary = summarise(self.archive.reporting.report_inputs(period))
            self._arrived(("figures", number, summary))
            if year:
                self._arrived(("insights", number, summary.insights))
            return
        now = self.archive.now
        jobs: list[tuple[str, Callable[[object], object]]] = [
            ("figures", lambda _report: read_summary(path, now, period))]
        if year:
            jobs.append(("insights", lambda _report: read_insights(path, now, period.end)))
        # Started once the page is built, and in the next turn: what set this refresh off (a
        # save reloads every screen) finishes first, instead of waiting turn by turn for
        # Python's GIL while the workers hold it.
        if self.insights is None:
            self._jobs = (jobs, number)
        else:
            in_next_turn(self, lambda: self._start(jobs, number))

    def _start(self, jobs: list[tuple[str, Callable[[object], object]]], number: int) -> None:
        if number != self._asking:
            return  # a newer refresh was asked for in the meantime
        for kind, job in jobs:
            def read(report, kind: str = kind, job: Callable[[object], object] = job) -> tuple:
                return kind, number, job(report)

            signals = run_job(read)
            signals.finished.connect(self._arrived)  # bound: dropped if the page is gone
            signals.failed.connect(self._on_failed)

    def _on_failed(self, _message: str) -> None:
        self.pending, self._stale = False, True  # asked again when next shown
        self._asking += 1  # the other part, if it comes, is not shown half

    def _arrived(self, result: tuple) -> None:
        kind, number, value = result
        if number != self._asking:
            return  # a newer period or change is on its way
        section = self.insights
        if section is None:  # the page is still being built: shown when it is
            self._waiting.append(result)
            return
        if kind == "insights":
            self._run_steps([lambda: section.show_insights(value)],
                            lambda: self._part_shown(number), number)
            return
        self.summary = value

        def tiles() -> None:
            self._show_tiles(value)
            self._show_open(value)

        self._run_steps([tiles,
                         lambda: self._show_causes(value),
                         lambda: self._show_channels(value),
                         lambda: self._show_trend(value)],
                        lambda: self._part_shown(number), number)

    def _part_shown(self, number: int) -> None:
        if number != self._asking:
            return
        self._left -= 1
        if self._left == 0:
            self.pending = False
            assert self.summary is not None and self.insights is not None  # both shown
            # The summary as the PDF has it: the figures with the year's insights.
            self.summary = replace(self.summary, insights=self.insights.insights)

    # Showing ------------------------------------------------------------------------------

    def _shown(self) -> Summary:
        """The figures on screen (the tiles and bars exist only once they have come)."""
        assert self.summary is not None
        return self.summary

    def _compare(self, now: float | None, before: float | None, lower_is_better: bool,
                 text: str) -> tuple[str, bool | None]:
        if now is None or before is None or self._shown().previous.received == 0:
            return self.tr("nothing to compare with"), None
        arrow = "▲ " if now > before else "▼ " if now < before else ""
        good = None if now == before else (now < before) == lower_is_better
        return arrow + self.tr("{value} the period before").format(value=text), good

    def _show_tiles(self, s: Summary) -> None:
        cur, prev, t = s.current, s.previous, self.tiles
        t["received"].show_figure(f"{cur.received:,}", *self._compare(
            cur.received, prev.received, True, f"{prev.received:,}"))
        for key, now, before in (("ack", cur.ack_on_target, prev.ack_on_target),
                                 ("resolved", cur.resolved_on_target, prev.resolved_on_target)):
            t[key].show_figure(percent(now), *self._compare(
                pct(now), pct(before), False, percent(before)))
        days = cur.resolution_days.median
        before_days = prev.resolution_days.median
        t["resolution_time"].show_figure(
            "—" if days is None else self.tr("{days:.1f} days").format(days=days),
            *self._compare(None if days is None else round(days, 1),
                           None if before_days is None else round(before_days, 1), True,
                           "—" if before_days is None else f"{before_days:.1f}"))
        if cur.csat.too_few:
            t["csat"].show_figure("—", self.tr("too few answers (n = {n})").format(
                n=cur.csat.whole))
        else:
            t["csat"].show_figure(percent(cur.csat), self.tr("{n} answers").format(
                n=f"{cur.csat.whole:,}"))
        t["recovered"].show_figure(f"{cur.recovered:,} : {cur.lost:,}")
        currency = s.shop.currency
        t["compensation"].show_figure(format_money(cur.compensation_cost, currency), self.tr(
            "value to customers {amount}").format(
            amount=format_money(cur.compensation_amount, currency)))
        overdue = len(s.overdue)
        t["open"].show_figure(f"{len(s.open_cases):,}", self.tr("{n} overdue").format(
            n=f"{overdue:,}"), False if overdue else None)

    def _show_causes(self, s: Summary) -> None:
        rows = list(s.current.by_cause[:CAUSE_BARS])
        self._causes = [cause for cause, _ in reversed(rows)]  # bottom-up, largest on top
        labels = [enum_label(c) if c else self.tr("Not yet diagnosed") for c in self._causes]
        values = [n for _, n in reversed(rows)]
        self.cause_set = self._fill(self.cause_chart, self.tr("Causes (click a bar for its "
                                                              "cases)"), labels, values,
                                    horizontal=True)
        self.cause_set.clicked.connect(self._on_cause_clicked)

    def _show_channels(self, s: Summary) -> None:
        self._channels = [channel for channel, _ in s.current.by_channel]
        labels = [enum_label(c) for c in self._channels]
        self.channel_set = self._fill(self.channel_chart,
                                      self.tr("Channels (click a bar for its cases)"), labels,
                                      [n for _, n in s.current.by_channel])
        self.channel_set.clicked.connect(self._on_channel_clicked)

    def _show_trend(self, s: Summary) -> None:
        labels = [f"{m.month:%m/%y}" if i == 0 or m.month.month == 1 else f"{m.month:%m}"
                  for i, m in enumerate(s.trend)]
        self._fill(self.trend_chart, self.tr("Complaints per month"), labels,
                   [m.received for m in s.trend], trend=True)

    def _fill(self, view: QChartView | None, title: str, labels: list[str], values: list[int],
              horizontal: bool = False, trend: bool = False):
        """One bar series in `view`; returns its bar set (clickable)."""
        from desktop_app.ui import dashboard_charts as charts  # imported by _build_charts

        assert view is not None  # the charts are built before any figures are shown
        if trend:
            return charts.fill(view, title, labels, values, colour=charts.LIGHT, labelled=False)
        return charts.fill(view, title, labels, values, horizontal=horizontal)

    def _show_open(self, s: Summary) -> None:
        buckets = listed(labelled(QCoreApplication.translate('Metric', name), f"{n:,}")
                         for name, n in s.open_by_age)
        self.open_label.setText(self.tr("Open cases by age: {buckets}. Repeat complainers in "
                                        "the last 12 months: {repeat:,}.").format(
            buckets=buckets, repeat=len(s.repeaters)))

    # Clicks -----------------------------------------------------------------------------------

    def _period_filter(self, **fields) -> CaseFilter:
        period = self._shown().period
        return CaseFilter(received_from=period.start,
                          received_to=period.end - timedelta(days=1), **fields)

    def _on_cause_clicked(self, index: int) -> None:
        cause = self._causes[index]
        if cause is not None:  # the case list cannot filter on "no cause" (yet)
            self.filter_requested.emit(self._period_filter(cause=cause))

    def _on_channel_clicked(self, index: int) -> None:
        self.filter_requested.emit(self._period_filter(channel=self._channels[index]))


def connect_dashboard(main_window) -> DashboardPage:
    """The dashboard of the main window (ui/page_install.py adds it): refreshed when cases
    change, bars open the case list, the PDF button opens the monthly summary dialog."""
    page = DashboardPage(main_window.archive)
    main_window.archive_changed.connect(page.mark_stale)
    page.filter_requested.connect(main_window.show_cases)
    page.summary_requested.connect(lambda period: _open_summary(main_window, period))
    return page


def _open_summary(main_window, period: Period) -> None:
    # Imported on first use: the PDF machinery (ReportLab) would slow every start-up.
    from desktop_app.ui.summary_dialog import SummaryDialog

    SummaryDialog(main_window.archive, period, main_window).open()
