"""Which language the window speaks: install Qt translators for Amends and Qt's own dialogs.

The language is the system locale's unless the user picked one in Settings (stored in QSettings
under LANGUAGE_KEY). English is the source language; its translator only supplies plural forms.
Installing sets the default QLocale too, so dates, times and money follow the chosen language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QComboBox

from desktop_app.paths import resource
from desktop_app.ui.settings_store import UI_LANGUAGE, SettingsStore

LANGUAGE_KEY = UI_LANGUAGE.key  # the declared setting, for code that holds a QSettings
SOURCE_LANGUAGE = "en"
SYSTEM = ""
# Each language is offered in its own name, so a user can find theirs whatever is showing now.
UI_LANGUAGES = (("zh_CN", "简体中文"), ("zh_TW", "繁體中文"), ("en", "English"))

_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]  # the language last installed, for screens that offer a choice


def system_language(locale: QLocale | None = None) -> str:
    """The interface language that best fits a locale (the system's by default)."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return SOURCE_LANGUAGE
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
        locale.territory() in (QLocale.Country.Taiwan, QLocale.Country.HongKong,
                               QLocale.Country.Macao))
    return "zh_TW" if traditional else "zh_CN"


def available(language: str) -> bool:
    return language == SOURCE_LANGUAGE or resource("translations", f"amends_{language}.qm").exists()


def resolve(language_code: str | None) -> str:
    """The language to use for a setting: "" means the system's; Traditional falls back to
    Simplified Chinese rather than English when its translation is missing."""
    language = language_code or system_language()
    if language not in dict(UI_LANGUAGES):
        language = system_language(QLocale(language))
    if not available(language):
        language = "zh_CN" if language.startswith("zh") and available("zh_CN") else SOURCE_LANGUAGE
    return language


def formats_locale(language: str) -> QLocale:
    """The locale for dates, times and money in `language`: the system's when it speaks that
    language (it knows the region: en_GB dates, zh_HK …), else the language's own."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system_language(system) == language:
        return system
    # The bare "C" locale of a minimal system writes dates as "2 10 2026": never use it.
    return QLocale(language)


def install_translator(app: QCoreApplication, language_code: str | None) -> str:
    """Install the translators for `language_code` ("" or None: the system locale's) on `app`,
    replacing any installed before, and return the language code now in use."""
    language = resolve(language_code)
    _current[0] = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(formats_locale(language))
    # English needs Amends' own file only for its plural forms ("1 complaint", "2 complaints").
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [(f"amends_{language}", str(resource("translations")))]
    if language != SOURCE_LANGUAGE:
        sources.append((f"qtbase_{language}", qt_folder))
    for name, folder in sources:
        translator = QTranslator(app)
        # Qt's own translations may be missing from a trimmed bundle; Amends then still speaks
        # the language, only the standard buttons stay English.
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def current_language() -> str:
    """The interface language installed last ("en" before any install)."""
    return _current[0]


def saved_language(settings: QSettings) -> str:
    """The language the user picked in Settings, or "" to follow the system."""
    return str(SettingsStore(settings).get(UI_LANGUAGE) or SYSTEM)


def fill_language_combo(combo: QComboBox, with_system: bool) -> None:
    """Offer the interface languages, each in its own name; item data is the language code."""
    combo.clear()
    if with_system:
        combo.addItem(QCoreApplication.translate("Settings", "Same as the system"), SYSTEM)
    for code, name in UI_LANGUAGES:
        combo.addItem(name, code)
