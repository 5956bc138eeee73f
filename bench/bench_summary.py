"""Monthly summary PDF and dashboard refresh on the large archive (five years, 100,000 cases).

The PDF figure is the whole of `amends summary`: reading the month's inputs (a few set-based
queries), computing every figure and laying out the PDF. The dashboard figure is one
DashboardPage.refresh() for a month (read and computed on workers, tiles and charts rebuilt),
offscreen, until its figures are shown; after a change the year's insights are read as well.

    python bench/bench_summary.py [--quick] [--db PATH] [--scale N] [--dashboard-only]

Works on a copy of the bench archive (opening it may run migrations).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from io import BytesIO
from pathlib import Path

from common import archive_path, median, parse_args, report, time_ms
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop_app.archive import Archive
from desktop_app.documents.summary import render_summary
from desktop_app.domain.metrics import summarise
from desktop_app.domain.reporting import Period

RUNS = 5
PDF_TARGET_MS = 2000.0
DASHBOARD_TARGET_MS = 300.0


def bare_document() -> bytes:
    """The baseline: the smallest ReportLab document, one paragraph on one page."""
    buffer = BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph("Monthly summary.",
                                               getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], extra=lambda p: p.add_argument(
        "--dashboard-only", action="store_true", help="skip the PDFs"))
    with tempfile.TemporaryDirectory() as folder:  # a copy: opening it may upgrade it
        copy = Path(folder) / "amends.db"
        src, dst = sqlite3.connect(archive_path(args)), sqlite3.connect(copy)
        src.backup(dst)
        src.close(), dst.close()
        bench(Archive.open(copy), args.dashboard_only)


def bench(archive: Archive, dashboard_only: bool = False) -> None:
    today = archive.now().date()
    last = Period.month(today.year, today.month).previous()
    n = sum(1 for _ in archive.reporting.case_facts(last.start, last.end))
    note = f"{last.start:%Y-%m}, {n:,} complaints that month"
    if dashboard_only:
        bench_dashboard(archive, last, note)
        return
    bare_document()  # ReportLab's own first-use set-up
    bare = median([time_ms(bare_document) for _ in range(RUNS)])
    for language in ("zh_CN", "en"):
        render_summary(summarise(archive.reporting.report_inputs(last)), language)  # fonts, caches
        times = [time_ms(lambda lang=language: render_summary(
            summarise(archive.reporting.report_inputs(last)), lang)) for _ in range(RUNS)]
        report("summary", f"summary PDF ({language}), median of {RUNS}", median(times),
               baseline=bare, target=PDF_TARGET_MS, target_text="< 2,000 ms",
               note=f"{note}; baseline: a bare one-paragraph ReportLab document")
    inputs = [time_ms(lambda: archive.reporting.report_inputs(last)) for _ in range(RUNS)]
    report("summary", "  of which reading the inputs", median(inputs))
    bench_inputs(archive, last)
    bench_dashboard(archive, last, note)
    archive.close()


def bench_dashboard(archive: Archive, period: Period, note: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.dashboard import DashboardPage

    app = QApplication.instance() or QApplication([])
    page = DashboardPage(archive)
    page.resize(1200, 900)
    page.show()
    page.set_period(period)
    _until_shown(app, page)

    def refresh() -> None:
        page.refresh()  # read and summed on a worker, shown in steps on the GUI thread
        _until_shown(app, page)  # include the repaint of tiles and charts

    times = [time_ms(refresh) for _ in range(RUNS)]
    report("summary", f"dashboard refresh (month), median of {RUNS}", median(times),
           target=DASHBOARD_TARGET_MS, target_text="< 300 ms", note=note)

    def after_a_change() -> None:
        page.mark_stale()  # what a save sets off: the year's insights are read again too
        _until_shown(app, page)

    times = [time_ms(after_a_change) for _ in range(RUNS)]
    report("summary", "dashboard refresh after a change (month and the year's insights)",
           median(times))
    year = Period(period.trend_start(), period.end)
    page.set_period(year)
    times = [time_ms(refresh) for _ in range(RUNS)]
    report("summary", "dashboard refresh (12-month range)", median(times))
    page.close()


def _until_shown(app, page) -> None:
    """Run the event loop as the window does (waiting for events, not polling: a polling loop
    would keep taking Python's GIL from the worker) until the figures are shown."""
    from PySide6.QtCore import QEventLoop

    while page.pending:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()


def bench_inputs(archive: Archive, period: Period) -> None:
    """Each read of `report_inputs`, timed alone: where a refresh's time goes."""
    store, previous = archive.reporting, period.previous()
    parts = {"case facts (month)": lambda: store.case_facts(period.start, period.end),
             "case facts (month before)": lambda: store.case_facts(previous.start, previous.end),
             "monthly counts (trend)": lambda: store.monthly_counts(period.trend_start(),
                                                                    period.end),
             "open cases": lambda: store.open_cases(period.end),
             "repeat complainers (12 months)": lambda: store.repeat_complainers(period.end),
             "improvements": lambda: store.improvements(period.start, period.end),
             "insights (12 months)": lambda: archive.intelligence.insights(period.end)}
    for name, read in parts.items():
        read()
        report("summary", f"  {name}", median([time_ms(read) for _ in range(RUNS)]))


if __name__ == "__main__":
    main()
