"""Each figure of the monthly summary against a small month computed by hand.

October 2026, report made on 10 November 12:00; targets 24 h / 7 days; open 09:00–21:00.
A: 1 Oct 10:00, acknowledged after 2 h, closed after 2 days, recovered, voucher, CSAT 5.
B: 10 Oct 20:00, acknowledged after 48 h, closed after 10 days, reopened, closed again after
   15 days as not recovered, refund, CSAT 2, will not return.
C: 31 Oct 23:00 (open across the month end), never acknowledged, same customer as A.
D: 20 Oct 09:00, acknowledged after 1 h, remedy done but still open, voucher, CSAT 4, will return.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop_app.domain import metrics as m
from desktop_app.domain.model import Cause, Channel, RemedyKind, Severity, ShopProfile, Status
from desktop_app.domain.reporting import (
    CaseFacts,
    FollowUpFact,
    OpenCase,
    OpeningHours,
    Period,
    RemedyFact,
    ReportInputs,
)

SHOP = ShopProfile(name="Shop", ack_target_hours=24, resolve_target_days=7)
HOURS = OpeningHours(time(9), time(21))
AS_OF = datetime(2026, 11, 10, 12, 0)
OCTOBER = Period.month(2026, 10)


def case(id, customer, received, status, **kw) -> CaseFacts:
    return CaseFacts(id=id, ref=f"2026-{id:04d}", customer_id=customer, received_at=received,
                     channel=kw.pop("channel", Channel.PHONE), severity=Severity.MEDIUM,
                     status=status, **kw)


A = case(1, 1, datetime(2026, 10, 1, 10), Status.RECOVERED, cause=Cause.WAITING, staff_id=1,
         acknowledged_at=datetime(2026, 10, 1, 12), first_closed_at=datetime(2026, 10, 3, 10),
         closed_at=datetime(2026, 10, 3, 10),
         remedies=(RemedyFact(RemedyKind.VOUCHER, 2000, 800),),
         follow_ups=(FollowUpFact(datetime(2026, 10, 5, 11), 5, True, True),))
B = case(2, 2, datetime(2026, 10, 10, 20), Status.NOT_RECOVERED, cause=Cause.WAITING, staff_id=2,
         acknowledged_at=datetime(2026, 10, 12, 20), first_closed_at=datetime(2026, 10, 20, 20),
         closed_at=datetime(2026, 10, 25, 20), reopen_count=1,
         remedies=(RemedyFact(RemedyKind.REFUND, 5000, 5000),),
         follow_ups=(FollowUpFact(datetime(2026, 10, 22, 10), 2, False, False),))
C = case(3, 1, datetime(2026, 10, 31, 23), Status.RECEIVED, cause=Cause.BILLING,
         channel=Channel.EMAIL)
D = case(4, 3, datetime(2026, 10, 20, 9), Status.REMEDY_DONE, staff_id=1,
         acknowledged_at=datetime(2026, 10, 20, 10),
         remedies=(RemedyFact(RemedyKind.VOUCHER, 1000, 400),),
         follow_ups=(FollowUpFact(None), FollowUpFact(datetime(2026, 10, 25, 9), 4, True, None)))
MONTH = (A, B, C, D)


@pytest.fixture
def figures() -> m.CaseFigures:
    return m.case_figures(MONTH, SHOP, HOURS, AS_OF, {1: "Li Na", 2: "Wang Qiang"})


def test_complaints_are_counted_by_cause_largest_first_with_a_cumulative_share(figures):
    assert figures.received == 4
    assert figures.by_cause == ((Cause.WAITING, 2), (Cause.BILLING, 1), (None, 1))
    assert m.pareto(figures.by_cause) == ((Cause.WAITING, 2, 0.5), (Cause.BILLING, 1, 0.75),
                                          (None, 1, 1.0))
    assert figures.by_channel == ((Channel.PHONE, 3), (Channel.EMAIL, 1))


def test_acknowledgement_time_is_median_and_90th_percentile_of_acknowledged_cases(figures):
    assert figures.ack_hours == m.TimeFigure(median=2, p90=pytest.approx(38.8), n=3)
    # B: 1 h on its first evening, 12 h the next day, 11 h on the third until 20:00.
    assert figures.ack_opening_hours == m.TimeFigure(median=2, p90=pytest.approx(19.6), n=3)


def test_resolution_time_uses_the_first_close_and_the_last_close_of_reopened_cases(figures):
    assert figures.resolution_days == m.TimeFigure(median=6, p90=pytest.approx(9.2), n=2)
    assert figures.last_resolution_days == m.TimeFigure(median=15, p90=15, n=1)


def test_target_compliance_counts_late_open_cases_as_missed(figures):
    assert figures.ack_on_target == m.Share(2, 4)  # A, D met; B late; C never acknowledged
    assert figures.resolved_on_target == m.Share(1, 4)  # only A within 7 days


def test_open_cases_still_within_their_time_are_left_out_of_target_compliance():
    early = datetime(2026, 11, 1, 8)  # C is 9 h old: not yet late for anything
    assert m.ack_on_target([C], SHOP, early) == m.Share(0, 0)
    assert m.resolved_on_target([C], SHOP, early) == m.Share(0, 0)


def test_reopen_rate_resolved_and_followed_up_shares(figures):
    assert figures.reopen_rate == m.Share(1, 2)
    assert figures.resolved == m.Share(2, 4)
    assert figures.followed_up == m.Share(3, 3)  # C had no remedy carried out yet


def test_satisfaction_after_recovery_says_too_few_answers_under_five(figures):
    assert figures.csat == m.Share(2, 3)
    assert figures.csat.too_few
    assert not m.Share(4, 5).too_few


def test_recovered_and_lost_use_each_customers_latest_complaint(figures):
    # Customer 1's latest case is C (undecided), 2 said they will not return, 3 said they will.
    assert (figures.recovered, figures.lost) == (1, 1)


def test_compensation_is_totalled_by_remedy_kind(figures):
    assert figures.compensation == (m.Compensation(RemedyKind.REFUND, 1, 5000, 5000),
                                    m.Compensation(RemedyKind.VOUCHER, 2, 3000, 1200))
    assert (figures.compensation_amount, figures.compensation_cost) == (8000, 6200)


def test_each_staff_member_has_cases_handled_and_their_satisfaction(figures):
    assert figures.staff == (m.StaffFigure(1, "Li Na", 2, m.Share(2, 2)),
                             m.StaffFigure(None, "", 1, m.Share(0, 0)),
                             m.StaffFigure(2, "Wang Qiang", 1, m.Share(0, 1)))


def test_an_empty_month_has_no_percentages_and_no_division_by_zero():
    summary = m.summarise(ReportInputs(OCTOBER, AS_OF, SHOP, HOURS, cases=(), previous=()))
    empty = summary.current
    assert empty.received == 0
    assert empty.csat.value is None and empty.resolved.value is None
    assert empty.ack_hours == m.TimeFigure(None, None, 0)
    assert empty.compensation == () and (empty.recovered, empty.lost) == (0, 0)
    assert summary.biggest_rise is None
    assert all(n == 0 for _, n in summary.open_by_age)


def test_open_cases_are_bucketed_by_age_and_overdue_ones_picked_out():
    fresh = OpenCase(9, "2026-0009", datetime(2026, 11, 10, 8), "Zhou", Status.RECEIVED)
    late_ack = OpenCase(3, C.ref, C.received_at, "Wang", Status.RECEIVED)
    late_fix = OpenCase(4, D.ref, D.received_at, "Chen", Status.REMEDY_DONE,
                        acknowledged_at=D.acknowledged_at)
    summary = m.summarise(ReportInputs(OCTOBER, AS_OF, SHOP, HOURS, cases=MONTH, previous=(),
                                       open_cases=(fresh, late_ack, late_fix)))
    assert dict(summary.open_by_age) == {"under 1 day": 1, "1-3 days": 0, "3-7 days": 0,
                                         "1-4 weeks": 2, "over 4 weeks": 0}
    assert [c.id for c in summary.open_cases] == [4, 3, 9]  # oldest first
    assert [c.id for c in summary.overdue] == [4, 3]


def test_the_cause_that_grew_most_is_named_against_last_month():
    now = ((Cause.WAITING, 5), (Cause.BILLING, 4), (None, 9))
    before = ((Cause.WAITING, 4), (Cause.BILLING, 1))
    assert m.biggest_rise(now, before) == (Cause.BILLING, 1, 4)
    assert m.biggest_rise(before, now) is None


@pytest.mark.parametrize("start, end, hours", [
    (datetime(2026, 10, 1, 10), datetime(2026, 10, 1, 12), 2),  # inside one day
    (datetime(2026, 10, 1, 22), datetime(2026, 10, 2, 8), 0),  # overnight, shop closed
    (datetime(2026, 10, 1, 7), datetime(2026, 10, 1, 23), 12),  # before opening to after closing
    (datetime(2026, 10, 1, 20), datetime(2026, 10, 4, 10), 1 + 12 + 12 + 1),
    (datetime(2026, 10, 2, 10), datetime(2026, 10, 1, 10), 0),  # end before start
])
def test_opening_hours_between_counts_only_time_the_shop_is_open(start, end, hours):
    assert m.opening_hours_between(start, end, HOURS) == pytest.approx(hours)


def test_percentile_interpolates_and_is_none_without_values():
    assert m.percentile([], 0.5) is None
    assert m.percentile([3], 0.9) == 3
    assert m.percentile([1, 2, 3, 4], 0.5) == 2.5


@pytest.mark.parametrize("text, expected", [
    ("09:00-21:00", (time(9), time(21))),
    ("8:30 – 17:00", (time(8, 30), time(17))),
    ("10:00-24:00", (time(10), time(23, 59, 59))),
    ("", (time(9), time(21))),
    ("21:00-09:00", (time(9), time(21))),
    ("nonsense", (time(9), time(21))),
])
def test_opening_hours_are_read_from_the_setting_or_fall_back(text, expected):
    hours = OpeningHours.parse(text)
    assert (hours.opens, hours.closes) == expected


def test_periods_know_the_month_before_and_the_start_of_the_twelve_month_trend():
    assert Period.parse_month("2026-01").previous() == Period(date(2025, 12, 1), date(2026, 1, 1))
    assert OCTOBER.trend_start() == date(2025, 11, 1)
    assert Period(date(2026, 10, 5), date(2026, 10, 15)).previous() == Period(
        date(2026, 9, 25), date(2026, 10, 5))
    with pytest.raises(ValueError):
        Period.parse_month("2026-13")


def test_every_figure_has_a_title_and_a_definition():
    assert len({d.key for d in m.DEFINITIONS}) == len(m.DEFINITIONS)
    assert all(d.title and len(d.text) > 40 for d in m.DEFINITIONS)
