"""Monthly summary PDF and dashboard refresh on the large archive (five years, 100,000 cases).

The PDF figure is the whole of `amends summary`: reading the month's inputs (a few set-based
queries), computing every figure and laying out the PDF. The dashboard figure is one
DashboardPage.refresh() for a month (read, compute, rebuild tiles and charts), offscreen.

    python bench/bench_summary.py [--quick] [--db PATH]
"""

from __future__ import annotations

import os
from io import BytesIO

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
    args = parse_args(__doc__.splitlines()[0])
    archive = Archive.open(archive_path(args))
    today = archive.now().date()
    last = Period.month(today.year, today.month).previous()
    n = sum(1 for _ in archive.reporting.case_facts(last.start, last.end))
    note = f"{last.start:%Y-%m}, {n:,} complaints that month"
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
    app.processEvents()

    def refresh() -> None:
        page.refresh()
        app.processEvents()  # include the repaint of tiles and charts

    times = [time_ms(refresh) for _ in range(RUNS)]
    report("summary", f"dashboard refresh (month), median of {RUNS}", median(times),
           target=DASHBOARD_TARGET_MS, target_text="< 300 ms", note=note)
    year = Period(period.trend_start(), period.end)
    page.set_period(year)
    times = [time_ms(refresh) for _ in range(RUNS)]
    report("summary", "dashboard refresh (12-month range)", median(times))
    page.close()


if __name__ == "__main__":
    main()
