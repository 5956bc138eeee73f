"""The archive hands the monthly summary the right cases, remedies, follow-ups and trends."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.domain.model import Cause, RemedyKind, Status
from desktop_app.domain.recovery import FollowUpResult, RemedyInput
from desktop_app.domain.reporting import Period
from tests.conftest import complaint_input, customer_input


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(datetime(2026, 10, 1, 9))


@pytest.fixture
def shop(archive_path, clock):
    opened = Archive.open(archive_path, clock=clock)
    yield opened
    opened.close()


def record(shop: Archive, clock: Clock, at: datetime, customer=None, **kw):
    clock.now = at
    who = customer if customer is not None else customer_input(phone=f"139 {at:%m%d %H%M}")
    return shop.cases.record_complaint(who, complaint_input(received_at=at, **kw))


def test_a_reopened_case_with_remedy_and_follow_up_comes_back_with_all_its_facts(shop, clock):
    case = record(shop, clock, datetime(2026, 10, 1, 10), cause=Cause.WAITING)
    clock.now = datetime(2026, 10, 1, 12)
    shop.recovery.move_case(case.id, Status.ACKNOWLEDGED, None)
    shop.recovery.move_case(case.id, Status.REMEDY_AGREED, None)
    shop.remedies.add_remedy(RemedyInput(case.id, RemedyKind.VOUCHER, "", 2000, 800), None)
    shop.recovery.move_case(case.id, Status.REMEDY_DONE, None)
    clock.now = datetime(2026, 10, 3, 10)
    shop.recovery.move_case(case.id, Status.RECOVERED, None)
    follow_up = shop.follow_ups.follow_ups(case.id)[0]
    shop.follow_ups.record_follow_up(follow_up.id, FollowUpResult(clock.now, satisfaction=2,
                                                       will_return=False), None)
    clock.now = datetime(2026, 10, 5, 10)
    shop.recovery.move_case(case.id, Status.INVESTIGATING, None, reason="Still sour")
    clock.now = datetime(2026, 10, 8, 10)
    shop.recovery.move_case(
        case.id, Status.NOT_RECOVERED, None, not_accepted_options="Consumer office"
    )

    (facts,) = shop.reporting.case_facts(date(2026, 10, 1), date(2026, 11, 1))
    assert facts.acknowledged_at == datetime(2026, 10, 1, 12)
    assert facts.first_closed_at == datetime(2026, 10, 3, 10)
    assert facts.closed_at == datetime(2026, 10, 8, 10)
    assert facts.reopen_count == 1 and facts.status is Status.NOT_RECOVERED
    assert [(r.kind, r.amount_cents, r.cost_cents) for r in facts.remedies] == [
        (RemedyKind.VOUCHER, 2000, 800)]
    done = [f for f in facts.follow_ups if f.done_at]
    assert [(f.satisfaction, f.will_return) for f in done] == [(2, False)]


def test_case_facts_hold_only_the_periods_complaints_and_not_deleted_ones(shop, clock):
    record(shop, clock, datetime(2026, 9, 30, 23, 59))
    inside = record(shop, clock, datetime(2026, 10, 1, 0, 0))
    gone = record(shop, clock, datetime(2026, 10, 15, 12))
    record(shop, clock, datetime(2026, 11, 1, 0, 0))
    shop.recovery.delete_case(gone.id, None, reason="Entered twice")
    assert [c.id for c in shop.reporting.case_facts(date(2026, 10, 1), date(2026, 11, 1))] == [
        inside.id
    ]


def test_monthly_counts_fill_months_without_complaints_with_zeros(shop, clock):
    record(shop, clock, datetime(2026, 8, 3, 10))
    record(shop, clock, datetime(2026, 10, 3, 10))
    record(shop, clock, datetime(2026, 10, 4, 10))
    months = shop.reporting.monthly_counts(date(2026, 8, 1), date(2026, 11, 1))
    assert [(m.month, m.received) for m in months] == [
        (date(2026, 8, 1), 1), (date(2026, 9, 1), 0), (date(2026, 10, 1), 2)]


def test_repeat_complainers_have_two_complaints_within_twelve_months(shop, clock):
    first = record(shop, clock, datetime(2025, 11, 1, 0, 0), customer=customer_input())
    record(shop, clock, datetime(2026, 10, 2, 10), customer=first.customer_id)
    old = record(shop, clock, datetime(2025, 10, 31, 23, 59), customer=customer_input(
        name="Old", phone="137 0000 0000"))
    record(shop, clock, datetime(2026, 10, 3, 10), customer=old.customer_id)
    (repeat,) = shop.reporting.repeat_complainers(date(2026, 11, 1))
    assert (repeat.customer_id, repeat.name, repeat.complaints, repeat.open_cases) == (
        first.customer_id, "王小明", 2, 2)


def test_open_cases_and_improvements_of_the_period(shop, clock):
    older = record(shop, clock, datetime(2026, 9, 20, 10))
    case = record(shop, clock, datetime(2026, 10, 2, 10))
    record(shop, clock, datetime(2026, 11, 2, 10))
    clock.now = datetime(2026, 10, 20, 10)
    shop.recovery.update_diagnosis(older.id, Cause.WAITING, "", "Second barista at 8 am", None)
    shop.recovery.move_case(case.id, Status.ACKNOWLEDGED, None)
    assert [c.id for c in shop.reporting.open_cases(date(2026, 11, 1))] == [older.id, case.id]
    (improvement,) = shop.reporting.improvements(date(2026, 10, 1), date(2026, 11, 1))
    assert (improvement.complaint_id, improvement.text) == (older.id, "Second barista at 8 am")
    assert shop.reporting.improvements(date(2026, 11, 1), date(2026, 12, 1)) == ()


def test_report_inputs_read_the_opening_hours_setting_and_last_month(shop, clock):
    shop.set_setting("opening_hours", "08:00-18:00")
    record(shop, clock, datetime(2026, 9, 5, 10))
    inputs = shop.reporting.report_inputs(Period.month(2026, 10), as_of=datetime(2026, 11, 2))
    assert str(inputs.opening_hours) == "08:00–18:00"
    assert (len(inputs.cases), len(inputs.previous), len(inputs.trend)) == (0, 1, 12)
    assert inputs.as_of - timedelta(days=1) == datetime(2026, 11, 1)


def test_report_inputs_read_alongside_on_a_second_connection_are_the_same(shop, clock,
                                                                            archive_path):
    first = record(shop, clock, datetime(2026, 9, 3, 10))
    record(shop, clock, datetime(2026, 9, 20, 15), customer=first.customer_id)
    record(shop, clock, datetime(2026, 8, 11, 9))
    opened = []

    def alongside():
        opened.append(Archive.reader(archive_path, clock))
        return opened[-1]

    september = Period.month(2026, 9)
    together = shop.reporting.report_inputs(september, alongside=alongside)
    assert len(opened) == 1  # the second connection was used
    assert together == shop.reporting.report_inputs(september)
    assert len(together.repeaters) == 1 and together.trend[-1].received == 2


def test_a_failed_read_alongside_is_raised_to_the_caller(shop):
    def broken():
        raise OSError("no second connection")

    with pytest.raises(OSError, match="no second connection"):
        shop.reporting.report_inputs(Period.month(2026, 9), alongside=broken)
