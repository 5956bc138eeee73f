"""Early-warning rules on hand-made case histories: ones that must warn, ones that must not."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.domain import early_warnings as ew
from desktop_app.domain.early_warnings import (
    CaseHistory,
    CustomerHistory,
    Effect,
    FollowUpAnswer,
    WarningKind,
)
from desktop_app.domain.model import Care, Cause, Segment, Status

NOW = datetime(2026, 11, 20, 12, 0)


def case(ref="2026-0001", days_ago=5, status=Status.INVESTIGATING, **fields) -> CaseHistory:
    received = NOW - timedelta(days=days_ago)
    fields.setdefault("resolution_due", received + timedelta(days=7))
    fields.setdefault("response_due", received + timedelta(hours=24))
    fields.setdefault("acknowledged_at", received + timedelta(hours=2))
    return CaseHistory(ref, received, status, **fields)


def closed(ref, days_ago, status=Status.RECOVERED, **fields) -> CaseHistory:
    closed_at = NOW - timedelta(days=days_ago) + timedelta(days=3)
    return case(ref, days_ago, status, closed_at=closed_at, **fields)


def customer(*cases, **fields) -> CustomerHistory:
    return CustomerHistory(7, "王小明", "138 0013 8000", cases=tuple(cases), **fields)


def answer(days_ago, satisfaction=None, will_return=None) -> FollowUpAnswer:
    return FollowUpAnswer(NOW - timedelta(days=days_ago), satisfaction, will_return)


def kinds(h: CustomerHistory) -> list[str]:
    return [w.kind.value for w in ew.customer_warnings(h, NOW)]


# Customer at risk ----------------------------------------------------------------------------

def test_a_repeat_complainer_with_an_open_case_is_at_risk():
    h = customer(closed("2026-0001", 100), case("2026-0002", 3))
    warning = ew.customer_at_risk(h, NOW)
    assert warning.case_ref == "2026-0002" and warning.customer_name == "王小明"
    assert ew.reason_text(warning) == "2 complaints in 12 months and case 2026-0002 is still open"


def test_two_complaints_more_than_a_year_apart_do_not_make_a_repeat_complainer():
    assert kinds(customer(closed("2025-0001", 400), case("2026-0002", 3))) == []


def test_a_repeat_complainer_whose_cases_are_all_closed_is_not_warned_about():
    assert kinds(customer(closed("2026-0001", 100), closed("2026-0002", 20))) == []


@pytest.mark.parametrize("said, expected", [
    (answer(10, satisfaction=2), "dissatisfied"),
    (answer(10, satisfaction=4, will_return=False), "will not come back"),
])
def test_a_dissatisfied_or_leaving_customer_at_the_last_follow_up_is_at_risk(said, expected):
    h = customer(closed("2026-0001", 40, last_answer=said, follow_ups_done=1))
    assert expected in ew.reason_text(ew.customer_at_risk(h, NOW))


def test_a_happy_last_follow_up_after_an_unhappy_one_clears_the_warning():
    h = customer(closed("2026-0001", 60, last_answer=answer(50, satisfaction=1)),
                 closed("2026-0002", 20, last_answer=answer(5, satisfaction=5, will_return=True)))
    assert kinds(h) == []


def test_an_unhappy_follow_up_older_than_ninety_days_is_history_not_a_warning():
    assert kinds(customer(closed("2026-0001", 200, last_answer=answer(150, 1, False)))) == []


def test_a_key_customer_past_the_target_is_at_risk_and_a_regular_one_is_not():
    late = case("2026-0003", 10)  # due 3 days ago
    assert ew.special_customer_past_target(customer(late, segment=Segment.KEY), NOW)
    assert ew.special_customer_past_target(customer(late, care=Care.LOYAL), NOW)
    assert kinds(customer(late)) == []
    assert kinds(customer(case("2026-0003", 2), segment=Segment.KEY)) == []


def test_a_key_customer_not_acknowledged_in_time_is_at_risk():
    h = customer(case("2026-0003", 2, acknowledged_at=None), segment=Segment.KEY)
    assert ew.special_customer_past_target(h, NOW)


def test_complaining_again_after_a_failed_recovery_puts_the_customer_at_risk():
    h = customer(closed("2026-0001", 60, Status.NOT_RECOVERED), closed("2026-0005", 6))
    warning = ew.customer_at_risk(h, NOW)
    assert ew.reason_text(warning).startswith("The recovery of case 2026-0001 failed")


def test_a_failed_recovery_healed_by_a_later_recovered_case_is_not_a_warning():
    h = customer(closed("2026-0001", 60, Status.NOT_RECOVERED), closed("2026-0003", 40),
                 closed("2026-0005", 6))
    assert kinds(h) == []


def test_a_failed_recovery_with_no_complaint_since_is_not_a_warning():
    h = customer(closed("2026-0005", 60), closed("2026-0001", 40, Status.NOT_RECOVERED))
    assert kinds(h) == []


def test_every_reason_of_a_customer_is_told_in_one_warning():
    h = customer(closed("2026-0001", 60, Status.NOT_RECOVERED), case("2026-0005", 10),
                 segment=Segment.KEY)
    warnings = [w for w in ew.customer_warnings(h, NOW) if w.kind is WarningKind.CUSTOMER_AT_RISK]
    assert len(warnings) == 1
    assert "past its target" in ew.reason_text(warnings[0])
    assert "still open" in ew.reason_text(warnings[0])


# Promise overdue ----------------------------------------------------------------------------

def test_an_agreed_remedy_past_its_promised_date_is_overdue():
    h = customer(case("2026-0004", 12, Status.REMEDY_AGREED))
    (warning,) = [w for w in ew.customer_warnings(h, NOW) if w.kind is WarningKind.PROMISE_OVERDUE]
    assert warning.case_ref == "2026-0004" and warning.args["days"] == 5


def test_an_agreed_remedy_not_yet_due_or_already_done_is_not_overdue():
    assert kinds(customer(case("2026-0004", 3, Status.REMEDY_AGREED))) == []
    assert kinds(customer(case("2026-0004", 12, Status.REMEDY_DONE,
                               fixed_on=(NOW - timedelta(days=2)).date()))) == []


def test_a_fix_without_follow_up_after_thirty_days_is_a_broken_promise():
    fixed = closed("2026-0006", 45, fixed_on=(NOW - timedelta(days=40)).date())
    (warning,) = ew.customer_warnings(customer(fixed), NOW)
    assert warning.kind is WarningKind.PROMISE_OVERDUE and warning.key == "follow-up:2026-0006"


@pytest.mark.parametrize("days, done", [(20, 0), (40, 1), (120, 0)])
def test_a_fix_followed_up_or_too_recent_or_long_past_is_not_warned_about(days, done):
    fixed = closed("2026-0006", days + 5, fixed_on=(NOW - timedelta(days=days)).date(),
                   follow_ups_done=done)
    assert kinds(customer(fixed)) == []


# Causes -------------------------------------------------------------------------------------

def test_poisson_tails_match_hand_computed_values():
    assert ew.poisson_upper_tail(0, 3.0) == 1.0
    assert ew.poisson_upper_tail(1, 2.0) == pytest.approx(1 - 0.1353352832, abs=1e-9)
    assert ew.poisson_upper_tail(8, 2.0) == pytest.approx(0.0010967, abs=1e-6)
    assert ew.poisson_lower_tail(2, 5.0) == pytest.approx(0.124652, abs=1e-6)


def test_a_cause_far_above_its_usual_level_is_rising():
    warning = ew.cause_rising(Cause.BILLING, [2, 3, 1, 2, 2, 3], 11)
    assert warning.kind is WarningKind.CAUSE_RISING and warning.cause is Cause.BILLING
    assert warning.args["n"] == 11


def test_small_numbers_and_ordinary_months_do_not_count_as_rising():
    assert ew.cause_rising(Cause.BILLING, [0, 0, 0, 0, 0, 0], 4) is None  # under 5
    assert ew.cause_rising(Cause.BILLING, [8, 10, 9, 12, 7, 11], 14) is None  # p ≈ 0.1
    assert ew.cause_rising(Cause.BILLING, [1, 2], 9) is None  # too little history


def test_a_new_cause_needs_five_to_rise_and_then_does():
    assert ew.cause_rising(Cause.COMPETITOR, [0, 0, 0], 5) is not None
    assert ew.cause_rising(Cause.COMPETITOR, [6, 6, 6, 6, 6, 6], 9) is None


def test_a_cause_coming_back_every_month_without_an_improvement_is_recurring():
    assert ew.cause_recurring(Cause.WAITING, [1, 3, 2, 2], False).args["n"] == 7
    assert ew.cause_recurring(Cause.WAITING, [1, 3, 2, 2], True) is None
    assert ew.cause_recurring(Cause.WAITING, [5, 0, 4], False) is None  # a month without
    assert ew.cause_recurring(Cause.WAITING, [1, 2, 2], False) is None  # fewer than 6
    assert ew.cause_recurring(Cause.CUSTOMER_MISTAKE, [3, 3, 3], False) is None


@pytest.mark.parametrize("effect, verdict", [
    (Effect(30, 180, 10, 30), "too_early"),
    (Effect(4, 180, 1, 90), "too_few"),
    (Effect(60, 180, 8, 90), "fell"),
    (Effect(30, 180, 13, 90), "unclear"),
    (Effect(30, 180, 16, 90), "no_fall"),
])
def test_an_improvements_effect_is_told_honestly(effect, verdict):
    assert effect.verdict == verdict


def test_an_improvement_after_which_as_many_complaints_came_is_without_effect():
    warning = ew.improvement_no_effect(3, "排队叫号", date(2026, 8, 1), Cause.WAITING,
                                       Effect(30, 180, 16, 90))
    assert warning.kind is WarningKind.IMPROVEMENT_NO_EFFECT and warning.improvement_id == 3
    assert ew.improvement_no_effect(3, "x", date(2026, 8, 1), Cause.WAITING,
                                    Effect(60, 180, 8, 90)) is None


# Dismissing ---------------------------------------------------------------------------------

def test_a_dismissed_warning_returns_only_when_it_worsens():
    h = customer(closed("2026-0001", 100), case("2026-0002", 3))
    warning = ew.customer_at_risk(h, NOW)
    dismissed = {(warning.kind.value, warning.key): warning.level}
    assert ew.visible([warning], dismissed) == []
    worse = ew.customer_at_risk(customer(*h.cases, case("2026-0003", 1)), NOW)
    assert ew.visible([worse], dismissed) == [worse]


@pytest.mark.parametrize("kind, dismissed, now, back", [
    (WarningKind.PROMISE_OVERDUE, 0, 0, False), (WarningKind.PROMISE_OVERDUE, 0, 1, True),
    (WarningKind.CAUSE_RISING, 9, 9, False), (WarningKind.CAUSE_RISING, 9, 10, True),
    (WarningKind.CAUSE_RECURRING, 10, 12, False), (WarningKind.CAUSE_RECURRING, 10, 13, True),
    (WarningKind.IMPROVEMENT_NO_EFFECT, 5, 7, False),
])
def test_what_worsens_means_for_each_kind(kind, dismissed, now, back):
    assert ew.worsened(kind, dismissed, now) is back
