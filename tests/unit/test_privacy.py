"""One customer's data can be handed over or erased, keeping the shop's figures; the app password
is stored only as a salted hash."""

from __future__ import annotations

import json
import zipfile

import pytest

from desktop_app.domain.model import RemedyKind
from desktop_app.domain.password import hash_password, verify_password
from desktop_app.domain.recovery import RemedyInput
from tests.conftest import complaint_input, customer_input

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SECRET_PHONE = "138 7654 3210"


@pytest.fixture
def wang(archive):
    """A customer with two complaints, a remedy and a photo; another customer beside them."""
    first = archive.cases.record_complaint(
        customer_input(phone=SECRET_PHONE, email="wang.secret@example.com", address="徐汇路 8 号"),
        complaint_input(description="王先生说他住在徐汇路 8 号, 蛋糕坏了", order_no="NO.55501"))
    archive.cases.record_complaint(first.customer_id, complaint_input(description="又迟到了"))
    archive.remedies.add_remedy(RemedyInput(first.id, RemedyKind.REFUND, "退给王先生 38 元",
                                   amount_cents=3800, cost_cents=3800), staff_id=None)
    archive.attachments.add_attachment(
        first.id, "wang-receipt.png", "image/png", PNG, b"", staff_id=None
    )
    archive.cases.record_complaint(customer_input(name="Li Na", phone="139 0000 1111"),
                             complaint_input(description="Other customer's text"))
    return first.customer_id


def test_everything_about_one_customer_is_exported_as_a_zip(archive, wang, tmp_path):
    path = archive.privacy.export_customer(wang, tmp_path / "wang.zip")
    zipped = zipfile.ZipFile(path)
    data = json.loads(zipped.read("customer.json"))
    assert data["customer"]["phone"] == SECRET_PHONE
    assert [c["ref"] for c in data["complaints"]] == ["2026-0001", "2026-0002"]
    assert data["remedies"][0]["amount_cents"] == 3800
    assert zipped.read("attachments/2026-0001-1-wang-receipt.png") == PNG
    assert "Other customer's text" not in zipped.read("customer.json").decode()


def test_the_export_holds_the_duplicates_merged_into_them(archive, wang, tmp_path):
    duplicate = archive.customers.add_customer(
        customer_input(name="王小明 (old card)", phone="021 555")
    )
    archive.profiles.merge_customers(wang, duplicate.id, staff_id=None)
    data = json.loads(zipfile.ZipFile(archive.privacy.export_customer(wang, tmp_path / "w.zip"))
                      .read("customer.json"))
    assert [r["name"] for r in data["merged_records"]] == ["王小明 (old card)"]


def test_erasing_a_customer_removes_their_personal_data_but_keeps_the_statistics(archive, wang):
    archive.privacy.erase_customer(wang)
    customer = archive.customers.customer(wang)
    assert (customer.name, customer.phone, customer.email, customer.address) == (
        f"Erased customer #{wang}", "", "", "")
    assert customer.erased
    complaints = list(archive.db.query("SELECT * FROM complaints WHERE customer_id = ?", [wang]))
    assert [c["description"] for c in complaints] == ["[erased]", "[erased]"]
    assert [c["severity"] for c in complaints] == ["medium", "medium"]
    remedy = archive.remedies.remedies(complaints[0]["id"])[0]
    assert (remedy.kind, remedy.amount_cents, remedy.description) == (RemedyKind.REFUND, 3800, "")
    assert archive.attachments.attachments(complaints[0]["id"]) == []
    assert archive.cases.complaint_by_ref("2026-0003").description == "Other customer's text"


def test_erasure_is_in_the_audit_trail_without_the_erased_values(archive, wang):
    archive.privacy.erase_customer(wang)
    events = list(archive.db.query("SELECT * FROM events WHERE entity = 'customer' "
                                   "AND entity_id = ?", [wang]))
    assert events[-1]["action"] == "erased" and events[-1]["new"] == events[-1]["old"] == ""
    trail = json.dumps(list(archive.db.query("SELECT * FROM events")), ensure_ascii=False)
    assert "王小明" not in trail and "wang-receipt" not in trail


def test_the_erased_values_are_gone_from_the_archive_file_itself(archive, wang):
    archive.privacy.erase_customer(wang)
    raw = archive.path.read_bytes()
    for secret in (SECRET_PHONE, "wang.secret@example.com", "徐汇路 8 号", "NO.55501", "王小明"):
        assert secret.encode() not in raw, secret
    assert b"13876543210" not in raw
    assert archive.customers.find_customers("王小明") == []


def test_a_customer_cannot_be_erased_twice(archive, wang):
    archive.privacy.erase_customer(wang)
    with pytest.raises(ValueError, match="already erased"):
        archive.privacy.erase_customer(wang)


def test_the_password_is_stored_as_a_salted_hash_and_checked():
    stored = hash_password("晨光 2026!")
    assert "晨光" not in stored and stored.startswith("scrypt$")
    assert stored != hash_password("晨光 2026!")  # a fresh salt each time
    assert verify_password("晨光 2026!", stored)
    assert not verify_password("晨光 2026", stored)
    assert not verify_password("anything", "not$a$hash")
    assert not verify_password("anything", "")
