"""The guidance panel shows what to do and say for the case's status, in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.guidance import GUIDANCE, STEP_ADVICE
from desktop_app.domain.model import RecoveryStep, Status
from desktop_app.ui.guidance import GuidancePanel
from desktop_app.ui.translation import install_translator


@pytest.fixture
def panel(qtbot):
    widget = GuidancePanel()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    install_translator(QApplication.instance(), "en")
    QLocale.setDefault(QLocale.system())


def test_every_status_has_an_aim_and_phrasing_tips_and_every_step_its_advice():
    assert set(GUIDANCE) == set(Status)
    assert set(STEP_ADVICE) == set(RecoveryStep)
    assert all(g.aim and g.tips for g in GUIDANCE.values())


def test_a_new_complaint_suggests_apologising_and_marks_the_steps_that_matter_now(panel):
    panel.set_status(Status.RECEIVED)
    text = panel.body.text()
    assert "Let the customer finish" in text
    assert "<b>Apology</b> <i>(now)</i>: Say sorry" in text
    assert "<b>Follow-up</b>:" in text  # the later steps stay in view, unmarked


def test_the_guidance_follows_the_status(panel):
    panel.set_status(Status.RECEIVED)
    panel.set_status(Status.FOLLOW_UP)
    assert "score from 1 to 5" in panel.body.text()
    assert "Let the customer finish" not in panel.body.text()


def test_the_panel_folds_to_its_title_and_says_so(qtbot, panel):
    panel.set_status(Status.INVESTIGATING)
    with qtbot.waitSignal(panel.expanded_changed) as folded:
        qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert folded.args == [False] and not panel.body.isVisible()
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.is_expanded() and panel.body.isVisible()


def test_the_guidance_speaks_chinese_when_chinese_is_installed(panel):
    install_translator(QApplication.instance(), "zh_CN")
    panel.set_status(Status.RECEIVED)
    text = panel.body.text()
    assert "让客户把话说完" in text and "服务补救五步" in text
    assert "<b>道歉</b> <i>（当前）</i>：尽早道歉" in text
