"""CSV import is all-or-nothing and names each bad row; export round-trips and opens in Excel."""

from __future__ import annotations

import zipfile
from datetime import datetime

import pytest

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.transfer import (
    ImportRefused,
    complaints_csv,
    customers_csv,
    export_all,
    plan_import,
    run_import,
)
from desktop_app.cli import main
from desktop_app.domain import csv_rules as rules
from desktop_app.domain.model import Cause, Channel
from tests.conftest import complaint_input, customer_input

HEADER_ZH = "姓名,电话,邮箱,地址\r\n"


def _import(archive, kind: str, data: bytes, skip: bool = False) -> int:
    table = rules.read_table(data)
    plan = plan_import(archive, kind, table, rules.auto_mapping(table.headers, kind))
    return run_import(archive, plan, skip)


def _complaint_lines(n: int) -> list[str]:
    return [f"2026-10-01 09:{i % 60:02d},phone,Cold coffee #{i},upset,refund,low,"
            f"138{i:08d},Customer {i}" for i in range(n)]


COMPLAINT_HEADER = ("received_at,channel,description,feeling,expectation,severity,"
                    "customer_phone,customer_name")


def test_a_gbk_file_with_chinese_headers_imports_correctly(archive):
    data = (HEADER_ZH + "王小明,138 0013 8000,wang@example.com,上海市徐汇区\r\n"
            "李娜,139-0000-1111,,北京\r\n").encode("gbk")
    table = rules.read_table(data)
    assert table.encoding == "gb18030"
    assert _import(archive, "customers", data) == 2
    assert archive.customers.customer_by_phone("13800138000").address == "上海市徐汇区"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_utf8_files_with_any_delimiter_import(archive, encoding, delimiter):
    text = HEADER_ZH + "王小明,138 0013 8000,,\"上海, 徐汇\"\r\n"
    text = text.replace(",", delimiter) if delimiter != "," else text
    text = text.replace('"上海; 徐汇"', '"上海, 徐汇"').replace('"上海\t 徐汇"', '"上海, 徐汇"')
    assert _import(archive, "customers", text.encode(encoding)) == 1
    assert archive.customers.customer_by_phone("13800138000").name == "王小明"


def test_one_bad_row_in_ten_thousand_writes_nothing_and_names_that_row(archive):
    lines = _complaint_lines(10_000)
    lines[7_311] = lines[7_311].replace(",upset,", ",furious,")
    data = "\r\n".join([COMPLAINT_HEADER, *lines]).encode("utf-8-sig")
    table = rules.read_table(data)
    plan = plan_import(archive, "complaints", table, rules.auto_mapping(table.headers,
                                                                         "complaints"))
    assert [(p.line, "furious" in p.reason) for p in plan.problems] == [(7_313, True)]
    with pytest.raises(ImportRefused, match="line 7313"):
        run_import(archive, plan)
    assert archive.db["complaints"].count == 0 and archive.db["customers"].count == 0


def test_every_bad_row_is_reported_with_its_line_and_reason(archive):
    archive.customers.add_customer(customer_input(phone="138 0013 8000"))
    data = (HEADER_ZH + "王小明,138 0013 8000,,\r\n,139 1,,\r\n李娜,1.38E+10,,\r\n"
            "张三,not-a-phone,x@y,\r\n").encode()
    table = rules.read_table(data)
    plan = plan_import(archive, "customers", table, rules.auto_mapping(table.headers,
                                                                        "customers"))
    reasons = {p.line: p.reason for p in plan.problems}
    assert set(reasons) == {2, 3, 4, 5}
    assert "already in the archive" in reasons[2]
    assert "name: This field is required." in reasons[3]
    assert "E+10" in reasons[4]
    assert "email" in reasons[5] and "phone" in reasons[5]


def test_a_quoted_field_spanning_lines_keeps_the_line_numbers_right(archive):
    lines = _complaint_lines(3)
    lines[0] = lines[0].replace("Cold coffee #0", '"Cold\r\ncoffee"')
    lines[2] = lines[2].replace(",low,", ",???,")
    data = "\r\n".join([COMPLAINT_HEADER, *lines]).encode()
    table = rules.read_table(data)
    plan = plan_import(archive, "complaints", table,
                       rules.auto_mapping(table.headers, "complaints"))
    assert [p.line for p in plan.problems] == [5]


def test_complaints_find_their_customer_by_phone_or_create_one(archive):
    known = archive.customers.add_customer(customer_input(phone="138 0013 8000"))
    data = "\r\n".join([COMPLAINT_HEADER,
                        "2026-10-01 09:00,电话,咖啡是凉的,愤怒,退款,轻微,13800138000,",
                        "2026/10/2 10:00,Phone,Late,Calm,Apology,High,139 2222 3333,Li Na",
                        "2026-10-03,phone,Again,calm,apology,high,13922223333,Li Na"]).encode()
    assert _import(archive, "complaints", data) == 3
    owners = [r["customer_id"] for r in archive.db.query(
        "SELECT customer_id FROM complaints ORDER BY received_at")]
    assert owners[0] == known.id and owners[1] == owners[2] != known.id
    first = archive.cases.complaint(1)
    assert (first.channel, first.description) == (Channel.PHONE, "咖啡是凉的")


def _filled() -> list:
    return [
        (customer_input(), complaint_input(cause=Cause.WAITING, description="=SUM(A1) 😡\n二行")),
        (customer_input(name="Zoë, \"Co\"", phone="+44 20 7946 0000", email=""),
         complaint_input(description="-5 stars, 'quoted'", product="@home")),
        (customer_input(name="No phone", phone="", email=""), complaint_input()),
    ]


def test_export_then_import_into_a_fresh_archive_equals_the_original(archive, tmp_path):
    for customer, complaint in _filled():
        saved = archive.cases.record_complaint(customer, complaint)
    archive.cases.record_complaint(
        saved.customer_id, complaint_input(received_at=datetime(2026, 1, 5))
    )
    archive.db["complaints"].update(1, {"root_cause": "rush hour", "status": "investigating"})
    fresh = Archive.open(tmp_path / "fresh.db")
    assert _import(fresh, "customers", customers_csv(archive)) == 3
    assert _import(fresh, "complaints", complaints_csv(archive)) == 4
    assert customers_csv(fresh) == customers_csv(archive)
    assert complaints_csv(fresh) == complaints_csv(archive)
    assert fresh.cases.complaint_by_ref("2026-0001").root_cause == "rush hour"


def test_exported_csv_is_excel_friendly(archive):
    archive.cases.record_complaint(customer_input(phone="+86 138 0013 8000"), complaint_input())
    data = customers_csv(archive)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert "'+86 138 0013 8000" in data.decode("utf-8-sig")
    assert "王小明" in data.decode("utf-8-sig")


def test_export_all_is_a_zip_of_csvs_and_a_verified_backup(archive, tmp_path):
    archive.cases.record_complaint(customer_input(), complaint_input())
    export_all(archive, tmp_path / "all.zip", datetime(2026, 11, 23, 18, 30))
    names = zipfile.ZipFile(tmp_path / "all.zip").namelist()
    assert {"customers.csv", "complaints.csv", "remedies.csv", "follow_ups.csv",
            "amends-2026-11-23T183000.db"} <= set(names)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.zip", "amends.db",
                                                            "amends.db-shm", "amends.db-wal"]


def test_a_full_archive_during_import_writes_nothing(archive):
    data = "\r\n".join([COMPLAINT_HEADER, *_complaint_lines(2_000)]).encode()
    pages = archive.db.execute("PRAGMA page_count").fetchone()[0]
    archive.db.execute(f"PRAGMA max_page_count = {pages + 5}")
    with pytest.raises(ArchiveError, match="full"):
        _import(archive, "complaints", data)
    archive.db.execute("PRAGMA max_page_count = 1073741823")
    assert archive.db["complaints"].count == 0


def test_cli_import_and_export(archive_path, tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_bytes(("客户电话,客户,日期,渠道,描述,感受,期望,严重程度\r\n"
                        "13800138000,王,2026-10-01,phone,Cold,calm,refund,low\r\n"
                        "13800138001,李,2026-10-01,phone,,calm,refund,low\r\n").encode("gb18030"))
    args = ["--data-dir", str(archive_path.parent)]
    assert main(["import", "complaints", str(source), *args]) == 2
    captured = capsys.readouterr()
    assert "line 3: description: This field is required." in captured.out
    assert "Nothing was imported" in captured.err
    assert main(["import", "complaints", str(source), "--skip-bad-rows", *args]) == 0
    assert main(["export", "complaints", "--out", str(tmp_path / "out.csv"), *args]) == 0
    assert "Cold" in (tmp_path / "out.csv").read_bytes().decode("utf-8-sig")


def test_cli_map_option_names_a_column_by_hand(archive_path, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("Kunde,Handy\nAnna,0151 234567\n", encoding="utf-8")
    args = ["--data-dir", str(archive_path.parent)]
    assert main(["import", "customers", str(source), "--map", "Kunde=name",
                 "--map", "2=phone", *args]) == 0
    assert Archive.open(archive_path).customers.customer_by_phone("0151234567").name == "Anna"
