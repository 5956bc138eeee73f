"""`amends find TERM` prints the cases the window's search shows, as text or JSON."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.cli import main
from desktop_app.domain.queries import CaseFilter
from tests.conftest import complaint_input, customer_input

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def data_dir(tmp_path):
    archive = Archive.open(tmp_path / "amends.db")
    wang = archive.customers.add_customer(customer_input(name="王小明")).id
    for hours in range(7):
        archive.cases.record_complaint(wang, complaint_input(
            received_at=NOW - timedelta(hours=hours), description=f"第{hours}杯拿铁太凉"))
    case = archive.cases.record_complaint(
        customer_input(name="Olivia Brown", phone="139 1111 2222"),
        complaint_input(received_at=NOW - timedelta(days=1)),
    )
    archive.recovery.update_diagnosis(case.id, None, "冷链断了", "", None)
    archive.close()
    return tmp_path


def test_find_prints_what_the_case_list_shows_newest_first(data_dir, capsys):
    assert main(["find", "拿铁", "--data-dir", str(data_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    archive = Archive.open(data_dir / "amends.db")
    shown = archive.cases.list_cases(CaseFilter(text="拿铁"))
    archive.close()
    assert [line.split()[0] for line in lines] == [r.ref for r in shown] and len(lines) == 7
    assert lines[0].split()[1:] == [f"{NOW:%Y-%m-%d}", f"{NOW:%H:%M}", "王小明", "Received"]


def test_find_searches_a_two_character_root_cause_and_limits(data_dir, capsys):
    assert main(["find", "冷链", "--json", "--data-dir", str(data_dir)]) == 0
    [found] = json.loads(capsys.readouterr().out)
    assert found["customer"] == "Olivia Brown" and found["status"] == "received"
    assert main(["find", "杯", "--limit", "3", "--json", "--data-dir", str(data_dir)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_find_says_so_when_nothing_matches_and_writes_nothing(data_dir, capsys):
    before = (data_dir / "amends.db").stat().st_mtime_ns
    assert main(["find", "火锅", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out == "No cases found.\n"
    assert (data_dir / "amends.db").stat().st_mtime_ns == before
