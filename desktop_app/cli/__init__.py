"""The `amends` command: with no verb it opens the window; verbs run headless for scripts.

Every verb takes `--data-dir DIR` (the folder holding amends.db). The verbs are a contract other
tools rely on: keep their names and options stable. Each verb lives in its own module here and
registers itself through `register(subparsers, common)`.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app import __version__, selftest
from desktop_app.cli import (
    backup,
    case_sheet,
    check,
    demo,
    find,
    followups,
    letter,
    restore,
    summary,
    transfer,
)
from desktop_app.cli.common import CommandError

COMMANDS = [demo, letter, backup, restore, check, followups, transfer, summary, case_sheet, find]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the archive (amends.db); default: the per-user application-data folder",
    )
    parser = argparse.ArgumentParser(
        prog="amends",
        description="Amends: record customer complaints, recover the customer, and prove it did. "
        "Without a command, opens the Amends window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Amends {__version__}")
    parser.add_argument(
        "--self-test",
        nargs="*",
        choices=list(selftest.STEPS),
        metavar="STEP",
        help="check this installation in a temporary archive, without a screen, and exit 0 if "
        f"it works; each STEP named runs only that one: {', '.join(selftest.STEPS)}",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test is not None:  # before the GUI import below: works with no screen at all
        return selftest.run(args.self_test)
    if args.command is None:
        from desktop_app.app import run_gui

        return run_gui(args)
    try:
        return args.handler(args) or 0
    except CommandError as error:
        print(f"amends {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
