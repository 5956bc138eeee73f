"""The five recovery steps of a case as tick boxes: who ticked each and when, and a hint of what
good looks like for that step, so a new clerk learns the recovery while doing it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from desktop_app.domain.model import ChecklistTick, RecoveryStep
from desktop_app.domain.recovery import STEP_HINTS
from desktop_app.ui.widgets import enum_text, format_datetime


class ChecklistPanel(QWidget):
    """`tick_changed(step, ticked)` when the clerk clicks a box; `show_ticks` redraws."""

    tick_changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[RecoveryStep, QCheckBox] = {}
        self.done: dict[RecoveryStep, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        for number, step in enumerate(RecoveryStep):
            box = QCheckBox(f"{number + 1}. {enum_text(step)}")
            box.setStyleSheet("font-weight: 600;")
            box.clicked.connect(lambda checked, s=step: self.tick_changed.emit(s, checked))
            done = QLabel()
            done.setStyleSheet("color: #1f5f35;")
            done.setTextFormat(Qt.TextFormat.PlainText)
            hint = QLabel(QCoreApplication.translate("RecoveryHint", STEP_HINTS[step]))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(dark); margin-left: 22px; margin-bottom: 6px;")
            box.setToolTip(hint.text())
            grid.addWidget(box, 2 * number, 0)
            grid.addWidget(done, 2 * number, 1)
            grid.addWidget(hint, 2 * number + 1, 0, 1, 2)
            self.boxes[step], self.done[step] = box, done
        grid.setColumnStretch(1, 1)

    def show_ticks(self, ticks: list[ChecklistTick], staff: dict[int, str]) -> None:
        by_step = {tick.step: tick for tick in ticks}
        for step, box in self.boxes.items():
            tick = by_step.get(step)
            box.setChecked(tick is not None)
            if tick is None:
                self.done[step].setText("")
                continue
            who = staff.get(tick.done_by, "") if tick.done_by is not None else ""
            text = self.tr("✓ {when} · {who}").format(when=format_datetime(tick.done_at),
                                                      who=who or self.tr("no staff named"))
            if tick.note:
                text += f" — {tick.note}"
            self.done[step].setText(text)
