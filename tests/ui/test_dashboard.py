"""The dashboard shows the summary's figures, follows changes, and bars open the case list;
the summary dialog builds the PDF off the UI thread and previews it."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

from pypdf import PdfReader

from desktop_app.documents.summary import render_summary
from desktop_app.domain.metrics import summarise
from desktop_app.domain.model import Cause, Channel
from desktop_app.domain.queries import CaseFilter
from desktop_app.domain.reporting import Period
from desktop_app.ui.dashboard import DashboardPage
from desktop_app.ui.summary_dialog import SummaryDialog
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.unit.test_summary_pdf import month  # noqa: F401 - the fixture: October 2026

OCTOBER = Period.month(2026, 10)
OCTOBER_FILTER = dict(received_from=date(2026, 10, 1), received_to=date(2026, 10, 31))


def dashboard(qtbot, archive) -> DashboardPage:
    page = DashboardPage(archive)
    qtbot.addWidget(page)
    page.set_period(OCTOBER)
    page.show()
    return settled(qtbot, page)


def settled(qtbot, page: DashboardPage) -> DashboardPage:
    """The figures are read on a worker: wait until they are shown."""
    qtbot.waitUntil(lambda: not page.pending)
    return page


def test_the_dashboard_shows_the_same_figures_as_the_pdf(qtbot, month):  # noqa: F811
    page = dashboard(qtbot, month)
    pdf_summary = summarise(month.reporting.report_inputs(OCTOBER))
    assert page.summary == pdf_summary
    text = "\n".join(p.extract_text() for p in
                     PdfReader(BytesIO(render_summary(pdf_summary, "en"))).pages)
    received = page.tiles["received"].value.text()
    assert received == "6" and f"{received} complaints came in" in text
    cost = page.tiles["compensation"].value.text()
    assert cost == "¥12.00" and "CNY 12.00" in text  # the PDF spells the currency out
    assert page.tiles["csat"].value.text() == "—"  # one answer: too few for a percentage


def test_clicking_a_cause_bar_asks_for_that_causes_cases_of_the_period(qtbot, month):  # noqa: F811
    page = dashboard(qtbot, month)
    index = page._causes.index(Cause.WAITING)
    with qtbot.waitSignal(page.filter_requested) as signal:
        page.cause_set.clicked.emit(index)
    assert signal.args == [CaseFilter(cause=Cause.WAITING, **OCTOBER_FILTER)]


def test_clicking_a_channel_bar_asks_for_that_channels_cases(qtbot, month):  # noqa: F811
    page = dashboard(qtbot, month)
    with qtbot.waitSignal(page.filter_requested) as signal:
        page.channel_set.clicked.emit(0)
    assert signal.args == [CaseFilter(channel=Channel.IN_PERSON, **OCTOBER_FILTER)]


def test_a_custom_range_shows_the_figures_of_those_days(qtbot, month):  # noqa: F811
    page = dashboard(qtbot, month)
    page.set_period(Period(date(2026, 10, 2), date(2026, 10, 5)))
    settled(qtbot, page)
    assert page.from_edit.isVisible()
    assert page.tiles["received"].value.text() == "3"  # 2, 3 and 4 October


def test_in_the_main_window_a_bar_filters_the_case_list_and_saves_refresh_it(
        qtbot, month, settings):  # noqa: F811
    window = show_main_window(qtbot, month, settings)  # the app installs the dashboard itself
    page = window.page("dashboard")
    window.show_page("dashboard")
    page.set_period(OCTOBER)
    settled(qtbot, page)
    page.cause_set.clicked.emit(page._causes.index(Cause.BILLING))
    assert window.current_page_key() == "cases"
    assert window.cases.model.query == CaseFilter(cause=Cause.BILLING, **OCTOBER_FILTER)
    assert window.cases.model.total == 1

    window.show_page("dashboard")
    month.cases.record_complaint(customer_input(phone="136 5555 0000"),
                           complaint_input(received_at=datetime(2026, 10, 9, 9)))
    window.archive_changed.emit()
    assert page.pending  # on the worker: the window goes on meanwhile
    settled(qtbot, page)
    assert page.tiles["received"].value.text() == "7"


def test_the_summary_dialog_previews_the_chosen_month_as_a_pdf(qtbot, month):  # noqa: F811
    dialog = SummaryDialog(month, OCTOBER)
    qtbot.addWidget(dialog)
    assert dialog.busy.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.preview.document.pageCount() > 0, timeout=15000)
    assert not dialog.busy.isVisibleTo(dialog)
    assert dialog.preview.save_button.isEnabled()
    for language, title in (("en", "Monthly recovery summary"), ("zh_CN", "月度投诉补救报告")):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        qtbot.waitUntil(lambda t=title: t in first_page(dialog.preview.pdf()), timeout=15000)


def first_page(pdf: bytes) -> str:
    return PdfReader(BytesIO(pdf)).pages[0].extract_text() if pdf else ""


class _NoReadsHere:
    """The archive as the GUI thread sees it: any read of figures there fails the test."""

    def __init__(self, archive):
        self._archive = archive

    def __getattr__(self, name):
        if name in ("reporting", "intelligence"):
            raise AssertionError(f"{name} read on the GUI thread")
        return getattr(self._archive, name)


def test_the_dashboard_reads_its_figures_and_insights_on_workers_and_builds_in_steps(
        qtbot, month):  # noqa: F811
    page = DashboardPage(_NoReadsHere(month))
    qtbot.addWidget(page)
    assert page.tiles == {} and page.cause_chart is None and page.insights is None  # later turns
    page.set_period(OCTOBER)
    page.show()
    settled(qtbot, page)
    assert page.cause_chart is not None
    assert page.tiles["received"].value.text() == "6"
    assert page.insights.insights == month.intelligence.insights(OCTOBER.end, month.now())
    assert page.insights.overall.text()  # the section's own words, from the worker's read
    assert page.summary == summarise(month.reporting.report_inputs(OCTOBER))


def test_a_newer_period_drops_the_figures_still_on_their_way(qtbot, month):  # noqa: F811
    page = dashboard(qtbot, month)
    page.set_period(Period(date(2026, 10, 2), date(2026, 10, 5)))
    page.set_period(OCTOBER)  # asked before the custom range's figures came
    settled(qtbot, page)
    qtbot.wait(200)  # anything of the range still queued would show by now
    assert page.tiles["received"].value.text() == "6"
    assert page.summary.period == OCTOBER


def test_the_years_insights_are_read_again_only_after_a_change(qtbot, month, monkeypatch):  # noqa: F811
    from desktop_app.ui import dashboard as module

    page = dashboard(qtbot, month)
    reads = []
    real = module.read_insights
    monkeypatch.setattr(module, "read_insights", lambda *a: reads.append(a[2]) or real(*a))
    page.refresh()  # the same month again: its figures, not the year's insights
    settled(qtbot, page)
    assert reads == []
    page.mark_stale()  # shown: refreshed at once, the insights too
    settled(qtbot, page)
    assert reads == [OCTOBER.end]
    assert page.summary == summarise(month.reporting.report_inputs(OCTOBER))
