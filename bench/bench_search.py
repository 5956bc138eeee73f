"""Search, list paging and the customer sort, each next to the way it was done before.

Each figure is what a screen waits for (the case list's first page and, when that page is full,
its count; a customer page; every page of a list), with as baseline, in the same run on the same
archive: a LIKE scan of every searched column for the page and the count (the only way the old
code had to find a short term everywhere), OFFSET paging, and the old customer-sort statement.

    python bench/bench_search.py [--quick] [--db PATH]
"""

from __future__ import annotations

from functools import partial

from common import archive_path, median, paired, parse_args, report, time_ms

from desktop_app.archive import Archive
from desktop_app.archive.customer_archive import _FIGURES
from desktop_app.domain.queries import CaseFilter

PAGE = 200
RUNS = 5
TERMS = [("1 char, Chinese, in names", "王"), ("1 char, Chinese, rare", "汤"),
         ("1 char, Latin", "z"), ("1 char, digit", "7"), ("2 chars, root cause", "冷链"),
         ("2 chars, common", "退款"), ("2 chars, no match", "火锅"), ("2 chars, Latin", "FL"),
         ("3 chars", "冷链箱"), ("5 chars", "二十五分钟"), ("word", "refund"),
         ("two terms", "退款 refund")]
_COLUMNS = ("k.ref", "k.product", "k.order_no", "k.description", "k.root_cause", "c.name",
            "c.phone", "c.phone_digits", "c.email")
_LIKE = " OR ".join(f"{c} LIKE :p ESCAPE '\\'" for c in _COLUMNS)
_LIKE_FROM = ("FROM complaints k JOIN customers c ON c.id = k.customer_id"
              f" WHERE k.deleted_at IS NULL AND ({_LIKE})")
# The customer list's page by last complaint before this change (an aggregate over every case).
_OLD_LAST = f"""SELECT c.*, {_FIGURES} FROM customers c WHERE c.id IN (
    SELECT c.id FROM customers c LEFT JOIN (
        SELECT k.customer_id, MAX(k.received_at) AS sort_key FROM complaints k
        WHERE k.deleted_at IS NULL GROUP BY k.customer_id) g
    ON g.customer_id = c.id WHERE c.merged_into IS NULL AND c.erased = 0
    ORDER BY g.sort_key DESC, c.id LIMIT 200 OFFSET 0) ORDER BY last_at DESC, c.id"""


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    archive = Archive.open(archive_path(args))
    try:
        total = archive.cases.count_cases(CaseFilter())
        target = 100.0 if total <= 150_000 else 150.0
        for label, term in TERMS:
            ours, theirs = paired(partial(_first_screen, archive, term),
                                  partial(_like_scan, archive, term), RUNS)
            report("search", f"{label} '{term}'", median(ours), baseline=median(theirs),
                   target=target, target_text=f"< {target:.0f} ms",
                   note=f"{archive.cases.count_cases(CaseFilter(text=term)):,} found")
        _customers(archive)
        _scroll(archive, "cases", partial(_case_pages, archive))
        _scroll(archive, "customers", partial(_customer_pages, archive))
    finally:
        archive.close()


def _first_screen(archive: Archive, term: str) -> None:
    """What CaseTableModel.set_query asks: the first page, and a count when it is full."""
    query = CaseFilter(text=term)
    if len(archive.cases.list_cases(query, 0, PAGE)) == PAGE:
        archive.cases.count_cases(query)


def _like_scan(archive: Archive, term: str) -> None:
    for piece in term.split():
        escaped = piece.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = {"p": f"%{escaped}%"}
        archive.db.execute(f"SELECT k.id {_LIKE_FROM} ORDER BY k.received_at DESC LIMIT {PAGE}",
                           like).fetchall()
        archive.db.execute(f"SELECT COUNT(*) {_LIKE_FROM}", like).fetchall()


def _customers(archive: Archive) -> None:
    year_ago = {"year_ago": archive.profiles._year_ago()}
    for label, call in (
            ("by last complaint, first page", lambda: archive.profiles.customer_summaries(
                order="last_complaint")),
            ("by name, first page", lambda: archive.profiles.customer_summaries(order="name"))):
        ours, theirs = paired(call, lambda: archive.db.execute(_OLD_LAST, year_ago).fetchall(),
                              RUNS)
        report("customers", label, median(ours), baseline=median(theirs), target=100.0,
               target_text="< 100 ms", note="baseline: the old by-last-complaint statement")


def _case_pages(archive: Archive, keyset: bool) -> int:
    rows, offset = [], 0
    while True:
        after = rows[-1] if keyset and rows else None
        page = archive.cases.list_cases(CaseFilter(), 0 if keyset else offset, PAGE, after=after)
        if not page:
            return offset
        rows, offset = page, offset + len(page)


def _customer_pages(archive: Archive, keyset: bool) -> int:
    rows, offset = [], 0
    while True:
        after = rows[-1] if keyset and rows else None
        page = archive.profiles.customer_summaries("", 0 if keyset else offset, PAGE, after=after)
        if not page:
            return offset
        rows, offset = page, offset + len(page)


def _scroll(archive: Archive, what: str, pages) -> None:
    ours = time_ms(partial(pages, True))
    theirs = time_ms(partial(pages, False))
    report("scroll", f"every page of the {what} list (keyset)", ours, baseline=theirs,
           note=f"{pages(True):,} rows; baseline: OFFSET paging")


if __name__ == "__main__":
    main()
