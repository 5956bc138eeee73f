"""Search, list paging and the customer sort, each next to the way it was done before.

Search: what the case list's window waits for (`CaseTableModel.set_query`: the first page, and
the count when it is quick; a longer count goes on a worker), and how long until the count is
shown, each with the GUI thread's CPU time. Baselines, in the same run on the same archive: the
page and the count both on the GUI thread (as the window did before), and a LIKE scan of every
searched column for the page and the count (the only way the old code had to find a short term
everywhere). Lists: OFFSET paging and the old customer-sort statement.

    python bench/bench_search.py [--quick] [--db PATH] [--scale N]
"""

from __future__ import annotations

import os
import time
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
         ("word in half the e-mails", "example"), ("two terms", "退款 refund")]
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
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    archive = Archive.open(archive_path(args))
    try:
        total = archive.cases.count_cases(CaseFilter())
        print(f"# {total:,} live cases; load average {os.getloadavg()[0]:.1f}", flush=True)
        window = _Window(app, archive)
        target = 100.0 if total <= 150_000 else 150.0
        for label, term in TERMS:
            _search(archive, window, label, term, target)
        _customers(archive)
        _scroll(archive, "cases", partial(_case_pages, archive))
        _scroll(archive, "customers", partial(_customer_pages, archive))
    finally:
        archive.close()


class _Window:
    """The case list's model as the window drives it, timed on the GUI thread."""

    def __init__(self, app, archive: Archive):
        from PySide6.QtCore import QEventLoop

        from desktop_app.ui.cases import CaseTableModel

        self.model = CaseTableModel(archive)
        self.loop = QEventLoop()
        self.model.total_changed.connect(self.loop.quit)

    def search(self, term: str) -> tuple[float, float, float]:
        """Wall and GUI-thread CPU ms the window waits, and wall ms until the count is shown."""
        started, cpu = time.perf_counter(), time.thread_time()
        self.model.set_query(CaseFilter(text=term))
        waited = (time.perf_counter() - started) * 1000
        cpu_ms = (time.thread_time() - cpu) * 1000
        while self.model.counting:
            self.loop.exec()  # sleeps until the worker's count arrives
        return waited, cpu_ms, (time.perf_counter() - started) * 1000


def _search(archive: Archive, window: _Window, label: str, term: str, target: float) -> None:
    window.search(term), _first_screen(archive, term)  # warm both
    waits, cpus, shown, before = [], [], [], []
    for _ in range(RUNS):
        waited, cpu, counted = window.search(term)
        waits.append(waited), cpus.append(cpu), shown.append(counted)
        before.append(time_ms(partial(_first_screen, archive, term)))
    like = [time_ms(partial(_like_scan, archive, term)) for _ in range(max(1, RUNS // 2))]
    found = archive.cases.count_cases(CaseFilter(text=term))
    report("search", f"{label} '{term}': window waits", median(waits), baseline=median(before),
           target=target, target_text=f"< {target:.0f} ms",
           note=f"GUI CPU {median(cpus):.1f} ms; baseline: page + count on the GUI thread")
    report("search", f"{label} '{term}': count shown after", median(shown),
           baseline=median(like), note=f"{found:,} found; count on a worker; baseline: LIKE "
           "scan, page + count")


def _first_screen(archive: Archive, term: str) -> None:
    """The page, and a count when it is full, both on this thread (the window before)."""
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
    """What the Customers page waits for when sorted: its first page and count (read on a
    worker; here on this thread, the same SQL)."""
    from desktop_app.ui.customer_list import PAGE_SIZE, ListQuery, read_page

    year_ago = {"year_ago": archive.profiles._year_ago()}
    for label, order in (("by last complaint, first page", "last_complaint"),
                         ("by name, first page", "name")):
        cpu: list[float] = []

        def sort(order=order, cpu=cpu) -> None:
            started = time.thread_time()
            read_page(archive, ListQuery(order=order))
            cpu.append((time.thread_time() - started) * 1000)

        ours, theirs = paired(sort, lambda: archive.db.execute(_OLD_LAST, year_ago).fetchall(),
                              RUNS)
        report("customers", label, median(ours), baseline=median(theirs), target=100.0,
               target_text="< 100 ms", note=f"{PAGE_SIZE} rows and the count, CPU "
               f"{median(cpu):.1f} ms; baseline: the old by-last-complaint statement (200 rows)")


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
