"""Nothing a user types breaks a paper: any text, any length, in every field of every paper kind
(letters, case sheet, job tag, intake form, monthly summary) makes a PDF."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.archive import Archive
from desktop_app.documents.case_sheet import render_case_sheet
from desktop_app.documents.intake_form import render_intake_form
from desktop_app.documents.job_tag import render_job_tag
from desktop_app.documents.letters import message_text, render_letter
from desktop_app.documents.summary import render_summary
from desktop_app.domain.letter_context import LetterContext
from desktop_app.domain.metrics import summarise
from desktop_app.domain.model import Cause, Language, LetterKind, RemedyKind, ShopProfile
from desktop_app.domain.recovery import RemedyInput
from desktop_app.domain.reporting import Improvement, Period, RepeatComplainer
from tests.conftest import complaint_input, customer_input

RARE = "䶮𠀋𡈽𡌛محمد عبد اللهЖуков Nguyễn Thị Hương"
TEXT = (st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
        | st.sampled_from(["", "<b>&amp;</b>", "😡🍰👨‍👩‍👧", RARE, "\u202e伪造", "长" * 3000,
                           "x" * 2500, "word " * 900, "{customer_name}", "{% if %}", "\x00\x1f"]))
LANGUAGES = st.sampled_from(list(Language))
PAPER = st.sampled_from(["A4", "Letter"])
FIELDS = st.sampled_from(["name", "address", "description", "product", "order_no",
                          "root_cause", "improvement", "remedy", "shop_name"])
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def case_file():
    with tempfile.TemporaryDirectory() as folder:
        archive = Archive.open(Path(folder) / "amends.db")
        staff = archive.add_staff("Li Na")
        case = archive.cases.record_complaint(
            customer_input(), complaint_input(received_by=staff.id)
        )
        archive.recovery.update_diagnosis(case.id, Cause.DETAIL, "root", "better", staff.id)
        archive.remedies.add_remedy(RemedyInput(case.id, RemedyKind.REFUND, "cake", 3800, 3800,
                                       date(2026, 11, 3), staff.id), staff.id)
        archive.remedies.add_remedy(RemedyInput(case.id, RemedyKind.VOUCHER, "", 2000, 500,
                                       date(2026, 11, 3), staff.id), staff.id)
        yield (
            archive.case_files.case_file(case.id),
            archive.reporting.report_inputs(Period.month(2026, 11)),
        )
        archive.close()


def _with(case, field: str, text: str, paper: str):
    shop = replace(case.shop, paper_size=paper,
                   name=text if field == "shop_name" else case.shop.name)
    customer, complaint = case.customer, case.complaint
    if field in ("name", "address"):
        customer = replace(customer, **{field: text})
    elif field == "remedy":
        remedies = tuple(replace(r, description=text) for r in case.remedies)
        return replace(case, shop=shop, remedies=remedies)
    elif field != "shop_name":
        complaint = replace(complaint, **{field: text})
    return replace(case, shop=shop, customer=customer, complaint=complaint)


def _is_pdf(data: bytes) -> bool:
    return data[:5] == b"%PDF-" and b"%%EOF" in data[-32:]


@SETTINGS
@given(field=FIELDS, text=TEXT, language=LANGUAGES, paper=PAPER)
def test_any_text_prints_on_the_case_sheet_and_the_job_tag(case_file, field, text, language,
                                                             paper):
    case = _with(case_file[0], field, text, paper)
    assert _is_pdf(render_case_sheet(case, language.value))
    assert _is_pdf(render_job_tag(case, language.value))


@SETTINGS
@given(field=FIELDS, text=TEXT, language=LANGUAGES, paper=PAPER,
       kind=st.sampled_from(list(LetterKind)))
def test_any_text_prints_in_every_letter_and_its_message(case_file, field, text, language,
                                                         paper, kind):
    case = _with(case_file[0], field, text, paper)
    context = LetterContext(case.shop, case.customer, case.complaint, case.remedies,
                            letter_date=date(2026, 12, 1))
    assert _is_pdf(render_letter(kind, language, context))
    assert case.complaint.ref in message_text(kind, language, context)


@SETTINGS
@given(text=TEXT, language=LANGUAGES, paper=PAPER)
def test_any_shop_name_and_address_print_on_the_intake_form(text, language, paper):
    shop = ShopProfile(name=text, address=text, phone=text[:40], paper_size=paper)
    assert _is_pdf(render_intake_form(shop, language.value))


@SETTINGS
@given(text=TEXT, language=LANGUAGES, paper=PAPER)
def test_any_text_prints_in_the_monthly_summary(case_file, text, language, paper):
    summary = summarise(case_file[1])
    summary = replace(
        summary, shop=replace(summary.shop, name=text, paper_size=paper),
        improvements=(Improvement(1, "2026-0001", Cause.DETAIL, text),) * 3,
        repeaters=(RepeatComplainer(1, text, 3, datetime(2026, 11, 2)),),
        open_cases=tuple(replace(c, customer_name=text, staff_name=text)
                         for c in summary.open_cases))
    assert _is_pdf(render_summary(summary, language.value))
