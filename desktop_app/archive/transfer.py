"""CSV import and export: every row checked first, then written all-or-nothing in one transaction.

Import is two steps so the dialog can show the verdict before anything is written: `plan_import`
checks every row (nothing written) and `run_import` writes the plan, refusing when a row is bad
unless skipping bad rows was chosen explicitly. Export writes CSV that Excel opens correctly:
UTF-8 with BOM, CRLF line ends, formula-like text defused (csv_rules.escape_cell).
The columns are documented in docs/import-format.md and `amends import --help`.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.archive.backup import take_backup
from desktop_app.domain import csv_rules as rules
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.model import Language, Spread
from desktop_app.domain.validate import (
    ComplaintInput,
    CustomerInput,
    FieldError,
    ValidationError,
    check_complaint,
    check_customer,
    phone_digits,
)
from desktop_app.i18n import label

CUSTOMER_COLUMNS = ["name", "phone", "email", "address", "language", "consent"]
COMPLAINT_COLUMNS = list(rules.COMPLAINT_FIELDS)
_REF = re.compile(r"^(\d{4})-(\d{1,9})$")


def _chinese(member: CodedEnum) -> tuple[str, ...]:
    """A member's Chinese labels, so a column typed in Chinese is read too."""
    return label(member, "zh_CN"), label(member, "zh_TW")


class ImportRefused(Exception):
    """Nothing was written; the message says why (bad rows, or the archive could not take them).

    The message is English, for the command line; a window words it from `bad_rows` and `first`.
    """

    def __init__(self, message: str, bad_rows: int = 0, first: rules.RowProblem | None = None):
        super().__init__(message)
        self.bad_rows, self.first = bad_rows, first


@dataclass(frozen=True)
class ImportPlan:
    kind: str
    items: list = field(default_factory=list)  # (line, prepared row), only the good rows
    problems: list[rules.RowProblem] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.items) + len(self.problems)


@dataclass(frozen=True)
class _ComplaintRow:
    phone: str
    name: str
    customer: CustomerInput | None  # None: an existing customer, found by phone or name
    data: ComplaintInput
    ref: str
    extra: dict


# Import --------------------------------------------------------------------------------------

def plan_import(archive, kind: str, table: rules.Table, mapping: dict[int, str]) -> ImportPlan:
    """Check every row of `table`; writes nothing."""
    missing = rules.missing_required(mapping, kind)
    if missing:
        raise rules.FileProblem(_N("Validation", "No column is chosen for: {fields}"),
                                fields=", ".join(missing))
    check_row = _customer_row if kind == "customers" else _complaint_row
    seen: dict[str, int] = {}  # phone digits or ref → first line, to catch duplicates in the file
    plan = ImportPlan(kind)
    for line, cells in table.rows:
        try:
            plan.items.append((line, check_row(archive, rules.record(cells, mapping), seen, line)))
        except ValidationError as error:
            reason = "; ".join(f"{e.field}: {e.text}" for e in error.errors)
            plan.problems.append(rules.RowProblem(line, reason, tuple(error.errors)))
        except rules.CellProblem as error:
            plan.problems.append(rules.RowProblem(line, str(error), (error.error,)))
        except ValueError as error:
            plan.problems.append(rules.RowProblem(line, str(error)))
    return plan


def _customer_row(archive, rec: dict, seen: dict, line: int) -> CustomerInput:
    rules.check_phone_cell(rec.get("phone", ""))
    data = check_customer(CustomerInput(
        name=rec.get("name", ""), phone=rec.get("phone", ""), email=rec.get("email", ""),
        address=rec.get("address", ""),
        language=rules.parse_enum(Language, rec.get("language", ""), "language",
                                  _chinese) or Language.ZH_CN,
        consent=rules.parse_bool(rec.get("consent", ""))))
    digits = phone_digits(data.phone)
    if digits and digits in seen:
        raise rules.CellProblem("phone", _N("Validation", "the same phone number is already "
                                            "on line {line}"), line=seen[digits])
    if digits and archive.customers.customer_by_phone(data.phone):
        raise rules.CellProblem("phone", _N("Validation", "a customer with this phone number "
                                            "is already in the archive"))
    if digits:
        seen[digits] = line
    return data


def _complaint_row(archive, rec: dict, seen: dict, line: int) -> _ComplaintRow:
    phone, name = rec.get("customer_phone", "").strip(), rec.get("customer_name", "").strip()
    rules.check_phone_cell(phone, "customer_phone")
    errors = []
    customer = None
    if not phone and not name:
        raise rules.CellProblem("customer", _N("Validation", "give the customer's phone or "
                                               "name"))
    if not _existing_customer(archive, phone, name):
        try:
            customer = check_customer(CustomerInput(name=name, phone=phone))
        except ValidationError as error:
            errors += [FieldError("customer_" + e.field, e.message, e.values) for e in error.errors]
    data = ComplaintInput(
        received_at=rules.parse_time(rec.get("received_at", "")),
        channel=_enum(rec, "channel"),
        description=rec.get("description", ""),
        feeling=_enum(rec, "feeling"),
        expectation=_enum(rec, "expectation"),
        severity=_enum(rec, "severity"),
        product=rec.get("product", ""), order_no=rec.get("order_no", ""),
        spread=_enum(rec, "spread") or Spread.ONE,
        cause=_enum(rec, "cause"))
    try:
        data = check_complaint(data, archive.now())
    except ValidationError as error:
        errors += error.errors
    if errors:
        raise ValidationError(errors)
    ref = _checked_ref(archive, rec.get("ref", "").strip(), seen, line)
    status = _enum(rec, "status")
    extra = {"root_cause": rec.get("root_cause", "").strip(),
             "improvement": rec.get("improvement", "").strip(),
             "status": status.value if status else "received"}
    return _ComplaintRow(phone, name, customer, data, ref, extra)


def _enum(rec: dict, name: str):
    try:
        return rules.parse_enum(rules.ENUMS[name], rec.get(name, ""), name, _chinese)
    except rules.CellProblem as problem:
        raise ValidationError([problem.error]) from None


def _checked_ref(archive, ref: str, seen: dict, line: int) -> str:
    if not ref:
        return ""
    if not _REF.match(ref):
        raise rules.CellProblem("ref", _N("Validation", "“{ref}” is not a reference like "
                                          "2026-0001"), ref=ref)
    if ref in seen:
        raise rules.CellProblem("ref", _N("Validation", "{ref} is already on line {line}"),
                                ref=ref, line=seen[ref])
    if archive.cases.complaint_by_ref(ref):
        raise rules.CellProblem("ref", _N("Validation", "{ref} is already in the archive"),
                                ref=ref)
    seen[ref] = line
    return ref


def _existing_customer(archive, phone: str, name: str) -> int | None:
    """The customer a complaint row means: same phone, else the only phone-less one of that name."""
    if phone_digits(phone):
        found = archive.customers.customer_by_phone(phone)
        return found.id if found else None
    rows = list(archive.db.query(
        "SELECT id FROM customers WHERE name = ? AND phone_digits = '' AND erased = 0"
        " AND merged_into IS NULL LIMIT 2", [name]))
    return rows[0]["id"] if len(rows) == 1 else None


def run_import(archive, plan: ImportPlan, skip_bad_rows: bool = False,
               staff_id: int | None = None, source: str = "") -> int:
    """Write the plan in one transaction; returns the number of rows written."""
    if plan.problems and not skip_bad_rows:
        first = plan.problems[0]
        raise ImportRefused(f"{len(plan.problems)} bad row(s), the first on line {first.line} "
                            f"({first.reason}). Nothing was imported.",
                            len(plan.problems), first)
    write = _write_customer if plan.kind == "customers" else _write_complaint
    with archive.transaction():
        for _line, item in plan.items:
            write(archive, item, staff_id)
        archive.log_event("import", None, "imported", staff_id, field=plan.kind,
                          new=f"{len(plan.items)} rows from {Path(source).name}" if source
                          else f"{len(plan.items)} rows")
    return len(plan.items)


def _write_customer(archive, data: CustomerInput, staff_id: int | None) -> None:
    archive.customers.insert_customer(data, staff_id)


def _write_complaint(archive, row: _ComplaintRow, staff_id: int | None) -> None:
    existing = _existing_customer(archive, row.phone, row.name)
    complaint = archive.cases.record_complaint(existing or row.customer, row.data, staff_id)
    changes = dict(row.extra)
    if row.ref:
        match = _REF.match(row.ref)
        assert match is not None  # the row's ref was checked against _REF when it was read
        year, seq = match.groups()
        changes.update(ref=row.ref, year=int(year), seq=int(seq))
        archive.db.execute("UPDATE events SET new = ? WHERE entity = 'complaint' AND "
                           "entity_id = ? AND action = 'created'", [row.ref, complaint.id])
    archive.db["complaints"].update(complaint.id, changes)


# Export --------------------------------------------------------------------------------------

def customers_csv(archive) -> bytes:
    rows = archive.db.query(
        "SELECT * FROM customers WHERE merged_into IS NULL ORDER BY id")
    return _csv(CUSTOMER_COLUMNS, ([r[c] for c in CUSTOMER_COLUMNS] for r in rows))


def complaints_csv(archive) -> bytes:
    columns = [c for c in COMPLAINT_COLUMNS if c not in ("customer_name", "customer_phone")]
    rows = archive.db.query(f"""
        SELECT {', '.join('k.' + c for c in columns)}, c.name AS customer_name,
               c.phone AS customer_phone
        FROM complaints k JOIN customers c ON c.id = k.customer_id
        WHERE k.deleted_at IS NULL ORDER BY k.received_at, k.id""")
    return _csv(COMPLAINT_COLUMNS, ([r[c] for c in COMPLAINT_COLUMNS] for r in rows))


def table_csv(archive, table: str) -> bytes:
    """Any table as CSV (remedies, follow-ups … for `export all`), with the complaint's ref."""
    columns = [c.name for c in archive.db[table].columns]
    rows = archive.db.query(
        f"SELECT k.ref AS complaint_ref, t.* FROM {table} t JOIN complaints k "
        f"ON k.id = t.complaint_id ORDER BY t.complaint_id")
    header = ["complaint_ref", *columns]
    return _csv(header, ([r[c] for c in header] for r in rows))


def _csv(header: list[str], rows) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else rules.escape_cell(str(v)) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_file(path: Path, data: bytes) -> None:
    """Write via a temporary file, so a failed write never leaves half a file under the name."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def export_all(archive, path: Path, now) -> None:
    """A zip: customers, complaints, remedies, follow-ups, checklist as CSV, plus a backup .db."""
    path = Path(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("customers.csv", customers_csv(archive))
        zipped.writestr("complaints.csv", complaints_csv(archive))
        for table in ("remedies", "follow_ups", "checklist"):
            zipped.writestr(f"{table}.csv", table_csv(archive, table))
        staging = path.with_name(path.name + ".backup")
        staging.mkdir(exist_ok=True)
        try:
            info = take_backup(archive.path, staging, now)
            zipped.write(info.path, info.path.name)
        finally:
            for leftover in staging.iterdir():
                leftover.unlink()
            staging.rmdir()
    write_file(path, buffer.getvalue())
