"""`amends check`: is the archive sound? Exit code 0 when it is, 1 when it is not."""

from __future__ import annotations

import argparse

from desktop_app.archive.integrity import full_check
from desktop_app.paths import archive_path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="check the archive (integrity, links between records, version); exit 1 if damaged",
        description="Check the archive without changing it: SQLite's integrity check, that every "
        "record points at records that exist, and the archive version. Exits 0 when all is well, "
        "1 when something is wrong (then restore a backup: amends restore FILE).",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = archive_path(args.data_dir)
    result = full_check(path)
    print(f"Archive: {path}")
    for line in result.findings:
        print(line)
    print("All is well." if result.ok else "Something is wrong: restore a backup "
          "(amends restore FILE) or keep a copy of the file for an expert.")
    return 0 if result.ok else 1
