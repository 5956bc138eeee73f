"""Names in the order the interface language sorts them: pinyin in 简体中文, strokes in 繁體中文.

Python's own sort goes by code point (张 before 李); QCollator follows the locale (ICU).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt


def name_sort_key(locale: QLocale | None = None) -> Callable[[str], Any]:
    """A `key=` for sorted(): case-insensitive, numbers by value ("Table 2" before "Table 10")."""
    collator = QCollator(locale or QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return cmp_to_key(collator.compare)


def sorted_names(names, locale: QLocale | None = None) -> list[str]:
    return sorted(names, key=name_sort_key(locale))
