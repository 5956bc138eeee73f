"""A case count a newer search no longer needs can be stopped, before or while it runs, and the
connection it ran on is fine afterwards."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.archive.cases import CountTicket
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input, customer_input

REFUND = CaseFilter(text="退款")


def _shop(archive, cases: int = 300):
    with archive.transaction():
        customer = archive.customers.add_customer(customer_input()).id
        for n in range(cases):
            archive.cases.record_complaint(customer, complaint_input(
                received_at=datetime(2026, 11, 2) - timedelta(minutes=n),
                description=f"第{n}单要求退款。"))
    return archive


def test_a_count_nobody_stopped_gives_the_number(archive):
    shop = _shop(archive)
    assert shop.cases.count_cases_unless(REFUND, CountTicket()) == 300


def test_a_count_stopped_before_it_starts_gives_nothing(archive):
    shop = _shop(archive, 5)
    ticket = CountTicket()
    ticket.cancel()
    assert shop.cases.count_cases_unless(REFUND, ticket) is None


def test_a_count_stopped_while_it_runs_gives_nothing_and_the_connection_still_counts(archive):
    shop = _shop(archive)
    ticket = CountTicket()
    steps = []

    def stop_midway():
        steps.append(1)
        if len(steps) == 3:
            ticket.cancel()  # what the GUI thread does when a newer search starts

    shop.db.conn.set_progress_handler(stop_midway, 100)
    try:
        assert shop.cases.count_cases_unless(REFUND, ticket) is None
    finally:
        shop.db.conn.set_progress_handler(None, 0)
    assert len(steps) >= 3
    assert shop.cases.count_cases(REFUND) == 300
