"""What every benchmark script shares: which archive to use, timing, the same-SQL baseline, output.

Each script takes `--quick` (a 10,000-complaint archive), `--scale N` (a generated archive of N
complaints, e.g. 300000; generated once in a few minutes, then cached) and `--db PATH` (any
archive); without them it uses the cached 100,000-complaint archive under bench/.data/,
generating it on first use.
bench/run_all.py passes the archive on in AMENDS_BENCH_DB (and AMENDS_BENCH_QUICK=1 for --quick),
and collects the figures that `report()` appends to the file named in AMENDS_BENCH_RESULTS.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PYCACHE = ROOT / "bench" / ".data" / "pycache"
# Measured in-process code runs from compiled bytecode, as an installed app does, even where the
# shell forbids writing it (PYTHONDONTWRITEBYTECODE): otherwise every first use of a module in a
# measured job would include compiling it. The cache stays out of the source tree.
sys.dont_write_bytecode = False
sys.pycache_prefix = str(PYCACHE)

from bench.generate import Params, ensure_archive  # noqa: E402

FULL = Params()
QUICK = Params(complaints=10_000, customers=3_000)


def parse_args(description: str, argv: list[str] | None = None,
               extra: Callable[[argparse.ArgumentParser], None] | None = None):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true",
                        default=os.environ.get("AMENDS_BENCH_QUICK") == "1",
                        help="use a 10,000-complaint archive")
    parser.add_argument("--db", type=Path, default=os.environ.get("AMENDS_BENCH_DB"),
                        help="benchmark this archive instead of a generated one")
    parser.add_argument("--scale", type=int, metavar="N",
                        default=int(os.environ.get("AMENDS_BENCH_SCALE") or 0) or None,
                        help="use a generated archive of N complaints (0.3 customers each)")
    if extra:
        extra(parser)
    return parser.parse_args(argv)


def archive_path(args) -> Path:
    """The archive to measure: --db, or the generated one for the chosen size (cached)."""
    if args.db:
        return Path(args.db)
    params = QUICK if args.quick else FULL
    if getattr(args, "scale", None):
        params = Params(complaints=args.scale, customers=max(1, args.scale * 3 // 10))
    folder = ROOT / "bench" / ".data" / (
        f"c{params.complaints}-u{params.customers}-y{params.years}-s{params.seed}")
    return ensure_archive(folder, params)


def child_env() -> dict[str, str]:
    """The environment for a measured app process: offscreen, with its bytecode cached.

    An installed app runs from compiled bytecode (pip and PyInstaller write it); a development
    shell may forbid writing it (PYTHONDONTWRITEBYTECODE), which would make every start compile
    every module again. The cache goes under bench/.data/, not into the source tree.
    """
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def time_ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


class SqlRecorder:
    """Records the SQL statements (with their parameters) an archive call runs, to replay them."""

    def __init__(self, archive):
        self.archive = archive
        self.statements: list[tuple[str, object]] = []

    def __call__(self, fn: Callable[[], object]) -> list[tuple[str, object]]:
        self.statements = []
        with self.archive.db.tracer(lambda sql, params: self.statements.append((sql, params))):
            fn()
        return self.statements


def replay(conn: sqlite3.Connection, statements: list[tuple[str, object]]) -> None:
    """Run the statements with the plain sqlite3 module, fetching every row: the baseline."""
    for sql, params in statements:
        conn.execute(sql, params if params is not None else ()).fetchall()


def paired(app: Callable[[], object], baseline: Callable[[], object],
           runs: int) -> tuple[list[float], list[float]]:
    """Times of `app` and `baseline`, alternated so both see the same cache and machine state."""
    app(), baseline()  # warm the page cache and SQLite's statement cache for both
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(time_ms(app))
        theirs.append(time_ms(baseline))
    return ours, theirs


def report(group: str, label: str, value: float, unit: str = "ms", baseline: float | None = None,
           target: float | None = None, target_text: str = "", note: str = "") -> None:
    """Print one figure (and append it to AMENDS_BENCH_RESULTS for run_all's table).

    `target` is an upper bound on `value`, or on the ratio when `target_text` starts with "ratio".
    """
    ratio = value / baseline if baseline else None
    checked = ratio if target_text.startswith("ratio") else value
    verdict = "" if target is None else ("ok" if checked <= target else "MISSED")
    line = f"{group:<9} {_pad(label, 46)} {_num(value, unit):>11}"
    if baseline is not None:
        line += f"  baseline {_num(baseline, unit):>10}  {ratio:5.2f}×"
    if target_text:
        line += f"  target {target_text}  {verdict}"
    print(line + (f"  ({note})" if note else ""), flush=True)
    results = os.environ.get("AMENDS_BENCH_RESULTS")
    if results:
        with open(results, "a", encoding="utf-8") as out:
            out.write(json.dumps({"group": group, "label": label, "value": value, "unit": unit,
                                  "baseline": baseline, "ratio": ratio, "target": target_text,
                                  "verdict": verdict, "note": note}) + "\n")


def _pad(text: str, width: int) -> str:
    """`text` padded to `width` terminal columns; Chinese characters take two."""
    columns = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - columns)


def _num(value: float, unit: str) -> str:
    return f"{value:,.1f} {unit}" if value < 10_000 else f"{value:,.0f} {unit}"
