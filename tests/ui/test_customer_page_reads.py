"""A customer's page shows their card at once and their complaints when a worker has read them,
on a connection of its own, so a customer with thousands of complaints never freezes the window."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

import desktop_app.ui.customer_page as customer_page
from desktop_app.ui.customer_page import CustomerPage
from desktop_app.ui.remedies_panel import ID_ROLE
from desktop_app.ui.workers import jobs_running
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import double_click

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def two(archive):
    """Wang with three complaints (the newest a week ago), Zhou with one."""
    wang = archive.cases.record_complaint(customer_input(), complaint_input(
        received_at=NOW - timedelta(days=30), product="Cheesecake")).customer_id
    archive.cases.record_complaint(wang, complaint_input(received_at=NOW - timedelta(days=20),
                                                         product="Tart"))
    newest = archive.cases.record_complaint(wang, complaint_input(
        received_at=NOW - timedelta(days=7), product="Éclair"))
    zhou = archive.cases.record_complaint(
        customer_input(name="Zhou Ming", phone="139 2222 3333", email=""),
        complaint_input(product="Baguette"))
    return {"wang": wang, "newest": newest, "zhou": zhou.customer_id, "zhou_case": zhou}


@pytest.fixture
def page(qtbot, archive):
    shown = CustomerPage(archive, lambda: None)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def column(page, col: int) -> list[str]:
    model = page.complaints_model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_the_page_shows_the_card_at_once_and_the_complaints_when_the_worker_answers(
        qtbot, page, two):
    page.show_customer(two["wang"])
    assert page.title.text() == "王小明" and page.phone.text() == "138 0013 8000"
    qtbot.waitUntil(lambda: not page.reading)
    assert column(page, 2) == ["Éclair", "Tart", "Cheesecake"]  # newest first
    first = page.complaints_model.index(0, 0)
    assert first.data() == two["newest"].ref
    assert first.data(Qt.ItemDataRole.ToolTipRole) == two["newest"].ref
    assert first.data(ID_ROLE) == two["newest"].id
    assert "3" in page.summary.text()


def test_a_newer_customers_answer_wins_over_an_older_one(qtbot, monkeypatch, page, two):
    release = threading.Event()
    real = customer_page.read_page_at

    def slow_for_wang(path, clock, customer_id):
        if customer_id == two["wang"]:
            release.wait(10)  # Wang's read ends only after Zhou's page is shown
        return real(path, clock, customer_id)

    monkeypatch.setattr(customer_page, "read_page_at", slow_for_wang)
    page.show_customer(two["wang"])
    page.show_customer(two["zhou"])
    qtbot.waitUntil(lambda: column(page, 2) == ["Baguette"])
    release.set()
    qtbot.waitUntil(lambda: jobs_running() == 0)  # Wang's answer was delivered, and dropped
    qtbot.wait(20)
    assert column(page, 2) == ["Baguette"] and page.title.text() == "Zhou Ming"


def test_another_customers_complaints_never_show_while_theirs_are_read(qtbot, page, two):
    page.show_customer(two["wang"])
    qtbot.waitUntil(lambda: not page.reading)
    page.show_customer(two["zhou"])
    assert page.complaints_model.rowCount() == 0  # not Wang's, until Zhou's come
    qtbot.waitUntil(lambda: column(page, 2) == ["Baguette"])


def test_opening_a_case_from_the_customers_complaints_still_works(qtbot, archive, settings,
                                                                   two):
    window = show_main_window(qtbot, archive, settings)
    window.recovery.show_customer(two["wang"])
    detail = window.recovery.customers.detail
    qtbot.waitUntil(lambda: detail.complaints_model.rowCount() == 3)
    with qtbot.waitSignal(detail.open_case_requested) as opened:
        double_click(qtbot, detail.complaints, detail.complaints_model.index(0, 1))
    assert opened.args == [two["newest"].id]
    qtbot.waitUntil(lambda: two["newest"].id in window.recovery.case_windows)
    detail.complaints.setCurrentIndex(detail.complaints_model.index(2, 0))
    with qtbot.waitSignal(detail.open_case_requested) as opened:  # Enter opens it too
        qtbot.keyClick(detail.complaints, Qt.Key.Key_Return)
    assert opened.args[0] != two["newest"].id


def test_a_customer_with_2000_complaints_is_read_on_a_worker_and_filled_lazily(
        qtbot, monkeypatch, archive, page):
    customer = archive.cases.record_complaint(customer_input(), complaint_input()).customer_id
    with archive.transaction():  # one commit for all: the fixture, not the behaviour
        for day in range(1999):
            archive.cases.record_complaint(customer, complaint_input(
                received_at=NOW - timedelta(hours=day)))
    threads = []
    real = customer_page.read_page_at

    def watched(path, clock, customer_id):
        threads.append(threading.current_thread())
        return real(path, clock, customer_id)

    def not_here(_customer_id):
        raise AssertionError("the history was read on the GUI thread's connection")

    monkeypatch.setattr(customer_page, "read_page_at", watched)
    monkeypatch.setattr(archive.customers, "customer_history", not_here)
    page.show_customer(customer)
    qtbot.waitUntil(lambda: page.complaints_model.rowCount() == 2000, timeout=20_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    qtbot.wait(50)  # shown and painted
    # Qt asked for the rows it shows and a sample to size the columns, never for all 2,000.
    assert 0 < len(page.complaints_model._texts) < 200
