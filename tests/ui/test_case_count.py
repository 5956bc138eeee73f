"""The case list's count comes from a worker: the first page shows at once, the label says it is
counting and then gives the true number, never an older search's; hidden lists reload when shown."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from desktop_app.app import create_main_window
from desktop_app.domain.model import FollowUpMethod
from desktop_app.ui import case_count
from desktop_app.ui.cases import COL_REF, PAGE_SIZE
from desktop_app.ui.followups import COL_REF as FOLLOW_UP_REF
from desktop_app.ui.workers import jobs_running, run_job
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.test_intake import fill_complaint, save

NOW = datetime.now().replace(microsecond=0)
REFUNDS, CREAM = PAGE_SIZE + 60, PAGE_SIZE + 30  # both fill the first page


@pytest.fixture
def busy_shop(archive):
    """260 cases asking for a 退款 and 230 about 奶油, so either term fills a page."""
    with archive.transaction():
        customer = archive.customers.add_customer(customer_input()).id
        for n in range(REFUNDS + CREAM):
            text = "蛋糕坏了，要求退款。" if n < REFUNDS else "奶油有酸味。"
            archive.cases.record_complaint(customer, complaint_input(
                received_at=NOW - timedelta(minutes=n), description=text))
    return archive


class Gate:
    """Holds the worker's count of one term until `release()`: after counting it (`late`: the
    answer arrives once a newer search has been shown) or before (the count still to run)."""

    def __init__(self, monkeypatch, term: str, late: bool):
        self.term, self.late = term, late
        self.opened, self.returned = threading.Event(), threading.Event()
        self._real = case_count._count
        monkeypatch.setattr(case_count, "_count", self)

    def __call__(self, path, clock, query, ticket, answer):
        if query.text != self.term:
            return self._real(path, clock, query, ticket, answer)
        if not self.late:
            self.opened.wait(10)
            total = self._real(path, clock, query, ticket, answer)
        else:  # counted, but nobody is told until the gate opens
            total = self._real(path, clock, query, ticket, case_count._Answer())
            self.opened.wait(10)
        self.returned.set()
        return total

    def release(self) -> None:
        self.opened.set()


def search(qtbot, window, text: str) -> None:
    filters = window.cases.filters
    filters.search.setText(text)
    filters.flush()  # as Enter does: no waiting for the typing pause
    qtbot.waitUntil(lambda: window.cases.model.query.text == text)


def count_text(window) -> str:
    return window.cases.filters.count.text()


def test_a_common_term_shows_its_first_page_at_once_then_the_true_count(
        qtbot, busy_shop, settings, monkeypatch):
    gate = Gate(monkeypatch, "退款", late=False)
    window = show_main_window(qtbot, busy_shop, settings)
    try:
        search(qtbot, window, "退款")
        model = window.cases.model
        assert model.rowCount() == PAGE_SIZE and model.total is None and model.counting
        assert count_text(window) == "At least 200 cases, counting…"
    finally:
        gate.release()
    qtbot.waitUntil(lambda: count_text(window) == f"{REFUNDS} cases")
    assert model.total == REFUNDS and not model.counting


def test_an_older_search_s_count_arriving_late_does_not_replace_the_newer_one(
        qtbot, busy_shop, settings, monkeypatch):
    gate = Gate(monkeypatch, "退款", late=True)
    window = show_main_window(qtbot, busy_shop, settings)
    try:
        search(qtbot, window, "退款")
        assert count_text(window) == "At least 200 cases, counting…"
        search(qtbot, window, "奶油")
        qtbot.waitUntil(lambda: count_text(window) == f"{CREAM} cases")
    finally:
        gate.release()
    qtbot.waitUntil(gate.returned.is_set)
    qtbot.waitUntil(lambda: jobs_running() == 0)  # the late answer has been handed over
    refs = {window.cases.model.index(r, COL_REF).data() for r in range(PAGE_SIZE)}
    assert count_text(window) == f"{CREAM} cases" and window.cases.model.total == CREAM
    assert refs == {c.ref for c in busy_shop.cases.list_cases(window.cases.model.query)}


def test_a_count_does_not_wait_for_a_long_archive_job(qtbot, busy_shop, settings):
    window = show_main_window(qtbot, busy_shop, settings)
    held = threading.Event()
    for _ in range(2):  # as a backup and a restore check would: the whole background pool
        run_job(lambda _report: held.wait(10))
    try:
        search(qtbot, window, "奶油")
        qtbot.waitUntil(lambda: count_text(window) == f"{CREAM} cases")
    finally:
        held.set()
    qtbot.waitUntil(lambda: jobs_running() == 0)


def test_scrolling_to_the_end_while_counting_gives_the_number_at_once(
        qtbot, busy_shop, settings, monkeypatch):
    gate = Gate(monkeypatch, "退款", late=False)
    window = show_main_window(qtbot, busy_shop, settings)
    try:
        search(qtbot, window, "退款")
        assert window.cases.model.counting
        window.cases.table.scrollToBottom()
        qtbot.waitUntil(lambda: window.cases.model.rowCount() == REFUNDS)
        assert count_text(window) == f"{REFUNDS} cases"
        assert not window.cases.model.canFetchMore()
    finally:
        gate.release()
    qtbot.waitUntil(lambda: jobs_running() == 0)
    assert count_text(window) == f"{REFUNDS} cases"


def test_a_case_list_hidden_behind_the_form_shows_the_new_case_when_shown(
        qtbot, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    assert window.first_run_hint.isVisible()
    window.new_action.trigger()
    intake = window.intake
    intake.customer.name.setText("Olivia Brown")
    intake.customer.phone.setText("0151 234567")
    fill_complaint(qtbot, intake.complaint)
    save(qtbot, intake)
    [saved] = archive.cases.list_cases(window.cases.model.query)
    assert window.cases.model.rowCount() == 0  # hidden: nothing reloaded for the form's save
    window.show_page("cases")
    assert [window.cases.model.index(0, COL_REF).data()] == [saved.ref]
    assert count_text(window) == "1 case" and not window.first_run_hint.isVisible()


def test_a_busy_case_list_hidden_behind_the_form_has_its_count_ready_when_shown(
        qtbot, busy_shop, settings, monkeypatch):
    window = show_main_window(qtbot, busy_shop, settings)
    assert count_text(window) == f"{REFUNDS + CREAM} cases"
    window.new_action.trigger()
    intake = window.intake
    intake.customer.name.setText("Olivia Brown")
    intake.customer.phone.setText("0151 234567")
    fill_complaint(qtbot, intake.complaint)
    with qtbot.waitSignal(window.cases.model.counter.counted):  # on a worker, the form shown
        save(qtbot, intake)
    gate = Gate(monkeypatch, "", late=False)  # a new count now would still be running
    try:
        window.show_page("cases")
        assert count_text(window) == f"{REFUNDS + CREAM + 1} cases"
        assert not window.cases.model.counting
    finally:
        gate.release()


def test_a_count_of_the_archive_before_a_save_is_not_kept_for_the_list_shown_after_it(
        qtbot, busy_shop, settings, monkeypatch):
    gate = Gate(monkeypatch, "退款", late=True)
    window = show_main_window(qtbot, busy_shop, settings)
    try:
        search(qtbot, window, "退款")
        assert count_text(window) == "At least 200 cases, counting…"
        window.new_action.trigger()
        intake = window.intake
        intake.customer.name.setText("Olivia Brown")
        intake.customer.phone.setText("0151 234567")
        fill_complaint(qtbot, intake.complaint, description="蛋糕坏了，要求退款。")
        save(qtbot, intake)
    finally:
        gate.release()  # the count from before the save answers now, too late
    qtbot.waitUntil(lambda: jobs_running() == 0)
    window.show_page("cases")
    qtbot.waitUntil(lambda: not window.cases.model.counting)
    assert count_text(window) == f"{REFUNDS + 1} cases"


def test_a_hidden_follow_ups_page_shows_a_new_call_when_shown_again(qtbot, archive, settings):
    first = archive.cases.record_complaint(customer_input(), complaint_input(
        received_at=NOW - timedelta(days=2)))
    archive.follow_ups.schedule_follow_up(first.id, NOW.date(), FollowUpMethod.PHONE, None)
    window = show_main_window(qtbot, archive, settings)
    window.show_page("followups")
    page = window.recovery.follow_ups
    assert [page.model.index(r, FOLLOW_UP_REF).data() for r in range(page.model.rowCount())] \
        == [first.ref]
    window.show_page("intake")
    second = archive.cases.record_complaint(
        customer_input(name="Liam Walker", phone="020 7946 0000"),
        complaint_input(received_at=NOW - timedelta(days=1)))
    archive.follow_ups.schedule_follow_up(
        second.id, NOW.date() - timedelta(days=1), FollowUpMethod.PHONE, None)
    window.archive_changed.emit()  # what every save does
    assert page.model.rowCount() == 1  # hidden: not reloaded for the save
    window.show_page("followups")
    shown = [page.model.index(r, FOLLOW_UP_REF).data() for r in range(page.model.rowCount())]
    assert shown == [second.ref, first.ref]  # the overdue call first
    assert page.summary.text() == "1 overdue · 1 today · 0 in the next 7 days"


def test_the_first_count_runs_while_the_window_is_built_and_is_shown_with_it(
        qtbot, busy_shop, settings, monkeypatch):
    gate = Gate(monkeypatch, "", late=False)  # the start-up list: no search text
    window = create_main_window(busy_shop, settings)
    qtbot.addWidget(window)
    model = window.cases.model
    assert model.counting and count_text(window) == "At least 200 cases, counting…"
    model.counter.wait_ms = 10_000  # the glance at the first showing waits for the worker here
    gate.release()
    window.show()  # no turn of the event loop: the number is there before the first paint
    assert count_text(window) == f"{REFUNDS + CREAM} cases" and not model.counting
    qtbot.waitUntil(lambda: jobs_running() == 0)
    assert count_text(window) == f"{REFUNDS + CREAM} cases"


def test_a_window_built_but_not_shown_yet_gets_its_first_count_all_the_same(
        qtbot, busy_shop, settings):
    window = create_main_window(busy_shop, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: count_text(window) == f"{REFUNDS + CREAM} cases")
    window.show()
    assert count_text(window) == f"{REFUNDS + CREAM} cases"
