"""Keyset pages of the case and customer lists add up to the whole list, in its order."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input, customer_input

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    archive = Archive.open(tmp_path_factory.mktemp("paging") / "amends.db", clock=lambda: NOW)
    rng = random.Random(7)
    people = [archive.customers.add_customer(customer_input(name=f"{rng.choice('王李张')}{i % 9}",
                                                  phone=f"139 0000 {i:04d}")).id
              for i in range(60)]
    for i in range(150):
        # Many at the very same minute, so the order's tie-breaks are exercised too.
        received = NOW - timedelta(minutes=rng.randrange(40) * 30)
        archive.cases.record_complaint(rng.choice(people[:45]),
                                 complaint_input(received_at=received, description=f"第{i}次"))
    deleted = archive.cases.list_cases(CaseFilter(), 0, 3)[1]
    archive.recovery.delete_case(deleted.id, None, "entered twice")
    yield archive
    archive.close()


def _pages(fetch, size):
    rows, after = [], None
    while True:
        page = fetch(after, size)
        if not page:
            return rows
        rows += page
        after = page[-1]


@pytest.mark.parametrize("query", [CaseFilter(), CaseFilter(text="第1"), CaseFilter(text="次"),
                                   CaseFilter(text="王")])
def test_keyset_pages_of_the_case_list_are_the_whole_list(shop, query):
    everything = shop.cases.list_cases(query, 0, 10_000)
    paged = _pages(lambda after, n: shop.cases.list_cases(query, 0, n, after=after), 13)
    assert [r.id for r in paged] == [r.id for r in everything]
    assert len(everything) == shop.cases.count_cases(query) > 0


@pytest.mark.parametrize("order", ["name", "last_complaint"])
@pytest.mark.parametrize("search,flagged", [("", False), ("王", False), ("", True)])
def test_keyset_pages_of_the_customer_list_are_the_whole_list(shop, order, search, flagged):
    everything = shop.profiles.customer_summaries(search, 0, 10_000, flagged, order)
    paged = _pages(lambda after, n: shop.profiles.customer_summaries(search, 0, n, flagged, order,
                                                            after=after), 7)
    assert [c.id for c in paged] == [c.id for c in everything]
    assert len(everything) == shop.profiles.count_customers(search, flagged) > 0


def test_customers_by_last_complaint_put_the_latest_first_and_the_silent_last(shop):
    rows = shop.profiles.customer_summaries("", 0, 10_000, False, "last_complaint")
    keys = [(c.last_complaint_at or datetime.min, c.id) for c in rows]
    assert keys == sorted(keys, reverse=True)
    assert rows[-1].last_complaint_at is None and rows[0].last_complaint_at is not None
    newest = max(r.received_at for r in shop.cases.list_cases(CaseFilter(), 0, 1))
    assert rows[0].last_complaint_at == newest
