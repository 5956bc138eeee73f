"""Translations for code that runs without Qt (letters, reports, the CLI).

The Qt `.ts` files under resources/translations are the single source of every translated label:
the UI loads their compiled `.qm` through QTranslator, and this module reads the same `.ts` XML so
that documents print enum labels in the letter's language without importing Qt.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from desktop_app.domain.labels import CodedEnum
from desktop_app.paths import resource

SOURCE_LANGUAGE = "en"


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = resource("translations", f"amends_{language}.ts")
    if language == SOURCE_LANGUAGE or not path.exists():
        return {}
    catalogue = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            source = message.findtext("source", "")
            if translation.text:
                catalogue[(name, source)] = translation.text
    return catalogue


def translate(context: str, text: str, language: str) -> str:
    """`text` in `language`, or the English source when no finished translation exists."""
    return _catalogue(str(language)).get((context, text), text)


def label(member: CodedEnum, language: str) -> str:
    """The label of an enum member (a channel, a cause …) in `language`."""
    return translate(member.context(), member.label, language)
