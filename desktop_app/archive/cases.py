"""Complaints in the archive: recording one, reading it back, and the filtered case list."""

from __future__ import annotations

import sqlite3
import sys
import threading
from typing import cast

from desktop_app.archive.case_search import OVERDUE_SQL as _OVERDUE_SQL
from desktop_app.archive.case_search import Source, case_source
from desktop_app.archive.core import Core, Store
from desktop_app.archive.customers import CustomerStore
from desktop_app.archive.rows import complaint_from_row, complaint_to_row, stored_datetime, to_text
from desktop_app.archive.sql import fetch_row
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
        return complaint_from_row(fetch_row(self.db, "complaints", complaint_id))

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
        source, where, params, _order = self._case_source(query, page=False)
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

    def _case_source(self, q: CaseFilter, page: bool = True) -> Source:
        return case_source(self.db, q, page)


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
