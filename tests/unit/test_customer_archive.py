"""The customer archive sums up each customer, makes troubled ones stand out, merges twins."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.domain.model import Care, RemedyKind, Segment, Status
from desktop_app.domain.recovery import FollowUpResult, RemedyInput
from desktop_app.domain.validate import ValidationError
from tests.conftest import complaint_input, customer_input

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def shop(archive_path):
    opened = Archive.open(archive_path, clock=lambda: NOW)
    yield opened
    opened.close()


def complain(shop, customer, days_ago: int, **fields):
    received = NOW - timedelta(days=days_ago)
    return shop.cases.record_complaint(customer, complaint_input(received_at=received, **fields))


def close_unrecovered(shop, complaint):
    for status in (Status.INVESTIGATING, Status.NOT_RECOVERED):
        shop.recovery.move_case(complaint.id, status, None, not_accepted_options="Hotline 12315")


def test_each_customer_line_sums_up_their_record(shop):
    first = complain(shop, customer_input(), 20)
    second = complain(shop, first.customer_id, 3)
    shop.remedies.add_remedy(RemedyInput(first.id, RemedyKind.REFUND, amount_cents=1500), None)
    follow_up = shop.follow_ups.follow_ups(first.id)[0]
    shop.follow_ups.record_follow_up(follow_up.id, FollowUpResult(NOW, satisfaction=4), None)
    close_unrecovered(shop, second)
    [line] = shop.profiles.customer_summaries()
    assert (line.name, line.complaints, line.open_cases, line.compensation_cents) == (
        "王小明", 2, 1, 1500)
    assert line.last_complaint_at == second.received_at
    assert line.average_satisfaction == 4
    assert line.repeat and line.unrecovered


def test_one_old_complaint_does_not_make_a_repeat_complainer(shop):
    complain(shop, customer_input(), 400)
    complain(shop, shop.profiles.customer_summaries()[0].id, 10)
    [line] = shop.profiles.customer_summaries()
    assert line.complaints == 2 and line.complaints_12m == 1
    assert not line.repeat and not line.unrecovered
    assert shop.profiles.customer_summaries(flagged_only=True) == []


def test_search_finds_customers_by_name_or_phone_and_flags_filter(shop):
    calm = complain(shop, customer_input(name="Olivia Brown", phone="139 1111 2222"), 5)
    twice = complain(shop, customer_input(name="张伟", phone="186 0000 7777"), 30)
    complain(shop, twice.customer_id, 2)
    assert [c.name for c in shop.profiles.customer_summaries("olivia")] == ["Olivia Brown"]
    assert [c.name for c in shop.profiles.customer_summaries("张")] == ["张伟"]
    assert [c.name for c in shop.profiles.customer_summaries("0000 77")] == ["张伟"]
    assert [c.name for c in shop.profiles.customer_summaries(flagged_only=True)] == ["张伟"]
    assert shop.profiles.count_customers("1111") == 1 and shop.profiles.count_customers() == 2
    assert [c.id for c in shop.profiles.customer_summaries(order="last_complaint")] == [
        twice.customer_id, calm.customer_id]


def test_merging_moves_the_whole_history_and_is_recorded(shop):
    keep = complain(shop, customer_input(name="Wang Xiaoming", email=""), 50)
    twin = complain(shop, customer_input(name="王小明", phone="138-0013-8000",
                                         email="wang@example.com"), 10)
    preview = shop.profiles.merge_preview(keep.customer_id, twin.customer_id)
    assert [h.ref for h in preview.moving] == [twin.ref]
    assert preview.filled_in == ("email",)
    merged = shop.profiles.merge_customers(keep.customer_id, twin.customer_id, staff_id=None)
    assert merged.email == "wang@example.com"
    assert [h.ref for h in shop.customers.customer_history(keep.customer_id)] == [
        twin.ref,
        keep.ref,
    ]
    assert [c.name for c in shop.profiles.customer_summaries()] == ["Wang Xiaoming"]
    assert shop.recovery.timeline(twin.id)[-1].summary == "Customer records merged"
    assert [e.field for e in shop.profiles.customer_timeline(keep.customer_id)][-2:] == [
        "email", "merged_from"]
    with pytest.raises(ValidationError):
        shop.profiles.merge_customers(keep.customer_id, twin.customer_id, staff_id=None)


def test_a_customer_cannot_be_merged_with_themselves(shop):
    only = complain(shop, customer_input(), 1)
    with pytest.raises(ValidationError):
        shop.profiles.merge_preview(only.customer_id, only.customer_id)


def test_profile_changes_are_audited(shop):
    staff = shop.add_staff("李娜").id
    case = complain(shop, customer_input(), 1)
    shop.profiles.update_customer_profile(
        case.customer_id, Segment.KEY, Care.LOYAL, "Orders every Friday", staff
    )
    changes = [(e.field, e.old, e.new, e.staff_name)
               for e in shop.profiles.customer_timeline(case.customer_id) if e.action == "changed"]
    assert changes == [("segment", "Regular customer", "Key customer", "李娜"),
                       ("care", "No special care", "Loyal long-standing", "李娜"),
                       ("notes", "", "Orders every Friday", "李娜")]
    value = shop.remedies.customer_value(case.customer_id)
    assert (value.segment, value.care, value.customer_since) == (
        Segment.KEY, Care.LOYAL, date(2026, 11, 19))
