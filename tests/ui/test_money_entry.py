"""Amounts are typed in the shop's currency: its sign, and only the decimals it writes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale

from desktop_app.domain.model import Remedy, RemedyKind
from desktop_app.ui.remedy_dialog import RemedyDialog, cents
from tests.conftest import complaint_input, customer_input


@pytest.fixture
def english(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


def remedy_dialog(qtbot, archive, code: str, remedy: Remedy | None = None) -> RemedyDialog:
    archive.save_shop(replace(archive.shop(), currency=code))
    recorded = archive.cases.record_complaint(customer_input(), complaint_input())
    dialog = RemedyDialog(archive, archive.cases.complaint(recorded.id), None, remedy=remedy)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(("code", "typed", "shown", "stored"), [
    ("TWD", "1250", "NT$1,250", 125000),
    ("JPY", "980", "¥980", 98000),
    ("CNY", "18.5", "¥18.50", 1850),
    ("GBP", "7.25", "£7.25", 725),
])
def test_the_remedy_amount_takes_the_decimals_and_sign_of_the_shops_currency(
        qtbot, archive, english, code, typed, shown, stored):
    dialog = remedy_dialog(qtbot, archive, code)
    for box in (dialog.amount, dialog.cost):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, typed)
        box.interpretText()
        assert box.text() == shown
        assert cents(box) == stored


def test_a_taiwan_dollar_box_refuses_a_decimal_point(qtbot, archive, english):
    dialog = remedy_dialog(qtbot, archive, "TWD")
    dialog.amount.lineEdit().selectAll()
    qtbot.keyClicks(dialog.amount, "12.5")
    dialog.amount.interpretText()
    assert dialog.amount.decimals() == 0 and "." not in dialog.amount.text()


def test_cents_kept_from_before_a_currency_change_are_shown_not_rounded_away(
        qtbot, archive, english):
    old = Remedy(id=1, complaint_id=1, kind=RemedyKind.REFUND, description="", amount_cents=1850,
                 cost_cents=1850, given_on=archive.now().date(), given_by=None, accepted=None)
    dialog = remedy_dialog(qtbot, archive, "TWD", remedy=old)
    assert cents(dialog.amount) == 1850 and dialog.amount.text() == "NT$18.50"
