"""A customer's earlier complaints come from a worker's connection of its own (the busiest
customers have thousands), the newest question's answer is the one shown, and a card's reference
opens that case, at intake and from a case window's other complaints."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt

import desktop_app.ui.history as history_module
from desktop_app.ui.workers import jobs_running
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window


@pytest.fixture
def two(archive):
    """Wang with two complaints, Zhou with one."""
    first = archive.cases.record_complaint(customer_input(), complaint_input(product="Tart"))
    second = archive.cases.record_complaint(first.customer_id, complaint_input(product="Éclair"))
    zhou = archive.cases.record_complaint(
        customer_input(name="Zhou Ming", phone="139 2222 3333", email=""),
        complaint_input(product="Baguette"))
    return {"wang": first.customer_id, "first": first, "second": second, "zhou": zhou}


def click_ref(qtbot, panel, ref: str) -> None:
    """Click the case reference where the history shows it, as the clerk would."""
    browser = panel.browser
    cursor = browser.document().find(ref)
    assert not cursor.isNull(), f"{ref} is not shown"
    cursor.setPosition(cursor.selectionStart() + 1)
    point: QPoint = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_history_is_read_on_a_worker_not_on_the_windows_connection(
        qtbot, monkeypatch, archive, settings, two):
    window = show_main_window(qtbot, archive, settings)
    intake = window.intake

    def not_here(_customer_id):
        raise AssertionError("the history was read on the GUI thread")

    monkeypatch.setattr(archive.customers, "customer_history", not_here)
    intake.customer.choose(two["wang"])
    qtbot.waitUntil(lambda: not intake.history.reading)
    history = intake.history
    assert history.headline.text().startswith("2 earlier complaints")
    assert [c.complaint_id for c in history.cards] == [two["second"].id, two["first"].id]
    assert "Éclair" in history.browser.toPlainText() and "Tart" in history.browser.toPlainText()
    qtbot.waitUntil(lambda: "earlier complaints: 2" in window.statusBar().currentMessage())


def test_a_newer_customers_history_wins_over_an_older_answer(
        qtbot, monkeypatch, archive, settings, two):
    window = show_main_window(qtbot, archive, settings)
    history = window.intake.history
    release = threading.Event()
    real = history_module.read_history_at

    def slow_for_wang(path, clock, customer_id, exclude):
        if customer_id == two["wang"]:
            release.wait(10)  # Wang's read ends only after Zhou's history is shown
        return real(path, clock, customer_id, exclude)

    monkeypatch.setattr(history_module, "read_history_at", slow_for_wang)
    history.show_customer(two["wang"])
    history.show_customer(two["zhou"].customer_id)
    qtbot.waitUntil(lambda: [c.complaint_id for c in history.cards] == [two["zhou"].id])
    release.set()
    qtbot.waitUntil(lambda: jobs_running() == 0)  # Wang's answer was delivered, and dropped
    qtbot.wait(20)
    assert [c.complaint_id for c in history.cards] == [two["zhou"].id]
    assert "Baguette" in history.browser.toPlainText() and "Tart" not in (
        history.browser.toPlainText())


def test_a_read_only_archive_is_read_directly(qtbot, monkeypatch, archive, settings, two):
    window = show_main_window(qtbot, archive, settings)
    history = window.intake.history
    monkeypatch.setattr(archive, "read_only", True)
    history.show_customer(two["wang"])
    assert not history.reading and len(history.cards) == 2  # no second connection: read here


def test_a_past_case_opens_from_the_intake_history(qtbot, archive, settings, two):
    window = show_main_window(qtbot, archive, settings)
    window.new_action.trigger()
    intake = window.intake
    intake.customer.choose(two["wang"])
    qtbot.waitUntil(lambda: len(intake.history.cards) == 2)
    click_ref(qtbot, intake.history, two["first"].ref)
    qtbot.waitUntil(lambda: two["first"].id in window.recovery.case_windows)


def test_a_case_window_lists_the_other_cases_and_opens_one(qtbot, archive, settings, two):
    window = show_main_window(qtbot, archive, settings)
    window.open_case(two["second"].id)
    view = window.recovery.case_windows[two["second"].id]
    qtbot.waitUntil(lambda: not view.side.history.reading)
    assert [c.complaint_id for c in view.side.history.cards] == [two["first"].id]  # not itself
    click_ref(qtbot, view.side.history, two["first"].ref)
    qtbot.waitUntil(lambda: two["first"].id in window.recovery.case_windows)
    other = window.recovery.case_windows[two["first"].id]
    qtbot.waitUntil(lambda: [c.complaint_id for c in other.side.history.cards]
                    == [two["second"].id])
    for shown in (other, view):
        shown.close()
