"""Cold start to the main window shown and usable, next to a bare QApplication + QMainWindow start.

Each start is a new Python process (bench/app_child.py), timed from launch until it reports the
window exposed and, for the app, the first page of the case list of the large archive loaded;
the app goes through the steps of desktop_app.app.run_gui (translator, integrity check, password
and first-run checks, main window) but the single-instance guard and the draft offer. A third
kind, the floor, builds the same first screen with plain PySide6 + sqlite3 (bench/floor_window.py):
Amends / floor is what the app's own code adds, floor / bare what the stack itself costs. The
kinds alternate, RUNS each; the figure is the median, the ratio app / bare is the target.
"Cold" means a new process; the files are in the OS cache after the first run, as on a desktop
where the app was used before. Offscreen platform unless QT_QPA_PLATFORM says otherwise.

Then, in three more starts each: the longest GUI-thread gap while the window does what it put off
until after its first paint (the New complaint form, sqlite-utils, the background check), and how
long New complaint takes when pressed the moment the window is shown.

    python bench/bench_startup.py [--quick] [--db PATH] [--runs 5]
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from common import archive_path, child_env, median, parse_args, report

CHILD = Path(__file__).with_name("app_child.py")
TARGET_RATIO = 1.5


def start(args: list[str], then: str = "") -> tuple[float, dict]:
    """Launch the child; the wall time until its READY line, and what it reported (with the
    JSON of its `then` line, when asked for one, under that key)."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=child_env())
    elapsed, reported = None, {}
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("READY "):
            elapsed = (time.perf_counter() - started) * 1000
            reported = json.loads(line[6:])
            if not then:
                break
        elif then and line.startswith(then + " "):
            reported[then] = json.loads(line[len(then) + 1:])
            break
    child.stdout.close()
    child.wait()
    if elapsed is None:
        raise SystemExit(f"{CHILD.name} {' '.join(args)} ended without showing its window")
    return elapsed, reported


def as_after_a_clean_quit(path: Path) -> None:
    """Leave the archive as the window leaves it when it closes: migrated to this version and
    its WAL checkpointed into the file. A child that exits without closing its connection
    leaves a WAL behind, and a start with a WAL present copies it aside to check it (~200 ms
    more at 100,000 complaints): that is the start after a crash, not the everyday one."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from desktop_app.archive import Archive

    Archive.open(path, create=False).close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], extra=lambda p: p.add_argument(
        "--runs", type=int, default=5))
    path = archive_path(args)
    as_after_a_clean_quit(path)
    data_dir = str(path.parent)
    kinds = {"bare": ["bare"], "floor": ["floor", data_dir], "app": ["app", data_dir]}
    for kind in kinds.values():
        start(kind)  # the first runs fill the OS file cache
    wall: dict[str, list[float]] = {kind: [] for kind in kinds}
    phases: dict[str, list[dict]] = {kind: [] for kind in kinds}
    for _ in range(args.runs):  # alternating, so other load on the machine falls on all three
        for kind, child_args in kinds.items():
            elapsed, reported = start(child_args)
            wall[kind].append(elapsed)
            phases[kind].append(reported)
    cpu = {kind: median([p["cpu_ms"] for p in phases[kind]]) for kind in kinds}
    app, bare, floor = median(wall["app"]), median(wall["bare"]), median(wall["floor"])
    report("startup", f"main window with case list, median of {args.runs}", app,
           baseline=bare, target=TARGET_RATIO, target_text=f"ratio ≤ {TARGET_RATIO}×",
           note="baseline: bare QApplication + QMainWindow")
    report("startup", f"CPU time (user + sys) to the same point, median of {args.runs}",
           cpu["app"], baseline=cpu["bare"], note="less sensitive to other load on the machine")
    report("startup", f"the same first screen in plain PySide6 + sqlite3, median of {args.runs}",
           floor, baseline=bare, note="the floor for this stack (bench/floor_window.py), "
           f"CPU {cpu['floor']:.0f} ms: {cpu['floor'] / cpu['bare']:.2f}× bare")
    report("startup", f"main window with case list against that floor, median of {args.runs}",
           app, baseline=floor, note=f"CPU {cpu['app'] / cpu['floor']:.2f}× the floor's: "
           "what Amends' own code adds")
    print(f"{'':9} ratios, wall / CPU: Amends/bare {app / bare:.2f} / "
          f"{cpu['app'] / cpu['bare']:.2f}"
          f", Amends/floor {app / floor:.2f} / {cpu['app'] / cpu['floor']:.2f}"
          f", floor/bare {floor / bare:.2f} / {cpu['floor'] / cpu['bare']:.2f}")
    for kind in ("app", "floor"):
        runs = wall[kind]
        middle = phases[kind][sorted(range(len(runs)), key=runs.__getitem__)[len(runs) // 2]]
        steps = [f"{name} {ms:.0f}" for name, ms in middle.items()
                 if name not in ("rss_mb", "cpu_ms")]
        print(f"{'':9} {kind}, in-process ms since the script's first line: {', '.join(steps)}")
    after = [start(["app", data_dir, "--after"], "AFTER")[1]["AFTER"] for _ in range(3)]
    report("startup", "longest GUI gap once shown, while the deferred work runs, median of 3",
           median([a["longest_gap_ms"] for a in after]), target=50.0, target_text="< 50 ms",
           note=f"form built {median([a['form_built_ms'] for a in after]):.0f} ms and "
                f"sqlite-utils loaded {median([a['sqlite_utils_ms'] for a in after]):.0f} ms "
                "after the window was shown")
    new = [start(["app", data_dir, "--new-at-once"], "NEW")[1]["NEW"] for _ in range(3)]
    assert all(n["shown"] for n in new)
    report("startup", "New complaint pressed the moment the window is shown, median of 3",
           median([n["ms"] for n in new]), note="the form built on demand")


if __name__ == "__main__":
    main()
