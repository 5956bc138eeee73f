"""A collapsible panel beside an open case: the aim of its stage, what to say, the five steps.

The recovery steps that matter at the current status are marked; the rest stay listed so the
whole recovery is always in view. The panel folds to its title bar to leave room for the case.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop_app.domain.guidance import CONTEXT, STEP_ADVICE, guidance_for
from desktop_app.domain.model import RecoveryStep, Status


def _t(text: str) -> str:
    return escape(QCoreApplication.translate(CONTEXT, text))


class GuidancePanel(QWidget):
    """Call `set_status(status)` whenever the case shown (or its status) changes."""

    expanded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.status: Status | None = None
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(self.tr("Guidance"))
        self.toggle.setAccessibleName(self.tr("Show or hide the guidance"))
        self.toggle.setToolTip(self.tr("What to do and say at this stage of the case"))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setAccessibleName(self.tr("Guidance for this case"))
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        layout.addStretch()
        self.toggle.toggled.connect(self.set_expanded)

    def set_status(self, status: Status) -> None:
        self.status = status
        self.body.setText(self._html(status))

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Fold or unfold; the owner may remember the choice via `expanded_changed`."""
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if self.body.isVisibleTo(self) != expanded:
            self.body.setVisible(expanded)
            self.expanded_changed.emit(expanded)

    def _html(self, status: Status) -> str:
        advice = guidance_for(status)
        tips = "".join(f"<li>{_t(tip)}</li>" for tip in advice.tips)
        now = escape(self.tr("(now)"))
        line = self.tr("{step}: {advice}")  # a pattern, so Chinese can use its own colon
        steps = []
        for step in RecoveryStep:
            name = escape(QCoreApplication.translate(step.context(), step.label))
            # Marked in words, not by colour alone, so it reads in dark mode and aloud too.
            mark = f" <i>{now}</i>" if step in advice.focus else ""
            steps.append("<li>" + line.format(step=f"<b>{name}</b>{mark}",
                                              advice=_t(STEP_ADVICE[step])) + "</li>")
        # lupdate cannot see tr() inside an f-string, so the headings are translated first.
        say = escape(self.tr("What to say"))
        five = escape(self.tr("The five recovery steps"))
        return (f"<p><b>{_t(advice.aim)}</b></p><p>{say}</p><ul>{tips}</ul>"
                f"<p>{five}</p><ol>{''.join(steps)}</ol>")
