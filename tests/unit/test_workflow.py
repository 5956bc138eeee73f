"""The handling procedure and the recovery rules, as plain domain logic without an archive."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from desktop_app.domain.model import (
    Channel,
    Complaint,
    Expectation,
    Feeling,
    FollowUpMethod,
    RecoveryStep,
    RemedyKind,
    Severity,
    ShopProfile,
    Status,
)
from desktop_app.domain.recovery import (
    STEP_HINTS,
    FollowUpBucket,
    FollowUpResult,
    RemedyInput,
    Tenure,
    bucket,
    check_attachment,
    check_follow_up_result,
    check_remedy,
    default_method,
    follow_up_due_on,
    format_cents,
    parse_money,
    tenure,
)
from desktop_app.domain.validate import ValidationError
from desktop_app.domain.workflow import (
    TransitionError,
    allowed_moves,
    changes,
    move,
    needs_reason,
)

T0 = datetime(2026, 3, 1, 9, 0)


def complaint(status: Status = Status.RECEIVED, **fields) -> Complaint:
    base = Complaint(id=1, ref="2026-0001", customer_id=1, received_at=T0,
                     channel=Channel.PHONE, received_by=None, description="Cold coffee",
                     feeling=Feeling.UPSET, expectation=Expectation.APOLOGY,
                     severity=Severity.LOW, status=status)
    return replace(base, **fields)


def test_acknowledging_stamps_the_acknowledgement_but_not_the_first_response():
    moved = move(complaint(), Status.ACKNOWLEDGED, T0 + timedelta(hours=1))
    assert moved.acknowledged_at == T0 + timedelta(hours=1)
    assert moved.first_response_at is None


def test_agreeing_a_remedy_is_the_first_response_and_later_moves_keep_it():
    agreed = move(complaint(), Status.REMEDY_AGREED, T0 + timedelta(hours=2))
    done = move(agreed, Status.REMEDY_DONE, T0 + timedelta(hours=5))
    assert agreed.acknowledged_at == agreed.first_response_at == T0 + timedelta(hours=2)
    assert done.first_response_at == T0 + timedelta(hours=2)


def test_closing_twice_keeps_the_first_close_and_the_options_told():
    closed = move(complaint(Status.INVESTIGATING), Status.NOT_RECOVERED, T0,
                  not_accepted_options="  Small-claims procedure  ")
    assert closed.not_accepted_options == "Small-claims procedure"
    reopened = move(closed, Status.INVESTIGATING, T0 + timedelta(days=1), reason="Called again")
    again = move(move(reopened, Status.REMEDY_AGREED, T0 + timedelta(days=2)), Status.REMEDY_DONE,
                 T0 + timedelta(days=2))
    final = move(again, Status.RECOVERED, T0 + timedelta(days=3))
    assert final.first_closed_at == T0 and final.closed_at == T0 + timedelta(days=3)
    assert final.reopen_count == 1 and final.not_accepted_options == ""


@pytest.mark.parametrize("start, target", [
    (Status.RECEIVED, Status.RECOVERED),
    (Status.ACKNOWLEDGED, Status.FOLLOW_UP),
    (Status.RECOVERED, Status.NOT_RECOVERED),
    (Status.INVESTIGATING, Status.RECEIVED),
])
def test_moves_outside_the_procedure_are_refused(start, target):
    assert target not in allowed_moves(start)
    with pytest.raises(TransitionError):
        move(complaint(start), target, T0)


def test_only_reopening_needs_a_reason():
    assert needs_reason(Status.RECOVERED, Status.INVESTIGATING)
    assert not needs_reason(Status.FOLLOW_UP, Status.INVESTIGATING)
    with pytest.raises(TransitionError):
        move(complaint(Status.RECOVERED), Status.INVESTIGATING, T0, reason=" ")


def test_changes_lists_each_changed_field_with_old_and_new():
    before = complaint()
    after = move(before, Status.ACKNOWLEDGED, T0)
    assert changes(before, after) == [("status", Status.RECEIVED, Status.ACKNOWLEDGED),
                                      ("acknowledged_at", None, T0)]


def test_every_recovery_step_has_a_hint():
    assert set(STEP_HINTS) == set(RecoveryStep)
    assert all(len(hint) > 40 for hint in STEP_HINTS.values())


def test_a_follow_up_falls_due_the_set_number_of_days_after_the_remedy():
    assert follow_up_due_on(date(2026, 3, 30), ShopProfile(follow_up_after_days=3)) == date(2026,
                                                                                            4, 2)


def test_customers_without_a_phone_are_followed_up_by_email():
    assert default_method("", "a@b.cn") is FollowUpMethod.EMAIL
    assert default_method("139", "a@b.cn") is FollowUpMethod.PHONE


@pytest.mark.parametrize("days, expected", [(10, Tenure.NEW), (400, Tenure.ESTABLISHED),
                                            (800, Tenure.LOYAL)])
def test_tenure_grows_with_time_at_the_shop(days, expected):
    today = date(2026, 6, 1)
    assert tenure(today - timedelta(days=days), today) is expected


def test_buckets_split_overdue_today_and_upcoming():
    today = date(2026, 6, 1)
    assert [bucket(today + timedelta(days=d), today) for d in (-1, 0, 1)] == [
        FollowUpBucket.OVERDUE, FollowUpBucket.TODAY, FollowUpBucket.UPCOMING]


@pytest.mark.parametrize("text, cents", [("12", 1200), ("12.5", 1250), ("¥1,200.05", 120005),
                                         ("８８元", 8800), ("", 0)])
def test_money_is_read_as_typed(text, cents):
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["12.345", "abc", "-5", "1,2"])
def test_money_that_is_not_an_amount_is_refused(text):
    with pytest.raises(ValueError):
        parse_money(text)


def test_cents_format_for_editing():
    assert (format_cents(120005), format_cents(5)) == ("1200.05", "0.05")


def test_a_remedy_without_a_date_is_given_today_and_needs_a_kind():
    today = date(2026, 6, 1)
    checked = check_remedy(RemedyInput(1, RemedyKind.GIFT, " cake "), today)
    assert (checked.given_on, checked.description) == (today, "cake")
    with pytest.raises(ValidationError) as raised:
        check_remedy(RemedyInput(1, None, cost_cents=-5), today)
    assert {e.field for e in raised.value.errors} == {"kind", "cost_cents"}


def test_a_follow_up_result_is_checked():
    now = datetime(2026, 6, 1, 12, 0)
    with pytest.raises(ValidationError) as raised:
        check_follow_up_result(FollowUpResult(now + timedelta(hours=1), satisfaction=6,
                                              next_due_on=date(2026, 5, 1)), now)
    assert {e.field for e in raised.value.errors} == {"done_at", "satisfaction", "next_due_on"}
    with pytest.raises(ValidationError) as raised:
        check_follow_up_result(FollowUpResult(now, next_due_on=now.date()), now)
    assert raised.value.for_field("next_due_on")


def test_attachments_must_really_be_pictures_or_pdf():
    webp = b"RIFF\0\0\0\0WEBPVP8 "
    assert check_attachment("/tmp/x/photo.webp", "image/webp", webp, b"") == "photo.webp"
    with pytest.raises(ValidationError):
        check_attachment("a.webp", "image/webp", b"RIFF\0\0\0\0WAVE", b"")
    with pytest.raises(ValidationError):
        check_attachment("a.txt", "text/plain", b"hello", b"")
