"""UI fixtures: a shown main window over a fresh archive, and a guard against forgotten dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop_app.app import create_main_window


@pytest.fixture
def settings(tmp_path):
    """Window settings in a file of this test's own, never the user's real ones."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, archive, settings):
    return show_main_window(qtbot, archive, settings)


def show_main_window(qtbot, archive, settings):
    """A main window over `archive`, shown and active (so focus and shortcuts behave)."""
    window = create_main_window(archive, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture(autouse=True)
def no_modal_dialog_left_open(qapp):
    """A test that leaves a modal dialog waiting would hang a real user: fail it."""
    yield
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        title = dialog.windowTitle()
        dialog.close()
        pytest.fail(f"a modal dialog was left open: {title!r}")


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` into `widget`: ASCII as key presses, anything else as an input method commits
    it (that is how Chinese and emoji arrive; Qt's key simulator only knows ASCII)."""
    for is_ascii, chunk in _runs(text):
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text: str):
    """`text` cut into runs of ASCII and non-ASCII characters, in order."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or text[i].isascii() != text[start].isascii():
            yield text[start].isascii(), text[start:i]
            start = i
