"""Case search finds exactly what a plain LIKE scan finds, in every searched column, at every
term length (one, two, three and more characters), for Chinese, Latin and punctuation."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.domain.model import Status
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input, customer_input

NOW = datetime(2026, 11, 20, 9, 0)
COMPLAINT_COLUMNS = ("ref", "product", "order_no", "description", "root_cause")
CUSTOMER_COLUMNS = ("name", "phone", "phone_digits", "email")
# Each needle is written into one column of one case; the searches are its 1-, 2-, 3- and
# 4-character pieces, so every length meets every column.
NEEDLES = ("冷链箱温度", "Refund", "50%_off", 'say"hi"', "a*b(c)", "x-y:z", "AND OR", "漕溪北路",
           "CAFÉé")
FILLER = "普通的一天"


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    archive = Archive.open(tmp_path_factory.mktemp("recall") / "amends.db", clock=lambda: NOW)
    day = 0
    for needle in NEEDLES:
        for column in COMPLAINT_COLUMNS + CUSTOMER_COLUMNS:
            day += 1
            _case_with(archive, column, needle.replace(" ", ""), NOW - timedelta(days=day))
    yield archive
    archive.close()


def _case_with(archive: Archive, column: str, needle: str, received: datetime) -> None:
    customer = customer_input(name=f"客户{received:%j}", phone="021-6468 0000", email="")
    if column in CUSTOMER_COLUMNS:
        field = {"phone_digits": "phone"}.get(column, column)
        value = {"phone": "138 9494 0000", "email": f"{needle}@example.com"}.get(field, needle)
        customer = customer_input(**{**customer.__dict__, field: value})
    text = {"description": FILLER}
    if column in ("product", "order_no", "description"):
        text[column] = f"{FILLER}{needle}{FILLER}" if column == "description" else needle
    case = archive.cases.record_complaint(customer, complaint_input(received_at=received, **text))
    if column == "root_cause":
        archive.recovery.update_diagnosis(case.id, None, f"因为{needle}", "", None)


def _ascii_lower(text: str) -> str:
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _like_oracle(archive: Archive, term: str) -> set[int]:
    """The cases a LIKE '%term%' scan over every searched column finds (LIKE folds ASCII case)."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    complaint = " OR ".join(f"k.{c} LIKE :p ESCAPE '\\'" for c in COMPLAINT_COLUMNS)
    customer = " OR ".join(f"c.{c} LIKE :p ESCAPE '\\'" for c in CUSTOMER_COLUMNS)
    rows = archive.db.execute(
        f"SELECT k.id FROM complaints k JOIN customers c ON c.id = k.customer_id"
        f" WHERE k.deleted_at IS NULL AND ({complaint} OR {customer})", {"p": f"%{escaped}%"})
    return {r[0] for r in rows}


def _terms() -> list[str]:
    terms = set()
    for needle in NEEDLES:
        for length in (1, 2, 3, 4):
            for start in range(0, len(needle) - length + 1):
                piece = needle[start:start + length]
                if piece.strip() == piece and " " not in piece:
                    terms.add(piece)
    return sorted(terms | {"%", "_", '"', "*", "2026-", "-0", "REFUND", "rEf", "93"})


# How common a term must be for each path (case_search's thresholds), set to force one path:
# pages and counts through the indexes; walking the search text (customers gathered first) and
# counting by one scan of it; walking with each case's customer looked up.
PATHS = {"through indexes": (0, 0, 10**9), "walking newest first": (10**9, 10**9, 10**9),
         "walking, looking up customers": (10**9, 10**9, -1)}


@pytest.mark.parametrize("term", _terms())
@pytest.mark.parametrize("path", PATHS)
def test_search_finds_what_a_like_scan_finds_for_every_term(shop, term, path, monkeypatch):
    for knob, value in zip(("_DENSE", "_SCAN", "_MANY_CUSTOMERS"), PATHS[path], strict=True):
        monkeypatch.setattr(f"desktop_app.archive.case_search.{knob}", value)
    expected = _like_oracle(shop, term)
    found = [row.id for row in shop.cases.list_cases(CaseFilter(text=term), 0, 10_000)]
    assert set(found) == expected
    assert len(found) == len(expected) == shop.cases.count_cases(CaseFilter(text=term))


@pytest.mark.parametrize("text", ["冷链 温度", "冷链箱 温", "Ref und", "REFUND 2026-", "冷 Refund",
                                  "CAFÉ é", "é 冷", "x-y z", "2026- 链 度", "94 2026-", "a*b 0"])
@pytest.mark.parametrize("path", PATHS)
def test_several_terms_find_the_cases_holding_every_one(shop, text, path, monkeypatch):
    for knob, value in zip(("_DENSE", "_SCAN", "_MANY_CUSTOMERS"), PATHS[path], strict=True):
        monkeypatch.setattr(f"desktop_app.archive.case_search.{knob}", value)
    expected = set.intersection(*(_like_oracle(shop, term) for term in text.split()))
    found = [row.id for row in shop.cases.list_cases(CaseFilter(text=text), 0, 10_000)]
    assert set(found) == expected and len(found) == len(expected)
    assert shop.cases.count_cases(CaseFilter(text=text)) == len(expected)


@pytest.mark.parametrize("column", COMPLAINT_COLUMNS[1:] + CUSTOMER_COLUMNS)
@pytest.mark.parametrize("length", [1, 2, 3])
def test_every_searched_column_is_searched_at_every_term_length(shop, column, length):
    term = "冷链箱温度"[1:1 + length] if column not in ("phone", "phone_digits") else "94"[:length]
    found = {row.id for row in shop.cases.list_cases(CaseFilter(text=term), 0, 10_000)}
    assert found and found == _like_oracle(shop, term)


def test_two_character_term_in_a_root_cause_is_found(shop):
    cases = shop.cases.list_cases(CaseFilter(text="冷链"), 0, 10_000)
    causes = {shop.cases.complaint(row.id).root_cause for row in cases}
    assert "因为冷链箱温度" in causes


def test_a_short_term_and_a_filter_combine(shop):
    first = shop.cases.list_cases(CaseFilter(text="链"), 0, 1)[0]
    shop.recovery.move_case(first.id, Status.INVESTIGATING, None)
    found = shop.cases.list_cases(CaseFilter(text="链", status=Status.INVESTIGATING), 0, 100)
    assert [row.id for row in found] == [first.id]
    assert shop.cases.count_cases(CaseFilter(text="链 箱", status=Status.INVESTIGATING)) == 1


def test_search_keeps_up_with_edits_and_deletions(shop):
    case = shop.cases.record_complaint(customer_input(name="新客"),
                                 complaint_input(received_at=NOW, description="奶茶太甜"))
    assert [r.id for r in shop.cases.list_cases(CaseFilter(text="甜"), 0, 5)] == [case.id]
    shop.recovery.update_diagnosis(case.id, None, "糖浆泵坏了", "", None)
    assert [r.id for r in shop.cases.list_cases(CaseFilter(text="浆泵"), 0, 5)] == [case.id]
    shop.recovery.delete_case(case.id, None, "entered twice")
    assert shop.cases.list_cases(CaseFilter(text="甜"), 0, 5) == []


def test_keyset_pages_of_a_search_are_the_whole_result_in_order(shop):
    query = CaseFilter(text="0")
    everything = shop.cases.list_cases(query, 0, 10_000)
    pages, after = [], None
    while True:
        page = shop.cases.list_cases(query, 0, 7, after=after)
        if not page:
            break
        pages += page
        after = page[-1]
    assert [r.id for r in pages] == [r.id for r in everything] and len(everything) > 20
