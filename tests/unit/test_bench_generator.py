"""The benchmark generator writes a believable archive the app reads back (small size here)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from bench.generate import Params, ensure_archive
from desktop_app.archive import Archive, schema
from desktop_app.domain.model import Cause, RecoveryStep, Status
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input, customer_input

SMALL = Params(complaints=500, customers=150, years=1, seed=3)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench")
    path = ensure_archive(folder, SMALL, quiet=True)
    archive = Archive.open(path)
    yield archive
    archive.close()


def _counts(archive, sql):
    return dict(archive.db.execute(sql).fetchall())


def test_the_generated_archive_holds_the_asked_numbers_of_complaints_and_customers(generated):
    assert generated.cases.count_cases(CaseFilter()) == 500
    assert generated.db["customers"].count == 150
    assert len(generated.cases.list_cases(CaseFilter(), 0, 1000)) == 500


def test_every_status_and_every_cause_occurs(generated):
    statuses = _counts(generated, "SELECT status, COUNT(*) FROM complaints GROUP BY status")
    causes = _counts(generated, "SELECT cause, COUNT(*) FROM complaints GROUP BY cause")
    assert set(statuses) == {s.value for s in Status}
    assert {c.value for c in Cause} <= set(causes)


def test_older_cases_are_mostly_closed_and_recent_ones_spread_over_the_workflow(generated):
    rows = generated.cases.list_cases(CaseFilter(), 0, 1000)
    older, recent = rows[100:], rows[:20]
    assert sum(r.status.is_closed for r in older) / len(older) > 0.9
    assert len({r.status for r in recent}) >= 3


def test_cases_carry_remedies_follow_ups_ticks_and_their_audit_events(generated):
    follow_ups = generated.db.execute(
        "SELECT SUM(done_at IS NOT NULL AND satisfaction IS NOT NULL), SUM(done_at IS NULL)"
        " FROM follow_ups").fetchone()
    steps = _counts(generated, "SELECT step, COUNT(*) FROM checklist GROUP BY step")
    actions = _counts(generated, "SELECT entity || ':' || action, COUNT(*) FROM events GROUP BY 1")
    assert generated.db["remedies"].count > 300
    assert follow_ups[0] > 300 and follow_ups[1] > 0
    assert set(steps) == {s.value for s in RecoveryStep}
    assert actions["complaint:created"] == 500
    assert {"complaint:moved", "remedy:created", "follow_up:done",
            "checklist:ticked"} <= set(actions)


def test_search_finds_generated_chinese_and_english_text(generated):
    assert generated.cases.count_cases(CaseFilter(text="退款")) > 0
    assert generated.cases.count_cases(CaseFilter(text="refund")) > 0


def test_a_second_run_with_the_same_parameters_reuses_the_archive(generated):
    before = generated.path.stat().st_ino
    assert ensure_archive(generated.path.parent, SMALL, quiet=True) == generated.path
    assert generated.path.stat().st_ino == before


def test_paging_through_the_case_list_returns_every_live_case_once_newest_first(generated):
    deleted = generated.cases.list_cases(CaseFilter(), 0, 1)[0]
    generated.recovery.delete_case(deleted.id, None, "entered twice")
    pages = [generated.cases.list_cases(CaseFilter(), offset, 60) for offset in range(0, 500, 60)]
    rows = [row for page in pages for row in page]
    assert (
        len(rows) == len({r.id for r in rows}) == 499 == generated.cases.count_cases(CaseFilter())
    )
    assert deleted.id not in {r.id for r in rows}
    assert [r.received_at for r in rows] == sorted((r.received_at for r in rows), reverse=True)
    generated.recovery.restore_case(deleted.id, None)


def test_an_archive_from_before_the_case_list_index_gains_it_when_opened(tmp_path):
    path = tmp_path / "v1.db"
    old = Database(sqlite3.connect(path))
    schema.MIGRATIONS[0](old)
    old.execute("PRAGMA user_version = 1")
    old.close()
    archive = Archive.open(path)
    indexes = {row[0] for row in archive.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'complaints'")}
    assert "complaints_live_received" in indexes
    assert archive.db.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
    archive.close()


@pytest.mark.parametrize(
    "term", ["退款", "态度", "款。", "。希", "拿铁", "火锅", "FL", "01", "李娜"])
def test_two_character_search_finds_exactly_what_a_like_scan_finds(generated, term):
    # Every searched column: the complaint's ref, product, order no., description and root
    # cause, and its customer's name, phone and e-mail.
    columns = ("k.ref", "k.product", "k.order_no", "k.description", "k.root_cause", "c.name",
               "c.phone", "c.phone_digits", "c.email")
    expected = {row[0] for row in generated.db.execute(
        "SELECT k.id FROM complaints k JOIN customers c ON c.id = k.customer_id"
        " WHERE k.deleted_at IS NULL AND (" + " OR ".join(f"{c} LIKE :p" for c in columns) + ")",
        {"p": f"%{term}%"})}
    found = {row.id for row in generated.cases.list_cases(CaseFilter(text=term), 0, 1000)}
    assert found == expected
    assert generated.cases.count_cases(CaseFilter(text=term)) == len(expected)


def test_a_two_character_word_at_the_very_end_of_a_text_is_found(archive):
    archive.cases.record_complaint(customer_input(),
                             complaint_input(description="要求退款", product="拿铁"))
    archive.cases.record_complaint(
        customer_input(name="Other"), complaint_input(description="nothing")
    )
    assert [r.ref for r in archive.cases.list_cases(CaseFilter(text="退款"))] == ["2026-0001"]
    assert [r.ref for r in archive.cases.list_cases(CaseFilter(text="拿铁"))] == ["2026-0001"]
