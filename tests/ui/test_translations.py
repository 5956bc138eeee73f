"""Simplified Chinese is complete: every visible string and every enum label has a translation.

The first test runs pyside6-lupdate over the current code into a copy of the .ts, so a tr() string
added without a translation fails here even before anyone regenerates the committed .ts.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain import model
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.validate import CustomerInput, ValidationError, check_customer
from desktop_app.i18n import label
from desktop_app.paths import resource
from desktop_app.ui.translation import install_translator, resolve

ROOT = Path(__file__).resolve().parents[2]
TS = resource("translations", "amends_zh_CN.ts")
QM = resource("translations", "amends_zh_CN.qm")
HIDDEN_TR = re.compile(r"\{(self\.)?tr\([\"']|\{QCoreApplication\.translate\([^,]*,\s*[\"']")
BORROWED_TR = re.compile(r"(?<![\w.])tr\([\"']")
PLACEHOLDER = re.compile(r"\{[^{}\s]*\}|%n|%L?\d")


def _tools():
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path = TS):
    """(context, source, [translations]) for every finished, current message of the .ts."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""]
            yield name, message.findtext("source"), forms


ENUMS = [cls for cls in vars(model).values()
         if isinstance(cls, type) and issubclass(cls, CodedEnum) and cls is not CodedEnum]


@pytest.fixture
def english(qapp):
    """Whatever a test installs, the next one starts in English again."""
    yield
    install_translator(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_every_visible_string_in_the_code_has_a_finished_translation(tmp_path, language):
    # English: only the strings with a count need one, for their singular and plural forms.
    tools = _tools()
    current = tmp_path / f"amends_{language}.ts"
    shutil.copy(resource("translations", current.name), current)
    tools.collect(current, language)
    missing = tools.unfinished(current)
    assert missing == [], f"{len(missing)} strings lack {language}; run tools/translations.py " \
                          f"and translate them: {missing[:10]}"


def test_no_translated_string_is_hidden_inside_an_f_string():
    # lupdate cannot see a literal tr("…") inside an f-string's braces: it would stay English.
    hidden = [str(path.relative_to(ROOT)) for path in (ROOT / "desktop_app").rglob("*.py")
              if HIDDEN_TR.search(path.read_text())]
    assert hidden == []


def test_no_string_is_translated_through_a_borrowed_tr_function():
    # lupdate files a bare tr("…") (a bound self.tr passed around) under no context, while at run
    # time it is looked up under the caller's class: the translation is never found.
    borrowed = [str(path.relative_to(ROOT)) for path in (ROOT / "desktop_app").rglob("*.py")
                if BORROWED_TR.search(path.read_text())]
    assert borrowed == []


def test_every_enum_label_is_translated_for_letters_and_the_window():
    translator = QTranslator()
    assert translator.load(str(QM))
    assert len(ENUMS) >= 14
    for enum in ENUMS:
        for member in enum:
            compiled = translator.translate(enum.context(), member.label)
            assert compiled, f"{enum.__name__}.{member.name} has no compiled translation"
            assert label(member, "zh_CN") == compiled
            if enum is not model.Language:  # languages are shown in their own names
                assert compiled != member.label, f"{enum.__name__}.{member.name} is still English"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_compiled_qm_holds_every_finished_translation_of_the_ts(language):
    translator = QTranslator()
    assert translator.load(str(resource("translations", f"amends_{language}.qm")))
    for context, source, forms in _messages(resource("translations", f"amends_{language}.ts")):
        assert translator.translate(context, source, None, 1) == forms[0], \
            f"[{context}] {source}: run tools/translations.py to recompile"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_translations_keep_every_placeholder_of_their_source(language):
    for context, source, forms in _messages(resource("translations", f"amends_{language}.ts")):
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), \
                f"[{context}] {source!r} -> {form!r}"


def test_installing_chinese_translates_labels_messages_and_standard_buttons(qapp, english):
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("Cause", model.Cause.BILLING.label) == "收费或价格错误"
    with pytest.raises(ValidationError) as raised:
        check_customer(CustomerInput(name=""))
    error = raised.value.for_field("name")
    assert QCoreApplication.translate("Validation", error.message) == "此项必填。"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert box.buttons()[0].text() == "确定"
    assert QLocale().language() == QLocale.Language.Chinese


@pytest.mark.parametrize(("language", "look_in"), [("zh_CN", "查找范围："), ("zh_TW", "尋找於：")])
def test_qts_own_file_and_print_dialogs_speak_chinese_too(qapp, english, language, look_in):
    install_translator(qapp, language)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
    assert QCoreApplication.translate("QPrintDialog", "Print") != "Print"


def test_chinese_lists_and_labels_use_full_width_punctuation(qapp, english):
    from desktop_app.ui.widgets import labelled, listed

    install_translator(qapp, "zh_CN")
    assert listed(["折扣", "代金券"]) == "折扣、代金券"
    assert labelled("状态", "处理中") == "状态：处理中"
    install_translator(qapp, "zh_TW")
    assert listed(["折扣", "代金券"]) == "折扣、代金券"
    install_translator(qapp, "en")
    assert listed(["Discount", "Voucher"]) == "Discount, Voucher"
    assert labelled("Status", "open") == "Status: open"


def test_switching_back_to_english_removes_the_chinese_translators(qapp, english):
    install_translator(qapp, "zh_CN")
    assert install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("Cause", model.Cause.BILLING.label) == \
        "Billing or pricing error"


def test_an_unknown_language_falls_back_to_english_and_traditional_to_a_chinese_one():
    assert resolve("fr") == "en"
    assert resolve("zh_TW") in ("zh_TW", "zh_CN")
    assert resolve("zh_HK") in ("zh_TW", "zh_CN")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_dates_and_money_follow_the_chosen_language_never_the_bare_c_locale(
        qapp, english, language):
    install_translator(qapp, language)
    assert QLocale().language() != QLocale.Language.C
    assert QLocale().toCurrencyString(351, "¥").startswith("¥")


def test_no_message_ends_a_menu_item_with_a_stray_full_stop():
    """"Open archive…." reads as a typing slip: a sentence naming a menu item ends otherwise."""
    package = Path(__file__).resolve().parents[2] / "desktop_app"
    slips = [f"{path.name}:{n}" for path in package.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"…\.(?=[\s\"']|$)", line)]  # not "amends-….db"
    assert slips == []
