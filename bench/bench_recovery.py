"""Customer archive, follow-up list and case view reads on the large archive.

Each figure is the median of several runs of the archive call a recovery screen makes
(customer_summaries, count_customers, due_follow_ups, timeline, remedy_precedents …).

    python bench/bench_recovery.py [--quick] [--db PATH]
"""

from __future__ import annotations

from datetime import date
from functools import partial

from common import archive_path, median, parse_args, report, time_ms

from desktop_app.archive import Archive
from desktop_app.domain.model import Cause

RUNS = 7
TARGET_MS = 100.0
# Sorting 30,000 customers by a figure needs that figure for every one of them: a click on a
# column header may take longer than paging or searching.
SORT_TARGET_MS = 500.0


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    archive = Archive.open(archive_path(args))
    try:
        for group, label, call in _calls(archive):
            call()  # warm the page cache, as a screen that is already open has
            runs = [time_ms(call) for _ in range(RUNS)]
            target = SORT_TARGET_MS if label.startswith("sorted") else TARGET_MS
            report(group, label, median(runs), target=target, target_text=f"< {target:.0f} ms")
    finally:
        archive.close()


def _calls(archive: Archive):
    busiest, case = archive.db.execute(
        """SELECT customer_id, MAX(id) FROM complaints GROUP BY customer_id
           ORDER BY COUNT(*) DESC LIMIT 1""").fetchone()
    today = date.today()
    summaries = archive.profiles.customer_summaries
    return [
        ("customers", "first page, by name", summaries),
        ("customers", "page at row 20,000", partial(summaries, offset=20_000)),
        ("customers", "search 王 (one character)", partial(summaries, "王")),
        ("customers", "search Olivia", partial(summaries, "Olivia")),
        ("customers", "search phone digits 1380", partial(summaries, "1380")),
        ("customers", "only repeat or unrecovered", partial(summaries, flagged_only=True)),
        ("customers", "sorted by last complaint", partial(summaries, order="last_complaint")),
        ("customers", "count, all", archive.profiles.count_customers),
        (
            "customers",
            "count, flagged",
            partial(archive.profiles.count_customers, flagged_only=True),
        ),
        ("followups", "due in the next 7 days", partial(archive.follow_ups.due_follow_ups, today)),
        (
            "followups",
            "count due (main window badge)",
            partial(archive.follow_ups.count_due_follow_ups, today),
        ),
        ("case", "timeline", partial(archive.recovery.timeline, case)),
        (
            "case",
            "remedy precedents",
            partial(archive.remedies.remedy_precedents, Cause.WAITING, busiest),
        ),
        (
            "case",
            "customer value (busiest customer)",
            partial(archive.remedies.customer_value, busiest),
        ),
    ]


if __name__ == "__main__":
    main()
