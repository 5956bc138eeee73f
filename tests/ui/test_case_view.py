"""The case view: a whole recovery driven through its widgets, every step recorded with who and
when; only allowed moves are offered; reasons, diagnosis errors, attachments and deletion."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from desktop_app.domain.model import Cause, RecoveryStep, RemedyKind, Status
from desktop_app.domain.workflow import allowed_moves
from desktop_app.ui.case_timeline import COL_WHAT, COL_WHO
from desktop_app.ui.follow_up_dialog import RecordFollowUpDialog
from desktop_app.ui.move_dialog import ReasonDialog
from desktop_app.ui.remedy_dialog import RemedyDialog
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import drive_dialog

NOW = datetime.now().replace(microsecond=0)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def staff(archive):
    return archive.add_staff("李娜").id, archive.add_staff("Emma Clarke").id


@pytest.fixture
def window(qtbot, archive, settings, staff):
    shown = show_main_window(qtbot, archive, settings)
    shown.staff_combo.setCurrentIndex(shown.staff_combo.findData(staff[0]))
    return shown


def record(archive, staff_id=None, **fields):
    return archive.cases.record_complaint(customer_input(), complaint_input(
        received_at=NOW - timedelta(hours=2), **fields), staff_id)


def open_view(qtbot, window, complaint_id):
    window.open_case(complaint_id)
    view = window.recovery.case_windows[complaint_id]
    qtbot.waitExposed(view)
    return view


def click_move(qtbot, view, target: Status) -> None:
    qtbot.mouseClick(view.moves.buttons[target], LEFT)


def add_voucher(dialog: RemedyDialog) -> None:
    assert isinstance(dialog, RemedyDialog)
    dialog.kind.set_value(RemedyKind.VOUCHER)
    dialog.description.setText("Voucher for a new cake")
    dialog.amount.setValue(88)
    dialog.cost.setValue(35)
    dialog.customer_accepted.set_value(True)
    dialog.ok_button.click()


def record_happy_result(dialog: RecordFollowUpDialog) -> None:
    assert isinstance(dialog, RecordFollowUpDialog)
    dialog.satisfaction.group.button(5).click()
    dialog.recovery_accepted.set_value(True)
    dialog.will_return.set_value(True)
    dialog.ok_button.click()


def test_a_full_recovery_is_driven_through_the_case_view_and_recorded_step_by_step(
        qtbot, archive, window, staff):
    li, _ = staff
    case = record(archive, li)
    view = open_view(qtbot, window, case.id)

    click_move(qtbot, view, Status.ACKNOWLEDGED)
    view.tabs.setCurrentIndex(1)  # Recovery
    qtbot.mouseClick(view.checklist.boxes[RecoveryStep.APOLOGY], LEFT)
    click_move(qtbot, view, Status.INVESTIGATING)
    view.tabs.setCurrentIndex(0)  # Complaint, with the diagnosis
    view.diagnosis.cause.set_value(Cause.PRODUCT_QUALITY)
    qtbot.keyClicks(view.diagnosis.root_cause, "Cream left out overnight")
    qtbot.keyClicks(view.diagnosis.improvement, "Fridge check at closing")
    qtbot.mouseClick(view.diagnosis.save_button, LEFT)
    click_move(qtbot, view, Status.REMEDY_AGREED)
    view.tabs.setCurrentIndex(1)
    drive_dialog(add_voucher, lambda: qtbot.mouseClick(view.remedies.add_button, LEFT))

    planned = archive.follow_ups.follow_ups(case.id)
    assert len(planned) == 1 and planned[0].done_at is None
    assert view.follow_ups.table.rowCount() == 1
    assert "Follow-up planned" in window.statusBar().currentMessage()

    click_move(qtbot, view, Status.REMEDY_DONE)
    click_move(qtbot, view, Status.FOLLOW_UP)
    drive_dialog(record_happy_result,
                 lambda: qtbot.mouseClick(view.follow_ups.record_button, LEFT))
    click_move(qtbot, view, Status.RECOVERED)

    done = archive.cases.complaint(case.id)
    assert done.status is Status.RECOVERED
    assert (done.cause, done.root_cause) == (Cause.PRODUCT_QUALITY, "Cream left out overnight")
    assert done.acknowledged_at and done.first_response_at and done.closed_at
    assert archive.follow_ups.follow_ups(case.id)[0].satisfaction == 5
    assert [r.amount_cents for r in archive.remedies.remedies(case.id)] == [8800]
    ticked = {t.step: t.done_by for t in archive.recovery.checklist(case.id)}
    assert ticked == {RecoveryStep.APOLOGY: li, RecoveryStep.COMPENSATION: li,
                      RecoveryStep.FOLLOW_UP: li}

    entries = archive.recovery.timeline(case.id)
    summaries = [e.summary for e in entries]
    for step in ("Complaint recorded", "Recovery step ticked", "Case details corrected",
                 "Remedy added", "Follow-up planned", "Follow-up done"):
        assert step in summaries
    moves = [e.new for e in entries if e.field == "status"]
    assert moves == ["Acknowledged", "Investigating", "Remedy agreed", "Remedy carried out",
                     "Following up", "Closed: recovered"]
    assert all(e.staff_name == "李娜" and e.at >= NOW - timedelta(hours=2) for e in entries)
    shown = view.timeline
    assert shown.topLevelItemCount() == len(entries)
    last = shown.topLevelItem(len(entries) - 1)
    assert (last.text(COL_WHO), last.text(COL_WHAT)) == ("李娜", "Status changed")
    assert view.header.status_chip.text() == "Closed: recovered"


@pytest.mark.parametrize("status", [Status.RECEIVED, Status.INVESTIGATING, Status.RECOVERED])
def test_only_the_moves_the_workflow_allows_are_offered(qtbot, archive, window, status):
    case = record(archive)
    path = {Status.RECEIVED: [], Status.INVESTIGATING: [Status.INVESTIGATING],
            Status.RECOVERED: [Status.REMEDY_AGREED, Status.REMEDY_DONE, Status.RECOVERED]}
    for step in path[status]:
        archive.recovery.move_case(case.id, step, None)
    view = open_view(qtbot, window, case.id)
    assert set(view.moves.buttons) == set(allowed_moves(status))
    assert all(button.isEnabled() for button in view.moves.buttons.values())
    assert Status.RECOVERED not in view.moves.buttons or status is Status.INVESTIGATING


def test_reopening_a_closed_case_asks_for_a_reason_and_records_it(qtbot, archive, window):
    case = record(archive)
    for step in (Status.REMEDY_AGREED, Status.REMEDY_DONE, Status.RECOVERED):
        archive.recovery.move_case(case.id, step, None)
    view = open_view(qtbot, window, case.id)
    assert view.moves.buttons[Status.INVESTIGATING].text() == "Reopen…"

    def give_reason(dialog: ReasonDialog) -> None:
        dialog.ok_button.click()  # empty: refused at the field, dialog stays open
        assert not dialog.field_errors["reason"].isHidden()
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.text, "The repair failed again")
        dialog.ok_button.click()

    drive_dialog(give_reason, lambda: click_move(qtbot, view, Status.INVESTIGATING))
    reopened = archive.cases.complaint(case.id)
    assert (reopened.status, reopened.reopen_count) == (Status.INVESTIGATING, 1)
    assert any(e.summary == "Case reopened" and e.detail == "The repair failed again"
               for e in archive.recovery.timeline(case.id))


def test_closing_as_not_recovered_keeps_the_options_the_customer_was_told(qtbot, archive,
                                                                         window):
    case = record(archive)
    archive.recovery.move_case(case.id, Status.INVESTIGATING, None)
    view = open_view(qtbot, window, case.id)

    def tell(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.text, "Consumer association hotline 12315")
        dialog.ok_button.click()

    drive_dialog(tell, lambda: click_move(qtbot, view, Status.NOT_RECOVERED))
    closed = archive.cases.complaint(case.id)
    assert closed.status is Status.NOT_RECOVERED
    assert closed.not_accepted_options == "Consumer association hotline 12315"
    assert view.details.values["not_accepted"].text() == "Consumer association hotline 12315"


def test_a_too_long_root_cause_is_shown_at_the_field_and_nothing_is_saved(qtbot, archive,
                                                                          window):
    case = record(archive)
    view = open_view(qtbot, window, case.id)
    view.diagnosis.root_cause.setPlainText("x" * 5001)
    qtbot.mouseClick(view.diagnosis.save_button, LEFT)
    assert not view.diagnosis.errors["root_cause"].isHidden()
    assert archive.cases.complaint(case.id).root_cause == ""


def test_a_photo_is_attached_as_a_thumbnail_and_a_huge_pdf_is_refused_clearly(
        qtbot, archive, window, tmp_path):
    case = record(archive)
    view = open_view(qtbot, window, case.id)
    warnings: list[str] = []
    view.warn = warnings.append
    photo = QImage(800, 600, QImage.Format.Format_RGB32)
    photo.fill(QColor("#c98a4b"))
    photo.save(str(tmp_path / "cake.png"))
    huge = tmp_path / "letter.pdf"
    huge.write_bytes(b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024))

    view.attachments.files_chosen.emit([str(tmp_path / "cake.png"), str(huge)])

    stored = archive.attachments.attachments(case.id)
    assert [a.filename for a in stored] == ["cake.png"]
    assert QImage.fromData(stored[0].thumbnail).width() <= 96
    assert view.attachments.list.count() == 1
    assert len(warnings) == 1 and "10 MB" in warnings[0]


def test_deleting_a_case_needs_a_reason_is_recorded_and_closes_its_window(qtbot, archive,
                                                                         window, staff):
    case = record(archive)
    view = open_view(qtbot, window, case.id)

    def confirm(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.text, "Entered twice")
        dialog.ok_button.click()

    drive_dialog(confirm, lambda: qtbot.mouseClick(view.delete_button, LEFT))
    assert archive.recovery.is_deleted(case.id)
    deleted = [e for e in archive.recovery.timeline(case.id) if e.summary == "Case deleted"]
    assert deleted and deleted[0].staff_id == staff[0] and deleted[0].detail == "Entered twice"
    qtbot.waitUntil(lambda: case.id not in window.recovery.case_windows)


def test_opening_an_open_case_again_brings_its_window_forward(qtbot, archive, window):
    first, second = record(archive), record(archive)
    view = open_view(qtbot, window, first.id)
    open_view(qtbot, window, second.id)
    assert open_view(qtbot, window, first.id) is view
    assert set(window.recovery.case_windows) == {first.id, second.id}
