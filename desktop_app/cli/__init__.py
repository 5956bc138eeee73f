"""The `amends` command: with no verb it opens the window; verbs run headless for scripts.

Every verb takes `--data-dir DIR` (the folder holding amends.db), before or after its name. The
verbs are a contract other tools rely on: keep their names and options stable. Each verb lives in
its own module here and registers itself through `register(subparsers, common)`; VERBS names the
module of each verb, which is imported only when that verb runs (start-up time of the window).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from types import ModuleType

from desktop_app import __version__
from desktop_app.archive import ArchiveError
from desktop_app.archive.integrity import as_archive_error
from desktop_app.cli.common import CommandError, explain
from desktop_app.cli.words import EMPTY_DATA_DIR, UNEXPECTED, say
from desktop_app.paths import archive_path

# verb: (module in desktop_app.cli that registers it, its line in `amends --help`), in the
# order of that list. The help texts must match the modules' own (tests/unit/test_cli_lazy.py).
VERBS: dict[str, tuple[str, str]] = {
    "demo": ("demo", "fill the demo shop's own archive (staff, ~300 customers, ~1,500 "
                     "complaints)"),
    "letter": ("letter", "write a letter about a case (apology, resolution, follow-up) as a PDF"),
    "message": ("message", "print a letter about a case as a plain-text message (WeChat, SMS, "
                           "e-mail)"),
    "backup": ("backup", "back up the archive (verified; old backups rotated: 7 daily, 4 weekly, "
                         "12 monthly)"),
    "restore": ("restore", "replace the archive by a backup (a safety copy of the current one is "
                           "kept)"),
    "check": ("check", "check the archive (integrity, links between records, version); exit 1 "
                       "if damaged"),
    "followups": ("followups", "print overdue, today's and upcoming follow-ups (for a morning "
                               "printout)"),
    "import": ("transfer", "import customers or complaints from a CSV file (all rows or none)"),
    "export": ("transfer", "export customers, complaints or everything"),
    "summary": ("summary", "write the monthly recovery summary of a month as a PDF"),
    "case-sheet": ("case_sheet", "write the case sheet of one case as a PDF"),
    "job-tag": ("case_sheet", "write a 62 × 100 mm job tag for a returned item"),
    "intake-form": ("case_sheet", "write a blank complaint intake form as a PDF"),
    "export-customer": ("privacy", "write everything held about one customer into a zip (their "
                                   "right to a copy)"),
    "erase-customer": ("privacy", "erase one customer's personal data for good (cannot be "
                                  "undone; needs --yes)"),
    "alerts": ("alerts", "list the current early warnings (customers at risk, overdue promises, "
                         "causes)"),
    "find": ("find", "print the cases a search finds (reference, date, customer, status)"),
}
# desktop_app.selftest.STEPS, named here so `--help` needs no import of the self-test.
SELF_TEST_STEPS = ("archive", "complaint", "letter", "qt", "window")
DATA_DIR_HELP = "folder of the archive (amends.db); default: the per-user application-data folder"
EPILOG = ("--data-dir may come before or after the command. Exit status: 0 done, 1 a check found "
          "a problem, 2 the command was refused or failed (one line on stderr says why), 130 "
          "interrupted. A busy archive is waited for up to AMENDS_BUSY_WAIT seconds (default 30).")
SIGPIPE_STATUS = 141  # 128 + SIGPIPE: what a shell reports for `amends followups | head -1`


def verb_module(name: str) -> ModuleType:
    return importlib.import_module(f"desktop_app.cli.{name}")


def build_parser(verb: str | None = "*") -> argparse.ArgumentParser:
    """The whole parser (`verb="*"`), or one with only `verb`'s module loaded and every other
    verb a placeholder with its help line (None: no verb module at all, for the window)."""
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
        choices=list(SELF_TEST_STEPS),
        metavar="STEP",
        help="check this installation in a temporary archive, without a screen, and exit 0 if "
        f"it works; each STEP named runs only that one: {', '.join(SELF_TEST_STEPS)}",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    loaded: set[str] = set()
    for name, (module, help_text) in VERBS.items():
        if name in subparsers.choices:
            continue  # registered with another verb of its module
        if verb == "*" or (verb is not None and VERBS.get(verb, ("", ""))[0] == module):
            if module not in loaded:
                loaded.add(module)
                verb_module(module).register(subparsers, common)
        else:  # never run in this process: its name and help line only
            subparsers.add_parser(name, help=help_text, add_help=False)
    return parser


def _verb_in(argv: list[str]) -> str | None:
    """The verb named in `argv`: its first word that is neither an option nor the folder of
    --data-dir (None when that word is no verb: argparse then says what is wrong)."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("-"):
            return word if word in VERBS else None
    return None


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
        # Ctrl+C can land inside a transaction's own context manager; its generator is then
        # finalised after the archive was closed, and Python would print that as "Exception
        # ignored …" with a traceback. Nothing is lost (SQLite drops the uncommitted work), so
        # say nothing more on the way out.
        sys.unraisablehook = lambda _unraisable: None
        return 130
    except BrokenPipeError:
        return _pipe_closed()


def _run(argv: list[str] | None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = build_parser(_verb_in(words)).parse_args(argv)
    if args.command is not None and not hasattr(args, "handler"):  # a placeholder was chosen
        args = build_parser().parse_args(argv)
    if args.self_test is not None:  # before the GUI import below: works with no screen at all
        from desktop_app import selftest

        return selftest.run(args.self_test)
    if args.command is None:
        from desktop_app import start_gc

        start_gc.hold()  # run_gui puts it back once the window has painted
        from desktop_app.app import run_gui

        return run_gui(args)
    try:
        return args.handler(args) or 0
    except (CommandError, ArchiveError, OSError) as error:
        if isinstance(error, BrokenPipeError):
            raise
        message = explain(error, archive_path(args.data_dir))
    except Exception as error:  # a bug: still one line for the shop owner, never a traceback
        if isinstance(as_archive_error(error), ArchiveError):  # a storage error, not a bug
            message = explain(error, archive_path(args.data_dir))
        elif os.environ.get("AMENDS_DEBUG"):
            raise
        else:
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
