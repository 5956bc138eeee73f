"""`amends alerts`: the watch list's early warnings, as text for a printout or JSON for a script."""

from __future__ import annotations

import argparse
import json

from desktop_app.cli.common import open_archive
from desktop_app.domain.early_warnings import NOTHING, EarlyWarning, reason_text
from desktop_app.i18n import label, translate

LANGUAGES = ("zh_CN", "zh_TW", "en")
CONTEXT = "EarlyWarning"


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "alerts",
        parents=[common],
        help="list the current early warnings (customers at risk, overdue promises, causes)",
        description="List the early warnings of the watch list: customers at risk, promises "
        "overdue, causes rising or recurring without an improvement, improvements without "
        "effect; each with its reason and a suggested next step. Dismissed warnings are left "
        "out unless they have worsened. Exit code 0, also when there is nothing to warn about.",
    )
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array of objects (kind, reason, next_step, "
                        "customer_id, customer_name, phone, case_ref, cause)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the reasons (default: the shop's language)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    archive = open_archive(args, read_only=True)
    try:
        language = args.lang or archive.shop().language.value
        warnings = archive.intelligence.warnings()
    finally:
        archive.close()
    if args.json:
        print(json.dumps([as_json(w, language) for w in warnings], ensure_ascii=False, indent=2))
    else:
        print(render(warnings, language), end="")
    return 0


def as_json(w: EarlyWarning, language: str) -> dict:
    """One warning as the JSON contract promises: codes stay codes, texts are translated."""
    found = {"kind": w.kind.value, "kind_label": label(w.kind, language),
             "reason": reason_text(w, lambda text: translate(CONTEXT, text, language)),
             "next_step": translate(CONTEXT, w.next_step, language)}
    if w.customer_id is not None:
        found |= {"customer_id": w.customer_id, "customer_name": w.customer_name,
                  "phone": w.phone}
    if w.case_ref:
        found["case_ref"] = w.case_ref
    if w.cause is not None:
        found["cause"] = w.cause.value
    if w.improvement_id is not None:
        found["improvement_id"] = w.improvement_id
    return found


def render(warnings: list[EarlyWarning], language: str) -> str:
    if not warnings:
        return translate(CONTEXT, NOTHING, language) + "\n"
    lines = []
    for w in warnings:
        item = as_json(w, language)
        who = " · ".join(part for part in (item.get("customer_name", ""), item.get("phone", ""),
                                             item.get("case_ref", "")) if part)
        if w.cause is not None:
            who = " · ".join(p for p in (who, label(w.cause, language)) if p)
        lines += [f"[{item['kind_label']}] {who}", f"  {item['reason']}",
                  f"  → {item['next_step']}", ""]
    return "\n".join(lines).rstrip() + "\n"
