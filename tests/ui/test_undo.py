"""Undo and redo through the window: Ctrl+Z takes back the last action of the session, the Edit
menu names it, the screens show the state put back, and the undo is in the audit trail."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.actions import cases, recovery
from desktop_app.domain.model import RemedyKind, Status
from desktop_app.domain.recovery import RemedyInput
from desktop_app.ui.import_dialog import ImportDialog
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import drive_dialog

NOW = datetime.now().replace(microsecond=0)
LEFT = Qt.MouseButton.LeftButton
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, archive, settings):
    staff = archive.add_staff("李娜").id
    shown = show_main_window(qtbot, archive, settings)
    shown.staff_combo.setCurrentIndex(shown.staff_combo.findData(staff))
    return shown


def record(archive):
    return cases.record_complaint(archive, customer_input(), complaint_input(
        received_at=NOW - timedelta(hours=2)), None).result


def open_view(qtbot, window, complaint_id):
    window.open_case(complaint_id)
    view = window.recovery.case_windows[complaint_id]
    qtbot.waitExposed(view)
    return view


def undo_text(window) -> str:
    return window.tools.edit_menu.undo_action.text()


def press(qtbot, widget, modifiers=CTRL) -> None:
    """Ctrl+Z (or with Shift) in `widget`'s window, made the active one as a click would."""
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    qtbot.keyClick(top, Qt.Key.Key_Z, modifiers)


def events(archive, action: str) -> list[dict]:
    return list(archive.db.query("SELECT * FROM events WHERE action = ? ORDER BY id", [action]))


def test_ctrl_z_takes_back_a_status_move_and_ctrl_shift_z_makes_it_again(qtbot, archive,
                                                                         window):
    case = record(archive)
    view = open_view(qtbot, window, case.id)
    qtbot.mouseClick(view.moves.buttons[Status.ACKNOWLEDGED], LEFT)
    assert archive.cases.complaint(case.id).status is Status.ACKNOWLEDGED
    assert undo_text(window) == f'&Undo "Move case {case.ref} to Acknowledged"'

    press(qtbot, view)  # in the case's own window
    assert archive.cases.complaint(case.id).status is Status.RECEIVED
    assert view.header.status_chip.text() == "Received"
    undone = [e for e in events(archive, "undone") if e["field"] == "status"]
    assert [(e["old"], e["new"], e["complaint_id"]) for e in undone] == [
        ("acknowledged", "received", case.id)]
    assert undone[0]["staff_id"] == window.current_staff_id()

    press(qtbot, window, CTRL | SHIFT)
    assert archive.cases.complaint(case.id).status is Status.ACKNOWLEDGED
    assert [e["new"] for e in events(archive, "redone") if e["field"] == "status"] == [
        "acknowledged"]


def test_undoing_a_remedy_edit_made_in_the_window_restores_the_old_amount(qtbot, archive,
                                                                          window):
    case = record(archive)
    recovery.add_remedy(archive, RemedyInput(case.id, RemedyKind.REFUND, "Money back", 1000),
                        None)
    view = open_view(qtbot, window, case.id)
    view.tabs.setCurrentIndex(1)
    view.remedies.table.selectRow(0)

    def raise_amount(dialog):
        assert dialog.amount.value() == 10
        dialog.amount.setValue(25)
        dialog.ok_button.click()
    drive_dialog(raise_amount, lambda: qtbot.mouseClick(view.remedies.edit_button, LEFT))
    [remedy] = archive.remedies.remedies(case.id)
    assert remedy.amount_cents == 2500
    changed = [e for e in events(archive, "changed")
               if e["entity"] == "remedy" and e["field"] == "amount_cents"]
    assert [(e["field"], e["old"], e["new"]) for e in changed] == [
        ("amount_cents", "1000", "2500")]

    press(qtbot, view)
    assert archive.remedies.remedy(remedy.id).amount_cents == 1000
    assert "10.00" in view.remedies.table.item(0, 2).text()


def test_undoing_an_import_removes_exactly_the_imported_rows(qtbot, archive, window, tmp_path):
    earlier = archive.customers.add_customer(customer_input(name="Earlier", phone="137 0000 0000"))
    source = tmp_path / "customers.csv"
    source.write_text("name,phone\r\nAnna,0151 234567\r\nBen,0151 765432\r\n", encoding="utf-8")
    told: list[str] = []

    def import_file(dialog):
        assert isinstance(dialog, ImportDialog)
        dialog.prompt.inform = lambda _parent, _title, text: told.append(text)
        dialog._ask_file = lambda: str(source)
        qtbot.mouseClick(dialog.file_button, LEFT)
        qtbot.waitUntil(lambda: not dialog.checking)  # the rows are checked on a worker
        qtbot.mouseClick(dialog.import_button, LEFT)
    drive_dialog(import_file, lambda: window.tools.import_csv("customers"))
    assert told == ["2 rows imported."]
    names = {r["name"] for r in archive.db.query("SELECT name FROM customers")}
    assert names == {"Earlier", "Anna", "Ben"}
    assert undo_text(window) == '&Undo "Import 2 rows"'

    window.tools.edit_menu.undo_action.trigger()
    rows = list(archive.db.query("SELECT id, name FROM customers"))
    assert rows == [{"id": earlier.id, "name": "Earlier"}]
    assert [e["entity_id"] for e in events(archive, "created")
            if e["entity"] == "customer"] == [earlier.id]
    assert [e["field"] for e in events(archive, "imported")] == ["customers"]  # kept: audit


def test_a_deleted_case_is_restored_from_the_deleted_cases_view(qtbot, archive, window):
    case = record(archive)
    view = open_view(qtbot, window, case.id)

    def give_reason(dialog):
        qtbot.keyClicks(dialog.text, "Entered twice")
        dialog.ok_button.click()
    drive_dialog(give_reason, lambda: qtbot.mouseClick(view.delete_button, LEFT))
    assert archive.recovery.is_deleted(case.id)

    dialog = window.tools.edit_menu.show_deleted_cases()
    qtbot.waitExposed(dialog)
    assert dialog.table.item(0, 0).text() == case.ref
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert not archive.recovery.is_deleted(case.id) and dialog.table.rowCount() == 0
    assert window.cases.model.rowCount() == 1
    dialog.close()
    assert undo_text(window) == f'&Undo "Restore case {case.ref}"'
    press(qtbot, window)
    assert archive.recovery.is_deleted(case.id)
    press(qtbot, window)  # and the deletion itself
    assert not archive.recovery.is_deleted(case.id)


def test_closing_a_case_offers_to_cancel_its_planned_follow_ups(qtbot, archive, window):
    case = record(archive)
    for target in (Status.REMEDY_AGREED, Status.REMEDY_DONE):
        cases.move_case(archive, case.id, target, None)
    recovery.schedule_follow_up(archive, case.id, NOW.date() + timedelta(days=3),
                                _phone(), None)
    view = open_view(qtbot, window, case.id)

    def say_yes(box):
        assert box.text().startswith("1 follow-up")
        box.button(box.StandardButton.Yes).click()
    drive_dialog(say_yes, lambda: qtbot.mouseClick(view.moves.buttons[Status.RECOVERED], LEFT))
    assert archive.cases.complaint(case.id).status is Status.RECOVERED
    assert archive.follow_ups.follow_ups(case.id) == []
    press(qtbot, view)
    assert archive.cases.complaint(case.id).status is Status.REMEDY_DONE
    assert len(archive.follow_ups.follow_ups(case.id)) == 1


def test_a_remedy_is_removed_from_the_context_menu_with_a_reason(qtbot, archive, window):
    case = record(archive)
    recovery.add_remedy(archive, RemedyInput(case.id, RemedyKind.VOUCHER, "", 0), None)
    view = open_view(qtbot, window, case.id)
    view.tabs.setCurrentIndex(1)
    table = view.remedies.table
    table.customContextMenuRequested.emit(table.visualItemRect(table.item(0, 0)).center())
    [_edit, remove] = table.context_menu.actions()

    def give_reason(dialog):
        qtbot.keyClicks(dialog.text, "Wrong case")
        dialog.ok_button.click()
    drive_dialog(give_reason, remove.trigger)
    table.context_menu.close()
    assert archive.remedies.remedies(case.id) == []
    [removed] = events(archive, "removed")
    assert (removed["new"], removed["staff_id"]) == ("Wrong case", window.current_staff_id())
    press(qtbot, view)
    assert [r.kind for r in archive.remedies.remedies(case.id)] == [RemedyKind.VOUCHER]


def test_a_follow_up_is_rescheduled_and_the_undo_brings_back_the_old_day(qtbot, archive,
                                                                         window):
    case = record(archive)
    planned = recovery.schedule_follow_up(archive, case.id, NOW.date() + timedelta(days=3),
                                          _phone(), None).result
    view = open_view(qtbot, window, case.id)
    view.tabs.setCurrentIndex(1)
    view.follow_ups.table.selectRow(0)

    def a_week_later(dialog):
        dialog.due_on.setDate(dialog.due_on.date().addDays(7))
        dialog.ok_button.click()
    drive_dialog(a_week_later, lambda: qtbot.mouseClick(view.follow_ups.reschedule_button,
                                                        LEFT))
    assert archive.follow_ups.follow_up(planned.id).due_on == planned.due_on + timedelta(days=7)
    press(qtbot, view)
    assert archive.follow_ups.follow_up(planned.id).due_on == planned.due_on


def _phone():
    from desktop_app.domain.model import FollowUpMethod

    return FollowUpMethod.PHONE


def test_a_complaint_typed_at_the_counter_is_taken_back_with_its_new_customer(qtbot, archive,
                                                                              window):
    from tests.ui.conftest import type_text
    from tests.ui.test_intake import fill_complaint, save

    kept = record(archive)
    window.show_page("intake")
    intake = window.intake
    type_text(qtbot, intake.customer.name, "Olivia Brown")
    type_text(qtbot, intake.customer.phone, "0151 234567")
    fill_complaint(qtbot, intake.complaint)
    save(qtbot, intake)
    window.show_page("cases")  # a hidden case list reloads when shown
    assert window.cases.model.rowCount() == 2
    new_ref = [r["ref"] for r in archive.db.query("SELECT ref FROM complaints ORDER BY id")][-1]
    assert undo_text(window) == f'&Undo "Record complaint {new_ref}"'

    press(qtbot, window)
    assert [r["ref"] for r in archive.db.query("SELECT ref FROM complaints")] == [kept.ref]
    assert [r["name"] for r in archive.db.query("SELECT name FROM customers")] == ["王小明"]
    assert window.cases.model.rowCount() == 1
    [line] = [e for e in events(archive, "undone") if e["entity"] == "complaint"]
    assert (line["field"], line["new"], line["complaint_id"]) == ("removed", new_ref, None)
