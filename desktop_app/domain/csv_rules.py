"""Reading CSV files as Excel and WPS save them: encoding, delimiter, header names, row rules.

Pure functions, no Qt and no SQL: the import dialog, the CLI and the archive's transfer module all
use them, so a file is judged the same way everywhere. Each row is checked with the same rules as
the intake form (domain/validate.py); a broken row becomes a RowProblem naming its line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.model import (
    Cause,
    Channel,
    Expectation,
    Feeling,
    Language,
    Severity,
    Spread,
    Status,
)
from desktop_app.domain.validate import FieldError

# field → header names recognised automatically (compared case- and space-insensitively)
CUSTOMER_FIELDS = {
    "name": ["name", "customer", "姓名", "名字", "客户", "客户姓名"],
    "phone": ["phone", "telephone", "mobile", "tel", "电话", "手机", "手机号", "联系电话"],
    "email": ["email", "e-mail", "mail", "邮箱", "电子邮件", "电子邮箱"],
    "address": ["address", "地址", "住址"],
    "language": ["language", "语言"],
    "consent": ["consent", "同意联系", "同意"],
}
COMPLAINT_FIELDS = {
    "ref": ["ref", "reference", "编号", "单号", "投诉编号"],
    "received_at": ["received_at", "received", "date", "日期", "时间", "接收时间", "投诉时间"],
    "customer_name": ["customer_name", "customer", "name", "客户", "客户姓名", "姓名"],
    "customer_phone": ["customer_phone", "phone", "电话", "手机", "联系电话", "客户电话"],
    "channel": ["channel", "渠道", "投诉渠道"],
    "product": ["product", "产品", "商品"],
    "order_no": ["order_no", "order", "订单号", "订单"],
    "description": ["description", "complaint", "描述", "投诉内容", "内容", "问题描述"],
    "feeling": ["feeling", "感受", "客户感受"],
    "expectation": ["expectation", "期望", "客户期望"],
    "severity": ["severity", "严重程度", "严重性"],
    "spread": ["spread", "波及面"],
    "cause": ["cause", "原因", "失误原因"],
    "root_cause": ["root_cause", "根本原因"],
    "improvement": ["improvement", "改进", "改进措施"],
    "status": ["status", "状态"],
}
REQUIRED = {
    "customers": ("name",),
    "complaints": ("received_at", "channel", "description", "feeling", "expectation", "severity"),
}
FIELDS = {"customers": CUSTOMER_FIELDS, "complaints": COMPLAINT_FIELDS}
ENUMS = {"channel": Channel, "feeling": Feeling, "expectation": Expectation,
         "severity": Severity, "spread": Spread, "cause": Cause, "status": Status,
         "language": Language}

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
                   r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

E = TypeVar("E", bound=CodedEnum)


# The names of the fields as the owner reads them (column-mapping choices, row problems).
FIELD_LABELS = {
    "name": _N("CsvField", "Name"), "phone": _N("CsvField", "Phone"),
    "email": _N("CsvField", "E-mail"), "address": _N("CsvField", "Address"),
    "language": _N("CsvField", "Language"), "consent": _N("CsvField", "Agrees to be contacted"),
    "ref": _N("CsvField", "Reference"), "received_at": _N("CsvField", "Received at"),
    "customer": _N("CsvField", "Customer"),
    "customer_name": _N("CsvField", "Customer name"),
    "customer_phone": _N("CsvField", "Customer phone"),
    "channel": _N("CsvField", "Channel"), "product": _N("CsvField", "Product / service"),
    "order_no": _N("CsvField", "Order / receipt no."),
    "description": _N("CsvField", "In the customer's words"),
    "feeling": _N("CsvField", "How they felt"), "expectation": _N("CsvField", "What they expect"),
    "severity": _N("CsvField", "Severity"), "spread": _N("CsvField", "How widespread"),
    "cause": _N("CsvField", "Cause"), "root_cause": _N("CsvField", "Root cause"),
    "improvement": _N("CsvField", "Improvement"), "status": _N("CsvField", "Status"),
}


class FileProblem(ValueError):
    """The file as a whole cannot be read (encoding, no header); the message is for the owner.

    `message` is the untranslated template (context "Validation"), `values` fill it in."""

    def __init__(self, message: str, **values):
        super().__init__(message.format(**values))
        self.message, self.values = message, values


class CellProblem(ValueError):
    """One cell breaks a rule: like a FieldError, so each window says it in its own language."""

    def __init__(self, field: str, message: str, **values):
        super().__init__(f"{field}: " + message.format(**values))
        self.error = FieldError(field, message, values)


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str  # in English, for the command line
    errors: tuple[FieldError, ...] = ()  # the same, to be translated


@dataclass(frozen=True)
class Table:
    """A decoded CSV: header cells, and each data row with the file line it starts on."""

    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding: UTF-8 (with or without BOM), else GB18030 (a superset of GBK)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise FileProblem(_N("Validation", "The file is neither UTF-8 nor GBK/GB18030 text. "
                         "Save it again from Excel as “CSV UTF-8”."))


def read_table(data: bytes) -> Table:
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        raise FileProblem(_N("Validation", "The file is empty.")) from None
    rows = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise FileProblem(_N("Validation", "Line {line} cannot be read: {error}"),
                              line=line, error=error) from error
        if any(cell.strip() for cell in cells):
            rows.append((line, cells))
    return Table(encoding, delimiter, headers, rows)


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab: whichever the header line uses most.

    Only the header is looked at: header names are plain words, while the rows' free text may
    hold any number of commas, semicolons and tabs (csv.Sniffer is misled by those).
    """
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in ",;\t"}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def auto_mapping(headers: list[str], kind: str) -> dict[int, str]:
    """Column index → field for every header recognised; each field is used at most once."""
    known = {_key(alias): name for name, aliases in FIELDS[kind].items() for alias in aliases}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = known.get(_key(header))
        if name and name not in mapping.values():
            mapping[index] = name
    return mapping


def missing_required(mapping: dict[int, str], kind: str) -> list[str]:
    return [name for name in REQUIRED[kind] if name not in mapping.values()]


def record(cells: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """The mapped cells of one row by field name (a short row leaves fields empty)."""
    return {name: unescape_cell(cells[i]) if i < len(cells) else ""
            for i, name in mapping.items()}


def parse_enum(enum: type[E], text: str, field: str = "",
               other_names: Callable[[CodedEnum], Iterable[str]] = lambda member: ()) -> E | None:
    """A member from its code, its English label or one of its `other_names` (the caller's
    translated labels: the domain knows no catalogue); None for an empty cell. A cell that is
    none of them is a CellProblem of `field`."""
    text = text.strip()
    if not text:
        return None
    for member in enum:
        names = {member.value, member.label, *other_names(member)}
        if _key(text) in {_key(name) for name in names}:
            return member
    choices = ", ".join(member.value for member in enum)
    raise CellProblem(field, _N("Validation", "“{text}” is not one of: {choices}"),
                      text=text, choices=choices)


def parse_time(text: str, field: str = "received_at") -> datetime | None:
    """2026-11-02 10:30, 2026/11/2 10:30:05, 2026.11.02, 2026年11月2日 …; None when empty."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if not match:
        raise CellProblem(field, _N("Validation", "“{text}” is not a date (write it as "
                                     "2026-11-02 10:30)"), text=text)
    year, month, day, hour, minute, second = (int(p) if p else 0 for p in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise CellProblem(field, _N("Validation", "“{text}” is not a real date"),
                          text=text) from None


def parse_bool(text: str) -> bool:
    return _key(text) in {"1", "yes", "y", "true", "是", "同意", "x", "✓"}


def check_phone_cell(text: str, field: str = "phone") -> None:
    """Excel turns a long phone number into 1.38E+10 unless the column is text: say so."""
    if re.fullmatch(r"\d(\.\d+)?[eE]\+\d+", text.strip()):
        raise CellProblem(field, _N("Validation", "Excel turned this phone number into a "
                                     "number (1.38E+10); format the column as Text in Excel "
                                     "and save again"))


def escape_cell(text: str) -> str:
    """Text that Excel would run as a formula (=, +, -, @ …) gets a leading apostrophe.

    An apostrophe already in front of such text is doubled, so `unescape_cell` restores
    exactly the original.
    """
    if text.startswith(_FORMULA_START) or (text.startswith("'") and
                                            text.lstrip("'").startswith(_FORMULA_START)):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    if text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START):
        return text[1:]
    return text


def _key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text).casefold()
