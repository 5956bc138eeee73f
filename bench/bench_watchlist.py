"""Watch list and the dashboard's satisfaction section on the large archive (100,000 cases).

The watch list figure is `archive.intelligence.warnings()`: the set-based queries that pick the
customers and cases a rule could hold for, the 30-day counts per cause, the improvements' effects,
the pure rules and the dismissals. The section figure is `archive.intelligence.insights()`: the
last scored follow-up of every case of 12 months with its facts, the drivers and the effects.
Each is printed next to the same SQL statements replayed with plain sqlite3 (fetching every row,
building nothing): what the figure costs beyond the database's own work.

    python bench/bench_watchlist.py [--quick] [--db PATH]
"""

from __future__ import annotations

import sqlite3

from common import (
    SqlRecorder,
    archive_path,
    median,
    paired,
    parse_args,
    replay,
    report,
)

from desktop_app.archive import Archive

RUNS = 7
WATCH_TARGET_MS = 200.0
SECTION_TARGET_MS = 300.0


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    path = archive_path(args)
    archive = Archive.open(path)
    conn = sqlite3.connect(path)
    record = SqlRecorder(archive)
    end = archive.now().date()
    store = archive.intelligence

    def watch_list():
        return store.warnings()

    def section():
        return store.insights(end)

    found = watch_list()
    statements = record(watch_list)
    ours, baseline = paired(watch_list, lambda: replay(conn, statements), RUNS)
    report("watchlist", f"watch list, median of {RUNS}", median(ours), baseline=median(baseline),
           target=WATCH_TARGET_MS, target_text="< 200 ms",
           note=f"{len(found):,} warnings, {len(statements)} statements; baseline: same SQL")
    insights = section()
    statements = record(section)
    ours, baseline = paired(section, lambda: replay(conn, statements), RUNS)
    report("watchlist", f"dashboard section (drivers), median of {RUNS}", median(ours),
           baseline=median(baseline), target=SECTION_TARGET_MS, target_text="< 300 ms",
           note=f"{insights.overall.answers:,} answers in 12 months, "
           f"{len(insights.drivers)} factor values; baseline: same SQL")
    conn.close()
    archive.close()


if __name__ == "__main__":
    main()
