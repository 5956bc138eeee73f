"""The customer archive: every customer with their complaint record, profile edits, merging.

The list is paged and searched in SQLite: a page of customers is picked first (by index), then
its figures are computed for those rows only, so 30,000 customers list as fast as 300.
"""

from __future__ import annotations

import json
from datetime import timedelta

from desktop_app.archive.core import Core, Store
from desktop_app.archive.customers import CustomerStore
from desktop_app.archive.recovery import event_from_row
from desktop_app.archive.rows import to_datetime, to_text
from desktop_app.archive.sql import fetch_row, update_row
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Care, Customer, Segment, Status
from desktop_app.domain.queries import CustomerSummary, MergePreview, TimelineEntry
from desktop_app.domain.timeline import describe
from desktop_app.domain.validate import MAX_TEXT, FieldError, ValidationError, _text, phone_digits

_NOT_RECOVERED = Status.NOT_RECOVERED.value
_CLOSED = (Status.RECOVERED.value, _NOT_RECOVERED)
_FILLABLE = ("phone", "email", "address", "notes")
_SHORT_TERM = 3  # the trigram index needs three characters; shorter terms use LIKE
_LIVE = "k.customer_id = c.id AND k.deleted_at IS NULL"
# Per-customer figures as correlated subqueries: cheap for one page, each an index look-up on
# complaints_customer (the unary + keeps SQLite from scanning every not-recovered case instead).
_FIGURES = f"""
    (SELECT COUNT(*) FROM complaints k WHERE {_LIVE}) AS complaints,
    (SELECT COUNT(*) FROM complaints k WHERE {_LIVE} AND k.received_at >= :year_ago)
        AS complaints_12m,
    (SELECT COUNT(*) FROM complaints k WHERE {_LIVE} AND k.status NOT IN {_CLOSED}) AS open_cases,
    (SELECT MAX(k.received_at) FROM complaints k WHERE {_LIVE}) AS last_at,
    (SELECT COALESCE(SUM(r.amount_cents), 0) FROM complaints k
        JOIN remedies r ON r.complaint_id = k.id WHERE {_LIVE}) AS compensation,
    (SELECT AVG(f.satisfaction) FROM complaints k JOIN follow_ups f ON f.complaint_id = k.id
        WHERE {_LIVE} AND f.satisfaction IS NOT NULL) AS satisfaction,
    EXISTS (SELECT 1 FROM complaints k WHERE {_LIVE} AND +k.status = '{_NOT_RECOVERED}')
        AS unrecovered"""
_REPEAT_IDS = """SELECT k.customer_id FROM complaints k
    WHERE k.received_at >= :year_ago AND k.deleted_at IS NULL
    GROUP BY k.customer_id HAVING COUNT(*) >= 2"""
_UNRECOVERED_IDS = f"""SELECT k.customer_id FROM complaints k
    WHERE k.status = '{_NOT_RECOVERED}' AND k.deleted_at IS NULL"""
# order → how the figures of one page are put back in that order
_ORDERS = {"name": "c.name, c.id", "last_complaint": "last_at DESC, c.id DESC",
           "complaints": "complaints DESC, c.id"}
_LAST_AT = """(SELECT MAX(k.received_at) FROM complaints k
    WHERE k.customer_id = c.id AND k.deleted_at IS NULL)"""  # complaints_live_customer alone


class CustomerArchiveStore(Store):
    """The customer list with figures, profile edits and merging."""

    def __init__(self, core: Core, customers: CustomerStore) -> None:
        super().__init__(core)
        self._customers = customers

    def customer_summaries(self, search: str = "", offset: int = 0, limit: int = 200,
                           flagged_only: bool = False, order: str = "name",
                           after: CustomerSummary | None = None) -> list[CustomerSummary]:
        """One page of the customer archive. `order`: "name", "last_complaint" (newest first)
        or "complaints"; `flagged_only` keeps customers with repeat (≥ 2 in 12 months) or
        unrecovered complaints. `after` (the last row of the page before) pages by keyset for
        "name" and "last_complaint", reading no skipped rows; `offset` skips rows after that."""
        where, params = self._customer_where(search, flagged_only)
        params.update(limit=limit, offset=offset)
        # The page's ids first (by an index), then the figures for those rows only.
        if order == "name":
            if after is not None:
                where += " AND c.name >= :after_name AND (c.name > :after_name OR c.id > :after_id)"
                params.update(after_name=after.name, after_id=after.id)
            page = f"""SELECT c.id FROM customers c WHERE {where} ORDER BY c.name, c.id
                       LIMIT :limit OFFSET :offset"""
        elif order == "last_complaint":
            page = self._last_complaint_page(where, params, after, bool(search or flagged_only))
        else:
            page = f"""SELECT c.id FROM customers c LEFT JOIN (
                           SELECT k.customer_id, COUNT(*) AS n FROM complaints k
                           WHERE k.deleted_at IS NULL GROUP BY k.customer_id) g
                       ON g.customer_id = c.id WHERE {where}
                       ORDER BY g.n DESC, c.id LIMIT :limit OFFSET :offset"""
        sql = f"""SELECT c.*, {_FIGURES} FROM customers c WHERE c.id IN ({page})
                  ORDER BY {_ORDERS[order]}"""
        return [_summary(r) for r in self.db.query(sql, params)]

    def _last_complaint_page(self, where: str, params: dict, after: CustomerSummary | None,
                             narrowed: bool) -> str:
        """The page's ids by last complaint, newest first, then those who never complained.

        Unfiltered, the newest live complaints are walked in order (an index alone) and each
        customer is taken at their newest one: a page reads ~limit complaints, not every
        customer. A search or the flag narrows the customers first; each one's last complaint
        is then one look-up in complaints_live_customer.
        """
        last_at = to_text(after.last_complaint_at) if after and after.last_complaint_at else None
        params.update(after_at=last_at, after_id=after.id if after else None)
        if narrowed:
            keyset = "" if after is None else """ AND (
                (:after_at IS NOT NULL AND (last_at IS NULL OR last_at < :after_at
                    OR (last_at = :after_at AND id < :after_id)))
                OR (:after_at IS NULL AND last_at IS NULL AND id < :after_id))"""
            return f"""SELECT id FROM (SELECT c.id, {_LAST_AT} AS last_at FROM customers c
                       WHERE {where}) WHERE 1 {keyset}
                       ORDER BY last_at DESC, id DESC LIMIT :limit OFFSET :offset"""
        walked = f"""SELECT k.customer_id FROM complaints k
            INDEXED BY complaints_live_received_customer JOIN customers c ON c.id = k.customer_id
            WHERE k.deleted_at IS NULL AND (:after_id IS NULL OR (:after_at IS NOT NULL
                AND k.received_at <= :after_at
                AND (k.received_at < :after_at OR k.customer_id < :after_id)))
              AND NOT EXISTS (SELECT 1 FROM complaints n WHERE n.customer_id = k.customer_id
                  AND n.deleted_at IS NULL AND (n.received_at > k.received_at
                      OR (n.received_at = k.received_at AND n.id > k.id)))
              AND {where}
            ORDER BY k.received_at DESC, k.customer_id DESC LIMIT :limit + :offset"""
        ids = [r[0] for r in self.db.execute(walked, params)]
        if len(ids) < params["limit"] + params["offset"]:
            never = f"""SELECT c.id FROM customers c WHERE {where}
                AND NOT EXISTS (SELECT 1 FROM complaints k WHERE k.customer_id = c.id
                                AND k.deleted_at IS NULL)
                AND (:after_at IS NOT NULL OR :after_id IS NULL OR c.id < :after_id)
                ORDER BY c.id DESC LIMIT :limit + :offset"""
            ids += [r[0] for r in self.db.execute(never, params)]
        params["page_ids"] = json.dumps(ids[params["offset"]:][:params["limit"]])
        return "SELECT value FROM json_each(:page_ids)"

    def count_customers(self, search: str = "", flagged_only: bool = False) -> int:
        where, params = self._customer_where(search, flagged_only)
        return self.db.execute(f"SELECT COUNT(*) FROM customers c WHERE {where}",
                               params).fetchone()[0]

    def customer_summary(self, customer_id: int) -> CustomerSummary:
        params = {"year_ago": self._year_ago(), "id": customer_id}
        rows = list(self.db.query(f"SELECT c.*, {_FIGURES} FROM customers c WHERE c.id = :id",
                                  params))
        if not rows:
            raise KeyError(customer_id)
        return _summary(rows[0])

    def _year_ago(self) -> str:
        return to_text(self.now() - timedelta(days=365))

    def _customer_where(self, search: str, flagged_only: bool) -> tuple[str, dict]:
        clauses = ["c.merged_into IS NULL", "c.erased = 0"]
        params: dict = {"year_ago": self._year_ago()}
        digits = phone_digits(search)
        if len(digits) >= _SHORT_TERM and not any(ch.isalpha() for ch in search):
            clauses.append("c.phone_digits LIKE :digits")
            params["digits"] = f"%{digits}%"
        else:
            for i, term in enumerate(search.split()):
                clauses.append(_term_clause(term, f"t{i}", params))
        if flagged_only:
            clauses.append(f"(c.id IN ({_REPEAT_IDS}) OR c.id IN ({_UNRECOVERED_IDS}))")
        return " AND ".join(clauses), params

    def update_customer_profile(self, customer_id: int, segment: Segment, care: Care,
                                notes: str, staff_id: int | None) -> Customer:
        """Change how the shop sees a customer; one audit event per changed field."""
        errors: list[FieldError] = []
        notes = _text(errors, "notes", notes, MAX_TEXT, required=False)
        if errors:
            raise ValidationError(errors)
        new = {"segment": segment.value, "care": care.value, "notes": notes}
        with self.transaction():
            self._change_customer(customer_id, new, staff_id)
        return self._customers.customer(customer_id)

    def _change_customer(self, customer_id: int, new: dict, staff_id: int | None) -> None:
        old = fetch_row(self.db, "customers", customer_id)
        changed = {k: v for k, v in new.items() if old[k] != v}
        if changed:
            update_row(self.db, "customers", customer_id, changed)
        for name, value in changed.items():
            self.log_event("customer", customer_id, "changed", staff_id, field=name,
                           old=old[name], new=value)

    def customer_timeline(self, customer_id: int) -> list[TimelineEntry]:
        """Every change to the customer record itself (not their cases), oldest first."""
        rows = self.db.query("SELECT * FROM events WHERE entity = 'customer' AND entity_id = ?"
                             " ORDER BY at, id", [customer_id])
        staff = {s.id: s.name for s in self.staff(active_only=False) if s.id is not None}
        return [describe(event_from_row(r), staff) for r in rows]

    # Merging duplicates ------------------------------------------------------------------------

    def merge_preview(self, keep_id: int, duplicate_id: int) -> MergePreview:
        """Both records side by side, the complaints that will move and the blanks filled in."""
        keep, duplicate = self._mergeable(keep_id, duplicate_id)
        return MergePreview(
            keep=keep, duplicate=duplicate,
            keep_summary=self.customer_summary(keep_id),
            duplicate_summary=self.customer_summary(duplicate_id),
            moving=tuple(self._customers.customer_history(duplicate_id)),
            filled_in=tuple(_blanks_filled(keep, duplicate)),
        )

    def merge_customers(self, keep_id: int, duplicate_id: int, staff_id: int | None) -> Customer:
        """Move every complaint of the duplicate to the customer kept, fill the kept record's
        blanks from it, and mark the duplicate as merged; all recorded as events."""
        with self.transaction():
            keep, duplicate = self._mergeable(keep_id, duplicate_id)
            moving = [r[0] for r in self.db.execute(
                "SELECT id FROM complaints WHERE customer_id = ? ORDER BY id", [duplicate_id])]
            self.db.execute("UPDATE complaints SET customer_id = ? WHERE customer_id = ?",
                            [keep_id, duplicate_id])
            for complaint_id in moving:
                self.log_event("complaint", complaint_id, "merged", staff_id,
                               complaint_id=complaint_id, field="customer_id", old=duplicate_id,
                               new=keep_id)
            fills = {name: getattr(duplicate, name) for name in _blanks_filled(keep, duplicate)}
            if "phone" in fills:
                fills["phone_digits"] = phone_digits(fills["phone"])
            assert keep.created_at is not None and duplicate.created_at is not None  # stored
            earliest = min(keep.created_at, duplicate.created_at)
            self._change_customer(keep_id, {**fills, "created_at": to_text(earliest)}, staff_id)
            update_row(self.db, "customers", duplicate_id, {"merged_into": keep_id})
            self.log_event("customer", duplicate_id, "merged", staff_id, field="merged_into",
                           new=keep_id)
            self.log_event("customer", keep_id, "merged", staff_id, field="merged_from",
                           new=f"{duplicate_id} {duplicate.name}")
        return self._customers.customer(keep_id)

    def _mergeable(self, keep_id: int, duplicate_id: int) -> tuple[Customer, Customer]:
        if keep_id == duplicate_id:
            raise ValidationError([FieldError("duplicate", _N(
                "Validation", "Choose two different customers to merge."))])
        rows = {r["id"]: r for r in self.db.query(
            "SELECT id, merged_into FROM customers WHERE id IN (?, ?)", [keep_id, duplicate_id])}
        if len(rows) < 2 or any(r["merged_into"] is not None for r in rows.values()):
            raise ValidationError([FieldError("duplicate", _N(
                "Validation", "One of these customers no longer exists or was already merged."))])
        return self._customers.customer(keep_id), self._customers.customer(duplicate_id)


def _blanks_filled(keep: Customer, duplicate: Customer) -> list[str]:
    return [n for n in _FILLABLE if not getattr(keep, n) and getattr(duplicate, n)]


def _term_clause(term: str, name: str, params: dict) -> str:
    if len(term) >= _SHORT_TERM:
        params[name] = '"' + term.replace('"', '""') + '"'
        return f"c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH :{name})"
    params[name] = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return f"(c.name LIKE :{name} ESCAPE '\\' OR c.phone LIKE :{name} ESCAPE '\\')"


def _summary(r: dict) -> CustomerSummary:
    return CustomerSummary(
        id=r["id"], name=r["name"], phone=r["phone"], email=r["email"],
        segment=Segment(r["segment"]), care=Care(r["care"]), complaints=r["complaints"],
        complaints_12m=r["complaints_12m"], open_cases=r["open_cases"],
        last_complaint_at=to_datetime(r["last_at"]), compensation_cents=r["compensation"],
        average_satisfaction=r["satisfaction"], repeat=r["complaints_12m"] >= 2,
        unrecovered=bool(r["unrecovered"]),
    )

