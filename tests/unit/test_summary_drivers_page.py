"""The monthly summary's satisfaction page: the drivers with the n each rests on, the threshold,
and the warning rules in plain words, in every language the summary has."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop_app.archive import Archive
from desktop_app.documents.summary import render_summary
from desktop_app.domain.metrics import summarise
from desktop_app.domain.model import Cause, RemedyKind, Status
from desktop_app.domain.recovery import FollowUpResult, RemedyInput
from desktop_app.domain.reporting import Period
from desktop_app.domain.satisfaction import MIN_ANSWERS, ImprovementAction, ImprovementStatus
from tests.conftest import complaint_input, customer_input

OCTOBER = Period.month(2026, 10)
ANSWERS = MIN_ANSWERS + 3  # enough for the page to show percentages and the waiting cause


class Clock:
    now = datetime(2026, 10, 1, 9)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def month(archive_path):
    """October 2026: ANSWERS waiting-time cases recovered with a voucher and scored, all but
    three of them 4 or better; one billing case (too few answers to be shown)."""
    clock = Clock()
    shop = Archive.open(archive_path, clock=clock)
    for i in range(ANSWERS + 1):
        clock.now = datetime(2026, 10, 1, 9) + timedelta(hours=7 * i)
        cause = Cause.WAITING if i < ANSWERS else Cause.BILLING
        case = shop.cases.record_complaint(
            customer_input(phone=f"139 0000 {i:04d}"),
            complaint_input(received_at=clock.now, cause=cause),
        )
        for status in (Status.ACKNOWLEDGED, Status.REMEDY_AGREED):
            shop.recovery.move_case(case.id, status, None)
        shop.remedies.add_remedy(RemedyInput(case.id, RemedyKind.VOUCHER, "", 3000, 1200), None)
        shop.recovery.move_case(case.id, Status.REMEDY_DONE, None)
        shop.recovery.move_case(case.id, Status.RECOVERED, None)
        follow_up = shop.follow_ups.follow_ups(case.id)[0]
        shop.follow_ups.record_follow_up(follow_up.id, FollowUpResult(
            clock.now, satisfaction=2 if i < 3 else 5, will_return=i >= 3), None)
    clock.now = datetime(2026, 11, 20, 12)
    yield shop
    shop.close()


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.mark.parametrize(("language", "heading", "rising", "threshold"), [
    ("en", "Satisfaction after recovery and what drives it", "Poisson",
     f"fewer than {MIN_ANSWERS} scored"),
    ("zh_CN", "补救后的满意度及其影响因素", "泊松", f"少于 {MIN_ANSWERS} 个"),
    ("zh_TW", "補救後的滿意度及其影響因素", "泊松", f"少於 {MIN_ANSWERS} 個"),
])
def test_the_summary_has_the_drivers_page_with_each_n(month, language, heading, rising,
                                                      threshold):
    text = text_of(render_summary(summarise(month.reporting.report_inputs(OCTOBER)), language))
    page = text[text.index(heading):]
    assert f"{ANSWERS + 1}" in page  # the answers the overall figures rest on
    satisfied = round(100 * (ANSWERS - 2) / (ANSWERS + 1))
    assert f"{satisfied}%" in page
    rows = [line for line in page.splitlines() if line.strip().endswith(f"{ANSWERS}")]
    assert rows, "the waiting-time cause's row ends with the n it rests on"
    assert threshold.replace(" ", "") in page.replace(" ", "")
    assert rising in page  # the cause-rising rule is stated


def test_a_summary_read_without_the_insights_has_no_drivers_page(month):
    inputs = month.reporting.report_inputs(OCTOBER)
    bare = summarise(inputs.__class__(**{**inputs.__dict__, "insights": None}))
    assert "what drives it" not in text_of(render_summary(bare, "en"))


def test_an_improvement_shows_its_rates_with_the_counts_they_rest_on(month):
    """Done on 20 October with 23 waiting cases before it and none since (31 days ago): too
    early to tell, and the page says on how many complaints each rate rests."""
    month.intelligence.save_improvement(ImprovementAction(
        None, "Second barista at peak times", "Emma Clarke", date(2026, 10, 15),
        ImprovementStatus.DONE, ("waiting",), done_on=date(2026, 10, 20)))
    text = text_of(render_summary(summarise(month.reporting.report_inputs(OCTOBER)), "en"))
    page = " ".join(text[text.index("Improvements and their effect"):].split())
    assert "Second barista" in page and "Emma Clarke" in page
    assert "2026-10-20" in page  # the day it was done, beside its status
    assert f"({ANSWERS})" in page and "(0)" in page
    assert "too early to tell" in page
