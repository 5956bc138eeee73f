"""The fixed words of the case sheet, the job tag and the intake form, per language
(resources/forms/forms.LANG.json), kept out of the layout code like the summary's words."""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache

from desktop_app.documents.formatting import format_date, is_chinese
from desktop_app.domain.model import Language
from desktop_app.paths import resource


def code(language: Language | str) -> Language:
    """zh_TW, zh_CN or en: the languages these documents are written in."""
    if not is_chinese(language):
        return Language.EN
    return Language.ZH_TW if str(language) == "zh_TW" else Language.ZH_CN


@cache
def _texts(language: Language) -> dict[str, str]:
    return json.loads(resource("forms", f"forms.{language}.json").read_text(encoding="utf-8"))


def say(language: Language, key: str, **values: object) -> str:
    return _texts(code(language))[key].format(**values)


def when(value: datetime | None, language: Language) -> str:
    """A date with its time (2 November 2026, 10:30), or "—" when there is none."""
    if value is None:
        return say(language, "none")
    return f"{format_date(value.date(), language)} {value:%H:%M}"


def yes_no(value: bool | None, language: Language) -> str:
    if value is None:
        return say(language, "none")
    return say(language, "yes" if value else "no")
