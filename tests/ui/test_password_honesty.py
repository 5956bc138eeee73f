"""The password page says exactly what the password protects (opening the window on this PC)
and what it does not (the file itself, the command line, backups), in every language."""

from __future__ import annotations

import pytest

from desktop_app.ui.password_dialog import PasswordPage
from desktop_app.ui.translation import install_translator


@pytest.fixture
def english(qapp):
    yield
    install_translator(qapp, "en")


def test_the_page_says_what_the_password_protects_and_what_it_does_not(qtbot, archive):
    page = PasswordPage(archive)
    qtbot.addWidget(page)
    protects, does_not = page.protects.text(), page.does_not_protect.text()
    assert "opening the Amends window on this computer" in protects
    for thing in ("archive file itself", "not encrypted", "command line", "backups"):
        assert thing in does_not, thing
    assert "passers-by" not in protects + does_not  # the old, vaguer promise is gone


@pytest.mark.parametrize("language, words", [
    ("zh_CN", ("这台电脑", "没有加密", "命令行", "备份")),
    ("zh_TW", ("這臺電腦", "沒有加密", "命令列", "備份")),
])
def test_the_chinese_page_says_the_same_without_english(qtbot, qapp, archive, english,
                                                        language, words):
    install_translator(qapp, language)
    page = PasswordPage(archive)
    qtbot.addWidget(page)
    text = page.protects.text() + page.does_not_protect.text()
    assert all(word in text for word in words), text
    assert "password" not in text and "What it does" not in text
