"""Driving widgets as a person would: modal dialogs filled once they are up (and never left
open), and item views double-clicked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog


def drive_dialog(fill: Callable[[QDialog], None], trigger: Callable[[], object]) -> None:
    """Call `trigger` (which opens a modal dialog); `fill` gets the dialog once it is shown.

    If `fill` fails, the dialog is closed and the failure re-raised, so the test ends instead
    of hanging on an open dialog.
    """
    errors: list[BaseException] = []
    seen: list[QDialog] = []

    def run(attempts: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not up yet: look again shortly, but not for ever
            if attempts:
                QTimer.singleShot(10, lambda: run(attempts - 1))
            return
        seen.append(dialog)
        try:
            fill(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised below, after closing
            errors.append(error)
            dialog.reject()

    QTimer.singleShot(0, run)
    trigger()
    if errors:
        raise errors[0]
    assert seen, "no dialog was opened"


def double_click(qtbot, view, index) -> None:
    """Double-click a cell the way a mouse does (press, release, double-click, release): Qt 6
    activates an item on the release that ends a double-click."""
    pos = view.visualRect(index).center()
    viewport, left = view.viewport(), Qt.MouseButton.LeftButton
    qtbot.mousePress(viewport, left, pos=pos)
    qtbot.mouseRelease(viewport, left, pos=pos)
    qtbot.mouseDClick(viewport, left, pos=pos)
    qtbot.mouseRelease(viewport, left, pos=pos)


class ScriptedPrompt:
    """Stands in for ui.startup.Prompt: answers questions as told (one answer each, the last one
    for the rest) and records everything the user would have read."""

    def __init__(self, *answers: bool):
        self.answers, self.seen = list(answers) or [True], []

    def question(self, parent, title, text):
        self.seen.append(text)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]

    def inform(self, parent, title, text):
        self.seen.append(text)

    warn = inform
