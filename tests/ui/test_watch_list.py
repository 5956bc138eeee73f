"""The Watch list page: warnings with reason and next step, a count on the navigation entry,
dismissing with a reason, what worked before; and the dashboard's satisfaction section."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.archive import Archive
from desktop_app.domain.satisfaction import ImprovementAction, ImprovementStatus
from desktop_app.ui.dashboard_insights import InsightsSection
from desktop_app.ui.watch_list import COL_REASON, COL_WHO, WatchListPage
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window, type_text

NOW = datetime(2026, 11, 20, 12, 0)


@pytest.fixture
def shop(archive_path):
    """王小明 complained twice (recovered after an exchange and a happy follow-up; now open
    again); 李娜 once."""
    archive = Archive.open(archive_path, clock=lambda: NOW)
    old = archive.cases.record_complaint(customer_input(), complaint_input(
        received_at=NOW - timedelta(days=60), description="蛋糕上有一根头发"))
    archive.db.execute("UPDATE complaints SET status = 'recovered', closed_at = ? WHERE id = ?",
                       [str(NOW - timedelta(days=58)), old.id])
    archive.db.execute("INSERT INTO remedies (complaint_id, kind, given_on) VALUES (?, ?, ?)",
                       [old.id, "exchange", str((NOW - timedelta(days=59)).date())])
    archive.db.execute("INSERT INTO follow_ups (complaint_id, due_on, done_at, satisfaction) "
                       "VALUES (?, ?, ?, 5)", [old.id, str((NOW - timedelta(days=56)).date()),
                                               str(NOW - timedelta(days=56))])
    archive.cases.record_complaint(old.customer_id, complaint_input(
        received_at=NOW - timedelta(days=2), description="蛋糕上又有头发"))
    archive.cases.record_complaint(customer_input(name="李娜", phone="139 0000 0000"),
                             complaint_input(received_at=NOW - timedelta(days=1)))
    yield archive
    archive.close()


def page(qtbot, shop) -> WatchListPage:
    shown = WatchListPage(shop)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not shown.reading)  # the warnings are read on a worker
    return shown


def test_the_watch_list_shows_the_customer_at_risk_with_reason_and_next_step(qtbot, shop):
    shown = page(qtbot, shop)
    assert shown.table.rowCount() == 1
    assert shown.table.item(0, COL_WHO).text().startswith("王小明 · 138 0013 8000")
    assert "2 complaints in 12 months" in shown.table.item(0, COL_REASON).text()


def test_selecting_a_warning_shows_what_worked_before_for_its_case(qtbot, shop):
    shown = page(qtbot, shop)
    shown.table.selectRow(0)
    qtbot.waitUntil(lambda: "·" in shown.similar.item(0).text())  # looked up on a worker
    texts = [shown.similar.item(i).text() for i in range(shown.similar.count())]
    assert len(texts) == 1 and texts[0].startswith("2026-0001 · Exchange · recovered (5/5)")


def test_dismissing_needs_a_reason_and_records_it(qtbot, shop):
    shown = page(qtbot, shop)
    shown.table.selectRow(0)
    assert not shown.dismiss_button.isEnabled()
    type_text(qtbot, shown.reason_edit, "已致电 called her")
    with qtbot.waitSignal(shown.count_changed) as signal:
        qtbot.mouseClick(shown.dismiss_button, Qt.MouseButton.LeftButton)
    assert signal.args == [0] and shown.table.rowCount() == 0
    assert shop.intelligence.dismissals()[0]["reason"] == "已致电 called her"


def test_the_navigation_entry_carries_the_count(qtbot, shop, settings):
    window = show_main_window(qtbot, shop, settings)
    row = window._page_keys.index("watch")
    qtbot.waitUntil(lambda: window.navigation.item(row).text().endswith("(1)"))
    assert not window.is_built("watch")  # counted on a worker; the page waits to be shown
    window.show_page("watch")
    qtbot.waitUntil(lambda: window.page("watch").table.rowCount() == 1)
    window.page("watch").table.selectRow(0)
    with qtbot.waitSignal(window.case_open_requested) as signal:
        qtbot.mouseClick(window.page("watch").open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [shop.cases.complaint_by_ref("2026-0002").id]


def test_the_dashboard_section_says_how_many_answers_and_lists_improvements(qtbot, shop):
    shop.intelligence.save_improvement(ImprovementAction(
        None, "Hair nets in the bakery", "王强", date(2026, 12, 1),
        ImprovementStatus.IN_PROGRESS, ("product_quality",)))
    section = InsightsSection(shop)
    qtbot.addWidget(section)
    section.show_for(date(2026, 12, 1))
    assert "1 scored follow-up answers, too few" in section.overall.text()
    assert section.drivers.rowCount() == 0  # nothing rests on enough answers
    assert "at least 20 scored answers" in section.note.text()
    assert section.improvements.item(0, 0).text() == "Hair nets in the bakery"
    assert section.improvements.item(0, 7).text() == "not done yet"


def test_recording_an_improvement_for_a_recurring_cause_clears_its_warning(qtbot, shop):
    person = shop.cases.complaint_by_ref("2026-0001").customer_id
    for days_ago in (10, 40, 45, 70, 75, 80):
        case = shop.cases.record_complaint(person, complaint_input(
            received_at=NOW - timedelta(days=days_ago)))
        shop.db.execute("UPDATE complaints SET cause = 'waiting', status = 'recovered', "
                        "closed_at = received_at WHERE id = ?", [case.id])
    shown = page(qtbot, shop)
    kinds = [w.kind.value for w in shown.warnings]
    shown.table.selectRow(kinds.index("cause_recurring"))
    form = shown.improvements
    assert form.cause.currentData() == "waiting"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Say what will change" in form.error.text()
    type_text(qtbot, form.change, "叫号系统 queue numbers")
    type_text(qtbot, form.owner, "王强")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cause_recurring" not in [w.kind.value for w in shown.warnings])
    (action,) = shop.intelligence.improvement_actions()
    assert (action.title, action.owner, action.causes) == ("叫号系统 queue numbers", "王强",
                                                           ("waiting",))
    form.status.setCurrentIndex(form.status.findData(ImprovementStatus.DONE.value))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert shop.intelligence.improvement_actions()[0].done_on == NOW.date()
