"""Messages for the shop owner that each window can say in its own language (context "Problems").

A `Text` is the English sentence (what the command line and the error log print) that keeps its
template and values; a `Problem` is an exception carrying one. The UI translates both with
`ui.widgets.problem_text`; nothing here needs Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N

PROBLEMS = "Problems"  # the translation context of every template here
TECHNICAL = _N("Problems", "technical detail: {detail}")


def fill(template: str, values: Mapping) -> str:
    """The template with its {placeholders} filled in; a template without values is left alone
    (so a plain sentence holding a brace, such as SQLite's own words, is never parsed)."""
    return template.format(**values) if values else template


class Text(str):
    """The English text, which also remembers its `template` (marked with `_N("Problems", …)`)
    and `values`; a value may itself be a Text or a Technical, translated in its turn."""

    template: str
    values: dict

    def __new__(cls, template: str, /, **values) -> Self:
        text = super().__new__(cls, fill(template, values))
        text.template, text.values = template, dict(values)
        return text


class Technical(str):
    """Words from SQLite or the system ("database disk image is malformed"), never translated:
    a window shows them after a translated "technical detail:" label, the command line as they
    are."""


def technical(error: BaseException | str) -> Technical:
    """The system's own words for `error` (its strerror for an OSError)."""
    text = getattr(error, "strerror", None) if isinstance(error, OSError) else None
    return Technical(text or str(error))


class Problem(Exception):
    """An error whose message is a translatable template: `str(error)` is the English text,
    `template` and `values` let a window say it in the reader's language.

    `Problem(_N("Problems", "The folder {folder} …"), folder=path)`; a Text may be passed
    instead of a template (its template and values are taken over)."""

    def __init__(self, template: str = "", /, **values):
        if isinstance(template, Text) and not values:
            given = template
            template, values = given.template, given.values
        self.text = Text(template, **values)
        self.template, self.values = self.text.template, self.text.values
        super().__init__(str(self.text))
