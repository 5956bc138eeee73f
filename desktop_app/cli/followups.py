"""`amends followups`: the follow-ups that are overdue, due today and coming up, as plain text.

Meant for a morning printout or a scheduled job (`amends followups --due | lp`): the same list as
the Follow-ups screen, in fixed-width columns that stay aligned with Chinese names.
"""

from __future__ import annotations

import argparse
import functools
import unicodedata
from datetime import date

from desktop_app.cli import words
from desktop_app.cli.common import open_archive
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.queries import FollowUpRow
from desktop_app.domain.recovery import FollowUpBucket
from desktop_app.i18n import label, translate

HEADINGS = {
    FollowUpBucket.OVERDUE: _N("CLI", "OVERDUE"),
    FollowUpBucket.TODAY: _N("CLI", "DUE TODAY"),
    FollowUpBucket.UPCOMING: _N("CLI", "UPCOMING"),
}
COLUMNS = ((_N("CLI", "Due"), 10), (_N("CLI", "Late"), 6), (_N("CLI", "Case"), 10),
           (_N("CLI", "Customer"), 20), (_N("CLI", "Phone"), 16), (_N("CLI", "Method"), 8),
           (_N("CLI", "Status"), 20), (_N("CLI", "Staff"), 12))
WEEKDAYS = "一二三四五六日"


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "followups",
        parents=[common],
        help="print overdue, today's and upcoming follow-ups (for a morning printout)",
        description="Print the follow-ups to do: overdue ones first, then today's, then those "
        "coming up in the next days, with the customer's phone and the case reference. "
        "Plain text in aligned columns, ready for a printer or a scheduled job. Exit code 0, "
        "also when nothing is due.",
    )
    parser.add_argument("--due", action="store_true",
                        help="only overdue and today's follow-ups (leave out upcoming ones)")
    parser.add_argument("--days", type=int, default=7, metavar="N",
                        help="how many days ahead count as upcoming (default 7)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    archive = open_archive(args, read_only=True)
    try:
        today = archive.now().date()
        rows = archive.follow_ups.due_follow_ups(today, 0 if args.due else max(args.days, 0))
        shop = archive.shop().name
    finally:
        archive.close()
    language = words.language()
    print(render(rows, _day(today, language), shop, language))
    return 0


def render(rows: list[FollowUpRow], day: str, shop: str = "", language: str = "en") -> str:
    """The whole printout: a title line, then one table per bucket that has rows."""
    tr = functools.partial(translate, words.CONTEXT, language=language)
    lines = [" — ".join(part for part in (tr(_N("CLI", "Follow-ups")), shop, day) if part), ""]
    if not rows:
        lines.append(tr(_N("CLI", "Nothing is due. Well done.")))
    for bucket in FollowUpBucket:
        group = [r for r in rows if r.bucket is bucket]
        if group:
            lines += [f"{tr(HEADINGS[bucket])} ({len(group)})", _line(tr(n) for n, _ in COLUMNS),
                      _line("-" * w for _, w in COLUMNS),
                      *(_line(_cells(r, language)) for r in group), ""]
    return "\n".join(lines).rstrip() + "\n"


def _day(day: date, language: str) -> str:
    if language.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    return day.strftime("%A %d %B %Y")


def _cells(row: FollowUpRow, language: str) -> list[str]:
    late = translate(words.CONTEXT, _N("CLI", "{days} d"), language).format(
        days=row.days_overdue) if row.days_overdue else ""
    return [row.due_on.isoformat(), late, row.ref, row.customer_name, row.customer_phone,
            label(row.method, language), label(row.status, language), row.staff_name]


def _line(cells) -> str:
    fitted = (_fit(text, width) for text, (_, width) in zip(cells, COLUMNS, strict=True))
    return "  ".join(fitted).rstrip()


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _fit(text: str, width: int) -> str:
    """`text` padded to `width` terminal columns (Chinese characters take two), or cut with …"""
    if sum(map(_width, text)) > width:
        while sum(map(_width, text)) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - sum(map(_width, text)))
