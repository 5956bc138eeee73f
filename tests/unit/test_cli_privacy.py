"""`amends export-customer` and `amends erase-customer`: the right customer or none, a zip whole
or not at all, and no erasure without --yes."""

from __future__ import annotations

import json
import zipfile

import pytest

from desktop_app.archive import Archive
from desktop_app.archive.lock import ArchiveLock
from desktop_app.archive.privacy import PrivacyStore
from desktop_app.cli import build_parser, main
from tests.conftest import complaint_input, customer_input


@pytest.fixture
def shop(tmp_path):
    """Two customers, one with a phone shared by a third (a couple on one number)."""
    archive = Archive.open(tmp_path / "amends.db")
    wang = archive.cases.record_complaint(customer_input(phone="138 0013 8000"), complaint_input())
    archive.cases.record_complaint(customer_input(name="Li Na", phone="139 1111 2222"),
                             complaint_input(description="late again"))
    archive.cases.record_complaint(customer_input(name="Li Wei", phone="+86 139-1111-2222"),
                             complaint_input())
    archive.close()
    return tmp_path, wang.customer_id


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def customer_name(folder, customer_id) -> str:
    archive = Archive.open(folder / "amends.db")
    try:
        return archive.customers.customer(customer_id).name
    finally:
        archive.close()


def test_export_customer_by_phone_writes_their_zip(shop, capsys):
    folder, wang = shop
    out = folder / "wang.zip"
    code, said, _ = run(capsys, "export-customer", "13800138000", "--out", str(out),
                        "--data-dir", str(folder))
    assert code == 0 and str(out) in said
    with zipfile.ZipFile(out) as zipped:
        data = json.loads(zipped.read("customer.json"))
    assert data["customer"]["id"] == wang and data["customer"]["name"] == "王小明"
    assert len(data["complaints"]) == 1


def test_an_export_that_cannot_be_written_is_explained(shop, capsys):
    folder, wang = shop
    (folder / "not a folder").write_text("")
    code, _, err = run(capsys, "export-customer", str(wang), "--out",
                       str(folder / "not a folder" / "wang.zip"), "--data-dir", str(folder))
    assert code == 2 and "Cannot write" in err and "Traceback" not in err


def test_an_export_that_fails_half_way_leaves_the_old_file_and_no_part(shop, capsys,
                                                                       monkeypatch):
    folder, wang = shop
    out = folder / "wang.zip"
    out.write_bytes(b"the export of last week")

    def disk_full(self, zipped, data, refs):
        zipped.writestr("customer.json", "{")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(PrivacyStore, "_write_export", disk_full)
    code, _, err = run(capsys, "export-customer", str(wang), "--out", str(out),
                       "--data-dir", str(folder))
    assert code == 2 and "full" in err
    assert out.read_bytes() == b"the export of last week"
    assert sorted(p.name for p in folder.glob("wang*")) == ["wang.zip"]


def test_erase_without_yes_explains_and_changes_nothing(shop, capsys):
    folder, wang = shop
    code, _, err = run(capsys, "erase-customer", f"#{wang}", "--data-dir", str(folder))
    assert code == 2 and "--yes" in err and "cannot be undone" in err
    assert customer_name(folder, wang) == "王小明"


def test_erase_with_yes_erases_the_customer(shop, capsys):
    folder, wang = shop
    code, said, _ = run(capsys, "erase-customer", "138-0013-8000", "--yes",
                        "--data-dir", str(folder))
    assert code == 0 and f"customer #{wang}" in said and "王小明" not in said
    assert customer_name(folder, wang) == f"Erased customer #{wang}"
    code, _, err = run(capsys, "erase-customer", str(wang), "--yes", "--data-dir", str(folder))
    assert code == 2 and "already erased" in err


def test_a_phone_of_several_customers_lists_them_and_erases_nobody(shop, capsys):
    folder, _ = shop
    code, _, err = run(capsys, "erase-customer", "139 1111 2222", "--yes",
                       "--data-dir", str(folder))
    assert code == 2 and "fits 2 customers" in err
    assert "Li Na" in err and "Li Wei" in err
    assert customer_name(folder, 2) == "Li Na" and customer_name(folder, 3) == "Li Wei"


@pytest.mark.parametrize("verb", [["erase-customer", "--yes"],
                                  ["export-customer", "--out", "x.zip"]])
def test_an_unknown_customer_is_refused(shop, capsys, verb):
    folder, _ = shop
    code, _, err = run(capsys, verb[0], "99", *verb[1:], "--data-dir", str(folder))
    assert code == 2 and "No customer" in err


def test_erase_refuses_while_the_archive_is_held_by_the_window(shop, capsys):
    folder, wang = shop
    with ArchiveLock.acquire(folder, "the Amends window"):
        code, _, err = run(capsys, "erase-customer", str(wang), "--yes",
                           "--data-dir", str(folder))
    assert code == 2 and "the Amends window" in err
    assert customer_name(folder, wang) == "王小明"


def test_erase_help_says_it_cannot_be_undone_and_what_backups_keep():
    parser = build_parser()
    verbs = parser._subparsers._group_actions[0].choices
    text = " ".join(verbs["erase-customer"].format_help().split())
    assert "CANNOT BE UNDONE" in text and "12 months" in text and "backups" in text
