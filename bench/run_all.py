"""Run every bench/bench_*.py on one archive and print one table of the figures.

    python bench/run_all.py [--quick | --scale N] [--db PATH] [--markdown FILE]

--quick uses a 10,000-complaint archive for a fast check; without it the 100,000-complaint archive
(generated once, then cached under bench/.data/). Each script prints its own lines as it runs; the
figures reported through bench/common.report are gathered into the table at the end, and the
lines of scripts that print in their own format are repeated under it. --markdown also writes the
table with the machine's description, for BENCHMARKS.md.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, archive_path, parse_args

TIMEOUT_S = 1800


def main() -> int:
    args = parse_args(__doc__.splitlines()[0], extra=lambda p: p.add_argument(
        "--markdown", type=Path, help="also write the table and machine as Markdown here"))
    path = archive_path(args)
    scripts = sorted((ROOT / "bench").glob("bench_*.py"))
    machine = describe_machine(path)
    with tempfile.TemporaryDirectory() as folder:
        results = Path(folder) / "results.jsonl"
        env = {**os.environ, "AMENDS_BENCH_DB": str(path), "AMENDS_BENCH_RESULTS": str(results),
               "AMENDS_BENCH_SCALE": str(args.scale or ""),
               "AMENDS_BENCH_QUICK": "1" if args.quick else "0"}
        own_format: dict[str, list[str]] = {}
        failed = []
        for script in scripts:
            print(f"\n== {script.name}", flush=True)
            before = _count_lines(results)
            code, output = _run(script, env)
            if code != 0:
                failed.append(f"{script.name} (exit {code})")
            if _count_lines(results) == before:
                own_format[script.name] = output
        figures = [json.loads(line) for line in results.read_text().splitlines()] \
            if results.exists() else []
    machine["load average after"] = _load()
    table = render_table(figures, own_format)
    print("\n" + table)
    print("\n".join(f"{key}: {value}" for key, value in machine.items()))
    if failed:
        print("scripts that exited with an error or a missed target: " + ", ".join(failed))
    if args.markdown:
        args.markdown.write_text(render_machine(machine) + "\n" + table + "\n", encoding="utf-8")
    return 0


def _run(script: Path, env: dict) -> tuple[int, list[str]]:
    """Run one script, echoing its output as it comes; its exit code and output lines."""
    child = subprocess.Popen([sys.executable, str(script)], cwd=ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = []
    started = time.monotonic()
    for line in child.stdout:
        print(line, end="", flush=True)
        output.append(line.rstrip("\n"))
        if time.monotonic() - started > TIMEOUT_S:
            child.kill()
            output.append(f"(stopped after {TIMEOUT_S} s)")
            break
    return child.wait(), output


def _count_lines(path: Path) -> int:
    return len(path.read_text().splitlines()) if path.exists() else 0


def render_table(figures: list[dict], own_format: dict[str, list[str]]) -> str:
    rows = ["| group | what | value | baseline | ratio | target | |",
            "|---|---|---:|---:|---:|---|---|"]
    for f in figures:
        baseline = f"{f['baseline']:,.1f} {f['unit']}" if f["baseline"] is not None else ""
        ratio = f"{f['ratio']:.2f}×" if f["ratio"] is not None else ""
        what = f["label"] + (f" ({f['note']})" if f["note"] else "")
        rows.append(f"| {f['group']} | {what} | {f['value']:,.1f} {f['unit']} | {baseline} "
                    f"| {ratio} | {f['target']} | {f['verdict']} |")
    for name, lines in own_format.items():
        rows.append(f"\nAs printed by {name}:\n\n```\n" + "\n".join(lines) + "\n```")
    return "\n".join(rows)


def describe_machine(archive: Path) -> dict[str, str]:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "CPU": f"{_cpu_model()}, {os.cpu_count()} logical CPUs (nproc)",
        "RAM": f"{_mem_total_gb():.1f} GiB",
        "disk": _disk(archive),
        "OS": platform.platform(),
        "versions": f"Python {platform.python_version()}, PySide6 {pyside} (Qt {qVersion()}), "
                    f"SQLite {sqlite3.sqlite_version}",
        "archive": f"{archive} ({archive.stat().st_size / 2**20:,.0f} MiB)",
        "load average before": _load(),
    }


def render_machine(machine: dict[str, str]) -> str:
    return "\n".join(f"- **{key}**: {value}" for key, value in machine.items()) + "\n"


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _mem_total_gb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 2**20
    return 0.0


def _disk(path: Path) -> str:
    """The file system holding the archive: device, type, and whether it spins."""
    best = ("", "", "")
    for line in Path("/proc/mounts").read_text().splitlines():
        device, mount, kind = line.split()[:3]
        if str(path.resolve()).startswith(mount) and len(mount) >= len(best[1]):
            best = (device, mount, kind)
    device, mount, kind = best
    # Virtual disks often claim to rotate whatever they are, so the flag is shown, not judged.
    flag = Path(f"/sys/block/{Path(device).name}/queue/rotational")
    rotational = flag.read_text().strip() if flag.exists() else "?"
    return f"{device} mounted at {mount} ({kind}), rotational flag {rotational}"


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
