"""Closed lists with stable stored codes and English labels marked for Qt's translation tools.

`QT_TRANSLATE_NOOP` only marks a label so `pyside6-lupdate` collects it under the enum's name as
context; the UI translates it with QCoreApplication.translate, documents with `documents.i18n`.
"""

from __future__ import annotations

from enum import Enum
from typing import Self


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text


class CodedEnum(str, Enum):
    """A str enum whose value is the stored code and which carries an English label."""

    label: str

    def __new__(cls, code: str, label: str = ""):  # the default: `Language("en")` looks one up
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    def __str__(self) -> str:
        return self.value

    @classmethod
    def context(cls) -> str:
        """The translation context of this list's labels."""
        return cls.__name__

    @classmethod
    def parse(cls, code: str | None) -> Self | None:
        """The member for a stored code, or None for an empty one."""
        return cls(code) if code else None
