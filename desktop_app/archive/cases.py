"""Complaints in the archive: recording one, reading it back, and the filtered case list."""

from __future__ import annotations

import sqlite3
import string
import sys
import threading
from typing import cast

from desktop_app.archive.core import Core, Store
from desktop_app.archive.customers import CustomerStore
from desktop_app.archive.rows import complaint_from_row, complaint_to_row, stored_datetime, to_text
from desktop_app.archive.schema import SEARCH_TEXT_SQL
from desktop_app.domain.model import Cause, Channel, Complaint, Severity, Status
from desktop_app.domain.queries import CaseFilter, CaseRow
from desktop_app.domain.validate import (
    ComplaintInput,
    CustomerInput,
    ValidationError,
    check_complaint,
    check_customer,
)
from desktop_app.domain.workflow import due_dates

_CLOSED = (Status.RECOVERED.value, Status.NOT_RECOVERED.value)
_SHORT_TERM = 3  # trigram FTS needs at least three characters; shorter terms use instr()


class CaseStore(Store):
    """Recording complaints and the filtered case list."""

    def __init__(self, core: Core, customers: CustomerStore) -> None:
        super().__init__(core)
        self._customers = customers

    def record_complaint(
        self,
        customer: int | CustomerInput,
        data: ComplaintInput,
        staff_id: int | None = None,
    ) -> Complaint:
        """Save a new complaint (and the customer, when new) as one action; returns it, with its
        reference."""
        data, customer = _checked(data, customer, self.now())
        received_at, channel = data.received_at, data.channel  # check_complaint requires all five
        feeling, expectation, severity = data.feeling, data.expectation, data.severity
        assert received_at is not None and channel is not None and severity is not None
        assert feeling is not None and expectation is not None
        ack_due, fix_due = due_dates(received_at, self.shop())
        with self.transaction():
            if isinstance(customer, CustomerInput):
                customer_id = self._customers.insert_customer(customer, staff_id)
            else:
                customer_id = customer
            year = received_at.year
            seq = self._next_seq(year)
            complaint = Complaint(
                id=None,
                ref=f"{year}-{seq:04d}",
                customer_id=customer_id,
                received_at=received_at.replace(microsecond=0),
                channel=channel,
                received_by=data.received_by,
                description=data.description,
                feeling=feeling,
                expectation=expectation,
                severity=severity,
                spread=data.spread,
                product=data.product,
                order_no=data.order_no,
                cause=data.cause,
                response_due=ack_due.replace(microsecond=0),
                resolution_due=fix_due.replace(microsecond=0),
            )
            row = {**complaint_to_row(complaint), "year": year, "seq": seq}
            # An insert into a rowid table always sets last_pk.
            complaint_id = cast(int, self.db.table("complaints").insert(row).last_pk)
            self.log_event("complaint", complaint_id, "created", staff_id or data.received_by,
                           complaint_id=complaint_id, new=complaint.ref)
        return self.complaint(complaint_id)

    def _next_seq(self, year: int) -> int:
        row = self.db.execute("SELECT MAX(seq) FROM complaints WHERE year = ?", [year]).fetchone()
        return (row[0] or 0) + 1

    def complaint(self, complaint_id: int) -> Complaint:
        return complaint_from_row(self.db.table("complaints").get(complaint_id))

    def complaint_by_ref(self, ref: str) -> Complaint | None:
        rows = list(self.db.query("SELECT * FROM complaints WHERE ref = ?", [ref.strip()]))
        return complaint_from_row(rows[0]) if rows else None

    def list_cases(self, query: CaseFilter, offset: int = 0, limit: int = 200,
                   after: CaseRow | None = None) -> list[CaseRow]:
        """One page of the case list, newest first: the `limit` cases after `after` (the last
        row of the page before; keyset paging reads no skipped rows), then skipping `offset`."""
        source, where, params, (at, key) = self._case_source(query)
        if after is not None:
            where += f" AND {at} <= :after_at AND ({at} < :after_at OR {key} < :after_id)"
            params.update(after_at=to_text(after.received_at), after_id=after.id)
        # The page's ids first (from an index alone where it can, or walking the search text
        # newest first until the page is full), then the joins for those rows only.
        sql = f"""
            WITH page AS (
                SELECT {key} AS id FROM {source} WHERE {where}
                ORDER BY {at} DESC, {key} DESC LIMIT :limit OFFSET :offset)
            SELECT k.id, k.ref, k.received_at, k.customer_id, c.name AS customer_name,
                   c.phone AS customer_phone, k.channel, k.product, k.severity, k.cause, k.status,
                   COALESCE(s.name, '') AS staff_name, {_OVERDUE_SQL} AS overdue
            FROM page
            JOIN complaints k ON k.id = page.id
            JOIN customers c ON c.id = k.customer_id
            LEFT JOIN staff s ON s.id = k.received_by
            ORDER BY k.received_at DESC, k.id DESC"""
        now = to_text(self.now())
        rows = self.db.query(sql, {**params, "now": now, "limit": limit, "offset": offset})
        return [_case_row(r) for r in rows]

    def count_cases(self, query: CaseFilter) -> int:
        source, where, params, _order = self._case_source(query)
        # No join to customers: names match through a sub-query and every complaint has its
        # customer, so the count comes from an index (or the narrow search text) alone.
        sql = f"SELECT COUNT(*) FROM {source} WHERE {where}"
        return self.db.execute(sql, {**params, "now": to_text(self.now())}).fetchone()[0]

    def count_cases_unless(self, query: CaseFilter, ticket: CountTicket) -> int | None:
        """`count_cases`, or None when `ticket.cancel()` (from any thread) stopped it first."""
        if not ticket.attach(self.db.conn):
            return None
        try:
            return self.count_cases(query)
        except sqlite3.OperationalError:  # SQLITE_INTERRUPT is no storage error: not mapped
            if ticket.cancelled:
                return None
            raise
        finally:
            ticket.detach()

    def _case_source(self, q: CaseFilter, counting: bool = False
                     ) -> tuple[str, str, dict, tuple[str, str]]:
        """FROM, WHERE, parameters and the newest-first order columns for a filter.

        A term under three characters starts no trigram of its own. When it is rare, its cases
        come from the indexes (`_short_candidates`), exactly; when it is common (a page fills
        within the first few thousand cases) or has case variants beyond ASCII, the page walks
        complaints_text newest first and stops when full. A count takes the indexes when exact.
        """
        filters, params = _filters(q)
        terms = q.text.split()
        short = [t for t in terms if len(t) < _SHORT_TERM]
        if (counting or filters or not short or len(short) < len(terms)
                or not all(map(self._is_common, short))):
            clauses = ["k.deleted_at IS NULL", *filters]
            clauses += [_indexed_clause(t, f"t{i}", params, "k.id", "k.customer_id")
                        if len(t) >= _SHORT_TERM else _short_clause(t, f"t{i}", params)
                        for i, t in enumerate(terms)]
            # A rare short term's cases are few: checked and ordered from a narrow index.
            hint = " INDEXED BY complaints_live_id" if short and not filters else ""
            return f"complaints k{hint}", " AND ".join(clauses), params, ("k.received_at", "k.id")
        clauses = [_walked_clause(t, f"t{i}", params) for i, t in enumerate(terms)]
        return "complaints_text s", " AND ".join(clauses), params, ("s.received_at", "s.id")

    def _is_common(self, term: str) -> bool:
        """Whether about one case in _DENSE or more holds the term (from the trigram counts)."""
        lo, hi = term.lower(), term.lower() + _TOP
        cases, customers = (self.db.execute(
            f"SELECT COALESCE(SUM(doc), 0) FROM {vocab} WHERE term >= ? AND term < ?",
            [lo, hi]).fetchone()[0] for vocab in ("complaints_fts_vocab", "customers_fts_vocab"))
        total, people = (self.db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
                         for table in ("complaints", "customers"))
        estimate = cases + customers * total / max(1, people)
        return estimate * _DENSE >= total


class CountTicket:
    """Lets another thread stop a count running on a worker's connection (sqlite3's interrupt,
    the one call that is safe from any thread), before or while it runs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.cancelled = False

    def attach(self, conn: sqlite3.Connection) -> bool:
        with self._lock:
            self._conn = None if self.cancelled else conn
            return not self.cancelled

    def detach(self) -> None:
        with self._lock:  # after this the connection may close: it is never interrupted then
            self._conn = None

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def _filters(q: CaseFilter) -> tuple[list[str], dict]:
    """The clauses on the complaint itself (everything but the text), over `k`."""
    clauses, params = [], {}
    equal = {"status": q.status, "cause": q.cause, "channel": q.channel,
             "severity": q.severity, "received_by": q.staff_id, "customer_id": q.customer_id}
    for column, value in equal.items():
        if value is not None:
            clauses.append(f"k.{column} = :{column}")
            params[column] = value.value if hasattr(value, "value") else value
    if q.open_only:
        clauses.append(f"k.status NOT IN {_CLOSED}")
    if q.received_from:
        clauses.append("k.received_at >= :received_from")
        params["received_from"] = q.received_from.isoformat()
    if q.received_to:
        clauses.append("k.received_at < date(:received_to, '+1 day')")
        params["received_to"] = q.received_to.isoformat()
    if q.overdue_only:
        clauses.append(_OVERDUE_SQL)
    return clauses, params


def _checked(data: ComplaintInput, customer: int | CustomerInput, now) -> tuple:
    """Both inputs checked, with every broken rule of either reported at once."""
    errors = []
    try:
        data = check_complaint(data, now)
    except ValidationError as error:
        errors += error.errors
    if isinstance(customer, CustomerInput):
        try:
            customer = check_customer(customer)
        except ValidationError as error:
            errors += error.errors
    if errors:
        raise ValidationError(errors)
    return data, customer


_OVERDUE_SQL = f"""(k.status NOT IN {_CLOSED} AND (
    (k.acknowledged_at IS NULL AND k.response_due < :now) OR k.resolution_due < :now))"""


def _indexed_clause(term: str, name: str, params: dict, complaint: str, customer: str) -> str:
    """A term of three or more characters, through the trigram indexes (exact substrings)."""
    params[name] = '"' + term.replace('"', '""') + '"'
    return f"""({complaint} IN
            (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :{name})
        OR {customer} IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH :{name}))"""


def _walked_clause(term: str, name: str, params: dict) -> str:
    """A short term on the complaints_text walk, matching exactly what LIKE '%term%' matches
    over the same columns as the trigram indexes (ASCII case folded, nothing else special)."""
    params[name] = term.translate(_ASCII_LOWER)
    customers = _customers_with(term, name, params)
    return f"(instr(s.text, :{name}) > 0 OR s.customer_id IN ({customers}))"


def _short_clause(term: str, name: str, params: dict) -> str:
    """A short term over `k`: the ids its indexes give, or, for a term the trigram index folds
    differently from LIKE, the search text of each case read (rare: 'é', 'Ä')."""
    if _case_exact(term):
        return f"k.id IN ({_short_candidates(term, name, params)})"
    params[name] = term.translate(_ASCII_LOWER)
    return f"""(instr({SEARCH_TEXT_SQL.format(p="k.")}, :{name}) > 0
        OR k.customer_id IN ({_customers_with(term, name, params)}))"""


def _customers_with(term: str, name: str, params: dict) -> str:
    """The ids of the customers holding a short term: through indexes when exact, else a scan."""
    if _case_exact(term):
        return _short_candidates(term, name, params, customers_only=True)
    return f"SELECT id FROM customers WHERE instr({_CUSTOMER_TEXT}, :{name}) > 0"


def _short_candidates(term: str, name: str, params: dict, customers_only: bool = False) -> str:
    """The ids of the cases holding a one- or two-character term, found through indexes only:
    the term starts a trigram (fts5vocab 'instance'), or a column ends with it (the tail
    indexes). Exact for a term without case variants beyond ASCII (see _case_exact)."""
    folded = term.translate(_ASCII_LOWER)
    params.update({name: folded, f"{name}_lo": term.lower(), f"{name}_hi": term.lower() + _TOP,
                   f"{name}_top": folded + _TOP})

    def ends_with(table: str, columns: tuple[str, ...]) -> list[str]:
        if len(term) == 2:
            return [f"SELECT id FROM {table} WHERE lower(substr({c}, -2)) = :{name}"
                    for c in columns]
        return [f"SELECT id FROM {table} WHERE lower(substr({c}, {n})) {test}"
                for c in columns for n, test in (
                    (-2, f">= :{name} AND lower(substr({c}, -2)) < :{name}_top"),
                    (-1, f"= :{name}"))]

    def starts_trigram(fts: str) -> str:
        return f"SELECT doc FROM {fts}_instance WHERE term >= :{name}_lo AND term < :{name}_hi"

    customers = " UNION ALL ".join(
        [starts_trigram("customers_fts"), *ends_with("customers", _CUSTOMER_COLUMNS)])
    if customers_only:
        return customers
    return " UNION ALL ".join([
        starts_trigram("complaints_fts"), *ends_with("complaints", _COMPLAINT_COLUMNS),
        f"SELECT id FROM complaints WHERE customer_id IN ({customers})"])


def _case_exact(term: str) -> bool:
    """Whether the trigram index (which folds every letter's case) finds exactly what LIKE
    (which folds ASCII only) finds: no letter beyond ASCII that has another case."""
    return all(ch.isascii() or ch.lower() == ch.upper() == ch for ch in term)


_COMPLAINT_COLUMNS = ("ref", "product", "order_no", "description", "root_cause")
_CUSTOMER_COLUMNS = ("name", "phone", "phone_digits", "email")  # what customers_fts indexes
_TOP = "\U0010ffff"  # sorts after every character: term + _TOP ends the range of its prefixes
_DENSE = 50  # a term in 1 case of 50 or more fills a 200-row page within ~10,000 cases
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)  # as SQL lower()
_CUSTOMER_TEXT = ("lower(name) || char(10) || lower(phone) || char(10) || phone_digits"
                  " || char(10) || lower(email)")  # what customers_fts indexes


def _case_row(r: dict) -> CaseRow:
    # Names, phones, products and staff repeat down a long list: one string object each.
    return CaseRow(
        id=r["id"],
        ref=r["ref"],
        received_at=stored_datetime(r["received_at"]),
        customer_id=r["customer_id"],
        customer_name=sys.intern(r["customer_name"]),
        customer_phone=sys.intern(r["customer_phone"]),
        channel=Channel(r["channel"]),
        product=sys.intern(r["product"]),
        severity=Severity(r["severity"]),
        cause=Cause.parse(r["cause"]),
        status=Status(r["status"]),
        staff_name=sys.intern(r["staff_name"]),
        overdue=bool(r["overdue"]),
    )
