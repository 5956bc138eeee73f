"""Complaints in the archive: recording one, reading it back, and the filtered case list."""

from __future__ import annotations

from desktop_app.archive.core import Core, Store
from desktop_app.archive.customers import CustomerStore
from desktop_app.archive.rows import complaint_from_row, complaint_to_row, to_datetime, to_text
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
_SHORT_TERM = 3  # trigram FTS needs at least three characters; shorter terms use LIKE
# Two-character terms go through the trigram index's vocabulary unless they begin more trigrams
# than this; an OR of so many costs more than the LIKE scan.
_MAX_TRIGRAMS = 200
_TAIL_COLUMNS = ("description", "product", "ref")  # what a short term is looked for in


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
        ack_due, fix_due = due_dates(data.received_at, self.shop())
        with self.transaction():
            if isinstance(customer, CustomerInput):
                customer_id = self._customers.insert_customer(customer, staff_id)
            else:
                customer_id = customer
            year = data.received_at.year
            seq = self._next_seq(year)
            complaint = Complaint(
                id=None,
                ref=f"{year}-{seq:04d}",
                customer_id=customer_id,
                received_at=data.received_at.replace(microsecond=0),
                channel=data.channel,
                received_by=data.received_by,
                description=data.description,
                feeling=data.feeling,
                expectation=data.expectation,
                severity=data.severity,
                spread=data.spread,
                product=data.product,
                order_no=data.order_no,
                cause=data.cause,
                response_due=ack_due.replace(microsecond=0),
                resolution_due=fix_due.replace(microsecond=0),
            )
            row = {**complaint_to_row(complaint), "year": year, "seq": seq}
            complaint_id = self.db["complaints"].insert(row).last_pk
            self.log_event("complaint", complaint_id, "created", staff_id or data.received_by,
                           complaint_id=complaint_id, new=complaint.ref)
        return self.complaint(complaint_id)

    def _next_seq(self, year: int) -> int:
        row = self.db.execute("SELECT MAX(seq) FROM complaints WHERE year = ?", [year]).fetchone()
        return (row[0] or 0) + 1

    def complaint(self, complaint_id: int) -> Complaint:
        return complaint_from_row(self.db["complaints"].get(complaint_id))

    def complaint_by_ref(self, ref: str) -> Complaint | None:
        rows = list(self.db.query("SELECT * FROM complaints WHERE ref = ?", [ref.strip()]))
        return complaint_from_row(rows[0]) if rows else None

    def list_cases(self, query: CaseFilter, offset: int = 0, limit: int = 200) -> list[CaseRow]:
        """One page of the case list, newest first."""
        where, params = self._case_where(query)
        # The page's ids first (from an index alone where it can), then the joins for those rows
        # only: with the joins outside, OFFSET joined every skipped row too, which made the last
        # page of 100,000 cases take ~100 ms (bench/bench_list.py).
        sql = f"""
            WITH page AS (
                SELECT k.id FROM complaints k WHERE {where}
                ORDER BY k.received_at DESC, k.id DESC LIMIT :limit OFFSET :offset)
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
        where, params = self._case_where(query)
        # No join: the filter only reads complaints (names match through a sub-query) and every
        # complaint has its customer, so the count can come from an index alone.
        sql = f"SELECT COUNT(*) FROM complaints k WHERE {where}"
        return self.db.execute(sql, {**params, "now": to_text(self.now())}).fetchone()[0]

    def _case_where(self, q: CaseFilter) -> tuple[str, dict]:
        clauses, params = ["k.deleted_at IS NULL"], {}
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
        for i, term in enumerate(q.text.split()):
            trigrams = self._trigrams_starting(term) if len(term) == 2 else None
            clauses.append(_text_clause(term, f"t{i}", params, trigrams))
        return " AND ".join(clauses), params

    def _trigrams_starting(self, term: str) -> list[str] | None:
        """The indexed trigrams that begin with a two-character term; None when too many."""
        folded = term.lower()  # the trigram index folds case
        rows = self.db.execute(
            "SELECT term FROM complaints_fts_vocab WHERE term >= ? AND term < ? LIMIT ?",
            [folded, folded + "\U0010ffff", _MAX_TRIGRAMS + 1]).fetchall()
        return None if len(rows) > _MAX_TRIGRAMS else [r[0] for r in rows]


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


def _text_clause(term: str, name: str, params: dict, trigrams: list[str] | None = None) -> str:
    """A search term matches a complaint's text, reference, or its customer's name or phone."""
    if trigrams is not None:
        return _two_character_clause(term, name, params, trigrams)
    if len(term) >= _SHORT_TERM:
        params[name] = '"' + term.replace('"', '""') + '"'
        return f"""(k.id IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :{name})
            OR k.customer_id IN
               (SELECT rowid FROM customers_fts WHERE customers_fts MATCH :{name}))"""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    params[name] = f"%{escaped}%"
    return f"""(k.description LIKE :{name} ESCAPE '\\' OR k.product LIKE :{name} ESCAPE '\\'
        OR k.ref LIKE :{name} ESCAPE '\\'
        OR k.customer_id IN (SELECT id FROM customers WHERE name LIKE :{name} ESCAPE '\\'))"""


def _two_character_clause(term: str, name: str, params: dict, trigrams: list[str]) -> str:
    """A two-character term through indexes, finding exactly what the LIKE scan finds.

    Where the term stands before at least one more character, a trigram starting with it is in
    the index; otherwise the text ends with it (migration 3 indexes the last two characters).
    The LIKE scan read all 100,000 descriptions (~35-60 ms); this takes 0.4-4 ms.
    """
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    params[name], params[f"{name}_like"] = term, f"%{escaped}%"
    found = [f"SELECT id FROM complaints WHERE lower(substr({column}, -2)) = lower(:{name})"
             for column in _TAIL_COLUMNS]
    found.append(f"""SELECT id FROM complaints WHERE customer_id IN
        (SELECT id FROM customers WHERE name LIKE :{name}_like ESCAPE '\\')""")
    if trigrams:
        quoted = " OR ".join('"' + t.replace('"', '""') + '"' for t in trigrams)
        params[f"{name}_match"] = f"{{{' '.join(_TAIL_COLUMNS)}}} : ({quoted})"
        found.append(f"SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :{name}_match")
    return f"k.id IN ({' UNION ALL '.join(found)})"


def _case_row(r: dict) -> CaseRow:
    return CaseRow(
        id=r["id"],
        ref=r["ref"],
        received_at=to_datetime(r["received_at"]),
        customer_id=r["customer_id"],
        customer_name=r["customer_name"],
        customer_phone=r["customer_phone"],
        channel=Channel(r["channel"]),
        product=r["product"],
        severity=Severity(r["severity"]),
        cause=Cause.parse(r["cause"]),
        status=Status(r["status"]),
        staff_name=r["staff_name"],
        overdue=bool(r["overdue"]),
    )
