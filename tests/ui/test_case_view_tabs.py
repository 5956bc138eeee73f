"""A case window opens on its Complaint tab; the Recovery and Timeline tabs are built when first
shown, then show the case as it is and follow every change like the rest of the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.actions import cases
from desktop_app.domain.model import RecoveryStep
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window


def test_the_recovery_and_timeline_tabs_show_the_case_when_first_shown_and_follow_it(
        qtbot, archive, settings):
    case = archive.cases.record_complaint(customer_input(), complaint_input())
    cases.set_step(archive, case.id, RecoveryStep.APOLOGY, True, None)
    window = show_main_window(qtbot, archive, settings)
    window.open_case(case.id)
    view = window.recovery.case_windows[case.id]
    assert view.tabs.currentIndex() == 0 and view._recovery is None and view._timeline is None

    view.tabs.setCurrentIndex(1)  # Recovery
    box = view.checklist.boxes[RecoveryStep.APOLOGY]
    assert box.isVisible() and box.isChecked()
    qtbot.mouseClick(view.checklist.boxes[RecoveryStep.EMPATHY], Qt.MouseButton.LeftButton)
    ticked = {t.step for t in archive.recovery.checklist(case.id)}
    assert ticked == {RecoveryStep.APOLOGY, RecoveryStep.EMPATHY}
    assert view.checklist.boxes[RecoveryStep.EMPATHY].isChecked()

    view.tabs.setCurrentIndex(2)  # Timeline
    shown = view.timeline
    assert shown.isVisible()
    before = shown.topLevelItemCount()
    assert before > 0  # the case's recording and its ticks
    cases.set_step(archive, case.id, RecoveryStep.COMPENSATION, True, None)
    view.refresh()  # as after another window's change
    assert view.checklist.boxes[RecoveryStep.COMPENSATION].isChecked()
    assert shown.topLevelItemCount() > before
    view.close()
