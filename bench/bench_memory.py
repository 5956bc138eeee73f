"""Peak memory of the app with the large archive open and its case list shown, vs a bare window.

The peak resident set size (ru_maxrss) is read inside each process (bench/app_child.py) once its
window is shown; the app's figure is then read again after fetching every page of the case list,
the most a clerk can make the list hold by dragging the scroll bar to the end.

    python bench/bench_memory.py [--quick] [--db PATH]
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from common import archive_path, child_env, parse_args, report

CHILD = Path(__file__).with_name("app_child.py")
TARGET_MB = 300.0


def lines(args: list[str]) -> dict[str, dict]:
    """What the child reported, by the first word of each line."""
    done = subprocess.run([sys.executable, str(CHILD), *args], capture_output=True, text=True,
                          env=child_env(), check=True, timeout=600)
    return {line.split(" ", 1)[0]: json.loads(line.split(" ", 1)[1])
            for line in done.stdout.splitlines() if line.startswith(("READY ", "SCROLLED "))}


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    bare = lines(["bare"])["READY"]["rss_mb"]
    app = lines(["app", str(archive_path(args).parent), "--scroll"])
    target = f"< {TARGET_MB:.0f} MB"
    report("memory", "peak RSS, case list shown", app["READY"]["rss_mb"], unit="MB",
           baseline=bare, target=TARGET_MB, target_text=target,
           note="baseline: bare QApplication + QMainWindow")
    scrolled = app["SCROLLED"]
    report("memory", f"peak RSS, after fetching all {scrolled['rows']:,} rows",
           scrolled["rss_mb"], unit="MB", baseline=bare, target=TARGET_MB, target_text=target)


if __name__ == "__main__":
    main()
