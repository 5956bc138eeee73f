"""The `amends` command: with no verb it opens the window; verbs run headless for scripts.

Every verb takes `--data-dir DIR` (the folder holding amends.db), before or after its name. The
verbs are a contract other tools rely on: keep their names and options stable. Each verb lives in
its own module here and registers itself through `register(subparsers, common)`.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from desktop_app import __version__, selftest
from desktop_app.archive import ArchiveError
from desktop_app.cli import (
    alerts,
    backup,
    case_sheet,
    check,
    demo,
    find,
    followups,
    letter,
    message,
    privacy,
    restore,
    summary,
    transfer,
)
from desktop_app.cli.common import CommandError, explain
from desktop_app.cli.words import EMPTY_DATA_DIR, UNEXPECTED, say
from desktop_app.paths import archive_path

COMMANDS = [
    demo, letter, message, backup, restore, check, followups, transfer, summary, case_sheet,
    privacy, alerts, find,
]
DATA_DIR_HELP = "folder of the archive (amends.db); default: the per-user application-data folder"
EPILOG = ("--data-dir may come before or after the command. Exit status: 0 done, 1 a check found "
          "a problem, 2 the command was refused or failed (one line on stderr says why), 130 "
          "interrupted. A busy archive is waited for up to AMENDS_BUSY_WAIT seconds (default 30).")
SIGPIPE_STATUS = 141  # 128 + SIGPIPE: what a shell reports for `amends followups | head -1`


def build_parser() -> argparse.ArgumentParser:
    # Each verb gets --data-dir from `common` too. Its default is SUPPRESS: a default there
    # would overwrite the value given before the verb (argparse copies a sub-parser's defaults
    # over the main namespace). The main parser's own copy supplies the None default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", type=folder_name,
                        default=argparse.SUPPRESS, help=DATA_DIR_HELP)
    parser = argparse.ArgumentParser(
        prog="amends",
        description="Amends: record customer complaints, recover the customer, and prove it did. "
        "Without a command, opens the Amends window.",
        epilog=EPILOG,
    )
    parser.add_argument("--data-dir", metavar="DIR", type=folder_name, default=None,
                        help=DATA_DIR_HELP)
    parser.add_argument("--version", action="version", version=f"Amends {__version__}")
    parser.add_argument(
        "--self-test",
        nargs="*",
        choices=list(selftest.STEPS),
        metavar="STEP",
        help="check this installation in a temporary archive, without a screen, and exit 0 if "
        f"it works; each STEP named runs only that one: {', '.join(selftest.STEPS)}",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for command in COMMANDS:
        command.register(subparsers, common)
    return parser


def folder_name(text: str) -> str:
    """--data-dir as given; an empty one (a script's unset variable) is refused, not read as
    "the default archive"."""
    if not text.strip():
        raise argparse.ArgumentTypeError(say(EMPTY_DATA_DIR))
    return text


def main(argv: list[str] | None = None) -> int:
    try:
        try:
            return _run(argv)
        finally:  # --help and usage errors too; here a closed pipe can still be caught
            sys.stdout.flush()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _pipe_closed()


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test is not None:  # before the GUI import below: works with no screen at all
        return selftest.run(args.self_test)
    if args.command is None:
        from desktop_app.app import run_gui

        return run_gui(args)
    try:
        return args.handler(args) or 0
    except (CommandError, ArchiveError, OSError, sqlite3.Error) as error:
        if isinstance(error, BrokenPipeError):
            raise
        message = explain(error, archive_path(args.data_dir))
    except Exception as error:  # a bug: still one line for the shop owner, never a traceback
        if os.environ.get("AMENDS_DEBUG"):
            raise
        message = say(UNEXPECTED, detail=f"{type(error).__name__}: {error}")
    print(f"amends {args.command}: {message}", file=sys.stderr)
    return 2


def _pipe_closed() -> int:
    """The reader of our output went away (`| head -1`): stop quietly, as Unix tools do.

    Python's docs recommend pointing stdout at devnull, so the flush at interpreter exit
    does not raise BrokenPipeError again and print a traceback after all.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (e.g. captured in a test)
        pass
    return SIGPIPE_STATUS


if __name__ == "__main__":
    sys.exit(main())
