"""Corrections through the window that go wrong or need asking: an undo of something changed
since is refused with a message, a follow-up is cancelled with a reason, and the Edit menu only
offers what can be undone."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.actions import cases, recovery
from desktop_app.domain.model import FollowUpMethod, RemedyKind
from desktop_app.domain.recovery import RemedyInput
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import drive_dialog

NOW = datetime.now().replace(microsecond=0)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, archive, settings):
    return show_main_window(qtbot, archive, settings)


def record(archive):
    return cases.record_complaint(archive, customer_input(), complaint_input(
        received_at=NOW - timedelta(hours=2)), None).result


def open_view(qtbot, window, complaint_id):
    window.open_case(complaint_id)
    view = window.recovery.case_windows[complaint_id]
    qtbot.waitExposed(view)
    return view


def test_the_edit_menu_offers_nothing_to_undo_in_a_fresh_session(window):
    edit = window.tools.edit_menu
    assert not edit.undo_action.isEnabled() and not edit.redo_action.isEnabled()
    assert edit.undo_action.text() == "&Undo"
    assert window.menuBar().actions()[1].text() == "&Edit"


def test_an_undo_of_something_changed_since_is_refused_and_leaves_the_archive_alone(
        qtbot, archive, window):
    case = record(archive)
    remedy = recovery.add_remedy(archive, RemedyInput(case.id, RemedyKind.REFUND, "", 1000),
                                 None).result
    view = open_view(qtbot, window, case.id)
    view.tabs.setCurrentIndex(1)
    view.remedies.table.selectRow(0)

    def to_twenty(dialog):
        dialog.amount.setValue(20)
        dialog.ok_button.click()
    drive_dialog(to_twenty, lambda: qtbot.mouseClick(view.remedies.edit_button, LEFT))
    # Another computer corrects the same remedy meanwhile.
    archive.remedies.update_remedy(
        remedy.id, RemedyInput(case.id, RemedyKind.REFUND, "", 3000), None
    )
    seen: list[str] = []

    def read_and_close(box: QMessageBox):
        seen.append(box.text())
        box.accept()
    drive_dialog(read_and_close, window.tools.edit_menu.undo_action.trigger)
    assert "changed again" in seen[0]
    assert archive.remedies.remedy(remedy.id).amount_cents == 3000
    assert not window.tools.edit_menu.undo_action.isEnabled()


def test_a_planned_follow_up_is_cancelled_with_a_reason_and_can_be_brought_back(
        qtbot, archive, window):
    case = record(archive)
    recovery.schedule_follow_up(archive, case.id, NOW.date() + timedelta(days=2),
                                FollowUpMethod.PHONE, None)
    view = open_view(qtbot, window, case.id)
    view.tabs.setCurrentIndex(1)
    assert not view.follow_ups.cancel_button.isEnabled()  # nothing chosen yet
    view.follow_ups.table.selectRow(0)

    def give_reason(dialog):
        qtbot.keyClicks(dialog.text, "Customer asked not to be called")
        dialog.ok_button.click()
    drive_dialog(give_reason, lambda: qtbot.mouseClick(view.follow_ups.cancel_button, LEFT))
    assert archive.follow_ups.follow_ups(case.id) == [] and view.follow_ups.table.rowCount() == 0
    [event] = archive.db.query("SELECT * FROM events WHERE action = 'cancelled'")
    assert event["new"] == "Customer asked not to be called"
    window.tools.edit_menu.undo_action.trigger()
    assert (
        len(archive.follow_ups.follow_ups(case.id)) == 1 and view.follow_ups.table.rowCount() == 1
    )


def test_the_deleted_cases_view_says_when_there_is_nothing_to_restore(qtbot, window):
    dialog = window.tools.edit_menu.show_deleted_cases()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.close()
