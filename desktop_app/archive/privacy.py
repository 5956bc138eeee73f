"""A customer's personal data: everything held about them in one zip, and erasing them.

What erasing does (and why):
- The customer row keeps its id, language, segment, care and date; the name becomes
  "Erased customer #id"; phone, e-mail, address and notes are emptied; consent is withdrawn.
- Their complaints stay, so the shop's figures stay true: dates, channel, product, cause,
  severity, feeling, expectation, status and times, remedies (kind, amount, cost, accepted) and
  follow-ups (satisfaction, recovered, will return). Root cause and improvement stay too: they
  describe the shop, not the customer.
- Free text the customer told us, which may name or identify them, is redacted: the complaint
  description becomes "[erased]", order numbers and "options the customer was told" are emptied,
  as are remedy descriptions, follow-up notes and "still wrong" text, and checklist notes.
- Letters (which print name and address) and attachments (photos, receipts) are deleted.
- The audit trail keeps who did what and when, but the old and new *values* of their personal
  fields and redacted texts are blanked; the erasure itself is one event with no values at all.
- `secure_delete` overwrites the freed pages, the full-text indexes are rebuilt and the WAL is
  checkpointed, so the erased values are gone from the archive file itself. Existing backups
  still hold them until rotation drops them (at most 12 months): say so when confirming.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

ERASED_TEXT = "[erased]"
_PERSONAL = ("name", "phone", "email", "address", "notes")
_REDACTED_COMPLAINT = {"description": ERASED_TEXT, "order_no": "", "not_accepted_options": ""}
_REDACTED_FIELDS = (*_PERSONAL, "phone_digits", *_REDACTED_COMPLAINT, "still_wrong", "note",
                    "filename")
_ANONYMOUS = ("name = 'Erased customer #' || id, phone = '', phone_digits = '', email = '', "
              "address = '', notes = '', consent = 0, erased = 1")


class PrivacyStore:
    """Mixed into Archive; uses its `db`, `transaction()`, `log_event()` and `now()`."""

    def customer_data(self, customer_id: int) -> dict:
        """Every record held about one customer, as JSON-able dicts (PDFs and files left out)."""
        customer = self.db["customers"].get(customer_id)
        ids = self._complaint_ids(customer_id)
        marks = ",".join("?" * len(ids))

        def rows(sql: str, params: list) -> list[dict]:
            return list(self.db.query(sql, params))

        return {
            "customer": customer,
            "complaints": rows(f"SELECT * FROM complaints WHERE id IN ({marks})", ids),
            "remedies": rows(f"SELECT * FROM remedies WHERE complaint_id IN ({marks})", ids),
            "follow_ups": rows(f"SELECT * FROM follow_ups WHERE complaint_id IN ({marks})", ids),
            "checklist": rows(f"SELECT * FROM checklist WHERE complaint_id IN ({marks})", ids),
            "letters": rows("SELECT id, complaint_id, kind, language, made_at, made_by "
                            f"FROM letters WHERE complaint_id IN ({marks})", ids),
            "attachments": rows("SELECT id, complaint_id, filename, mime, added_at "
                                f"FROM attachments WHERE complaint_id IN ({marks})", ids),
            "events": rows("SELECT * FROM events WHERE (entity = 'customer' AND entity_id = ?)"
                           f" OR complaint_id IN ({marks}) ORDER BY at, id", [customer_id, *ids]),
        }

    def export_customer(self, customer_id: int, path: Path) -> Path:
        """A zip with customer.json, their letters as PDF and their attachments as files."""
        data = self.customer_data(customer_id)
        refs = {c["id"]: c["ref"] for c in data["complaints"]}
        ids = list(refs)
        marks = ",".join("?" * len(ids))
        path = Path(path)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
            zipped.writestr("customer.json", json.dumps(data, ensure_ascii=False, indent=2,
                                                        default=_json_default))
            for row in self.db.query(
                    f"SELECT id, complaint_id, kind, pdf FROM letters "
                    f"WHERE complaint_id IN ({marks})", ids):
                zipped.writestr(f"letters/{refs[row['complaint_id']]}-{row['kind']}-"
                                f"{row['id']}.pdf", row["pdf"])
            for row in self.db.query(
                    f"SELECT id, complaint_id, filename, data FROM attachments "
                    f"WHERE complaint_id IN ({marks})", ids):
                name = _safe_name(row["filename"])
                zipped.writestr(f"attachments/{refs[row['complaint_id']]}-{row['id']}-{name}",
                                row["data"])
        return path

    def erase_customer(self, customer_id: int, staff_id: int | None = None) -> None:
        """Anonymise one customer and redact what they told us; the shop's statistics stay."""
        self.db.execute("PRAGMA secure_delete = ON")
        try:
            with self.transaction():
                self._erase(customer_id, staff_id)
            for index in ("customers_fts", "complaints_fts"):
                # Rebuilding drops the erased words from the index's own pages too.
                self.db.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.db.execute("PRAGMA secure_delete = OFF")

    def _erase(self, customer_id: int, staff_id: int | None) -> None:
        row = self.db["customers"].get(customer_id)
        if row["erased"]:
            raise ValueError(f"customer {customer_id} is already erased")
        ids = self._complaint_ids(customer_id)
        marks = ",".join("?" * len(ids))
        # Duplicates merged into this customer are the same person: anonymised with them.
        people = [customer_id, *(r["id"] for r in self.db.query(
            "SELECT id FROM customers WHERE merged_into = ?", [customer_id]))]
        who = ",".join("?" * len(people))
        self.db.execute(f"UPDATE customers SET {_ANONYMOUS} WHERE id IN ({who})", people)
        sets = ", ".join(f"{column} = ?" for column in _REDACTED_COMPLAINT)
        self.db.execute(f"UPDATE complaints SET {sets} WHERE id IN ({marks})",
                        [*_REDACTED_COMPLAINT.values(), *ids])
        for sql in ("UPDATE remedies SET description = '' WHERE complaint_id IN ({})",
                    "UPDATE follow_ups SET notes = '', still_wrong = '' WHERE complaint_id IN ({})",
                    "UPDATE checklist SET note = '' WHERE complaint_id IN ({})",
                    "DELETE FROM letters WHERE complaint_id IN ({})",
                    "DELETE FROM attachments WHERE complaint_id IN ({})"):
            self.db.execute(sql.format(marks), ids)
        fields = ",".join("?" * len(_REDACTED_FIELDS))
        self.db.execute(f"UPDATE events SET old = '', new = '' WHERE field IN ({fields}) AND "
                        f"complaint_id IN ({marks})", [*_REDACTED_FIELDS, *ids])
        self.db.execute(f"UPDATE events SET old = '', new = '' WHERE entity = 'customer' AND "
                        f"entity_id IN ({who})", people)
        self.log_event("customer", customer_id, "erased", staff_id)

    def _complaint_ids(self, customer_id: int) -> list[int]:
        return [r["id"] for r in self.db.query(
            "SELECT id FROM complaints WHERE customer_id = ? ORDER BY id", [customer_id])]


def _json_default(value: object) -> str:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _safe_name(filename: str) -> str:
    """A file name that cannot climb out of the zip folder or upset Windows."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", filename).strip(" .")
    return name or "file"
