"""Case list, search, filters and the intake's customer look-up on the large archive.

Each figure is the median of several runs of the archive call a screen makes
(archive.cases.list_cases, count_cases, find_customers), next to the very same SQL statements,
recorded as the archive ran them, replayed with the plain sqlite3 module on the same file: the
ratio is what the app adds.

    python bench/bench_list.py [--quick] [--db PATH]
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from functools import partial

from common import (
    SqlRecorder,
    archive_path,
    median,
    paired,
    parse_args,
    replay,
    report,
    time_ms,
)

from desktop_app.archive import Archive
from desktop_app.domain.model import Cause, Channel, Severity, Status
from desktop_app.domain.queries import CaseFilter
from desktop_app.domain.validate import phone_digits

PAGE = 200
RUNS = 7
TARGET_MS = 100.0


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    path = archive_path(args)
    archive = Archive.open(path)
    plain = sqlite3.connect(path)
    record = SqlRecorder(archive)
    try:
        for label, query in _filters(archive):
            page = partial(archive.cases.list_cases, query, 0, PAGE)
            _measure(record, plain, "list", label, page)
            _measure(record, plain, "count", label, partial(archive.cases.count_cases, query))
        _scroll(archive, record, plain)
        for label, text in _lookups(archive):
            _measure(
                record, plain, "lookup", label, partial(archive.customers.find_customers, text)
            )
    finally:
        plain.close()
        archive.close()


def _measure(record: SqlRecorder, plain: sqlite3.Connection, group: str, label: str,
             call) -> None:
    statements = record(call)
    ours, theirs = paired(call, partial(replay, plain, statements), RUNS)
    report(group, label, median(ours), baseline=median(theirs), target=TARGET_MS,
           target_text=f"< {TARGET_MS:.0f} ms")


def _filters(archive: Archive) -> list[tuple[str, CaseFilter]]:
    """The first screen, each search kind and each filter, with terms taken from the archive."""
    someone = archive.customers.customer(1234 % max(1, archive.db["customers"].count) + 1)
    ref = archive.cases.complaint(max(1, archive.db["complaints"].count // 3)).ref
    staff = archive.staff()[1].id
    newest = archive.cases.list_cases(CaseFilter(), 0, 1)[0].received_at.date()
    year_ago = newest - timedelta(days=365)
    return [
        ("first screen (200 rows)", CaseFilter()),
        ("search 3+ char Chinese '二十五分钟'", CaseFilter(text="二十五分钟")),
        ("search 2-char Chinese '退款'", CaseFilter(text="退款")),
        ("search 2-char Chinese, no match '火锅'", CaseFilter(text="火锅")),
        ("search English word 'refund'", CaseFilter(text="refund")),
        (f"search phone digits '{someone.phone[-4:]}'", CaseFilter(text=someone.phone[-4:])),
        (f"search ref '{ref}'", CaseFilter(text=ref)),
        ("filter status = investigating", CaseFilter(status=Status.INVESTIGATING)),
        ("filter open only", CaseFilter(open_only=True)),
        ("filter cause = billing", CaseFilter(cause=Cause.BILLING)),
        ("filter channel = e-mail", CaseFilter(channel=Channel.EMAIL)),
        ("filter severity = critical", CaseFilter(severity=Severity.CRITICAL)),
        ("filter staff", CaseFilter(staff_id=staff)),
        ("filter date range (one month, a year ago)",
         CaseFilter(received_from=year_ago - timedelta(days=30), received_to=year_ago)),
        ("filter overdue", CaseFilter(overdue_only=True)),
        ("filter customer", CaseFilter(customer_id=1)),
        ("search '退款' + cause + severity",
         CaseFilter(text="退款", cause=Cause.BILLING, severity=Severity.MEDIUM)),
    ]


def _lookups(archive: Archive) -> list[tuple[str, str]]:
    digits = phone_digits(
        archive.customers.customer(777 % max(1, archive.db["customers"].count) + 1).phone
    )
    return [("customer by surname '王'", "王"), ("customer by name 'Olivia'", "Olivia"),
            (f"customer by phone digits '{digits[:8]}'", digits[:8])]


def _scroll(archive: Archive, record: SqlRecorder, plain: sqlite3.Connection) -> None:
    """Fetch every page of the unfiltered list in order, as scrolling to the end does."""
    total = archive.cases.count_cases(CaseFilter())
    ours, theirs, after = [], [], None
    while True:
        page = partial(archive.cases.list_cases, CaseFilter(), 0, PAGE, after=after)
        statements = record(page)
        ours.append(time_ms(page))
        theirs.append(time_ms(partial(replay, plain, statements)))
        rows = page()
        if not rows:
            break
        after = rows[-1]
    pages = len(ours)
    report("scroll", f"worst page of {pages} (keyset paging)", max(ours), baseline=max(theirs),
           target=TARGET_MS, target_text=f"< {TARGET_MS:.0f} ms")
    report("scroll", f"all {pages} pages to the end", sum(ours), baseline=sum(theirs),
           note=f"{total:,} rows")


if __name__ == "__main__":
    main()
