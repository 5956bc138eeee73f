"""No two things in one window answer the same Alt+letter, in any language of the interface."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
)

from desktop_app.ui.catalogue import SCREENS, open_screen, views
from desktop_app.ui.translation import install_translator
from tests.ui.screens import close, make_scene

LANGUAGES = ["en", "zh_CN", "zh_TW"]


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&Save", "保存(&S)"), lower-cased; None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _owned(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every Alt+key live in `window` as it is shown now, with what answers it."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        if (key := mnemonic(text)) is not None:
            keys[key].append(text)

    for button in window.findChildren(QAbstractButton):
        # A tool bar's buttons take their text from actions, whose & Qt does not bind there.
        if _owned(button, window) and not (isinstance(button, QToolButton)
                                           and button.defaultAction() is not None):
            add(button.text())
    for label in window.findChildren(QLabel):
        if _owned(label, window) and label.buddy() is not None:
            add(label.text())
    for box in window.findChildren(QGroupBox):
        if _owned(box, window):
            add(box.title())
    for bar in window.findChildren(QTabBar):
        if _owned(bar, window):
            for index in range(bar.count()):
                if bar.isTabVisible(index) and bar.isTabEnabled(index):
                    add(bar.tabText(index))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    return keys


def menu_mnemonics(menu: QMenu) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and (key := mnemonic(action.text())) is not None:
            keys[key].append(action.text())
    return keys


def clashes(keys: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: texts for key, texts in keys.items() if len(texts) > 1}


def _menus(window: QMainWindow):
    todo = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while todo:
        menu = todo.pop()
        yield menu
        todo += [a.menu() for a in menu.actions() if a.menu()]


@pytest.fixture
def language(request, qapp):
    install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, "en")
    QLocale.setDefault(QLocale.system())


def test_a_mnemonic_is_read_from_the_text_as_qt_reads_it():
    assert mnemonic("&Save") == "s"
    assert mnemonic("保存(&S)") == "s"
    assert mnemonic("Salt && &Pepper") == "p"
    assert mnemonic("Fish && chips") is None


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_two_things_in_a_window_share_an_alt_key(qtbot, archive, settings, language):
    scene = make_scene(qtbot, archive, settings)
    found = {}
    for name in SCREENS:
        window = open_screen(name, scene)
        for view in views(name, window):
            if same := clashes(window_mnemonics(window)):
                found[view] = same
        if window is not scene.window:
            close(window)
    for menu in _menus(scene.window):
        if same := clashes(menu_mnemonics(menu)):
            found[f"menu {menu.title()}"] = same
    assert not found, "\n".join(f"{view}: {same}" for view, same in found.items())
