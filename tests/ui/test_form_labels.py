"""Every form in every window writes its labels the same way: "Kind:", in Chinese "类型："."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from desktop_app.ui.catalogue import SCREENS, open_screen
from desktop_app.ui.translation import install_translator
from tests.ui.screens import close, make_scene

COLON = {"en": ":", "zh_CN": "："}


def _form_labels(window) -> list[str]:
    labels = []
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.text().strip():
                labels.append(label.text().replace("&", "").rstrip(" *"))
    return labels


def _forget_closed_windows() -> None:
    """Delete windows earlier tests closed before a language change reaches them (their archive
    is closed; retranslating them would read it)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    _forget_closed_windows()
    install_translator(qapp, request.param)
    yield request.param
    _forget_closed_windows()
    install_translator(qapp, "en")


def test_every_form_label_ends_with_the_languages_colon(language, qtbot, archive, settings):
    scene = make_scene(qtbot, archive, settings)
    wrong = []
    for name in SCREENS:
        window = open_screen(name, scene)
        wrong += [f"{name}: {text!r}" for text in _form_labels(window)
                  if not text.endswith(COLON[language])]
        if window is not scene.window:
            close(window)
    assert not wrong, "\n".join(wrong)
