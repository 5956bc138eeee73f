"""The demo café shows every part of the recovery: each stage, remedies, follow-ups, lessons."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from desktop_app.archive import Archive
from desktop_app.demo import fill_demo_shop
from desktop_app.domain.model import Status
from desktop_app.domain.queries import CaseFilter
from desktop_app.domain.recovery import FollowUpBucket

NOW = datetime(2026, 11, 23, 9, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    archive = Archive.open(tmp_path_factory.mktemp("demo") / "amends.db", clock=lambda: NOW)
    summary = fill_demo_shop(archive)
    yield archive, summary
    archive.close()


def rows(archive, sql):
    return [tuple(r) for r in archive.db.execute(sql).fetchall()]


def test_the_demo_shop_has_four_staff_300_customers_and_1500_complaints(demo):
    archive, summary = demo
    assert summary == "4 staff, 300 customers, 1500 complaints"
    assert len(archive.staff()) == 4
    assert archive.cases.count_cases(CaseFilter()) == 1500
    assert archive.now() == NOW  # the demo gives the archive its own clock back


@pytest.mark.parametrize("status", list(Status))
def test_the_demo_has_cases_at_every_stage(demo, status):
    assert demo[0].cases.count_cases(CaseFilter(status=status)) > 0


def test_references_follow_the_order_complaints_came_in(demo):
    out_of_order = rows(demo[0], """SELECT a.ref FROM complaints a JOIN complaints b
        ON a.year = b.year AND b.seq = a.seq + 1 WHERE b.received_at < a.received_at""")
    assert out_of_order == []


def test_the_demo_speaks_chinese_and_english(demo):
    texts = [r[0] for r in rows(demo[0], "SELECT description FROM complaints")]
    chinese = sum(bool(re.search(r"[\u4e00-\u9fff]", t)) for t in texts)
    assert 0.5 * len(texts) < chinese < 0.9 * len(texts)
    assert len(set(texts)) > 100


def test_follow_ups_are_overdue_due_today_and_upcoming(demo):
    archive = demo[0]
    buckets = {r.bucket for r in archive.follow_ups.due_follow_ups(NOW.date())}
    assert buckets == set(FollowUpBucket)
    assert 0 < archive.follow_ups.count_due_follow_ups(NOW.date()) < 40


def test_most_customers_are_satisfied_after_recovery_but_not_all(demo):
    scores = [r[0] for r in rows(demo[0], "SELECT satisfaction FROM follow_ups"
                                          " WHERE satisfaction IS NOT NULL")]
    assert sum(s >= 4 for s in scores) / len(scores) > 0.75
    assert min(scores) == 1


def test_remedies_carry_amounts_and_costs_and_closed_cases_their_checklist(demo):
    archive = demo[0]
    [(money, cost)] = rows(archive, "SELECT SUM(amount_cents), SUM(cost_cents) FROM remedies")
    assert money > 0 and 0 < cost < money * 1.2
    assert {r[0] for r in rows(archive, "SELECT step FROM checklist")} == {
        "apology", "urgent_fix", "empathy", "compensation", "follow_up"}


def test_unrecovered_cases_say_what_the_customer_was_told_and_reopens_say_why(demo):
    archive = demo[0]
    assert rows(archive, "SELECT COUNT(*) FROM complaints WHERE status = 'not_recovered'"
                         " AND not_accepted_options = ''") == [(0,)]
    reopened = rows(archive, "SELECT id FROM complaints WHERE reopen_count > 0")
    assert len(reopened) >= 5
    entries = archive.recovery.timeline(reopened[0][0])
    assert any(e.summary == "Case reopened" and e.detail for e in entries)
    assert all(e.staff_name for e in entries)


def test_root_causes_and_improvements_are_recorded_for_some_causes(demo):
    causes = rows(demo[0], "SELECT DISTINCT cause FROM complaints WHERE improvement != ''")
    assert 3 <= len(causes) <= 8


def test_one_customer_was_entered_twice_and_one_case_deleted(demo):
    archive = demo[0]
    twins = rows(archive, """SELECT phone_digits FROM customers GROUP BY phone_digits
                             HAVING COUNT(*) > 1""")
    assert len(twins) == 1
    [(deleted,)] = rows(archive, "SELECT id FROM complaints WHERE deleted_at IS NOT NULL")
    assert archive.recovery.timeline(deleted)[-1].summary == "Case deleted"


def test_the_customer_archive_flags_repeat_and_unrecovered_customers(demo):
    archive = demo[0]
    flagged = archive.profiles.customer_summaries(flagged_only=True, limit=1000)
    assert any(c.unrecovered for c in flagged) and any(c.repeat for c in flagged)
    assert archive.profiles.count_customers(flagged_only=True) < archive.profiles.count_customers()


def test_the_same_seed_writes_the_same_shop(tmp_path):
    made = []
    for name in ("a", "b"):
        archive = Archive.open(tmp_path / name / "amends.db", clock=lambda: NOW)
        fill_demo_shop(archive, seed=7, customers=20, complaints=60)
        made.append(rows(archive, "SELECT ref, received_at, description, status FROM complaints"))
        archive.close()
    assert made[0] == made[1] and len(made[0]) == 61
