"""The archive keeps complaints and customers safely and finds them again."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.schema import LATEST_VERSION
from desktop_app.domain.queries import CaseFilter
from desktop_app.domain.validate import ValidationError
from tests.conftest import complaint_input, customer_input


def test_a_fresh_archive_reaches_the_latest_schema_version(archive):
    assert archive.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert archive.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_opening_an_archive_twice_changes_nothing(archive_path):
    first = Archive.open(archive_path)
    first.cases.record_complaint(customer_input(), complaint_input())
    tables = first.db.table_names()
    first.close()
    again = Archive.open(archive_path)
    assert again.db.table_names() == tables
    assert again.cases.count_cases(CaseFilter()) == 1
    again.close()


def test_references_are_sequential_per_year(archive):
    first = archive.cases.record_complaint(customer_input(), complaint_input())
    second = archive.cases.record_complaint(first.customer_id, complaint_input())
    next_year = archive.cases.record_complaint(
        first.customer_id, complaint_input(received_at=datetime(2025, 3, 1, 9, 0))
    )
    assert (first.ref, second.ref, next_year.ref) == ("2026-0001", "2026-0002", "2025-0001")


def test_invalid_input_writes_nothing(archive):
    with pytest.raises(ValidationError) as raised:
        archive.cases.record_complaint(customer_input(name=""), complaint_input(description=" "))
    assert {e.field for e in raised.value.errors} == {"name", "description"}
    assert archive.db["customers"].count == 0
    assert archive.db["complaints"].count == 0


def test_text_is_saved_exactly_as_typed(archive):
    hostile = "<b>&amp; 退款 😡 \"quoted\" 'single' %_ \\" + "长" * 20_000
    saved = archive.cases.record_complaint(
        customer_input(name="<b>Zoë & Co</b> 🍰"), complaint_input(description=hostile)
    )
    assert archive.cases.complaint(saved.id).description == hostile
    assert archive.customers.customer(saved.customer_id).name == "<b>Zoë & Co</b> 🍰"


@pytest.mark.parametrize("term", ["退款", "款", "两周还", "王小明", "0013", "2026-0001", "stale"])
def test_search_finds_short_chinese_words_names_phones_and_refs(archive, term):
    archive.cases.record_complaint(
        customer_input(), complaint_input(description="退款太慢了，等了两周还没有收到 stale")
    )
    archive.cases.record_complaint(
        customer_input(name="Other", phone="555 1234"), complaint_input(description="nothing")
    )
    assert [row.ref for row in archive.cases.list_cases(CaseFilter(text=term))] == ["2026-0001"]


@pytest.mark.parametrize("term", ['"', "'", "%", "_", "AND OR NOT", "a*", "(", "\\"])
def test_search_punctuation_never_raises(archive, term):
    archive.cases.record_complaint(customer_input(), complaint_input())
    archive.cases.list_cases(CaseFilter(text=term))


def test_customer_history_lists_earlier_complaints_newest_first(archive):
    first = archive.cases.record_complaint(customer_input(), complaint_input())
    archive.cases.record_complaint(
        first.customer_id, complaint_input(received_at=datetime(2026, 11, 5, 9, 0))
    )
    history = archive.customers.customer_history(first.customer_id)
    assert [h.ref for h in history] == ["2026-0002", "2026-0001"]


def test_a_known_phone_in_another_format_finds_the_customer(archive):
    saved = archive.cases.record_complaint(customer_input(phone="138-0013-8000"), complaint_input())
    assert (
        archive.customers.customer_by_phone("+ 138 0013 8000".replace("+ ", "")).id
        == saved.customer_id
    )
    assert [m.id for m in archive.customers.find_customers("13800138")] == [saved.customer_id]


def test_editing_a_customer_records_old_and_new_values(archive):
    saved = archive.cases.record_complaint(customer_input(), complaint_input())
    archive.customers.update_customer(
        saved.customer_id, customer_input(phone="139 0000 1111"), staff_id=None
    )
    events = list(archive.db.query(
        "SELECT field, old, new FROM events WHERE entity = 'customer' AND action = 'changed'"))
    assert events == [{"field": "phone", "old": "138 0013 8000", "new": "139 0000 1111"}]
