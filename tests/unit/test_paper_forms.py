"""Job tag, blank intake form and the command-line verbs that write them and the case sheet."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.documents import job_tag
from desktop_app.documents.codes import encoded_value, qr_drawing
from desktop_app.documents.intake_form import option_labels, render_intake_form
from desktop_app.documents.job_tag import masked_phone, render_job_tag
from desktop_app.domain.model import (
    Cause,
    Channel,
    Expectation,
    Feeling,
    Language,
    Severity,
    ShopProfile,
    Spread,
)
from tests.conftest import complaint_input, customer_input
from tests.unit.test_case_sheet import assert_fonts_embedded

CLOSED_LISTS = (Channel, Feeling, Expectation, Severity, Spread, Cause, Language)


def words(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def case(archive):
    archive.save_shop(ShopProfile(name="Golden Crust Bakery"))
    complaint = archive.cases.record_complaint(
        customer_input(name="Zhou Ming", phone="138 0013 8000"),
        complaint_input(product="Wedding cake stand", order_no="R-4471"))
    return archive.case_files.case_file(complaint.id)


def test_job_tag_is_a_62_by_100_mm_label_with_reference_customer_item_and_due_date(case):
    pdf = render_job_tag(case, "en")
    page = PdfReader(BytesIO(pdf)).pages[0]
    assert [round(float(v) / 72 * 25.4) for v in page.mediabox.upper_right] == [62, 100]
    text = words(pdf)
    for value in (case.complaint.ref, "Zhou Ming", "Wedding cake stand", "R-4471",
                  f"{case.complaint.resolution_due.day}November2026"):
        assert value.replace(" ", "") in text, value
    assert_fonts_embedded(pdf)


def test_job_tag_shows_only_the_last_four_digits_of_the_phone(case):
    text = words(render_job_tag(case, "zh_CN"))
    assert "8000" in text and "13800138000" not in text and "0013" not in text
    assert masked_phone("138 0013 8000") == "•••• 8000"
    assert masked_phone("") == ""


def test_job_tag_qr_code_encodes_the_reference(case, monkeypatch):
    drawn = []
    monkeypatch.setattr(job_tag, "qr_drawing",
                        lambda value, size: drawn.append(qr_drawing(value, size)) or drawn[-1])
    render_job_tag(case, "en")
    assert [encoded_value(d) for d in drawn] == [case.complaint.ref]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_blank_form_offers_every_option_of_each_closed_list_in_its_language(language):
    pdf = render_intake_form(ShopProfile(name="Golden Crust Bakery"), language)
    text = words(pdf)
    for enum in CLOSED_LISTS:
        for option in option_labels(enum, language):
            assert re.sub(r"\s+", "", option) in text, option
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    assert_fonts_embedded(pdf)


def test_blank_form_options_are_in_the_chosen_language():
    assert option_labels(Channel, "zh_CN")[0] == "到店当面"
    assert option_labels(Channel, "en")[0] == "In person"
    assert not set(option_labels(Cause, "zh_CN")) & set(option_labels(Cause, "en"))


def test_cli_writes_the_case_sheet_job_tag_and_blank_form(case, archive_path, tmp_path,
                                                           capsys):
    data_dir = str(archive_path.parent)
    ref = case.complaint.ref
    for argv, name in ((["case-sheet", ref, "--lang", "en"], "sheet.pdf"),
                       (["case-sheet", ref, "--full-attachments"], "full.pdf"),
                       (["job-tag", ref, "--lang", "zh_CN"], "tag.pdf"),
                       (["intake-form", "--lang", "en"], "form.pdf")):
        out = tmp_path / name
        assert main([*argv, "--data-dir", data_dir, "--out", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    assert ref in words((tmp_path / "sheet.pdf").read_bytes())


@pytest.mark.parametrize("verb", ["case-sheet", "job-tag"])
def test_cli_unknown_reference_is_a_clean_error(archive, archive_path, tmp_path, capsys, verb):
    out = tmp_path / "x.pdf"
    code = main([verb, "2099-9999", "--data-dir", str(archive_path.parent), "--out", str(out)])
    assert code == 2
    assert "no case with the reference '2099-9999'" in capsys.readouterr().err
    assert not out.exists()
