"""The dashboard's parts that need no page: a headline tile, figures in words, and the reads
its workers make (each on a read-only connection of the worker's own)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.archive import Archive
from desktop_app.domain.reporting import Period

if TYPE_CHECKING:
    from desktop_app.domain.metrics import Share, Summary
    from desktop_app.domain.satisfaction import Insights

GOOD, BAD, MUTED = "#2E7D4F", "#B3261E", "#5B6770"


def enum_label(member) -> str:
    return QCoreApplication.translate(member.context(), member.label)


def percent(share: Share) -> str:
    return "—" if share.value is None else f"{round(share.value * 100)}%"


def pct(share: Share) -> float | None:
    return None if share.value is None else round(share.value * 100)



class Tile(QFrame):
    """One headline figure: title, value, and a line comparing it with the period before."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet("#tile { background: #F2F6F7; border-top: 2px solid #1F4E5F; }")
        self.title = QLabel(title)
        self.title.setStyleSheet(f"color: {MUTED};")
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #1F4E5F;")
        self.note = QLabel()
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.note):
            layout.addWidget(label)

    def show_figure(self, value: str, note: str = "", good: bool | None = None) -> None:
        self.value.setText(value)
        self.note.setText(note)
        colour = MUTED if good is None else GOOD if good else BAD
        self.note.setStyleSheet(f"color: {colour};")


def read_summary(path: str, now, period: Period) -> Summary:
    """The period's figures, summed (without the year's insights: `read_insights`), on a
    read-only connection of the calling thread's own."""
    from desktop_app.domain.metrics import summarise  # on the worker: ~20 ms of imports

    with Archive.reader(path, now) as archive:
        return summarise(archive.reporting.report_inputs(
            period, insights=False, alongside=lambda: Archive.reader(path, now)))


def read_insights(path: str, now, end: date) -> Insights:
    """The insights section's year to `end`, as the summary reads them, on a read-only
    connection of the calling thread's own."""
    with Archive.reader(path, now) as archive:
        return archive.intelligence.insights(end, archive.now())
