"""`amends import customers|complaints FILE.csv` and `amends export customers|complaints|all`."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop_app.actions import transfer
from desktop_app.archive.backup import BackupError
from desktop_app.archive.errors import ArchiveError
from desktop_app.archive.transfer import (
    ImportRefused,
    complaints_csv,
    customers_csv,
    export_all,
    plan_import,
    write_file,
)
from desktop_app.cli.common import CommandError, explain, open_archive, patiently
from desktop_app.cli.words import say
from desktop_app.domain import csv_rules as rules
from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N

_COLUMNS_HELP = (
    "Customers columns: name (required), phone, email, address, language (zh_CN/en), consent "
    "(yes/no). Complaints columns: received_at (2026-11-02 10:30), channel, description, "
    "feeling, expectation, severity (required; code, English or Chinese label), customer_phone "
    "and/or customer_name (the customer is found by phone, else created), ref, product, "
    "order_no, spread, cause, root_cause, improvement, status. Chinese headers (姓名, 电话, "
    "日期 …) are recognised. Full list: docs/import-format.md."
)


def register(subparsers, common: argparse.ArgumentParser) -> None:
    imp = subparsers.add_parser(
        "import", parents=[common],
        help="import customers or complaints from a CSV file (all rows or none)",
        description="Import a CSV saved by Excel or WPS (UTF-8, UTF-8 with BOM or GBK; comma, "
        "semicolon or tab). Every row is checked first; if any row is bad, each is listed with "
        "its line and reason and nothing is written, unless --skip-bad-rows. " + _COLUMNS_HELP)
    imp.add_argument("kind", choices=["customers", "complaints"], help="what the file holds")
    imp.add_argument("file", metavar="FILE.csv", help="the CSV file to import")
    imp.add_argument("--skip-bad-rows", action="store_true",
                     help="import the good rows and leave out the bad ones")
    imp.add_argument("--map", metavar="COL=FIELD", action="append", default=[],
                     help="use column COL (its header text or number from 1) for FIELD; repeatable")
    imp.set_defaults(handler=run_import_command)
    exp = subparsers.add_parser(
        "export", parents=[common], help="export customers, complaints or everything",
        description="Export to CSV that Excel opens correctly (UTF-8 with BOM, Chinese included), "
        "or 'all': a zip of CSV files plus a verified backup of the archive.")
    exp.add_argument("kind", choices=["customers", "complaints", "all"],
                     help="what to export; 'all' is a zip of every CSV and a verified backup")
    exp.add_argument("--out", metavar="FILE", required=True,
                     help="file to write (.csv, or .zip for 'all')")
    exp.set_defaults(handler=run_export)


def run_import_command(args: argparse.Namespace) -> int:
    try:
        table = rules.read_table(Path(args.file).read_bytes())
    except OSError as error:
        raise CommandError(say(_N("CLI", "Cannot read {file}: {reason}"), file=args.file,
                               reason=error.strerror)) from error
    except rules.FileProblem as error:
        raise CommandError(str(error)) from error
    mapping = _mapping(table.headers, args.kind, args.map)
    archive = open_archive(args, create=True)
    try:
        plan = plan_import(archive, args.kind, table, mapping)
        for problem in plan.problems:
            print(f"line {problem.line}: {problem.reason}")
        written = patiently(lambda: transfer.import_rows(archive, plan, args.skip_bad_rows,
                                                         source=args.file)).result
    except (rules.FileProblem, ImportRefused) as error:
        raise CommandError(str(error)) from error
    except ArchiveError as error:  # e.g. a full disk: the transaction rolled back
        raise CommandError(explain(error, archive.path)) from error
    finally:
        archive.close()
    print(say(_N("CLI", "Imported {count} {kind} from {file} ({encoding}); {bad} bad row(s) "
                 "left out."), count=written, kind=args.kind, file=args.file,
              encoding=table.encoding, bad=len(plan.problems)))
    return 0


def _mapping(headers: list[str], kind: str, overrides: list[str]) -> dict[int, str]:
    mapping = rules.auto_mapping(headers, kind)
    for item in overrides:
        column, _, name = item.partition("=")
        if name not in rules.FIELDS[kind]:
            raise CommandError(say(_N("CLI", "--map {item}: {name} is not a field of {kind}."),
                                   item=item, name=repr(name), kind=kind))
        index = int(column) - 1 if column.isdigit() else next(
            (i for i, h in enumerate(headers) if h == column), None)
        if index is None or not 0 <= index < len(headers):
            raise CommandError(say(_N("CLI", "--map {item}: there is no column {column}."),
                                   item=item, column=repr(column)))
        mapping = {i: f for i, f in mapping.items() if f != name and i != index}
        mapping[index] = name
    return mapping


def run_export(args: argparse.Namespace) -> int:
    archive = open_archive(args, read_only=True)
    try:
        if args.kind == "all":
            export_all(archive, Path(args.out), datetime.now())
        else:
            data = customers_csv(archive) if args.kind == "customers" else complaints_csv(archive)
            write_file(Path(args.out), data)
    except BackupError as error:
        raise CommandError(str(error)) from error
    except OSError as error:
        raise CommandError(explain(error)) from error
    finally:
        archive.close()
    print(say(_N("CLI", "Exported {kind} to {out}."), kind=args.kind, out=args.out))
    return 0
