"""Intake's "warnings and what worked before" on the large archive (100,000 cases).

The look-up figure is `case_insights.look_up`: a read-only connection of the worker's own, the
customer's warnings (the customer with the most complaints of 12 months: the worst case) and the
bm25 ranking of the text, for texts taken from the archive (Chinese and English, whole and as
typed halfway). It is printed next to the same SQL replayed with plain sqlite3. The GUI figure
is the longest the GUI thread is held by the panel (asking, and showing the answer) while the
look-ups run on the worker: the target is 50 ms, against the look-up it would otherwise cost.

    python bench/bench_insights.py [--quick] [--db PATH]
"""

from __future__ import annotations

import os
import random
import sqlite3
import time

from common import SqlRecorder, archive_path, median, p95, paired, parse_args, replay, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.archive import Archive  # noqa: E402
from desktop_app.ui import case_insights  # noqa: E402

TEXTS = 12
GUI_TARGET_MS = 50.0


def sample_texts(archive: Archive) -> list[str]:
    """Descriptions of the archive, half Chinese, half English, each also cut halfway."""
    rows = [r[0] for r in archive.db.execute(
        "SELECT description FROM complaints WHERE id % 97 = 0 LIMIT 2000")]
    chinese = [t for t in rows if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    english = [t for t in rows if t.isascii()]
    pick = random.Random(1)
    texts = pick.sample(chinese, TEXTS // 4) + pick.sample(english, TEXTS // 4)
    return texts + [t[:max(3, len(t) // 2)] for t in texts]


def gui_slices(archive: Archive, customer_id: int, texts: list[str]) -> list[float]:
    """Each stretch the GUI thread spends in the panel while the texts are looked up."""
    app = QApplication.instance() or QApplication([])
    panel = case_insights.InsightsPanel(archive)
    slices: list[float] = []

    def timed(fn):
        def run(*args):
            started = time.perf_counter()
            fn(*args)
            slices.append((time.perf_counter() - started) * 1000)
        return run

    panel._timer.timeout.disconnect()
    panel._timer.timeout.connect(timed(panel._ask))
    panel._answer = timed(panel._answer)
    for text in texts:
        panel.show_for(customer_id, text, now=True)
        deadline = time.monotonic() + 30
        while panel.pending and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
    return slices


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    path = archive_path(args)
    archive = Archive.open(path)
    conn = sqlite3.connect(path)
    store = archive.intelligence
    at_risk = [w for w in store.warnings() if w.customer_id]
    customer = max(at_risk, key=lambda w: w.level).customer_id
    texts = sample_texts(archive)
    record = SqlRecorder(archive)

    def ours():
        for text in texts:
            case_insights.look_up(str(path), archive.now, customer, text, None)

    statements = record(lambda: [case_insights._both(store, customer, t, None) for t in texts])
    times, baseline = paired(ours, lambda: replay(conn, statements), 3)
    report("insights", f"look-up on the worker, {len(texts)} texts, per text",
           median(times) / len(texts), baseline=median(baseline) / len(texts),
           note="warnings of the busiest at-risk customer + bm25 similar cases; "
                "baseline: same SQL")
    slices = gui_slices(archive, customer, texts)
    report("insights", "GUI thread held while typing, longest", max(slices),
           baseline=median(times) / len(texts), target=GUI_TARGET_MS, target_text="< 50 ms",
           note=f"p95 {p95(slices):.1f} ms over {len(slices)} slices; "
                "baseline: the look-up it would cost on the GUI thread")
    conn.close()
    archive.close()


if __name__ == "__main__":
    main()
