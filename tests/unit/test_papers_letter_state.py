"""Letters say what really happened: done vs agreed remedies, improvement, the batch rule, the
plain-text message and the template language's conditional sections."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop_app.documents.letters import message_text, render_letter
from desktop_app.documents.templates import TemplateError, expand, validate
from desktop_app.domain.letter_context import (
    LeftOutReason,
    LetterContext,
    select_follow_up_batch,
)
from desktop_app.domain.model import (
    Cause,
    Channel,
    Complaint,
    Customer,
    Expectation,
    Feeling,
    FollowUp,
    Language,
    LetterKind,
    Remedy,
    RemedyKind,
    Severity,
    ShopProfile,
    Staff,
    Status,
)

TODAY = date(2026, 12, 1)


def _context(remedies=(), status=Status.INVESTIGATING, improvement="", follow_up=None,
             ref="2026-0042", name="王小明") -> LetterContext:
    complaint = Complaint(1, ref, 1, datetime(2026, 11, 28, 10), Channel.IN_PERSON, 1,
                          "The cake was stale.", Feeling.UPSET, Expectation.REFUND,
                          Severity.MEDIUM, cause=Cause.PRODUCT_QUALITY, status=status,
                          improvement=improvement, resolution_due=datetime(2026, 12, 3, 18))
    return LetterContext(ShopProfile(name="Morning Light", phone="021-6468 8000"),
                         Customer(1, name), complaint, tuple(remedies), Staff(1, "Li Na"),
                         follow_up, None, TODAY)


def _remedy(kind=RemedyKind.DISCOUNT, cents=1500, given_on=date(2026, 11, 29), text=""):
    return Remedy(None, 1, kind, text, cents, 0, given_on)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages)


def test_apology_for_a_case_with_remedies_done_does_not_promise_a_solution():
    context = _context([_remedy(), _remedy(RemedyKind.VOUCHER, 2000)])
    text = _text(render_letter(LetterKind.APOLOGY, Language.EN, context))
    assert "discount (CNY 15.00) and voucher (CNY 20.00)" in text
    assert "come back to you with a solution" not in text


def test_apology_without_remedies_promises_a_solution_by_the_deadline():
    text = _text(render_letter(LetterKind.APOLOGY, Language.EN, _context()))
    assert "solution by 3 December 2026" in text
    assert "already arranged" not in text


def test_an_agreed_remedy_is_promised_with_its_date_not_said_done():
    context = _context([_remedy(RemedyKind.REFUND, 3800, date(2026, 12, 5))],
                       status=Status.REMEDY_AGREED)
    text = _text(render_letter(LetterKind.APOLOGY, Language.ZH_CN, context))
    assert "退款（¥38.00）将在2026年12月5日之前" in text
    assert "已经为您办理" not in text


@pytest.mark.parametrize(("language", "said"), [
    (Language.EN, "still working on it"), (Language.ZH_CN, "仍在为您处理"),
    (Language.ZH_TW, "仍在為您處理")])
def test_a_resolution_letter_before_any_remedy_says_the_case_is_still_being_worked_on(
        language, said):
    empty = _text(render_letter(LetterKind.RESOLUTION, language, _context()))
    assert said in empty and not empty.rstrip().endswith(("：", ":"))
    done = _text(render_letter(LetterKind.RESOLUTION, language, _context([_remedy()])))
    assert said not in done


def test_follow_up_thanks_only_for_what_happened_and_names_the_improvement():
    context = _context([_remedy(RemedyKind.APOLOGY_ONLY, 0)], improvement="Cakes are dated.")
    text = _text(render_letter(LetterKind.FOLLOW_UP, Language.EN, context))
    assert "what we did for you" not in text
    assert "apology only" not in text.lower()
    assert "Cakes are dated." in text


def test_batch_takes_overdue_follow_ups_and_leaves_out_agreed_only_cases_with_the_reason():
    week_end = date(2026, 12, 6)
    overdue = _context([_remedy()], follow_up=FollowUp(1, 1, date(2026, 11, 10)), ref="A")
    this_week = _context([_remedy()], follow_up=FollowUp(2, 1, date(2026, 12, 4)), ref="B")
    agreed = _context([_remedy()], Status.REMEDY_AGREED, follow_up=FollowUp(3, 1, TODAY),
                      ref="C")
    later = _context([_remedy()], follow_up=FollowUp(4, 1, date(2026, 12, 9)), ref="D")
    done = _context([_remedy()], follow_up=FollowUp(5, 1, TODAY, done_at=datetime(2026, 12, 1)),
                    ref="E")
    bare = _context(follow_up=FollowUp(6, 1, TODAY), ref="F")
    picked = select_follow_up_batch([this_week, agreed, later, overdue, done, bare], week_end)
    assert [c.complaint.ref for c in picked.included] == ["A", "B"]
    assert {c.complaint.ref: r for c, r in picked.left_out} == {
        "C": LeftOutReason.REMEDY_ONLY_AGREED, "D": LeftOutReason.NOT_DUE,
        "E": LeftOutReason.FOLLOW_UP_DONE, "F": LeftOutReason.NO_REMEDY}


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("language", list(Language))
def test_message_text_names_the_case_and_the_person_responsible(kind, language):
    text = message_text(kind, language, _context([_remedy()]))
    assert "2026-0042" in text and "Li Na" in text and "王小明" in text
    assert "{" not in text and "<" not in text and "（仅道歉）" not in text


def test_conditional_sections_choose_a_branch_and_can_be_nested():
    body = "{% if remedies_done %}A{% if voucher %}V{% else %}-{% endif %}{% else %}B{% endif %}"
    assert expand(body, {"remedies_done": True, "voucher": False}) == "A-"
    assert expand(body, {"remedies_done": False, "voucher": True}) == "B"
    assert expand("x\n{% if not improvement %}\nnone\n{% endif %}\ny", {}) == "x\nnone\ny"


@pytest.mark.parametrize(("body", "fragment"), [
    ("Hi {% if remedies_done %}there", "never closed"),
    ("Hi {% endif %}", "without an {% if %}"),
    ("{% if remedys_done %}x{% endif %}", "did you mean “remedies_done”"),
    ("{% when %}", "write {% if NAME %}"),
])
def test_a_broken_section_is_explained_in_words_with_its_line(body, fragment):
    with pytest.raises(TemplateError) as caught:
        validate(body)
    assert fragment in str(caught.value) and "Line 1" in str(caught.value)


def test_a_customer_whose_language_is_traditional_chinese_gets_a_traditional_letter():
    context = _context([_remedy()])
    context = replace(context, customer=replace(context.customer, language=Language.ZH_TW))
    text = _text(render_letter(LetterKind.FOLLOW_UP, context.customer.language, context))
    assert "感謝" in text and "編號" in text and "感谢" not in text
