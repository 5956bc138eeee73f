"""The monthly summary PDF: headline figures in both languages, fonts embedded, empty months,
user text escaped, and the `amends summary` command."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop_app.archive import Archive
from desktop_app.cli import main as cli_main
from desktop_app.documents.summary import render_summary
from desktop_app.domain.metrics import summarise
from desktop_app.domain.model import Cause, RemedyKind, ShopProfile, Status
from desktop_app.domain.recovery import FollowUpResult, RemedyInput
from desktop_app.domain.reporting import Period
from tests.conftest import complaint_input, customer_input

OCTOBER = Period.month(2026, 10)


class Clock:
    now = datetime(2026, 10, 1, 9)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def month(archive_path):
    """October 2026: five waiting-time complaints, one billing complaint by a customer whose
    name looks like markup; one case recovered with a voucher and a follow-up of 5."""
    clock = Clock()
    shop = Archive.open(archive_path, clock=clock)
    shop.save_shop(ShopProfile(name="晨光咖啡 Morning Light", phone="021-6468 8000"))
    for day in range(1, 6):
        clock.now = datetime(2026, 10, day, 10)
        case = shop.cases.record_complaint(customer_input(phone=f"139 0000 00{day:02d}"),
                                     complaint_input(received_at=clock.now, cause=Cause.WAITING))
    clock.now = datetime(2026, 10, 6, 10)
    shop.cases.record_complaint(customer_input(name="<b>Tom & Jerry</b>", phone="137 1111 2222"),
                          complaint_input(received_at=clock.now, cause=Cause.BILLING))
    shop.recovery.move_case(case.id, Status.ACKNOWLEDGED, None)
    shop.recovery.move_case(case.id, Status.REMEDY_AGREED, None)
    shop.remedies.add_remedy(RemedyInput(case.id, RemedyKind.VOUCHER, "", 3000, 1200), None)
    shop.recovery.move_case(case.id, Status.REMEDY_DONE, None)
    clock.now = datetime(2026, 10, 7, 10)
    shop.recovery.move_case(case.id, Status.RECOVERED, None)
    follow_up = shop.follow_ups.follow_ups(case.id)[0]
    shop.follow_ups.record_follow_up(follow_up.id, FollowUpResult(clock.now, satisfaction=5,
                                                       will_return=True), None)
    clock.now = datetime(2026, 11, 20, 12)
    yield shop
    shop.close()


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page, and whether its glyphs are embedded in the file."""
    found = {}
    for page in PdfReader(BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        # [] resolves an indirect /Font on every pypdf; .get() does not on pypdf 4.
        fonts = resources["/Font"] if "/Font" in resources else {}
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            if descendants:
                font = descendants[0].get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            found[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def test_the_english_summary_shows_the_headline_figures_of_the_month(month):
    pdf = render_summary(summarise(month.reporting.report_inputs(OCTOBER)), "en")
    text = text_of(pdf)
    assert "Monthly recovery summary · October 2026" in text
    assert "6 complaints came in during October 2026" in text
    assert "Waiting time was the most frequent cause (5 of the 6" in text
    assert "Only 1 customers have answered" in text or "too few answers" in text
    assert "CNY 12.00" in text  # cost of the voucher
    assert "Notes: how each figure is worked out" in text
    assert "Page 1 of" in text


def test_the_chinese_summary_shows_the_same_figures_in_chinese(month):
    text = text_of(render_summary(summarise(month.reporting.report_inputs(OCTOBER)), "zh_CN"))
    assert "月度投诉补救报告" in text and "2026年10月" in text
    assert "共收到 6 件投诉" in text
    assert "¥12.00" in text
    assert "第 1 页" in text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_font_in_the_summary_is_embedded(month, language):
    fonts = fonts_of(render_summary(summarise(month.reporting.report_inputs(OCTOBER)), language))
    assert fonts and all(fonts.values()), fonts


def test_customer_names_that_look_like_markup_are_printed_as_written(month):
    text = text_of(render_summary(summarise(month.reporting.report_inputs(OCTOBER)), "en"))
    assert "<b>Tom&Jerry</b>" in text.replace(" ", "").replace("\n", "")  # the cell wraps it


def test_a_month_without_complaints_gives_a_short_report_not_an_error(month):
    pdf = render_summary(summarise(month.reporting.report_inputs(Period.month(2025, 3))), "en")
    text = text_of(pdf)
    assert "No complaints were recorded in March 2025." in text
    assert len(PdfReader(BytesIO(pdf)).pages) <= 5


def test_the_summary_command_writes_the_pdf(month, archive_path, tmp_path, capsys):
    out = tmp_path / "october.pdf"
    code = cli_main(["summary", "--month", "2026-10", "--lang", "en", "--out", str(out),
                     "--data-dir", str(archive_path.parent)])
    assert code == 0
    assert "6 complaints came in" in text_of(out.read_bytes())


def test_the_summary_command_explains_a_bad_month(archive_path, tmp_path, capsys):
    code = cli_main(["summary", "--month", "October", "--out", str(tmp_path / "x.pdf"),
                     "--data-dir", str(archive_path.parent)])
    assert code == 2
    assert "not a month (YYYY-MM)" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
