"""Complaint intelligence in the archive: set-based queries feeding the early-warning rules,
dismissals, improvements with their effect, satisfaction drivers and "what worked before".

Held by Archive as `archive.intelligence`.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, datetime, timedelta

from desktop_app.archive.core import Store
from desktop_app.archive.rows import stored_datetime
from desktop_app.archive.sql import insert_row
from desktop_app.domain import early_warnings as ew
from desktop_app.domain.model import Care, Cause, Segment, Status
from desktop_app.domain.reporting import add_months
from desktop_app.domain.satisfaction import (
    Answer,
    Driver,
    Factor,
    ImprovementAction,
    ImprovementStatus,
    Insights,
    SimilarCase,
    ordered,
)

_OPEN_SQL = "(" + ", ".join(f"'{s.value}'" for s in Status if not s.is_closed) + ")"
_STATUS = {s.value: s for s in Status}
_CAUSE = {**{c.value: c for c in Cause}, None: None, "": None}
_SEGMENT = {s.value: s for s in Segment}
_CARE = {c.value: c for c in Care}
_MAX_TERMS = 24  # an OR of more trigrams costs more than it adds to the ranking
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[0-9A-Za-z]{3,}")


_CANDIDATES = """WITH p(id) AS (SELECT value FROM json_each(:picked)),
    cand(id) AS (SELECT DISTINCT customer_id FROM complaints WHERE id IN p)"""
_CASES_SQL = _CANDIDATES + """,
    failed(id, customer_id) AS MATERIALIZED (SELECT id, customer_id FROM complaints
        WHERE status = 'not_recovered' AND closed_at >= :year AND customer_id IN cand),
    picked(id) AS (SELECT id FROM p UNION SELECT id FROM failed
        UNION SELECT (SELECT k.id FROM complaints k WHERE k.customer_id = x.customer_id
            AND k.received_at < x.latest AND k.closed_at < x.latest AND k.deleted_at IS NULL
            ORDER BY k.received_at DESC LIMIT 1)
        FROM (SELECT DISTINCT failed.customer_id, (SELECT MAX(received_at) FROM complaints
              WHERE customer_id = failed.customer_id AND deleted_at IS NULL) AS latest
              FROM failed) x
        UNION SELECT f.complaint_id FROM follow_ups f CROSS JOIN complaints k
        ON k.id = f.complaint_id WHERE f.done_at >= :d90 AND k.customer_id IN cand)
    SELECT c.id, c.name, c.phone, c.segment, c.care, k.id, k.ref, k.received_at,
           k.status, k.cause, k.response_due, k.resolution_due, k.acknowledged_at, k.closed_at,
           (SELECT MAX(given_on) FROM remedies r WHERE r.complaint_id = k.id),
           (SELECT COUNT(*) FROM follow_ups f WHERE f.complaint_id = k.id
            AND f.done_at IS NOT NULL),
           a.done_at, a.satisfaction, a.will_return
    FROM picked JOIN complaints k ON k.id = picked.id
    JOIN customers c ON c.id = k.customer_id
    LEFT JOIN follow_ups a ON a.id = (SELECT f.id FROM follow_ups f WHERE f.complaint_id = k.id
        AND f.done_at >= :d90 ORDER BY f.done_at DESC, f.id DESC LIMIT 1)
    WHERE c.erased = 0 AND k.deleted_at IS NULL
    ORDER BY c.id, k.received_at, k.id"""

_LAST_ANSWER = """SELECT f2.id FROM follow_ups f2 WHERE f2.complaint_id = k.id
    AND f2.done_at IS NOT NULL AND (f2.satisfaction IS NOT NULL OR f2.will_return IS NOT NULL)
    ORDER BY f2.done_at DESC, f2.id DESC LIMIT 1"""
_TALLY = ("COUNT(*), COALESCE(SUM(sat >= 4), 0), COUNT(sat), COALESCE(SUM(ret), 0),"
          " COUNT(ret)")
_FACTOR_COLUMNS = (("segment", "segment"), ("care", "care"), ("channel", "channel"),
                   ("cause", "cause"), ("staff", "staff"), ("ack_speed", "ack"),
                   ("fix_speed", "fix"))
# Every factor's tally is a sum over the answers' distinct combinations of factor values (a
# year of 300,000 cases: 60,000 answers, 11,000 combinations), so the seven groupings sort
# the combinations, not the answers.
_DIMENSIONS = ", ".join(column for _, column in _FACTOR_COLUMNS)
_SUMS = ", ".join(f"COALESCE(SUM({n}), 0)" for n in ("n", "happy", "scored", "back", "asked"))
# The speed bands of satisfaction.fix_speed and ack_speed, in SQL.
_DRIVERS_SQL = f"""WITH a AS MATERIALIZED (
    SELECT k.id AS id, f.satisfaction AS sat, f.will_return AS ret, c.segment AS segment,
           c.care AS care, k.channel AS channel, COALESCE(k.cause, '') AS cause,
           COALESCE(s.name, '') AS staff,
           CASE WHEN k.acknowledged_at <= k.response_due THEN 'ack_on_time' ELSE 'ack_late'
           END AS ack,
           CASE WHEN k.first_closed_at IS NULL THEN 'not_yet'
                WHEN julianday(k.first_closed_at) - julianday(k.received_at) <= 1 THEN '1d'
                WHEN julianday(k.first_closed_at) - julianday(k.received_at) <= 3 THEN '3d'
                WHEN julianday(k.first_closed_at) - julianday(k.received_at) <= 7 THEN '7d'
                ELSE 'later' END AS fix
    FROM complaints k JOIN follow_ups f ON f.id = ({_LAST_ANSWER})
    JOIN customers c ON c.id = k.customer_id LEFT JOIN staff s ON s.id = k.received_by
    WHERE k.deleted_at IS NULL AND k.received_at >= ? AND k.received_at < ?),
g AS MATERIALIZED (
    SELECT {_DIMENSIONS}, COUNT(*) AS n, COALESCE(SUM(sat >= 4), 0) AS happy, COUNT(sat) AS
           scored, COALESCE(SUM(ret), 0) AS back, COUNT(ret) AS asked
    FROM a GROUP BY {_DIMENSIONS})
SELECT 'all', '', {_SUMS} FROM g
""" + "".join(f"UNION ALL SELECT '{factor}', {column}, {_SUMS} FROM g GROUP BY {column}\n"
              for factor, column in _FACTOR_COLUMNS) + f"""
UNION ALL SELECT 'remedy', kind, {_TALLY} FROM (SELECT DISTINCT a.id, r.kind AS kind,
    a.sat AS sat, a.ret AS ret FROM a JOIN remedies r ON r.complaint_id = a.id) GROUP BY kind"""


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


class IntelligenceStore(Store):
    """Early warnings, dismissals, improvements, satisfaction drivers, similar cases."""

    # The watch list ------------------------------------------------------------------------

    def warnings(self, now: datetime | None = None, all_of_them: bool = False) -> list[
            ew.EarlyWarning]:
        """The current early warnings, ordered; dismissed ones only if they have worsened."""
        now = now or self.now()
        found = [w for h in self.customer_histories(now) for w in ew.customer_warnings(h, now)]
        found += self.cause_warnings(now)
        if not all_of_them:
            found = ew.visible(found, self.dismissed_levels())
        return ew.ordered(found)

    def customer_warnings(self, customer_id: int, now: datetime | None = None) -> list[
            ew.EarlyWarning]:
        """The warnings about one customer and their cases (for intake and the case window),
        dismissed ones left out unless worsened; a few indexed look-ups."""
        now = now or self.now()
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM complaints WHERE customer_id = ? AND deleted_at IS NULL",
            [customer_id])]
        found = [w for h in self.customer_histories(now, ids) for w in ew.customer_warnings(h, now)]
        return ew.ordered(ew.visible(found, self.dismissed_levels()))

    def customer_histories(self, now: datetime,
                           case_ids: list[int] | None = None) -> list[ew.CustomerHistory]:
        """The customers some rule could hold for (an open case, a complaint of the last 30
        days, an unhappy follow-up of the last 90, a fix 30-90 days ago never followed up),
        with the cases the rules read: those, their follow-ups of the last 90 days, failed
        recoveries closed in the last 12 months and, for those customers, the last case closed
        before their latest complaint; the 12-month count comes with them."""
        day = now.date()
        params = {"d30": (now - timedelta(days=ew.COMPLAINS_AGAIN_DAYS)).isoformat(" "),
                  "d90": (now - timedelta(days=ew.UNHAPPY_RECENT_DAYS)).isoformat(" "),
                  "year": (now - timedelta(days=ew.REPEAT_WINDOW_DAYS)).isoformat(" "),
                  "fix_from": (day - timedelta(days=ew.FOLLOW_UP_TOO_LATE_DAYS)).isoformat(),
                  "fix_to": (day - timedelta(days=ew.FOLLOW_UP_AFTER_FIX_DAYS)).isoformat()}
        params["picked"] = json.dumps(case_ids if case_ids is not None else [
            r[0] for r in self.db.execute(f"""
            SELECT id FROM complaints WHERE status IN {_OPEN_SQL}
            UNION SELECT id FROM complaints WHERE received_at >= :d30
            UNION SELECT complaint_id FROM follow_ups WHERE done_at >= :d90
                AND (satisfaction <= 2 OR will_return = 0)
            UNION SELECT r.complaint_id FROM remedies r
                WHERE r.given_on >= :fix_from AND r.given_on <= :fix_to AND NOT EXISTS (
                    SELECT 1 FROM follow_ups f WHERE f.complaint_id = r.complaint_id
                    AND f.done_at IS NOT NULL)""", params)])
        # (the customers of these cases are the candidates; see _CANDIDATES)
        counts = dict(self.db.execute(f"""{_CANDIDATES}
            SELECT cand.id, (SELECT COUNT(*) FROM complaints k WHERE k.customer_id = cand.id
                             AND k.received_at >= :year AND k.deleted_at IS NULL)
            FROM cand""", params))
        cases: dict[int, list[ew.CaseHistory]] = defaultdict(list)
        people = {}
        for r in self.db.execute(_CASES_SQL, params):
            people[r[0]] = r[1:5]
            answer = r[16] and ew.FollowUpAnswer(stored_datetime(r[16]), r[17],
                                                 None if r[18] is None else bool(r[18]))
            cases[r[0]].append(ew.CaseHistory(
                ref=r[6], received_at=stored_datetime(r[7]), status=_STATUS[r[8]],
                cause=_CAUSE[r[9]],
                response_due=_time(r[10]), resolution_due=_time(r[11]),
                acknowledged_at=_time(r[12]), closed_at=_time(r[13]), fixed_on=_day(r[14]),
                last_answer=answer or None, follow_ups_done=r[15]))
        return [ew.CustomerHistory(cid, name, phone, _SEGMENT.get(seg, Segment.REGULAR),
                                   _CARE.get(care, Care.NONE), tuple(cases[cid]),
                                   counts.get(cid, 0))
                for cid, (name, phone, seg, care) in people.items()]

    def cause_warnings(self, now: datetime) -> list[ew.EarlyWarning]:
        """Rising, recurring and no-effect warnings from one count per cause and 30-day span
        (span 0: the last 30 days; spans before the first complaint do not count)."""
        spans = ew.RISING_HISTORY_MONTHS + 1
        counts: dict[str, dict[int, int]] = defaultdict(dict)
        for cause, span, n in self.db.execute("""
                SELECT cause, CAST((julianday(:now) - julianday(received_at)) / 30 AS INTEGER),
                       COUNT(*) FROM complaints
                WHERE deleted_at IS NULL AND cause IS NOT NULL AND cause != ''
                  AND received_at >= :start AND received_at < :now GROUP BY 1, 2""",
                {"now": now.isoformat(" "),
                 "start": (now - timedelta(days=30 * spans)).isoformat(" ")}):
            counts[cause][span] = n
        first = self.db.execute("SELECT MIN(received_at) FROM complaints"
                                " WHERE deleted_at IS NULL").fetchone()[0]
        known = (now - stored_datetime(first)).days // 30 if first else 0  # whole spans of history
        history = [span for span in range(min(spans - 1, known), 0, -1)]  # oldest first
        improved = {r[0] for r in self.db.execute(
            "SELECT DISTINCT ic.cause FROM improvement_causes ic JOIN improvements i"
            " ON i.id = ic.improvement_id WHERE i.status != 'dropped'")}
        found = []
        for code, by_span in counts.items():
            cause = _CAUSE.get(code)
            if cause is None:
                continue
            previous = [by_span.get(span, 0) for span in history]
            latest = [*previous, by_span.get(0, 0)]
            found += [ew.cause_rising(cause, previous, by_span.get(0, 0)),
                      ew.cause_recurring(cause, latest, code in improved)]
        found += [w for _, _, _, w in self.improvement_effects(now)]
        return [w for w in found if w is not None]

    # Dismissals -----------------------------------------------------------------------------

    def dismissed_levels(self) -> dict[tuple[str, str], int]:
        """(kind, key) → the level at the latest dismissal."""
        return {(kind, key): level for kind, key, level in self.db.execute(
            "SELECT kind, key, level FROM warning_dismissals ORDER BY dismissed_at, id")}

    def dismiss(self, warning: ew.EarlyWarning, reason: str, staff_id: int | None = None) -> None:
        """Hide a warning until it worsens, recording why (the reason is required)."""
        reason = reason.strip()
        if not reason:
            raise ValueError("a dismissal needs a reason")
        with self.transaction():
            row_id = insert_row(self.db, "warning_dismissals", {
                "kind": warning.kind.value, "key": warning.key, "level": warning.level,
                "reason": reason, "dismissed_at": self.now().isoformat(" "),
                "staff_id": staff_id})
            self.log_event("warning", row_id, "dismissed", staff_id, field=warning.key,
                            new=reason)

    def dismissals(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM warning_dismissals ORDER BY dismissed_at DESC"))

    # Improvements ---------------------------------------------------------------------------

    def save_improvement(self, action: ImprovementAction, staff_id: int | None = None) -> int:
        """Add an improvement (id None) or replace one, with the causes it addresses."""
        if not action.title.strip() or not action.causes:
            raise ValueError("an improvement needs a title and at least one cause")
        row = {"title": action.title.strip(), "owner": action.owner.strip(),
               "due_on": action.due_on and action.due_on.isoformat(),
               "status": action.status.value, "notes": action.notes,
               "done_on": action.done_on and action.done_on.isoformat()}
        with self.transaction():
            if action.id is None:
                row_id = insert_row(self.db, "improvements",
                                    {**row, "created_at": self.now().isoformat(" ")})
            else:
                row_id = action.id
                self.db.table("improvements").update(row_id, row)
                self.db.execute("DELETE FROM improvement_causes WHERE improvement_id = ?",
                                [row_id])
            for cause in sorted(set(action.causes)):
                insert_row(self.db, "improvement_causes",
                           {"improvement_id": row_id, "cause": Cause(cause).value})
            self.log_event("improvement", row_id, "saved", staff_id, new=row["status"])
        return row_id

    def improvement_actions(self) -> list[ImprovementAction]:
        causes: dict[int, list[str]] = defaultdict(list)
        for iid, cause in self.db.execute(
                "SELECT improvement_id, cause FROM improvement_causes ORDER BY cause"):
            causes[iid].append(cause)
        return [ImprovementAction(r["id"], r["title"], r["owner"], _day(r["due_on"]),
                                  ImprovementStatus(r["status"]), tuple(causes[r["id"]]),
                                  _day(r["done_on"]), r["notes"])
                for r in self.db.query("SELECT * FROM improvements ORDER BY "
                                       "status = 'done', due_on IS NULL, due_on, id")]

    def improvement_effects(self, now: datetime | None = None) -> list[
            tuple[ImprovementAction, str, ew.Effect | None, ew.EarlyWarning | None]]:
        """Each improvement and cause: its effect (None until done) and any warning.

        The effect (`ew.Effect`) rests on the cause's complaints in the 180 days before the
        improvement was done and in the days since; one grouped query for all of them.
        """
        now = now or self.now()
        first = self.db.execute("SELECT MIN(received_at) FROM complaints").fetchone()[0]
        rows = {(r[0], r[1]): (r[2], r[3]) for r in self.db.execute("""
            SELECT i.id, ic.cause,
                   SUM(k.received_at < i.done_on), SUM(k.received_at >= i.done_on)
            FROM improvements i JOIN improvement_causes ic ON ic.improvement_id = i.id
            JOIN complaints k ON k.cause = ic.cause AND k.deleted_at IS NULL
                 AND k.received_at >= date(i.done_on, '-180 days') AND k.received_at < :now
            WHERE i.status = 'done' AND i.done_on IS NOT NULL
            GROUP BY i.id, ic.cause""", {"now": now.isoformat(" ")})}
        found: list[tuple[ImprovementAction, str, ew.Effect | None, ew.EarlyWarning | None]] = []
        for action in self.improvement_actions():
            for cause in action.causes:
                if action.status is not ImprovementStatus.DONE or action.done_on is None:
                    found.append((action, cause, None, None))
                    continue
                assert action.id is not None  # improvement_actions reads stored ones
                before, after = rows.get((action.id, cause), (0, 0))
                start = max(action.done_on - timedelta(days=180), _day(first) or action.done_on)
                effect = ew.Effect(before or 0, (action.done_on - start).days, after or 0,
                                   (now.date() - action.done_on).days)
                warning = ew.improvement_no_effect(action.id, action.title, action.done_on,
                                                   _CAUSE.get(cause), effect)
                found.append((action, cause, effect, warning))
        return found

    # Satisfaction drivers -------------------------------------------------------------------

    def answers(self, start: date, end: date) -> list[Answer]:
        """The last scored follow-up of each complaint received from `start` to `end`."""
        rows = self.db.execute("""
            SELECT f.satisfaction, f.will_return, c.segment, c.care, k.channel, k.cause,
                   COALESCE(s.name, ''), COALESCE(k.acknowledged_at <= k.response_due, 0),
                   julianday(k.first_closed_at) - julianday(k.received_at),
                   (SELECT group_concat(r.kind) FROM remedies r WHERE r.complaint_id = k.id)
            FROM complaints k
            JOIN follow_ups f ON f.id = (
                SELECT f2.id FROM follow_ups f2 WHERE f2.complaint_id = k.id
                AND f2.done_at IS NOT NULL
                AND (f2.satisfaction IS NOT NULL OR f2.will_return IS NOT NULL)
                ORDER BY f2.done_at DESC, f2.id DESC LIMIT 1)
            JOIN customers c ON c.id = k.customer_id
            LEFT JOIN staff s ON s.id = k.received_by
            WHERE k.deleted_at IS NULL AND k.received_at >= ? AND k.received_at < ?""",
                               [start.isoformat(), end.isoformat()])
        return [Answer(r[0], None if r[1] is None else bool(r[1]), r[2], r[3], r[4], r[5],
                       tuple(r[9].split(",")) if r[9] else (), r[6], bool(r[7]), r[8])
                for r in rows]

    def insights(self, end: date, now: datetime | None = None) -> Insights:
        """Drivers of the 12 months before `end` and the improvements' effects as of `now`."""
        start = add_months(end, -12) if end.day == 1 else end - timedelta(days=365)
        everyone, found = self.driver_tallies(start, end)
        return Insights(start, end, everyone, tuple(found), tuple(self.improvement_effects(now)))

    def driver_tallies(self, start: date, end: date) -> tuple[Driver, list[Driver]]:
        """`satisfaction.overall` and `satisfaction.drivers` of `answers(start, end)`, counted
        by SQLite in one grouped query (tests hold the two to the same result)."""
        found, everyone = [], Driver(Factor.SEGMENT, "", 0, 0, 0, 0, 0)
        for factor, value, *counts in self.db.execute(_DRIVERS_SQL, [start.isoformat(),
                                                                     end.isoformat()]):
            if factor == "all":
                everyone = Driver(Factor.SEGMENT, "", *counts)
            elif value:
                found.append(Driver(Factor(factor), value, *counts))
        return everyone, ordered(found)

    # What worked before ---------------------------------------------------------------------

    def similar_cases(self, text: str, limit: int = 5,
                      exclude_id: int | None = None) -> list[SimilarCase]:
        """Closed past complaints most like `text` (bm25 over the trigram index), best first."""
        terms = self._search_terms(text)
        if not terms:
            return []
        match = "description : (" + " OR ".join(
            '"' + t.replace('"', '""') + '"' for t in terms) + ")"
        rows = self.db.execute("""
            SELECT k.id, k.ref, k.received_at, k.description, k.cause, k.status, m.score,
                   (SELECT group_concat(r.kind) FROM remedies r WHERE r.complaint_id = k.id),
                   (SELECT f.satisfaction FROM follow_ups f WHERE f.complaint_id = k.id
                    AND f.satisfaction IS NOT NULL ORDER BY f.done_at DESC, f.id DESC LIMIT 1)
            FROM (SELECT rowid AS id, bm25(complaints_fts) AS score FROM complaints_fts
                  WHERE complaints_fts MATCH :match ORDER BY score LIMIT :pool) m
            JOIN complaints k ON k.id = m.id
            WHERE k.deleted_at IS NULL AND k.status IN ('recovered', 'not_recovered')
              AND k.id IS NOT :exclude
            ORDER BY m.score, k.received_at DESC LIMIT :limit""",
                               {"match": match, "pool": limit * 20, "exclude": exclude_id,
                                "limit": limit})
        return [SimilarCase(r[0], r[1], stored_datetime(r[2]), r[3], r[4],
                            tuple(r[7].split(",")) if r[7] else (),
                            r[5] == Status.RECOVERED.value, r[8], r[6]) for r in rows]

    def _search_terms(self, text: str) -> list[str]:
        """Trigrams of the Chinese runs and the words of three letters or more, rarest first;
        a two-character Chinese text goes through the index's vocabulary (migration 3)."""
        terms = {w.lower() for w in _WORD.findall(text)}
        for run in _HAN_RUN.findall(text):
            terms.update(run[i:i + 3] for i in range(len(run) - 2))
        if not terms and len(run := text.strip()) == 2:
            terms = {r[0] for r in self.db.execute(
                "SELECT term FROM complaints_fts_vocab WHERE term >= ? AND term < ? LIMIT 200",
                [run.lower(), run.lower() + "\U0010ffff"])}
        if len(terms) <= _MAX_TERMS:
            return sorted(terms)
        counts = dict(self.db.execute(
            "SELECT term, doc FROM complaints_fts_vocab WHERE term IN"
            " (SELECT value FROM json_each(?))", [json.dumps(sorted(terms))]).fetchall())
        return sorted(terms, key=lambda t: (counts.get(t, 0) == 0, counts.get(t, 0), t))[
            :_MAX_TERMS]
