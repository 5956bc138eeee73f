"""`amends alerts` lists the watch list: text for a printout, a JSON array for scripts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.cli import main
from desktop_app.domain.model import Segment
from tests.conftest import complaint_input, customer_input


@pytest.fixture
def data_dir(tmp_path):
    """A key customer whose case is two days past its target, and a quiet customer."""
    archive = Archive.open(tmp_path / "amends.db")
    received = datetime.now().replace(microsecond=0) - timedelta(days=9)
    late = archive.cases.record_complaint(customer_input(), complaint_input(received_at=received))
    archive.db.execute("UPDATE customers SET segment = ? WHERE id = ?",
                       [Segment.KEY.value, late.customer_id])
    quiet = archive.cases.record_complaint(customer_input(name="李娜", phone="139 0000 0000"),
                                     complaint_input(received_at=received))
    archive.db.execute("UPDATE complaints SET status = 'recovered', closed_at = ? WHERE id = ?",
                       [str(received + timedelta(days=1)), quiet.id])
    archive.close()
    return tmp_path


def test_json_gives_kind_reason_customer_phone_and_case(data_dir, capsys):
    assert main(["alerts", "--json", "--lang", "en", "--data-dir", str(data_dir)]) == 0
    (alert,) = json.loads(capsys.readouterr().out)
    assert alert["kind"] == "customer_at_risk"
    assert (alert["customer_name"], alert["phone"]) == ("王小明", "138 0013 8000")
    assert alert["case_ref"].endswith("0001") and "past its target" in alert["reason"]
    assert alert["next_step"]


def test_the_reason_is_in_the_language_asked_for(data_dir, capsys):
    assert main(["alerts", "--json", "--lang", "zh_CN", "--data-dir", str(data_dir)]) == 0
    (alert,) = json.loads(capsys.readouterr().out)
    assert "past its target" not in alert["reason"] and "王小明" == alert["customer_name"]


def test_the_text_list_names_the_customer_and_an_empty_archive_says_all_is_well(
        data_dir, tmp_path, capsys):
    assert main(["alerts", "--lang", "en", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "王小明 · 138 0013 8000" in out and "李娜" not in out
    Archive.open(tmp_path / "empty" / "amends.db").close()
    assert main(["alerts", "--lang", "en", "--data-dir", str(tmp_path / "empty")]) == 0
    assert capsys.readouterr().out == "Nothing to warn about.\n"
