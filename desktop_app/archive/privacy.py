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
- Everywhere else (root causes, improvements, reasons, other customers' cases, templates, the
  intake draft) every name, phone, e-mail and address the person ever had is replaced by
  "[erased]", so the shop's own sentences keep their meaning.
- The full-text indexes are merged (dropping old words), the file is vacuumed with
  `secure_delete` on and the WAL truncated, so the values are gone from the files themselves.
  Existing backups still hold them until rotation drops them (at most 12 months).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop_app.archive.core import ERASURE_PENDING, Store
from desktop_app.archive.errors import ArchiveError
from desktop_app.archive.sql import fetch_row
from desktop_app.domain.erasure import ERASED_TEXT, Scrubber
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.problems import Problem
from desktop_app.domain.queries import CustomerMatch
from desktop_app.domain.validate import phone_digits

if TYPE_CHECKING:
    from sqlite_utils import Database

_PENDING = ERASURE_PENDING


class ErasureRefused(Problem, ValueError):
    """This customer cannot be erased as asked (already erased, or merged into another)."""


_CHECKPOINT_TRIES = 5
_FTS5 = re.compile(r"CREATE\s+VIRTUAL\s+TABLE\s+\S+\s+USING\s+fts5\s*\(", re.IGNORECASE)
_PERSONAL = ("name", "phone", "email", "address", "notes")
_REDACTED_COMPLAINT = {"description": ERASED_TEXT, "order_no": "", "not_accepted_options": ""}
_REDACTED_FIELDS = (*_PERSONAL, "phone_digits", *_REDACTED_COMPLAINT, "still_wrong", "note",
                    "filename")
_ANONYMOUS = ("name = 'Erased customer #' || id, phone = '', phone_digits = '', email = '', "
              "address = '', notes = '', consent = 0, erased = 1")
# Free text anyone may have typed a customer's name or number into, across the whole shop.
_SCRUBBED = {
    "complaints": ("description", "root_cause", "improvement", "product", "order_no",
                   "not_accepted_options"),
    "remedies": ("description",),
    "follow_ups": ("still_wrong", "notes"),
    "checklist": ("note",),
    "events": ("old", "new"),
    "customers": ("notes",),
    "attachments": ("filename",),
    "letter_templates": ("body",),
}

# Audit fields that only ever hold codes, numbers and times: not searched (most of the trail).
_CODED_FIELDS = ("status", "step", "closed_at", "acknowledged_at", "first_response_at",
                 "first_closed_at", "due_on", "satisfaction", "reopen_count", "response_due",
                 "resolution_due", "received_at", "received_by", "channel", "severity",
                 "feeling", "expectation", "spread", "cause", "customer_id", "merged_into",
                 "method", "kind", "amount_cents", "cost_cents", "given_on", "given_by",
                 "accepted", "language", "consent", "segment", "care")
_SKIPPED = {"events": "field NOT IN ({})".format(", ".join(f"'{f}'" for f in _CODED_FIELDS))}


@dataclass(frozen=True)
class Erasure:
    """What an erasure did: the complaints anonymised, whether the file's free space was
    rewritten, whether the journal was emptied (a reader elsewhere can hold it), and the time."""

    complaints: int
    free_space_cleaned: bool
    journal_cleared: bool
    seconds: float


class PrivacyStore(Store):
    """A customer's data export and erasure."""

    def customer_data(self, customer_id: int) -> dict:
        """Every record held about one customer, as JSON-able dicts (PDFs and files left out)."""
        customer = fetch_row(self.db, "customers", customer_id)
        ids = self._complaint_ids(customer_id)
        marks = ",".join("?" * len(ids))

        def rows(sql: str, params: list) -> list[dict]:
            return list(self.db.query(sql, params))

        return {
            "customer": customer,
            # Duplicates merged into them: the same person under an older name or number.
            "merged_records": rows("SELECT * FROM customers WHERE merged_into = ?",
                                   [customer_id]),
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
        path = Path(path)
        partial = path.with_name(path.name + ".part")  # all or nothing: never half a zip
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zipped:
                self._write_export(zipped, data, refs)
            partial.replace(path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return path

    def _write_export(self, zipped: zipfile.ZipFile, data: dict, refs: dict[int, str]) -> None:
        ids = list(refs)
        marks = ",".join("?" * len(ids))
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

    def customers_matching(self, id_or_phone: str) -> list[CustomerMatch]:
        """The customers `amends export-customer/erase-customer ID_OR_PHONE` means: a plain
        number is an id or a phone, anything else a phone (same digits, or the same number
        without its country code); records merged into another are left out."""
        text = id_or_phone.strip().lstrip("#")
        digits = phone_digits(text)
        clauses: list[str] = []
        params: list[int | str] = []
        if text.isdecimal():
            clauses.append("c.id = ?")
            params.append(int(text))
        if len(digits) >= 3:
            clauses.append("(c.phone_digits = ? OR (length(?) >= 7 AND length(c.phone_digits) >= 7"
                           " AND (c.phone_digits LIKE '%' || ? OR ? LIKE '%' || c.phone_digits)))")
            params += [digits, digits, digits, digits]
        if not clauses:
            return []
        sql = f"""SELECT c.id, c.name, c.phone, c.email,
                         (SELECT COUNT(*) FROM complaints k WHERE k.customer_id = c.id)
                         AS complaints
                  FROM customers c WHERE c.merged_into IS NULL AND ({' OR '.join(clauses)})
                  ORDER BY c.id"""
        return [CustomerMatch(**row) for row in self.db.query(sql, params)]

    def erase_customer(self, customer_id: int, staff_id: int | None = None) -> Erasure:
        """Anonymise one customer and scrub them from every text; the shop's statistics stay.

        The erasure itself is one transaction (a kill leaves all of it or none of it); cleaning
        the file's free space and journal follows it, and is finished later by
        `finish_erasure()` if it was interrupted.
        """
        started = time.perf_counter()
        with _secure_delete(self.db):
            with self.transaction():
                complaints = self._erase(customer_id, staff_id)
            cleaned, journal_cleared = self._clean_file()
        return Erasure(complaints, cleaned, journal_cleared, time.perf_counter() - started)

    def finish_erasure(self) -> bool:
        """Clean the free space an interrupted erasure left behind; True when nothing is left to
        clean (cheap to call at every start: a setting is read and nothing else)."""
        if not self.setting(_PENDING):
            return True
        with _secure_delete(self.db):
            return all(self._clean_file())

    def _erase(self, customer_id: int, staff_id: int | None) -> int:
        row = fetch_row(self.db, "customers", customer_id)
        if row["erased"]:
            raise ErasureRefused(_N("Problems", "customer {customer} is already erased"),
                                 customer=customer_id)
        if row["merged_into"] is not None:
            raise ErasureRefused(_N("Problems", "customer {customer} was merged into {into}: "
                                    "erase that customer"),
                                 customer=customer_id, into=row["merged_into"])
        ids = self._complaint_ids(customer_id)
        marks = ",".join("?" * len(ids))
        # Duplicates merged into this customer are the same person: anonymised with them.
        people = [customer_id, *(r["id"] for r in self.db.query(
            "SELECT id FROM customers WHERE merged_into = ?", [customer_id]))]
        who = ",".join("?" * len(people))
        texts, phones = self._personal_values(people)  # read before they are blanked below
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
        # Their own records lose every word of their name; other records the whole values.
        self._scrub_texts(Scrubber(texts, phones, words=True), (marks, ids, who, people))
        self._scrub_texts(Scrubber(texts, phones), None)
        self._optimize_search_indexes()
        self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')", [_PENDING])
        self.log_event("customer", customer_id, "erased", staff_id)
        return len(ids)

    def _personal_values(self, people: list[int]) -> tuple[list[str], list[str]]:
        """Every name, phone, e-mail and address these records have had, from the audit trail
        too (a name changed last year is still that person's name)."""
        who = ",".join("?" * len(people))
        texts, phones = [], []
        for r in self.db.query(f"SELECT * FROM customers WHERE id IN ({who})", people):
            texts += [r["name"], r["email"], r["address"]]
            phones += [r["phone"], r["phone_digits"]]
        for r in self.db.query(
                f"SELECT field, old, new FROM events WHERE entity = 'customer' AND entity_id IN"
                f" ({who}) AND field IN ('', 'name', 'phone', 'email', 'address', 'merged_from')",
                people):
            values = [r["old"], r["new"]]
            if r["field"] == "merged_from":  # "<id> <name of the duplicate>"
                values = [r["new"].partition(" ")[2]]
            (phones if r["field"] == "phone" else texts).extend(values)
        return texts, phones

    def _scrub_texts(self, scrubber: Scrubber, own: tuple | None) -> None:
        """Replace the person's values in the free texts of their own records (`own`: their
        complaints and customer records, as `_own` takes them) or, with None, of the whole
        shop: other customers' cases that mention them, reasons, templates and the draft."""
        conn = self.db.conn
        conn.create_function("amends_hits", 1, scrubber.hits, deterministic=True)
        # scrub gives back the SQLite value it was handed, or text: always an SQLite value.
        scrub = cast(Callable[[object], "str | int | float | bytes | None"], scrubber.scrub)
        conn.create_function("amends_scrub", 1, scrub, deterministic=True)
        try:
            for table, columns in _SCRUBBED.items():
                sets = ", ".join(f"{c} = amends_scrub({c})" for c in columns)
                joined = " || char(31) || ".join(f"COALESCE({c}, '')" for c in columns)
                where, params = _own(table, *own) if own else ("1", [])
                self.db.execute(f"UPDATE {table} SET {sets} WHERE ({where}) AND "
                                f"{_SKIPPED.get(table, '1')} AND amends_hits({joined})", params)
        finally:  # the functions hold the person's values: do not leave them on the connection
            conn.create_function("amends_hits", 1, None)
            conn.create_function("amends_scrub", 1, None)
        for r in list(self.db.query("SELECT id, payload FROM drafts")) if not own else ():
            if scrubber.hits(r["payload"]):
                payload = json.dumps(scrubber.scrub_json(json.loads(r["payload"])),
                                     ensure_ascii=False)
                self.db.execute("UPDATE drafts SET payload = ? WHERE id = ?", [payload, r["id"]])

    def _optimize_search_indexes(self) -> None:
        # FTS5 never rewrites a segment: a changed row leaves its old words in the old segment
        # with a delete marker beside them. Merging every segment into one drops both.
        for name, sql in self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
            if sql and _FTS5.match(sql):
                self.db.execute(f"INSERT INTO [{name}]([{name}]) VALUES ('optimize')")

    def _clean_file(self) -> tuple[bool, bool]:
        """Rewrite the file without free space and empty the journal; (cleaned, journal empty).

        VACUUM is needed even with secure_delete on: text deleted before (by a build whose
        SQLite does not default to secure_delete, or before an edit) may lie in free pages.
        """
        try:
            if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'"
                               ).fetchone():
                self.db.execute("ANALYZE")  # stat4 keeps sample index keys: names too
            self.db.execute("VACUUM")
            with self.transaction():
                self.db.execute("DELETE FROM settings WHERE key = ?", [_PENDING])
        except (sqlite3.Error, ArchiveError):
            return False, self._empty_journal()  # e.g. a full disk: finish_erasure() retries
        return True, self._empty_journal()

    def _empty_journal(self) -> bool:
        """The WAL holds old page images until a checkpoint truncates it; a reader in another
        process keeps them needed, so try a few times, then leave it to the next start."""
        for attempt in range(_CHECKPOINT_TRIES):
            busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                return True
            time.sleep(0.2 * (attempt + 1))
        return False

    def _complaint_ids(self, customer_id: int) -> list[int]:
        return [r["id"] for r in self.db.query(
            "SELECT id FROM complaints WHERE customer_id = ? ORDER BY id", [customer_id])]


def _own(table: str, marks: str, ids: list[int], who: str, people: list[int]
         ) -> tuple[str, list]:
    """The rows of `table` that belong to these complaints or customer records."""
    if table == "complaints":
        return f"id IN ({marks})", ids
    if table == "customers":
        return f"id IN ({who})", people
    if table == "events":
        return (f"complaint_id IN ({marks}) OR (entity = 'customer' AND entity_id IN ({who}))",
                [*ids, *people])
    if table == "letter_templates":
        return "0", []
    return f"complaint_id IN ({marks})", ids


@contextmanager
def _secure_delete(db: Database) -> Iterator[None]:
    """Freed pages and cells overwritten with zeros, for this connection while erasing."""
    before = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        db.execute(f"PRAGMA secure_delete = {int(before)}")


def _json_default(value: object) -> str:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _safe_name(filename: str) -> str:
    """A file name that cannot climb out of the zip folder or upset Windows."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", filename).strip(" .")
    return name or "file"
