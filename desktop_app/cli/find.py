"""`amends find TERM`: the cases the window's search shows for TERM, newest first, for scripts.

The same archive query as the case list (every term length, every searched column), printed as
reference, date, customer and status; `--json` for programs. The archive is opened read-only.
"""

from __future__ import annotations

import argparse
import json

from desktop_app.cli import common
from desktop_app.domain.queries import CaseFilter, CaseRow

PAGE = 500  # rows asked of the archive at a time (keyset pages, as the window scrolls)


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "find",
        parents=[parent],
        help="print the cases a search finds (reference, date, customer, status)",
        description="Print the cases the search box of the case list finds for TERM, newest "
        "first: one per line with reference, date received, customer and status. Several words "
        "must all match. Exit code 0 also when nothing matches; 2 when the archive cannot be "
        "opened.",
    )
    parser.add_argument("term", nargs="+", metavar="TERM", help="what to look for")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="print at most N cases (default: every match)")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list of objects instead of aligned text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 0:
        raise common.CommandError("--limit must be 0 or more")
    archive = common.open_archive(args, read_only=True)  # a search writes nothing
    try:
        rows = find(archive, " ".join(args.term), args.limit)
    finally:
        archive.close()
    print(render_json(rows) if args.json else render(rows), end="")
    return 0


def find(archive, text: str, limit: int | None = None) -> list[CaseRow]:
    """Every case the list shows for `text` (up to `limit`), fetched a keyset page at a time."""
    query, rows = CaseFilter(text=text), list[CaseRow]()
    while limit is None or len(rows) < limit:
        size = PAGE if limit is None else min(PAGE, limit - len(rows))
        page = archive.cases.list_cases(query, 0, size, after=rows[-1] if rows else None)
        rows += page
        if len(page) < size:
            break
    return rows


def render(rows: list[CaseRow]) -> str:
    if not rows:
        return "No cases found.\n"
    return "".join(f"{r.ref}  {r.received_at:%Y-%m-%d %H:%M}  {r.customer_name}  "
                   f"{r.status.label}\n" for r in rows)


def render_json(rows: list[CaseRow]) -> str:
    return json.dumps([{"ref": r.ref, "received_at": r.received_at.isoformat(sep=" "),
                        "customer": r.customer_name, "status": r.status.value,
                        "status_label": r.status.label} for r in rows],
                      ensure_ascii=False, indent=2) + "\n"
