"""Early warnings and "what worked before" beside the customer: at intake as the clerk types,
and in the case window, where a warning is dismissed with a reason."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.domain.early_warnings import WarningKind
from desktop_app.domain.model import Cause, RemedyKind, Status
from desktop_app.domain.recovery import FollowUpResult, RemedyInput
from desktop_app.ui import case_insights
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window, type_text

NOW = datetime.now().replace(microsecond=0)
AT_RISK, CONTENT, OTHER = "138 0013 8000", "139 2222 3333", "137 4444 5555"


def recovered(archive, customer, text: str, days_ago: int, kind: RemedyKind,
              satisfaction: int = 5, cause: Cause = Cause.PRODUCT_QUALITY):
    """A case received `days_ago`, put right with `kind`, closed recovered and followed up."""
    case = archive.cases.record_complaint(customer, complaint_input(
        received_at=NOW - timedelta(days=days_ago), description=text, cause=cause))
    for status in (Status.ACKNOWLEDGED, Status.REMEDY_AGREED):
        archive.recovery.move_case(case.id, status, None)
    archive.remedies.add_remedy(RemedyInput(case.id, kind, "", 2000, 800), None)
    archive.recovery.move_case(case.id, Status.REMEDY_DONE, None)
    archive.recovery.move_case(case.id, Status.RECOVERED, None)
    follow_up = archive.follow_ups.follow_ups(case.id)[0]
    archive.follow_ups.record_follow_up(follow_up.id, FollowUpResult(
        NOW - timedelta(days=days_ago - 3), satisfaction=satisfaction, will_return=True), None)
    return case


@pytest.fixture
def shop(archive):
    """An at-risk customer (an earlier case, and a new one still open: two in 12 months), a
    content one (one case, recovered, scored 5, will come back: nothing to warn about), and
    other customers' closed cases to learn from, in Chinese and English."""
    first = recovered(archive, customer_input(phone=AT_RISK), "The espresso machine leaked "
                      "water over my bag.", 100, RemedyKind.EXCHANGE)
    still_open = archive.cases.record_complaint(first.customer_id, complaint_input(
        received_at=NOW - timedelta(days=5), description="The espresso machine leaked again."))
    content = recovered(archive, customer_input(name="Grace Hughes", phone=CONTENT),
                        "Wrong change at the till.", 60, RemedyKind.APOLOGY_ONLY,
                        cause=Cause.BILLING)
    sour = recovered(archive, customer_input(name="李娜", phone=OTHER), "蛋糕上的奶油有酸味，"
                     "孩子吃了不舒服。", 40, RemedyKind.REFUND)
    return {"first": first, "open": still_open, "content": content, "sour": sour}


def wait_for_answer(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.pending, timeout=5000)


def _labels(layout) -> list[QLabel]:
    """The cards a panel's box shows (directly, or inside a warning's row)."""
    found = []
    for i in range(layout.count()):
        widget = layout.itemAt(i).widget()
        found += [widget] if isinstance(widget, QLabel) else widget.findChildren(QLabel)
    return found


def test_a_returning_at_risk_customer_shows_the_warning_and_what_worked_before(
        qtbot, archive, settings, shop):
    window = show_main_window(qtbot, archive, settings)
    window.new_action.trigger()
    intake = window.intake
    panel = intake.history.insights
    type_text(qtbot, intake.customer.lookup, AT_RISK)
    assert intake.customer.customer_id == shop["first"].customer_id
    wait_for_answer(qtbot, panel)

    [warning] = panel.warnings
    assert warning.kind is WarningKind.CUSTOMER_AT_RISK and warning.case_ref == shop["open"].ref
    [card] = _labels(panel._warning_box)
    assert "Customer at risk" in card.text() and shop["open"].ref in card.text()
    assert "→" in card.text() and not panel.warnings_note.isVisible()

    type_text(qtbot, intake.complaint.description, "奶油有酸味，不新鲜")
    assert panel.pending  # asked after a pause in typing, not on every key
    wait_for_answer(qtbot, panel)
    assert [c.ref for c in panel.similar] == [shop["sour"].ref]
    [similar] = _labels(panel._similar_box)
    assert "Refund" in similar.text() and "recovered" in similar.text()
    assert "satisfaction 5/5" in similar.text()

    intake.complaint.description.setPlainText("The espresso machine is leaking")
    wait_for_answer(qtbot, panel)
    assert shop["first"].ref in [c.ref for c in panel.similar]


def test_a_content_customer_shows_no_warning(qtbot, archive, settings, shop):
    window = show_main_window(qtbot, archive, settings)
    window.new_action.trigger()
    intake = window.intake
    panel = intake.history.insights
    type_text(qtbot, intake.customer.lookup, CONTENT)
    assert intake.customer.customer_id == shop["content"].customer_id
    wait_for_answer(qtbot, panel)

    assert panel.warnings == [] and _labels(panel._warning_box) == []
    assert panel.warnings_note.isVisible()
    assert panel.warnings_note.text() == "No warning about this customer."
    assert len(intake.history.cards) == 1  # their earlier complaint is still shown


def test_the_case_window_shows_the_warning_and_dismisses_it_with_a_reason(
        qtbot, archive, settings, shop):
    window = show_main_window(qtbot, archive, settings)
    case = shop["open"]
    window.open_case(case.id)
    view = window.recovery.case_windows[case.id]
    qtbot.waitExposed(view)
    panel = view.side.insights
    wait_for_answer(qtbot, panel)

    [warning] = panel.warnings
    assert warning.kind is WarningKind.CUSTOMER_AT_RISK
    similar = [c.ref for c in panel.similar]
    assert shop["first"].ref in similar and case.ref not in similar
    [button] = panel.dismiss_buttons
    assert not button.isEnabled()  # a dismissal needs a reason
    type_text(qtbot, panel.reason_edits[0], "Called her, the new machine is on its way")
    with qtbot.waitSignal(window.archive_changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    wait_for_answer(qtbot, panel)
    assert panel.warnings == [] and panel.warnings_note.isVisible()
    [dismissal] = archive.intelligence.dismissals()
    assert dismissal["reason"] == "Called her, the new machine is on its way"
    assert archive.intelligence.customer_warnings(case.customer_id) == []


def test_the_look_ups_run_off_the_gui_thread_and_only_the_newest_answer_is_shown(
        qtbot, archive, settings, shop, monkeypatch):
    threads, look_up = [], case_insights.look_up

    def recording(*args):
        threads.append(threading.current_thread())
        if len(threads) == 1:
            time.sleep(0.4)  # the first answer comes back after the second question
        return look_up(*args)

    monkeypatch.setattr(case_insights, "look_up", recording)
    window = show_main_window(qtbot, archive, settings)
    window.new_action.trigger()
    panel = window.intake.history.insights
    panel.show_for(None, "The espresso machine leaked", now=True)
    qtbot.waitUntil(lambda: bool(threads))  # the first question is on the worker
    panel.show_for(None, "蛋糕上的奶油有酸味", now=True)
    wait_for_answer(qtbot, panel)
    qtbot.wait(600)  # the first, slower answer arrives now and must not replace the second

    assert len(threads) == 2 and threading.main_thread() not in threads
    assert [c.ref for c in panel.similar] == [shop["sour"].ref]


def test_many_warnings_show_a_few_then_all_on_request_a_few_rows_per_turn(qtbot, archive):
    from desktop_app.domain.early_warnings import EarlyWarning

    panel = case_insights.InsightsPanel(archive, dismissable=True)
    qtbot.addWidget(panel)
    panel.show()

    def warnings(prefix: str, n: int) -> list[EarlyWarning]:
        return [EarlyWarning(WarningKind.PROMISE_OVERDUE, f"{prefix}:{i}", 1,
                             "A promise to the customer is overdue.") for i in range(n)]

    panel._asked = (1, "", None)  # as show_for(customer 1) leaves it
    panel._asking, panel.pending = 1, True
    panel._answer(1, (warnings("old", 20), []))
    assert len(panel.dismiss_buttons) == case_insights.ROWS_PER_TURN  # the first rows at once
    assert panel.pending  # the rest follow, turn by turn
    panel._asking = 2  # a newer question, answered before the old rows are all in
    panel._answer(2, (warnings("new", 6), []))
    qtbot.waitUntil(lambda: not panel.pending, timeout=2000)
    qtbot.wait(50)  # no row of the older answer arrives after the newer one
    assert len(panel.dismiss_buttons) == case_insights.FIRST_WARNINGS
    assert [w.key for w in panel.warnings] == [f"new:{i}" for i in range(6)]
    assert panel.show_all_button.isVisible()
    assert panel.show_all_button.text() in ("Show all 6 warning(s)", "Show all 6 warnings")

    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.dismiss_buttons) == 6, timeout=2000)
    assert not panel.show_all_button.isVisible()
    assert len(_labels(panel._warning_box)) == 6
    panel._show(panel.warnings[1:], [])  # as after a dismissal: the rest stay unfolded
    qtbot.waitUntil(lambda: len(panel.dismiss_buttons) == 5, timeout=2000)
    assert not panel.show_all_button.isVisible()


def test_show_all_pressed_while_the_first_rows_come_in_still_ends_the_wait(qtbot, archive):
    from desktop_app.domain.early_warnings import EarlyWarning

    panel = case_insights.InsightsPanel(archive, dismissable=True)
    qtbot.addWidget(panel)
    panel.show()
    panel._asked, panel._asking, panel.pending = (1, "", None), 1, True
    panel._answer(1, ([EarlyWarning(WarningKind.PROMISE_OVERDUE, f"k:{i}", 1,
                                    "A promise to the customer is overdue.") for i in range(9)],
                      []))
    assert panel.pending and panel.show_all_button.isVisible()
    with qtbot.waitSignal(panel.updated, timeout=2000):
        panel.show_all_button.click()  # before the first three rows are all in
    assert not panel.pending and len(panel.dismiss_buttons) == 9
