"""Customers in the archive: look-up for the intake form, edits with an audit trail, history."""

from __future__ import annotations

from dataclasses import asdict
from typing import cast

from desktop_app.archive.core import Store
from desktop_app.archive.rows import customer_from_row, stored_datetime, to_text
from desktop_app.archive.sql import fetch_row, update_row
from desktop_app.domain.model import Cause, Customer, Status
from desktop_app.domain.queries import CustomerMatch, HistoryItem
from desktop_app.domain.validate import CustomerInput, check_customer, phone_digits

_EDITABLE = ("name", "phone", "email", "address", "language", "consent")


class CustomerStore(Store):
    """Customers: look-up, adding, edits and history."""

    def find_customers(self, text: str, limit: int = 8) -> list[CustomerMatch]:
        """Customers whose phone contains the typed digits or whose name starts with the text."""
        text = text.strip()
        if not text:
            return []
        digits = phone_digits(text)
        clauses, params = ["c.name LIKE ? ESCAPE '\\'"], [_like_prefix(text)]
        if len(digits) >= 3:
            clauses.append("c.phone_digits LIKE ?")
            params.append(f"%{digits}%")
        sql = f"""
            SELECT c.id, c.name, c.phone, c.email,
                   (SELECT COUNT(*) FROM complaints k
                    WHERE k.customer_id = c.id AND k.deleted_at IS NULL) AS complaints
            FROM customers c
            WHERE c.erased = 0 AND c.merged_into IS NULL AND ({' OR '.join(clauses)})
            ORDER BY complaints DESC, c.name
            LIMIT ?"""
        return [CustomerMatch(**row) for row in self.db.query(sql, [*params, limit])]

    def customer(self, customer_id: int) -> Customer:
        return customer_from_row(fetch_row(self.db, "customers", customer_id))

    def customer_by_phone(self, phone: str) -> Customer | None:
        digits = phone_digits(phone)
        if not digits:
            return None
        rows = list(self.db.query(
            "SELECT * FROM customers WHERE phone_digits = ? AND erased = 0 AND merged_into IS NULL"
            " ORDER BY id LIMIT 1", [digits]))
        return customer_from_row(rows[0]) if rows else None

    def add_customer(self, data: CustomerInput, staff_id: int | None = None) -> Customer:
        data = check_customer(data)
        with self.transaction():
            customer_id = self.insert_customer(data, staff_id)
        return self.customer(customer_id)

    def insert_customer(self, data: CustomerInput, staff_id: int | None) -> int:
        row = {**_input_row(data), "created_at": to_text(self.now())}
        # An insert into a rowid table always sets last_pk.
        customer_id = cast(int, self.db.table("customers").insert(row).last_pk)
        self.log_event("customer", customer_id, "created", staff_id, new=data.name)
        return customer_id

    def update_customer(
        self, customer_id: int, data: CustomerInput, staff_id: int | None = None
    ) -> Customer:
        """Save edits; every changed field becomes an audit event with its old and new value."""
        data = check_customer(data)
        new_row = _input_row(data)
        with self.transaction():
            old_row = fetch_row(self.db, "customers", customer_id)
            changed = {k: v for k, v in new_row.items() if old_row[k] != v}
            if changed:
                update_row(self.db, "customers", customer_id, changed)
            for name in _EDITABLE:
                if name in changed:
                    self.log_event("customer", customer_id, "changed", staff_id,
                                   field=name, old=old_row[name], new=changed[name])
        return self.customer(customer_id)

    def customer_history(self, customer_id: int) -> list[HistoryItem]:
        """Every complaint of this customer, newest first, with remedies and satisfaction."""
        sql = """
            SELECT k.id, k.ref, k.received_at, k.product, k.description, k.cause, k.status,
                   (SELECT group_concat(r.kind, ',') FROM remedies r
                    WHERE r.complaint_id = k.id) AS remedies,
                   (SELECT COALESCE(SUM(r.amount_cents), 0) FROM remedies r
                    WHERE r.complaint_id = k.id) AS compensation,
                   (SELECT f.satisfaction FROM follow_ups f
                    WHERE f.complaint_id = k.id AND f.satisfaction IS NOT NULL
                    ORDER BY f.done_at DESC LIMIT 1) AS satisfaction
            FROM complaints k
            WHERE k.customer_id = ? AND k.deleted_at IS NULL
            ORDER BY k.received_at DESC"""
        return [
            HistoryItem(
                complaint_id=r["id"],
                ref=r["ref"],
                received_at=stored_datetime(r["received_at"]),
                product=r["product"],
                description=r["description"],
                cause=Cause.parse(r["cause"]),
                status=Status(r["status"]),
                remedies=r["remedies"] or "",
                compensation_cents=r["compensation"],
                satisfaction=r["satisfaction"],
            )
            for r in self.db.query(sql, [customer_id])
        ]


def _input_row(data: CustomerInput) -> dict:
    row = asdict(data)
    row["language"] = data.language.value
    row["consent"] = int(data.consent)
    row["phone_digits"] = phone_digits(data.phone)
    return row


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"
