"""`amends followups` prints the morning list of follow-ups as an aligned plain-text table."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import pytest

from desktop_app.archive import Archive
from desktop_app.cli import main
from desktop_app.domain.model import FollowUpMethod
from tests.conftest import complaint_input, customer_input


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """The printout follows the locale; these tests read it in English."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def data_dir(tmp_path):
    """An archive with one follow-up overdue by two days, one due today, one in three days."""
    archive = Archive.open(tmp_path / "amends.db")
    staff = archive.add_staff("李娜").id
    today = date.today()
    received = datetime.combine(today - timedelta(days=10), datetime.min.time())
    people = [customer_input(name="王小明", phone="138 0013 8000"),
              customer_input(name="Olivia Brown", phone="139 1111 2222"),
              customer_input(name="欧阳娜娜", phone="186 0000 7777")]
    for days, person in zip((-2, 0, 3), people, strict=True):
        case = archive.cases.record_complaint(
            person, complaint_input(received_at=received, received_by=staff), staff)
        archive.follow_ups.schedule_follow_up(
            case.id, today + timedelta(days=days), FollowUpMethod.PHONE, staff
        )
    archive.close()
    return tmp_path


def test_the_list_shows_overdue_then_today_then_upcoming(data_dir, capsys):
    assert main(["followups", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.index("OVERDUE (1)") < out.index("DUE TODAY (1)") < out.index("UPCOMING (1)")
    overdue = next(line for line in out.splitlines() if "王小明" in line)
    assert "2 d" in overdue and "138 0013 8000" in overdue and "李娜" in overdue


def test_due_leaves_out_upcoming_follow_ups(data_dir, capsys):
    assert main(["followups", "--due", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Olivia Brown" in out and "王小明" in out
    assert "欧阳娜娜" not in out and "UPCOMING" not in out


def test_columns_stay_aligned_with_chinese_names(data_dir, capsys):
    main(["followups", "--data-dir", str(data_dir)])
    lines = capsys.readouterr().out.splitlines()
    header = next(line for line in lines if line.startswith("Due"))
    rows = [line for line in lines if line[:4].isdigit()]
    phone_column = width(header[:header.index("Phone")])
    for row in rows:
        phone = next(p for p in ("138", "139", "186") if p in row)
        assert width(row[:row.index(phone)]) == phone_column


def test_an_empty_archive_says_nothing_is_due(tmp_path, capsys):
    Archive.open(tmp_path / "amends.db").close()
    assert main(["followups", "--data-dir", str(tmp_path)]) == 0
    assert "Nothing is due" in capsys.readouterr().out


def test_help_explains_the_options(capsys):
    with pytest.raises(SystemExit) as done:
        main(["followups", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--due" in out and "--days" in out and "--data-dir" in out


def test_a_mistyped_data_dir_is_not_an_empty_archive(tmp_path, capsys):
    assert main(["followups", "--data-dir", str(tmp_path / "typo")]) == 2
    assert "Nothing is due" not in capsys.readouterr().out
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize(("locale", "overdue", "phone"), [("zh_CN.UTF-8", "已逾期", "电话"),
                                                          ("zh_TW.UTF-8", "已逾期", "電話")])
def test_the_list_speaks_the_locales_chinese(data_dir, capsys, monkeypatch, locale, overdue,
                                             phone):
    monkeypatch.setenv("LANG", locale)
    assert main(["followups", "--data-dir", str(data_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{overdue} (1)" in lines and "OVERDUE (1)" not in lines
    header = next(line for line in lines if line.startswith("到期日"))
    row = next(line for line in lines if "王小明" in line)
    assert width(header[:header.index(phone)]) == width(row[:row.index("138")])
    assert "2 天" in row
