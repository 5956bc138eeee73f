"""What the monthly recovery summary and the dashboard read from the archive, in a few set-based
queries (one per table, never one per case), so a month of a 100,000-complaint archive loads fast.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from desktop_app.archive.core import Core, Store
from desktop_app.archive.intelligence import IntelligenceStore
from desktop_app.archive.rows import stored_datetime
from desktop_app.domain.model import Cause, Channel, RemedyKind, Severity, Status
from desktop_app.domain.reporting import (
    CaseFacts,
    FollowUpFact,
    Improvement,
    MonthCount,
    OpenCase,
    OpeningHours,
    Period,
    RemedyFact,
    RepeatComplainer,
    ReportInputs,
    add_months,
)

OPENING_HOURS_SETTING = "opening_hours"
_OPEN = tuple(s.value for s in Status if not s.is_closed)
_OPEN_SQL = "(" + ", ".join(f"'{s}'" for s in _OPEN) + ")"
_IN_PERIOD = "k.deleted_at IS NULL AND k.received_at >= :start AND k.received_at < :end"


def _codes(enum) -> dict:
    """Stored code → member; a dict lookup is ten times faster than calling the enum, which
    matters on a year of a busy shop (tens of thousands of cases, five enums each)."""
    return {member.value: member for member in enum}


_CHANNEL, _SEVERITY, _STATUS = _codes(Channel), _codes(Severity), _codes(Status)
_CAUSE, _KIND = {**_codes(Cause), None: None, "": None}, _codes(RemedyKind)


def _time(text: str | None) -> datetime | None:
    # fromisoformat reads our "YYYY-MM-DD HH:MM:SS" ten times faster than strptime.
    return datetime.fromisoformat(text) if text else None


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _bounds(start: date, end: date) -> dict:
    return {"start": start.isoformat(), "end": end.isoformat()}


class ReportingStore(Store):
    """The set-based reads behind the summary and the dashboard."""

    def __init__(self, core: Core, intelligence: IntelligenceStore) -> None:
        super().__init__(core)
        self._intelligence = intelligence

    def report_inputs(self, period: Period, as_of: datetime | None = None,
                      insights: bool = True, alongside: Callable[[], Any] | None = None
                      ) -> ReportInputs:
        """Everything the summary of `period` is computed from, as the archive stands now;
        without the year's satisfaction insights if not `insights` (the dashboard reads them
        in a job of their own, alongside). Given `alongside` (opens a read-only archive), the
        reads that are mostly SQLite's own work run on a thread of their own with it, while
        this one builds the cases (Python's): SQLite lets go of the GIL as it works."""
        as_of = as_of or self.now()
        previous = period.previous()
        if alongside is None:
            side = self._sql_heavy(period)
        else:
            found: dict = {}
            thread = threading.Thread(target=_read_alongside, args=(alongside, period, found))
            thread.start()
        cases = self.case_facts(period.start, period.end)
        before = self.case_facts(previous.start, previous.end)
        if alongside is not None:
            thread.join()
            if "error" in found:
                raise found["error"]
            side = found["side"]
        return ReportInputs(
            period=period, as_of=as_of, shop=self.shop(), opening_hours=self.opening_hours(),
            cases=cases, previous=before, **side,
            staff_names={r["id"]: r["name"] for r in self.db.query("SELECT id, name FROM staff")},
            insights=self._intelligence.insights(period.end, as_of) if insights else None,
        )

    def _sql_heavy(self, period: Period) -> dict:
        return dict(trend=self.monthly_counts(period.trend_start(), period.end),
                    open_cases=self.open_cases(period.end),
                    repeaters=self.repeat_complainers(period.end),
                    improvements=self.improvements(period.start, period.end))

    def opening_hours(self) -> OpeningHours:
        return OpeningHours.parse(self.setting(OPENING_HOURS_SETTING))

    def case_facts(self, start: date, end: date) -> tuple[CaseFacts, ...]:
        """Complaints received from `start` up to (not including) `end`, with remedies and
        follow-ups: three queries whatever the number of cases."""
        params = _bounds(start, end)
        remedies: dict[int, list[RemedyFact]] = defaultdict(list)
        for cid, kind, amount, cost in self.db.execute(f"""
                SELECT r.complaint_id, r.kind, r.amount_cents, r.cost_cents
                FROM remedies r JOIN complaints k ON k.id = r.complaint_id
                WHERE {_IN_PERIOD} ORDER BY r.id""", params):
            remedies[cid].append(RemedyFact(_KIND[kind], amount, cost))
        follow_ups: dict[int, list[FollowUpFact]] = defaultdict(list)
        for cid, done_at, satisfaction, will_return, accepted in self.db.execute(f"""
                SELECT f.complaint_id, f.done_at, f.satisfaction, f.will_return,
                       f.recovery_accepted
                FROM follow_ups f JOIN complaints k ON k.id = f.complaint_id
                WHERE {_IN_PERIOD} ORDER BY f.id""", params):
            follow_ups[cid].append(FollowUpFact(_time(done_at), satisfaction, _bool(will_return),
                                                _bool(accepted)))
        rows = self.db.execute(f"""
            SELECT k.id, k.ref, k.customer_id, k.received_at, k.channel, k.severity, k.status,
                   k.cause, k.product, k.received_by, k.acknowledged_at, k.first_response_at,
                   k.first_closed_at, k.closed_at, k.reopen_count
            FROM complaints k WHERE {_IN_PERIOD} ORDER BY k.received_at, k.id""", params)
        # Positional, with the look-ups bound locally: a month at 300,000 complaints is 5,000
        # cases, read twice per dashboard refresh (this period and the one before).
        at, remedies_of, follow_ups_of = datetime.fromisoformat, remedies.get, follow_ups.get
        return tuple(
            CaseFacts(
                case_id, ref, customer_id, at(received), _CHANNEL[channel], _SEVERITY[severity],
                _STATUS[status], _CAUSE[cause], product, staff_id,
                at(acknowledged) if acknowledged else None, at(responded) if responded else None,
                at(first_closed) if first_closed else None, at(closed) if closed else None,
                reopen_count,
                tuple(remedies_of(case_id, ())), tuple(follow_ups_of(case_id, ())))
            for (case_id, ref, customer_id, received, channel, severity, status, cause, product,
                 staff_id, acknowledged, responded, first_closed, closed, reopen_count) in rows
        )

    def open_cases(self, received_before: date) -> tuple[OpenCase, ...]:
        """Cases open today that were received before `received_before`, oldest first."""
        rows = self.db.execute(f"""
            SELECT k.id, k.ref, k.received_at, c.name, k.status, k.cause,
                   COALESCE(s.name, ''), k.acknowledged_at
            FROM complaints k
            JOIN customers c ON c.id = k.customer_id
            LEFT JOIN staff s ON s.id = k.received_by
            WHERE k.deleted_at IS NULL AND k.status IN {_OPEN_SQL} AND k.received_at < :end
            ORDER BY k.received_at, k.id""", {"end": received_before.isoformat()})
        return tuple(OpenCase(r[0], r[1], stored_datetime(r[2]), r[3], _STATUS[r[4]], _CAUSE[r[5]],
                              r[6], _time(r[7])) for r in rows)

    def repeat_complainers(self, end: date, months: int = 12) -> tuple[RepeatComplainer, ...]:
        """Customers with two or more complaints in the `months` months before `end`."""
        params = {"start": _months_before(end, months).isoformat(), "end": end.isoformat()}
        # Grouped first, from an index alone (migration 6), then named: a year of a busy shop
        # is tens of thousands of cases but a few thousand repeat complainers.
        rows = self.db.execute(f"""
            SELECT g.customer_id, c.name, g.n, g.last, g.open FROM (
                SELECT k.customer_id, COUNT(*) AS n, MAX(k.received_at) AS last,
                       SUM(k.status IN {_OPEN_SQL}) AS open
                FROM complaints k WHERE {_IN_PERIOD}
                GROUP BY k.customer_id HAVING n >= 2) g
            JOIN customers c ON c.id = g.customer_id
            ORDER BY g.n DESC, g.last DESC, g.customer_id""", params)
        return tuple(RepeatComplainer(r[0], r[1], r[2], stored_datetime(r[3]), r[4]) for r in rows)

    def monthly_counts(self, start: date, end: date) -> tuple[MonthCount, ...]:
        """Complaints received and resolved per calendar month from `start` to `end`; months
        without complaints are there with zeros."""
        found = {m: (n, resolved) for m, n, resolved in self.db.execute(f"""
            SELECT substr(k.received_at, 1, 7) AS m, COUNT(*), SUM(k.first_closed_at IS NOT NULL)
            FROM complaints k WHERE {_IN_PERIOD} GROUP BY m""", _bounds(start, end))}
        months, month = [], date(start.year, start.month, 1)
        while month < end:
            n, resolved = found.get(month.strftime("%Y-%m"), (0, 0))
            months.append(MonthCount(month, n, resolved))
            month = add_months(month, 1)
        return tuple(months)

    def improvements(self, start: date, end: date) -> tuple[Improvement, ...]:
        """Improvements written down during the period (per the audit trail), or recorded on a
        complaint received in it."""
        params = {**_bounds(start, end),
                  "since": add_months(date(start.year, start.month, 1), -12).isoformat()}
        # The period's cases, and the older ones whose improvement was written in the period
        # (found from the period's improvement events, migration 6's index: not by looking for
        # an event of each of a year's cases).
        rows = self.db.execute("""
            SELECT k.id, k.ref, k.cause, k.improvement, k.received_at FROM complaints k
            WHERE k.deleted_at IS NULL AND k.improvement != ''
              AND k.received_at >= :start AND k.received_at < :end
            UNION
            SELECT k.id, k.ref, k.cause, k.improvement, k.received_at FROM complaints k
            WHERE k.id IN (SELECT e.complaint_id FROM events e WHERE e.field = 'improvement'
                           AND e.at >= :start AND e.at < :end)
              AND k.deleted_at IS NULL AND k.improvement != ''
              AND k.received_at >= :since AND k.received_at < :end
            ORDER BY 5, 1""", params)
        return tuple(Improvement(r[0], r[1], Cause.parse(r[2]), r[3]) for r in rows)


def _read_alongside(open_archive: Callable[[], Any], period: Period, found: dict) -> None:
    """`report_inputs`' other thread: a connection of its own (one per thread), closed here."""
    try:
        archive = open_archive()
        try:
            found["side"] = archive.reporting._sql_heavy(period)
        finally:
            archive.close()
    except Exception as error:  # noqa: BLE001 - raised again on the asking thread
        found["error"] = error


def _months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (clamped to the month's last day)."""
    first = add_months(date(day.year, day.month, 1), -months)
    following = add_months(first, 1)
    return date(first.year, first.month, min(day.day, (following - first).days))
