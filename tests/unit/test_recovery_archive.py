"""A case is recovered through the archive, every step recorded with who and when."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.domain.model import (
    Cause,
    FollowUpMethod,
    RecoveryStep,
    RemedyKind,
    Status,
)
from desktop_app.domain.queries import CaseFilter
from desktop_app.domain.recovery import FollowUpBucket, FollowUpResult, RemedyInput
from desktop_app.domain.validate import ValidationError
from desktop_app.domain.workflow import TransitionError
from tests.conftest import complaint_input, customer_input

START = datetime(2026, 11, 2, 10, 30)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100


class Clock:
    """A clock the test moves forward by hand."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock():
    return Clock(START)


@pytest.fixture
def shop(archive_path, clock):
    opened = Archive.open(archive_path, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def staff(shop):
    return shop.add_staff("李娜").id, shop.add_staff("Emma Clarke").id


@pytest.fixture
def case(shop, staff):
    return shop.cases.record_complaint(
        customer_input(), complaint_input(received_at=START), staff[0]
    )


def test_a_case_is_recovered_from_intake_to_closing_with_every_step_recorded(shop, staff, clock,
                                                                            case):
    li, emma = staff
    acked = clock.advance(hours=1)
    shop.recovery.move_case(case.id, Status.ACKNOWLEDGED, li)
    shop.recovery.tick_step(case.id, RecoveryStep.APOLOGY, li, note="Said sorry at the counter")
    clock.advance(hours=2)
    shop.recovery.move_case(case.id, Status.INVESTIGATING, li)
    shop.recovery.update_diagnosis(case.id, Cause.PRODUCT_QUALITY, "Cream left out overnight",
                          "Fridge check at closing", li)
    responded = clock.advance(hours=1)
    shop.recovery.move_case(case.id, Status.REMEDY_AGREED, emma)
    remedy = shop.remedies.add_remedy(RemedyInput(case.id, RemedyKind.VOUCHER, "Voucher for a cake",
                                         amount_cents=8800, cost_cents=3500, accepted=True), emma)
    planned = shop.follow_ups.follow_ups(case.id)
    assert [(f.due_on, f.method, f.done_at) for f in planned] == [
        (date(2026, 11, 5), FollowUpMethod.PHONE, None)]
    shop.recovery.move_case(case.id, Status.REMEDY_DONE, emma)
    shop.recovery.move_case(case.id, Status.FOLLOW_UP, emma)
    called = clock.advance(days=3)
    shop.follow_ups.record_follow_up(planned[0].id, FollowUpResult(called, satisfaction=5,
                                                        recovery_accepted=True, will_return=True),
                          li)
    closed = clock.advance(minutes=5)
    done = shop.recovery.move_case(case.id, Status.RECOVERED, li)

    assert done.status is Status.RECOVERED
    assert (done.acknowledged_at, done.first_response_at) == (acked, responded)
    assert done.first_closed_at == done.closed_at == closed
    assert (done.cause, done.root_cause) == (Cause.PRODUCT_QUALITY, "Cream left out overnight")
    assert shop.remedies.remedies(case.id) == [remedy]
    assert remedy.given_on == date(2026, 11, 2) and remedy.given_by == emma
    assert shop.follow_ups.follow_up(planned[0].id).satisfaction == 5
    ticks = {t.step: (t.done_by, t.done_at) for t in shop.recovery.checklist(case.id)}
    assert ticks == {RecoveryStep.APOLOGY: (li, acked),
                     RecoveryStep.COMPENSATION: (emma, responded),
                     RecoveryStep.FOLLOW_UP: (li, called)}
    moves = [
        (e.new, e.staff_name, e.at) for e in shop.recovery.timeline(case.id) if e.field == "status"
    ]
    assert moves == [("Acknowledged", "李娜", acked), ("Investigating", "李娜", acked + timedelta(
        hours=2)), ("Remedy agreed", "Emma Clarke", responded),
        ("Remedy carried out", "Emma Clarke", responded),
        ("Following up", "Emma Clarke", responded), ("Closed: recovered", "李娜", closed)]


def test_the_timeline_tells_every_kind_of_event_oldest_first(shop, staff, clock, case):
    li = staff[0]
    shop.recovery.tick_step(case.id, RecoveryStep.APOLOGY, li, note="At once")
    clock.advance(minutes=1)
    shop.remedies.add_remedy(RemedyInput(case.id, RemedyKind.REFUND, "Refund of the cake",
                                amount_cents=1250), li)
    clock.advance(minutes=1)
    shop.attachments.add_attachment(case.id, "C:\\photos\\cake.png", "image/png", PNG, b"thumb", li)
    entries = shop.recovery.timeline(case.id)
    assert [e.summary for e in entries] == [
        "Complaint recorded", "Recovery step ticked", "Remedy added", "Recovery step ticked",
        "Follow-up planned", "Attachment added"]
    assert entries[1].new == "Apology" and entries[1].value_context == "RecoveryStep"
    assert entries[1].detail == "At once"
    assert entries[2].detail == "Refund of the cake · 12.50"
    assert entries[5].new == "cake.png"
    assert all(e.staff_name == "李娜" for e in entries)
    assert [e.at for e in entries] == sorted(e.at for e in entries)


def test_moves_the_procedure_does_not_allow_are_refused(shop, staff, case):
    with pytest.raises(TransitionError):
        shop.recovery.move_case(case.id, Status.RECOVERED, staff[0])
    assert shop.cases.complaint(case.id).status is Status.RECEIVED
    assert [e.summary for e in shop.recovery.timeline(case.id)] == ["Complaint recorded"]


def test_reopening_needs_a_reason_and_counts_the_reopen(shop, staff, clock, case):
    li = staff[0]
    for target in (Status.INVESTIGATING, Status.NOT_RECOVERED):
        shop.recovery.move_case(
            case.id, target, li, not_accepted_options="Consumer association hotline"
        )
    first_closed = shop.cases.complaint(case.id).first_closed_at
    assert shop.cases.complaint(case.id).not_accepted_options == "Consumer association hotline"
    with pytest.raises(ValidationError) as raised:
        shop.recovery.move_case(case.id, Status.INVESTIGATING, li, reason="  ")
    assert raised.value.for_field("reason")
    clock.advance(days=2)
    reopened = shop.recovery.move_case(
        case.id, Status.INVESTIGATING, li, reason="Customer called back"
    )
    assert (reopened.reopen_count, reopened.closed_at) == (1, None)
    assert reopened.first_closed_at == first_closed
    assert shop.recovery.timeline(case.id)[-1].detail == "Customer called back"


def test_a_correction_of_the_intake_is_audited_field_by_field(shop, staff, case):
    fixed = shop.recovery.update_complaint_fields(
        case.id, complaint_input(received_at=START, product="Tiramisu"), staff[1])
    assert fixed.product == "Tiramisu"
    changed = [
        (e.field_label, e.old, e.new, e.staff_name) for e in shop.recovery.timeline(case.id)[1:]
    ]
    assert changed == [("Product", "Cheesecake", "Tiramisu", "Emma Clarke")]


def test_adding_a_second_remedy_does_not_plan_a_second_follow_up(shop, staff, case):
    for kind in (RemedyKind.EXCHANGE, RemedyKind.APOLOGY_ONLY):
        shop.remedies.add_remedy(RemedyInput(case.id, kind), staff[0])
    assert len(shop.follow_ups.follow_ups(case.id)) == 1
    assert RecoveryStep.COMPENSATION not in {t.step for t in shop.recovery.checklist(case.id)}


@pytest.mark.parametrize("amount, field", [(-1, "amount_cents"), (1_000_000_001, "amount_cents")])
def test_a_remedy_with_an_impossible_amount_is_refused_and_nothing_is_written(shop, staff, case,
                                                                              amount, field):
    with pytest.raises(ValidationError) as raised:
        shop.remedies.add_remedy(RemedyInput(case.id, RemedyKind.REFUND, amount_cents=amount,
                                    description="x" * 2001), staff[0])
    assert {e.field for e in raised.value.errors} == {field, "description"}
    assert shop.remedies.remedies(case.id) == [] and shop.follow_ups.follow_ups(case.id) == []


def test_updating_a_remedy_records_old_and_new_values(shop, staff, case):
    remedy = shop.remedies.add_remedy(
        RemedyInput(case.id, RemedyKind.VOUCHER, amount_cents=2000), staff[0]
    )
    shop.remedies.update_remedy(
        remedy.id,
        RemedyInput(
            case.id,
            RemedyKind.VOUCHER,
            amount_cents=3000,
            given_on=remedy.given_on,
            given_by=remedy.given_by,
            accepted=False,
        ),
        staff[1],
    )
    changed = [
        (e.field, e.old, e.new) for e in shop.recovery.timeline(case.id) if e.action == "changed"
    ]
    assert changed == [("amount_cents", "20.00", "30.00"), ("accepted", "", "No")]


def test_recording_a_follow_up_can_plan_the_next_one(shop, staff, clock, case):
    first = shop.follow_ups.schedule_follow_up(
        case.id, date(2026, 11, 4), FollowUpMethod.EMAIL, staff[0]
    )
    clock.advance(days=2)
    shop.follow_ups.record_follow_up(first.id, FollowUpResult(clock.now, FollowUpMethod.PHONE, 2,
                                                   still_wrong="Voucher not yet received",
                                                   next_due_on=date(2026, 11, 9)), staff[0])
    assert [(f.due_on, f.done_at is None) for f in shop.follow_ups.follow_ups(case.id)] == [
        (date(2026, 11, 4), False), (date(2026, 11, 9), True)]
    with pytest.raises(ValidationError):
        shop.follow_ups.record_follow_up(
            first.id, FollowUpResult(clock.now, satisfaction=4), staff[0]
        )


def test_follow_ups_due_are_bucketed_overdue_today_and_upcoming(shop, staff, case):
    other = shop.cases.record_complaint(customer_input(name="Olivia Brown", phone="139 1111 2222"),
                                  complaint_input(received_at=START), staff[0])
    today = date(2026, 11, 10)
    for complaint, day in ((case, 7), (other, 10), (case, 12), (other, 30)):
        shop.follow_ups.schedule_follow_up(
            complaint.id, date(2026, 11, day), FollowUpMethod.PHONE, staff[0]
        )
    rows = shop.follow_ups.due_follow_ups(today, days_ahead=7)
    assert [(r.ref, r.bucket, r.days_overdue) for r in rows] == [
        (case.ref, FollowUpBucket.OVERDUE, 3), (other.ref, FollowUpBucket.TODAY, 0),
        (case.ref, FollowUpBucket.UPCOMING, 0)]
    assert (rows[1].customer_name, rows[1].customer_phone) == ("Olivia Brown", "139 1111 2222")
    assert shop.follow_ups.count_due_follow_ups(today) == 2


def test_a_deleted_case_leaves_the_lists_but_not_the_archive(shop, staff, case):
    shop.follow_ups.schedule_follow_up(case.id, date(2026, 11, 3), FollowUpMethod.PHONE, staff[0])
    with pytest.raises(ValidationError):
        shop.recovery.delete_case(case.id, staff[0], reason="")
    shop.recovery.delete_case(case.id, staff[0], reason="Entered twice")
    assert shop.cases.count_cases(CaseFilter()) == 0
    assert shop.follow_ups.count_due_follow_ups(date(2026, 11, 20)) == 0
    assert shop.recovery.is_deleted(case.id)
    assert shop.recovery.timeline(case.id)[-1].summary == "Case deleted"
    shop.recovery.restore_case(case.id, staff[1])
    assert shop.cases.count_cases(CaseFilter()) == 1


def test_unticking_a_step_is_recorded(shop, staff, case):
    shop.recovery.tick_step(case.id, RecoveryStep.EMPATHY, staff[0])
    shop.recovery.untick_step(case.id, RecoveryStep.EMPATHY, staff[1])
    assert shop.recovery.checklist(case.id) == []
    assert [(e.action, e.old, e.staff_name) for e in shop.recovery.timeline(case.id)][-1] == (
        "unticked", "Empathy", "Emma Clarke")


def test_precedents_show_this_customers_remedies_first_then_the_same_cause(shop, staff, case):
    other = shop.cases.record_complaint(customer_input(name="Olivia Brown", phone="139 1111 2222"),
                                  complaint_input(received_at=START, cause=Cause.WAITING),
                                  staff[0])
    shop.recovery.update_diagnosis(case.id, Cause.WAITING, "", "", staff[0])
    shop.remedies.add_remedy(RemedyInput(case.id, RemedyKind.GIFT, amount_cents=500), staff[0])
    shop.remedies.add_remedy(RemedyInput(other.id, RemedyKind.DISCOUNT, amount_cents=900), staff[0])
    new = shop.cases.record_complaint(
        case.customer_id, complaint_input(received_at=START), staff[0]
    )
    found = shop.remedies.remedy_precedents(
        Cause.WAITING, case.customer_id, exclude_complaint_id=new.id
    )
    assert [(p.kind, p.same_customer, p.amount_cents) for p in found] == [
        (RemedyKind.GIFT, True, 500), (RemedyKind.DISCOUNT, False, 900)]


def test_customer_value_sums_what_their_complaints_cost(shop, staff, case):
    shop.remedies.add_remedy(
        RemedyInput(case.id, RemedyKind.REFUND, amount_cents=1200, cost_cents=600), staff[0]
    )
    value = shop.remedies.customer_value(case.customer_id)
    assert (value.complaints, value.compensation_cents, value.cost_cents) == (1, 1200, 600)
    assert value.customer_since == START.date() and value.tenure.value == "new"


def test_attachments_refuse_big_or_unknown_files_with_a_clear_message(shop, staff, case):
    with pytest.raises(ValueError, match="10 MB"):
        shop.attachments.add_attachment(
            case.id, "big.png", "image/png", PNG + b"\0" * (10 * 1024 * 1024), b"", staff[0]
        )
    with pytest.raises(ValueError, match="PDF"):
        shop.attachments.add_attachment(
            case.id, "virus.png", "image/png", b"MZ\x90\0", b"", staff[0]
        )
    assert shop.attachments.attachments(case.id) == []
    pdf = b"%PDF-1.4 receipt"
    added = shop.attachments.add_attachment(
        case.id, "receipt.pdf", "application/pdf", pdf, b"t", staff[0]
    )
    assert [(a.filename, a.data, a.thumbnail) for a in shop.attachments.attachments(case.id)] == [
        ("receipt.pdf", b"", b"t")]
    assert shop.attachments.attachment_data(added.id) == pdf and shop.attachments.attachment_size(
        added.id
    ) == len(pdf)


def test_a_cancelled_follow_up_leaves_the_list_with_its_reason_recorded(shop, staff, case):
    planned = shop.follow_ups.schedule_follow_up(
        case.id, date(2026, 11, 6), FollowUpMethod.PHONE, staff[0]
    )
    shop.follow_ups.cancel_follow_up(planned.id, staff[1], "Customer asked not to be called")
    assert shop.follow_ups.follow_ups(case.id) == []
    last = shop.recovery.timeline(case.id)[-1]
    assert (last.summary, last.detail, last.staff_name) == (
        "Follow-up cancelled", "Customer asked not to be called", "Emma Clarke")


def test_correcting_the_intake_keeps_the_diagnosed_cause(shop, staff, case):
    shop.recovery.update_diagnosis(
        case.id, Cause.BILLING, "Till needs the member code", "", staff[0]
    )
    fixed = shop.recovery.update_complaint_fields(
        case.id, complaint_input(received_at=START), staff[0]
    )
    assert fixed.cause is Cause.BILLING
    diagnosed = [(e.field, e.new) for e in shop.recovery.timeline(case.id) if e.action == "changed"]
    assert diagnosed == [("cause", "Billing or pricing error"),
                         ("root_cause", "Till needs the member code")]
