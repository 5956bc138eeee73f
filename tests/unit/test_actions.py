"""Every action is one audited transaction that can be undone and redone exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop_app.actions import cases, people, recovery, redo, transfer, undo
from desktop_app.archive.errors import ArchiveError
from desktop_app.archive.transfer import plan_import
from desktop_app.domain import csv_rules as rules
from desktop_app.domain.model import FollowUpMethod, RemedyKind, Status
from desktop_app.domain.recovery import RemedyInput
from desktop_app.domain.validate import ValidationError
from tests.conftest import complaint_input, customer_input

COMPLAINT_HEADER = ("received_at,channel,description,feeling,expectation,severity,"
                    "customer_phone,customer_name")


def _case(archive):
    return cases.record_complaint(archive, customer_input(), complaint_input(), None).result


def _events(archive, action: str) -> list[dict]:
    return list(archive.db.query("SELECT * FROM events WHERE action = ? ORDER BY id", [action]))


def _count(archive, table: str) -> int:
    return archive.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_undoing_a_remedy_edit_restores_the_old_amount_and_is_audited(archive):
    case = _case(archive)
    remedy = recovery.add_remedy(archive, RemedyInput(case.id, RemedyKind.REFUND, "back",
                                                      1000), None).result
    edit = recovery.edit_remedy(archive, remedy.id, RemedyInput(case.id, RemedyKind.REFUND,
                                                                "back", 2500), None)
    assert archive.remedies.remedy(remedy.id).amount_cents == 2500
    undo(archive, edit, None)
    assert archive.remedies.remedy(remedy.id).amount_cents == 1000
    [line] = [e for e in _events(archive, "undone") if e["field"] == "amount_cents"]
    assert (line["old"], line["new"], line["complaint_id"]) == ("2500", "1000", case.id)
    redo(archive, edit, None)
    assert archive.remedies.remedy(remedy.id).amount_cents == 2500


def test_undoing_an_added_remedy_takes_back_its_follow_up_and_tick(archive):
    case = _case(archive)
    done = recovery.add_remedy(archive, RemedyInput(case.id, RemedyKind.REFUND, "", 500), None)
    assert archive.follow_ups.follow_ups(case.id) and archive.recovery.checklist(case.id)
    undo(archive, done, None)
    assert archive.remedies.remedies(case.id) == []
    assert (
        archive.follow_ups.follow_ups(case.id) == [] and archive.recovery.checklist(case.id) == []
    )
    redo(archive, done, None)
    assert [r.id for r in archive.remedies.remedies(case.id)] == [done.result.id]


def test_undoing_an_import_removes_exactly_the_imported_rows(archive):
    earlier = _case(archive)
    data = (COMPLAINT_HEADER + "\r\n" + "\r\n".join(
        f"2026-10-01 09:0{i},phone,Cold coffee #{i},upset,refund,low,1380000000{i},Guest {i}"
        for i in range(3)) + "\r\n").encode()
    table = rules.read_table(data)
    plan = plan_import(archive, "complaints", table, rules.auto_mapping(table.headers,
                                                                        "complaints"))
    done = transfer.import_rows(archive, plan, source="coffee.csv")
    assert done.result == 3 and _count(archive, "complaints") == 4
    undo(archive, done, None)
    assert [r["id"] for r in archive.db.query("SELECT id FROM complaints")] == [earlier.id]
    assert _count(archive, "customers") == 1
    assert archive.cases.complaint(earlier.id).ref == earlier.ref
    redo(archive, done, None)
    assert _count(archive, "complaints") == 4


def test_moving_to_closed_can_cancel_the_open_follow_ups_and_undo_brings_them_back(archive):
    case = _case(archive)
    recovery.schedule_follow_up(archive, case.id, date(2026, 11, 20), FollowUpMethod.PHONE, None)
    for target in (Status.REMEDY_AGREED, Status.REMEDY_DONE):
        cases.move_case(archive, case.id, target, None)
    assert cases.open_follow_ups(archive, case.id) == 1
    done = cases.move_case(archive, case.id, Status.RECOVERED, None, cancel_follow_ups=True)
    assert archive.follow_ups.follow_ups(case.id) == [] and done.details["status"] == "recovered"
    undo(archive, done, None)
    assert archive.cases.complaint(case.id).status is Status.REMEDY_DONE
    assert len(archive.follow_ups.follow_ups(case.id)) == 1


def test_a_deleted_case_is_listed_and_restored(archive):
    case = _case(archive)
    cases.delete_case(archive, case.id, None, "entered twice")
    assert [r["ref"] for r in cases.deleted_cases(archive)] == [case.ref]
    done = cases.restore_case(archive, case.id, None)
    assert cases.deleted_cases(archive) == [] and done.undoable
    undo(archive, done, None)
    assert archive.recovery.is_deleted(case.id)


def test_removing_a_remedy_needs_a_reason_and_undo_puts_it_back(archive):
    case = _case(archive)
    remedy = recovery.add_remedy(archive, RemedyInput(case.id, RemedyKind.VOUCHER, "", 0),
                                 None).result
    with pytest.raises(ValidationError):
        recovery.remove_remedy(archive, remedy.id, None, " ")
    done = recovery.remove_remedy(archive, remedy.id, None, "typed on the wrong case")
    assert archive.remedies.remedies(case.id) == []
    undo(archive, done, None)
    assert archive.remedies.remedy(remedy.id).kind is RemedyKind.VOUCHER


def test_undoing_a_merge_gives_the_duplicate_its_cases_back(archive):
    first = _case(archive)
    other = cases.record_complaint(archive, customer_input(name="Wang", phone="139 1111 2222"),
                                   complaint_input(), None).result
    done = people.merge_customers(archive, first.customer_id, other.customer_id, None)
    assert archive.cases.complaint(other.id).customer_id == first.customer_id
    undo(archive, done, None)
    assert archive.cases.complaint(other.id).customer_id == other.customer_id
    assert archive.db["customers"].get(other.customer_id)["merged_into"] is None


def test_an_undo_refuses_when_the_row_was_changed_since(archive):
    case = _case(archive)
    remedy = recovery.add_remedy(archive, RemedyInput(case.id, RemedyKind.REFUND, "", 100),
                                 None).result
    edit = recovery.edit_remedy(archive, remedy.id, RemedyInput(case.id, RemedyKind.REFUND, "",
                                                                200), None)
    archive.remedies.update_remedy(
        remedy.id, RemedyInput(case.id, RemedyKind.REFUND, "", 300), None
    )
    with pytest.raises(ArchiveError):
        undo(archive, edit, None)
    assert archive.remedies.remedy(remedy.id).amount_cents == 300


def test_erasing_a_customer_is_marked_as_final(archive):
    case = _case(archive)
    done = people.erase_customer(archive, case.customer_id, None)
    assert not done.undoable


def test_rescheduling_a_follow_up_is_undone_to_the_old_day(archive):
    case = _case(archive)
    planned = recovery.schedule_follow_up(archive, case.id, date(2026, 11, 20),
                                          FollowUpMethod.PHONE, None).result
    done = recovery.reschedule_follow_up(archive, planned.id, date(2026, 11, 27),
                                         FollowUpMethod.EMAIL, None)
    undo(archive, done, None)
    again = archive.follow_ups.follow_up(planned.id)
    assert (again.due_on, again.method) == (date(2026, 11, 20), FollowUpMethod.PHONE)


def test_settings_and_staff_saved_together_are_undone_together(archive):
    shop = archive.shop()
    done = people.save_shop(archive, replace(shop, name="Bakery Li"), None,
                            lambda a: a.add_staff("Emma"))
    assert archive.shop().name == "Bakery Li" and [s.name for s in archive.staff()] == ["Emma"]
    undo(archive, done, None)
    assert archive.shop().name == shop.name and archive.staff() == []


def test_an_undo_that_would_orphan_later_work_is_refused_and_changes_nothing(archive):
    done = people.add_staff(archive, "Emma")
    emma = done.result.id
    case = cases.record_complaint(archive, customer_input(), complaint_input(), emma).result
    with pytest.raises(ArchiveError, match="refers to this"):
        undo(archive, done, None)
    assert [s.id for s in archive.staff()] == [emma] and archive.cases.complaint(case.id)
