"""Dates, money and page numbers written the way each letter language expects (no Qt needed)."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.model import Language

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
# Symbols a Chinese reader expects before the figure; any other currency keeps its ISO code.
_ZH_SYMBOLS = {"CNY": "¥", "RMB": "¥", "HKD": "HK$", "TWD": "NT$", "USD": "US$", "EUR": "€",
               "GBP": "£", "JPY": "JP¥"}
# English readers know these symbols; for the yuan the code avoids the yen/yuan ambiguity of ¥.
_EN_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}


def is_chinese(language: Language | str) -> bool:
    return str(language).startswith("zh")


def format_date(value: date, language: Language) -> str:
    """23 November 2026 / 2026年11月23日."""
    if is_chinese(language):
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def format_money(cents: int, currency: str, language: Language) -> str:
    """¥1,234.50 in Chinese; CNY 1,234.50 (or $1,234.50 for dollars) in English."""
    currency = (currency or "CNY").upper()
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    figure = f"{units:,}.{rest:02d}"
    symbols = _ZH_SYMBOLS if is_chinese(language) else _EN_SYMBOLS
    if currency in symbols:
        return f"{sign}{symbols[currency]}{figure}"
    return f"{sign}{currency} {figure}"


def page_label(page: int, total: int, language: Language) -> str:
    """Page 2 of 3 / 第 2 页，共 3 页."""
    if str(language) == "zh_TW":
        return f"第 {page} 頁，共 {total} 頁"
    if is_chinese(language):
        return f"第 {page} 页，共 {total} 页"
    return f"Page {page} of {total}"


def list_join(items: list[str], language: Language) -> str:
    """Items run together in a sentence: 'a, b and c' / 'a、b和c'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if is_chinese(language):
        return "、".join(items[:-1]) + "和" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]
