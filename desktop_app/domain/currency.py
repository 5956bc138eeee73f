"""The currencies a shop may keep its books in: code, sign, decimals and a name to choose by."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N


@dataclass(frozen=True)
class Currency:
    code: str
    symbol: str
    decimals: int  # how amounts are written: NT$1,250 but HK$12.50
    name: str  # untranslated, context "Currency"


CURRENCIES = {c.code: c for c in (
    Currency("CNY", "¥", 2, _N("Currency", "Chinese yuan (renminbi)")),
    Currency("HKD", "HK$", 2, _N("Currency", "Hong Kong dollar")),
    Currency("TWD", "NT$", 0, _N("Currency", "New Taiwan dollar")),
    Currency("MOP", "MOP$", 2, _N("Currency", "Macanese pataca")),
    Currency("SGD", "S$", 2, _N("Currency", "Singapore dollar")),
    Currency("JPY", "¥", 0, _N("Currency", "Japanese yen")),
    Currency("USD", "$", 2, _N("Currency", "US dollar")),
    Currency("EUR", "€", 2, _N("Currency", "Euro")),
    Currency("GBP", "£", 2, _N("Currency", "Pound sterling")),
    Currency("AUD", "A$", 2, _N("Currency", "Australian dollar")),
    Currency("CAD", "C$", 2, _N("Currency", "Canadian dollar")),
    Currency("CHF", "CHF ", 2, _N("Currency", "Swiss franc")),
)}


def currency(code: str) -> Currency:
    """The currency of this code; an unknown code is written as itself, with two decimals."""
    return CURRENCIES.get(code) or Currency(code, code + " ", 2, code)
