"""The Follow-ups page and the due count: overdue calls first and red, results recorded in place,
double-click opens the case, and the window says how many are due."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.model import FollowUpMethod, Status
from desktop_app.ui.follow_up_dialog import RecordFollowUpDialog
from desktop_app.ui.followups import COL_REF, COL_WHEN, OVERDUE_BACKGROUND
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import double_click, drive_dialog

NOW = datetime.now().replace(microsecond=0)
TODAY = NOW.date()


@pytest.fixture
def planned(archive):
    """Three cases with a follow-up each: five days overdue, due today, due in three days."""
    found = {}
    for key, days, phone in (("overdue", -5, "138 0000 0001"), ("today", 0, "138 0000 0002"),
                             ("upcoming", 3, "138 0000 0003")):
        case = archive.cases.record_complaint(
            customer_input(name=f"Customer {key}", phone=phone),
            complaint_input(received_at=NOW - timedelta(days=10)))
        archive.follow_ups.schedule_follow_up(
            case.id, TODAY + timedelta(days=days), FollowUpMethod.PHONE, None
        )
        found[key] = case
    return found


@pytest.fixture
def window(qtbot, archive, settings, planned):
    shown = show_main_window(qtbot, archive, settings)
    shown.show_page("followups")
    return shown


def page_refs(page) -> list[str]:
    return [page.model.index(row, COL_REF).data() for row in range(page.model.rowCount())]


def test_overdue_follow_ups_come_first_in_red_then_today_then_upcoming(window, planned):
    page = window.recovery.follow_ups
    assert page_refs(page) == [planned[k].ref for k in ("overdue", "today", "upcoming")]
    first = page.model.index(0, COL_WHEN)
    assert first.data() == "Overdue by 5 day(s)" or first.data() == "Overdue by 5 days"
    assert first.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert page.model.index(1, COL_WHEN).data() == "Due today"
    assert page.model.index(2, COL_WHEN).data() == "Upcoming"
    assert page.summary.text() == "1 overdue · 1 today · 1 in the next 7 days"


def test_the_window_shows_how_many_follow_ups_are_due_and_says_so_at_start_up(
        qtbot, archive, settings, planned):
    shown = show_main_window(qtbot, archive, settings)
    screens = shown.recovery
    qtbot.waitUntil(lambda: screens.nav_item.text() == "Follow-ups (2)")  # counted on a worker
    assert screens.badge.isVisible() and screens.badge.text().startswith("2 follow-up")
    qtbot.waitUntil(lambda: "Follow-ups page" in shown.statusBar().currentMessage())


def test_recording_a_result_on_the_page_removes_the_call_and_updates_the_count(
        qtbot, archive, window, planned):
    page = window.recovery.follow_ups
    page.table.selectRow(0)

    def happy(dialog: RecordFollowUpDialog) -> None:
        assert isinstance(dialog, RecordFollowUpDialog)
        dialog.satisfaction.group.button(4).click()
        dialog.ok_button.click()

    drive_dialog(happy, lambda: qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton))
    done = archive.follow_ups.follow_ups(planned["overdue"].id)[0]
    assert done.done_at is not None and done.satisfaction == 4
    assert page_refs(page) == [planned[k].ref for k in ("today", "upcoming")]
    qtbot.waitUntil(lambda: window.recovery.nav_item.text() == "Follow-ups (1)")


def test_double_clicking_a_follow_up_opens_its_case(qtbot, window, planned):
    page = window.recovery.follow_ups
    double_click(qtbot, page.table, page.model.index(1, COL_REF))
    view = window.recovery.case_windows[planned["today"].id]
    assert view.complaint.status is Status.RECEIVED
    assert view.isVisible()


def test_the_due_count_is_read_on_a_worker_after_every_change(qtbot, archive, settings, planned,
                                                              monkeypatch):
    import threading

    from desktop_app.archive.follow_ups import FollowUpStore

    on_gui_thread = []
    count = FollowUpStore.count_due_follow_ups

    def watched(self, today):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return count(self, today)

    monkeypatch.setattr(FollowUpStore, "count_due_follow_ups", watched)
    shown = show_main_window(qtbot, archive, settings)
    qtbot.waitUntil(lambda: shown.recovery.nav_item.text() == "Follow-ups (2)")
    archive.follow_ups.cancel_follow_up(archive.follow_ups.follow_ups(planned["overdue"].id)[0].id,
                                        None, "reached by phone")
    shown.archive_changed.emit()
    qtbot.waitUntil(lambda: shown.recovery.nav_item.text() == "Follow-ups (1)")
    assert on_gui_thread and not any(on_gui_thread)
