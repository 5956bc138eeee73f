"""Remedies in the archive: adding and correcting them, and what helps choose the next one.

Adding a remedy also does what the procedure asks next: it plans a follow-up a set number of days
later (the shop's setting) and ticks the compensation step when money or goods were given.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from desktop_app.archive.core import Core, Store
from desktop_app.archive.customers import CustomerStore
from desktop_app.archive.follow_ups import FollowUpStore
from desktop_app.archive.recovery import RecoveryStore, stored
from desktop_app.archive.rows import stored_datetime, to_bool, to_date, to_datetime, to_text
from desktop_app.archive.sql import fetch_row, insert_row, update_row
from desktop_app.domain.model import Cause, RecoveryStep, Remedy, RemedyKind
from desktop_app.domain.queries import CustomerValue, Precedent
from desktop_app.domain.recovery import (
    RemedyInput,
    check_remedy,
    default_method,
    follow_up_due_on,
    tenure,
)

_REMEDY_FIELDS = ("kind", "description", "amount_cents", "cost_cents", "given_on", "given_by",
                  "accepted")
_SATISFACTION = """(SELECT f.satisfaction FROM follow_ups f
    WHERE f.complaint_id = k.id AND f.satisfaction IS NOT NULL
    ORDER BY f.done_at DESC, f.id DESC LIMIT 1)"""


class RemedyStore(Store):
    """Remedies of a case; adding one ticks compensation and plans a follow-up."""

    def __init__(self, core: Core, recovery: RecoveryStore, customers: CustomerStore,
                 follow_ups: FollowUpStore) -> None:
        super().__init__(core)
        self._recovery = recovery
        self._customers = customers
        self._follow_ups = follow_ups

    def remedies(self, complaint_id: int) -> list[Remedy]:
        """The remedies of a case in the order they were given."""
        rows = self.db.query("SELECT * FROM remedies WHERE complaint_id = ? ORDER BY given_on, id",
                             [complaint_id])
        return [remedy_from_row(r) for r in rows]

    def remedy(self, remedy_id: int) -> Remedy:
        return remedy_from_row(fetch_row(self.db, "remedies", remedy_id))

    def add_remedy(self, data: RemedyInput, staff_id: int | None) -> Remedy:
        """Record a remedy, plan its follow-up and tick compensation; ValidationError if bad."""
        data = check_remedy(data, self.now().date())
        data = replace(data, given_by=data.given_by if data.given_by is not None else staff_id)
        kind, given_on = data.kind, data.given_on
        assert kind is not None and given_on is not None  # check_remedy sees to both
        with self.transaction():
            complaint = self._recovery.case_record(data.complaint_id)
            assert complaint.id is not None  # case_record reads a stored complaint
            remedy_id = insert_row(self.db, "remedies", _remedy_row(data))
            self.log_event("remedy", remedy_id, "created", staff_id,
                           complaint_id=complaint.id, field="kind", new=kind.value)
            if data.amount_cents > 0:
                self._recovery.tick_step(complaint.id, RecoveryStep.COMPENSATION, staff_id)
            if not self._has_open_follow_up(complaint.id):
                customer = self._customers.customer(complaint.customer_id)
                self._follow_ups.schedule_follow_up(
                    complaint.id, follow_up_due_on(given_on, self.shop()),
                    default_method(customer.phone, customer.email), staff_id)
        return self.remedy(remedy_id)

    def update_remedy(self, remedy_id: int, data: RemedyInput, staff_id: int | None) -> Remedy:
        """Correct a remedy (e.g. the customer accepted it after all); one event per field."""
        data = check_remedy(data, self.now().date())
        with self.transaction():
            old = fetch_row(self.db, "remedies", remedy_id)
            new = _remedy_row(data)
            changed = {k: new[k] for k in _REMEDY_FIELDS if old[k] != new[k]}
            if changed:
                update_row(self.db, "remedies", remedy_id, changed)
            for name, value in changed.items():
                self.log_event("remedy", remedy_id, "changed", staff_id,
                               complaint_id=old["complaint_id"], field=name,
                               old=stored(old[name]), new=stored(value))
            if data.amount_cents > 0:
                self._recovery.tick_step(old["complaint_id"], RecoveryStep.COMPENSATION, staff_id)
        return self.remedy(remedy_id)

    def _has_open_follow_up(self, complaint_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM follow_ups WHERE complaint_id = ? AND done_at IS"
                               " NULL LIMIT 1", [complaint_id]).fetchone() is not None

    def remedy_precedents(self, cause: Cause | None, customer_id: int | None, limit: int = 10,
                          exclude_complaint_id: int | None = None) -> list[Precedent]:
        """What was given before: up to `limit` remedies to this customer (first), then up to
        `limit` for the same cause to anyone, newest first within each group."""
        found: list[Precedent] = []
        if customer_id is not None:
            found += self._precedents("k.customer_id = :key", customer_id, customer_id,
                                      limit, exclude_complaint_id)
        if cause is not None:
            seen = {p.remedy_id for p in found}
            found += [p for p in self._precedents("k.cause = :key", cause.value, customer_id,
                                                  limit + len(seen), exclude_complaint_id)
                      if p.remedy_id not in seen][:limit]
        return found

    def _precedents(self, where: str, key, customer_id, limit: int, exclude) -> list[Precedent]:
        sql = f"""
            SELECT r.*, k.ref, k.received_at, k.customer_id, k.cause, c.name AS customer_name,
                   {_SATISFACTION} AS satisfaction
            FROM complaints k
            JOIN remedies r ON r.complaint_id = k.id
            JOIN customers c ON c.id = k.customer_id
            WHERE {where} AND k.deleted_at IS NULL AND k.id IS NOT :exclude
            ORDER BY k.received_at DESC, r.id DESC
            LIMIT :limit"""
        rows = self.db.query(sql, {"key": key, "exclude": exclude, "limit": limit})
        return [_precedent(r, customer_id) for r in rows]

    def customer_value(self, customer_id: int) -> CustomerValue:
        """Segment, care, how long with the shop and what their complaints have cost so far."""
        customer = self._customers.customer(customer_id)
        today = self.now().date()
        year_ago = to_text(self.now() - timedelta(days=365))
        row = next(self.db.query("""
            SELECT COUNT(*) AS complaints,
                   COALESCE(SUM(k.received_at >= :year_ago), 0) AS complaints_12m,
                   MIN(k.received_at) AS first,
                   (SELECT COALESCE(SUM(r.amount_cents), 0) FROM remedies r JOIN complaints k2
                    ON k2.id = r.complaint_id WHERE k2.customer_id = :id
                    AND k2.deleted_at IS NULL) AS compensation,
                   (SELECT COALESCE(SUM(r.cost_cents), 0) FROM remedies r JOIN complaints k2
                    ON k2.id = r.complaint_id WHERE k2.customer_id = :id
                    AND k2.deleted_at IS NULL) AS cost,
                   (SELECT AVG(f.satisfaction) FROM follow_ups f JOIN complaints k2
                    ON k2.id = f.complaint_id WHERE k2.customer_id = :id
                    AND k2.deleted_at IS NULL) AS satisfaction
            FROM complaints k WHERE k.customer_id = :id AND k.deleted_at IS NULL""",
            {"id": customer_id, "year_ago": year_ago}))
        since = min(d for d in (customer.created_at, to_datetime(row["first"])) if d).date()
        return CustomerValue(
            customer_id=customer_id, name=customer.name, segment=customer.segment,
            care=customer.care, customer_since=since, tenure=tenure(since, today),
            complaints=row["complaints"], complaints_12m=row["complaints_12m"],
            compensation_cents=row["compensation"], cost_cents=row["cost"],
            average_satisfaction=row["satisfaction"],
        )


def _remedy_row(data: RemedyInput) -> dict:
    assert data.kind is not None  # rows are made from input check_remedy has passed
    return {
        "complaint_id": data.complaint_id,
        "kind": data.kind.value,
        "description": data.description,
        "amount_cents": data.amount_cents,
        "cost_cents": data.cost_cents,
        "given_on": to_text(data.given_on),
        "given_by": data.given_by,
        "accepted": None if data.accepted is None else int(data.accepted),
    }


def remedy_from_row(r: dict) -> Remedy:
    return Remedy(id=r["id"], complaint_id=r["complaint_id"], kind=RemedyKind(r["kind"]),
                  description=r["description"], amount_cents=r["amount_cents"],
                  cost_cents=r["cost_cents"], given_on=to_date(r["given_on"]),
                  given_by=r["given_by"], accepted=to_bool(r["accepted"]))


def _precedent(r: dict, customer_id: int | None) -> Precedent:
    return Precedent(
        remedy_id=r["id"], complaint_id=r["complaint_id"], ref=r["ref"],
        received_at=stored_datetime(r["received_at"]), customer_id=r["customer_id"],
        customer_name=r["customer_name"], same_customer=r["customer_id"] == customer_id,
        cause=Cause.parse(r["cause"]), kind=RemedyKind(r["kind"]), description=r["description"],
        amount_cents=r["amount_cents"], cost_cents=r["cost_cents"],
        accepted=to_bool(r["accepted"]), satisfaction=r["satisfaction"],
    )

