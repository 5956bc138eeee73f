"""Print the bundle's size and its start-up time next to starting Amends from source.

    python packaging/measure_startup.py dist/amends [--runs 5]

Times are medians over --runs launches, alternating bundle and source so both see the same
machine load, as wall clock and as CPU time (user + system, which other load on the machine
disturbs less): `--self-test window` (process start until the main window is shown,
offscreen, then exit) and the full `--self-test`. "Source" is `python -m desktop_app` with the
interpreter running this script, which must have Amends' dependencies.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size_on_disk(folder: Path) -> tuple[int, int]:
    """(bytes allocated on disk like `du`, number of files)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_blocks * 512
            files += 1
    return total, files


def launch_seconds(command: list[str]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one run of `command`, which must succeed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return elapsed, _children_cpu() - cpu_before


def _children_cpu() -> float:
    if sys.platform == "win32":
        return 0.0  # no rusage on Windows: CPU shows as 0
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle, e.g. dist/amends")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    program = args.bundle.resolve() / ("amends-cli.exe" if sys.platform == "win32" else "amends")
    size, files = size_on_disk(args.bundle)
    print(f"bundle {args.bundle}: {size / 2**20:.0f} MiB on disk, {files} files")
    for label, steps in (("start-up to main window", ["window"]), ("full self-test", [])):
        runs: dict[str, list[tuple[float, float]]] = {"bundle": [], "source": []}
        for _ in range(args.runs):
            runs["bundle"].append(launch_seconds([str(program), "--self-test", *steps]))
            runs["source"].append(
                launch_seconds([sys.executable, "-m", "desktop_app", "--self-test", *steps]))
        for kind, index in (("wall", 0), ("CPU", 1)):
            bundle, source = (statistics.median(r[index] for r in runs[k])
                              for k in ("bundle", "source"))
            print(f"{label:<24} {kind:<4} bundle {bundle:.2f} s   source {source:.2f} s   "
                  f"(median of {args.runs}; bundle/source {bundle / max(source, 1e-9):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
