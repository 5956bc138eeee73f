"""The summary's satisfaction page: figures with their n, improvements with their effect, in
Chinese and English, user text escaped."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from desktop_app.documents.summary_insights import insights_flowables
from desktop_app.domain.early_warnings import Effect
from desktop_app.domain.satisfaction import (
    Answer,
    ImprovementAction,
    ImprovementStatus,
    Insights,
    drivers,
    overall,
)


def answers(n: int, satisfaction: int, channel: str) -> list[Answer]:
    return [Answer(satisfaction, satisfaction >= 4, "regular", "none", channel, "waiting",
                   ("voucher",), "李娜", True, 0.5) for _ in range(n)]


@pytest.fixture
def insights():
    found = answers(25, 5, "phone") + answers(5, 1, "email")
    action = ImprovementAction(1, "Queue numbers <fast>", "王强", date(2026, 9, 1),
                               ImprovementStatus.DONE, ("waiting",), date(2026, 7, 1))
    return Insights(date(2025, 12, 1), date(2026, 12, 1), overall(found),
                    tuple(drivers(found)), ((action, "waiting", Effect(30, 180, 16, 90), None),))


def pdf_text(flowables) -> str:
    buffer = BytesIO()
    SimpleDocTemplate(buffer).build(flowables)
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(buffer.getvalue())).pages)


def test_the_page_gives_csat_with_its_n_and_leaves_thin_values_out(insights):
    text = pdf_text(insights_flowables(insights, "en", 450))
    assert "83% of 30 scored follow-up answers" in text
    assert "Phone" in text and "E-mail" not in text  # 5 answers: below the threshold
    assert "fewer than 20 scored answers are left out (1 of them)" in text
    assert "Queue numbers <fast>" in text and "did not fall" in text
    assert "Poisson" in text


def test_the_page_speaks_chinese(insights):
    text = pdf_text(insights_flowables(insights, "zh_CN", 450))
    assert "没有下降" in text and "等候时间" in text
