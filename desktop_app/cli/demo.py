"""`amends demo`: fill an archive with a believable small shop to explore the app with."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import CommandError, open_archive, patiently
from desktop_app.cli.words import say
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.queries import CaseFilter


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "demo",
        parents=[common],
        help="fill the demo shop's own archive (staff, ~300 customers, ~1,500 complaints)",
        description="Fill an archive with a believable demo shop: a few staff, about 300 "
        "customers and 1,500 complaints over the last 12 months, in Chinese and English, "
        "at every stage of recovery. Without --data-dir it is the demo's own folder "
        "(<app data>/Demo shop), never the shop's real archive. Refuses an archive that "
        "already holds complaints.",
    )
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.demo import demo_data_dir, fill_demo_shop

    if not getattr(args, "data_dir", None):  # never the default (real) archive
        args.data_dir = str(demo_data_dir())
    archive = open_archive(args, create=True)
    try:
        if archive.cases.count_cases(CaseFilter()) > 0:
            raise CommandError(say(_N("CLI", "{path} already holds complaints; use an empty "
                                       "--data-dir."), path=archive.path))
        summary = patiently(lambda: fill_demo_shop(archive, seed=args.seed))
    finally:
        archive.close()
    print(say(_N("CLI", "Demo shop written to {path}: {summary}"), path=archive.path,
              summary=summary))
    return 0
