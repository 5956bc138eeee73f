"""Dates and money in lists and cards: the locale's own short formats, ISO-like dates when the
system has only the bare C locale (no LANG), and amounts written as the money inputs show them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from desktop_app.ui.remedy_dialog import money_box
from desktop_app.ui.widgets import format_date, format_datetime, format_money

WHEN = datetime(2026, 11, 23, 10, 50)


@pytest.fixture
def locale(qapp):
    """Set the default locale for one test, and put the previous one back afterwards."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_the_bare_c_locale_writes_dates_the_iso_way(locale):
    locale("C")
    assert format_datetime(WHEN) == "2026-11-23 10:50"
    assert format_date(WHEN) == "2026-11-23"
    assert format_date(date(2026, 1, 5)) == "2026-01-05"


@pytest.mark.parametrize(("name", "stamp", "day"), [
    ("zh_CN", "2026/11/23 10:50", "2026/11/23"),
    ("en_GB", "23/11/2026 10:50", "23/11/2026"),
    ("de_DE", "23.11.26 10:50", "23.11.26"),
])
def test_a_real_locale_keeps_its_own_short_formats(locale, name, stamp, day):
    locale(name)
    assert format_datetime(WHEN) == stamp
    assert format_date(WHEN.date()) == day


def test_nothing_is_shown_for_no_date(locale):
    locale("C")
    assert format_datetime(None) == "" and format_date(None) == ""


@pytest.mark.parametrize(("name", "small", "large"), [
    ("zh_CN", "¥18.00", "¥1,234.50"),
    ("C", "¥18.00", "¥1,234.50"),
    ("en_GB", "¥18.00", "¥1,234.50"),
    ("de_DE", "¥18,00", "¥1.234,50"),
])
def test_money_puts_the_sign_before_the_amount_in_every_locale(locale, name, small, large):
    locale(name)
    assert format_money(1800, "CNY") == small
    assert format_money(123450, "CNY") == large


def test_money_in_a_list_reads_like_the_amount_typed_into_the_dialog(locale, qtbot):
    for name in ("C", "zh_CN", "de_DE", "en_US"):
        locale(name)
        box = money_box("EUR")
        qtbot.addWidget(box)
        box.setValue(1234.5)
        assert format_money(123450, "EUR") == box.text(), name


def test_a_currency_without_a_known_sign_is_shown_by_its_code(locale):
    locale("C")
    assert format_money(500, "XYZ") == "XYZ 5.00"
    assert format_money(-500, "GBP") == "-£5.00"
