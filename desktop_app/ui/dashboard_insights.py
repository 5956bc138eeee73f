"""The dashboard's satisfaction section: CSAT after recovery with its n, where recovery goes worst
(only values with enough answers), and the improvements with their effect."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.early_warnings import EFFECT_WORDS, Effect
from desktop_app.domain.model import Care, Cause, Channel, RemedyKind, Segment
from desktop_app.domain.satisfaction import MIN_ANSWERS, Driver, Factor, Insights, Speed

if TYPE_CHECKING:
    from desktop_app.archive.intelligence import IntelligenceStore

VALUE_LISTS = {Factor.SEGMENT: Segment, Factor.CARE: Care, Factor.CHANNEL: Channel,
               Factor.CAUSE: Cause, Factor.REMEDY: RemedyKind, Factor.ACK_SPEED: Speed,
               Factor.FIX_SPEED: Speed}


def _label(member) -> str:
    return QCoreApplication.translate(member.context(), member.label)


def value_label(d: Driver) -> str:
    """A factor value in words: an enum's translated label, or a staff member's name."""
    kind = VALUE_LISTS.get(d.factor)
    return _label(kind(d.value)) if kind else d.value


def share(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def _table(headings: list[str], stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(160)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


class InsightsReads(Protocol):
    """What the insights section reads: the intelligence store."""

    @property
    def intelligence(self) -> IntelligenceStore: ...


class InsightsSection(QGroupBox):
    def __init__(self, archive: InsightsReads, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.insights: Insights | None = None
        self._shown_for: date | None = None
        self.setTitle(self.tr("Satisfaction after recovery and what drives it"))
        self.overall = QLabel()
        self.overall.setWordWrap(True)
        self.drivers = _table([self.tr("Factor"), self.tr("Value"), self.tr("Satisfied"),
                               self.tr("Will come back"), self.tr("Answers")], stretch=1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.improvements = _table([self.tr("Improvement"), self.tr("Owner"), self.tr("Due"),
                                    self.tr("Status"), self.tr("Cause"),
                                    self.tr("Before (a month)"), self.tr("Since (a month)"),
                                    self.tr("Effect")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.overall)
        layout.addWidget(QLabel(self.tr("Where recovery goes worst")))
        layout.addWidget(self.drivers)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Improvements (learning from recovery)")))
        layout.addWidget(self.improvements)

    def mark_stale(self) -> None:
        self._shown_for = None

    def wants(self, end: date) -> bool:
        """Whether the 12 months to `end` must be read: after a change or for another end."""
        return self._shown_for != end

    def show_for(self, end: date) -> None:
        """The 12 months to `end`, read here (on this thread) unless already shown."""
        if self.wants(end):
            self.show_insights(self.archive.intelligence.insights(end))

    def show_insights(self, insights: Insights) -> None:
        """Show `insights` read elsewhere (the dashboard's worker), for `insights.end`."""
        self.insights, self._shown_for = insights, insights.end
        self._show(insights)

    def _show(self, s: Insights) -> None:
        o, last = s.overall, s.end - timedelta(days=1)  # `end` is the day after the span
        if o.rated < MIN_ANSWERS:
            self.overall.setText(self.tr(
                "{start} to {end}: {n} scored follow-up answers, too few for a percentage."
            ).format(start=s.start.isoformat(), end=last.isoformat(), n=o.rated))
        else:
            self.overall.setText(self.tr(
                "{start} to {end}: {csat} satisfied (4 or 5 of 5) of {n} answers; {back} of "
                "{asked} said they will come back.").format(
                    start=s.start.isoformat(), end=last.isoformat(), csat=share(o.csat),
                    n=o.rated, back=share(o.recovered), asked=o.asked_return))
        _fill(self.drivers, [[_label(d.factor), value_label(d), share(d.csat), share(d.recovered),
                              str(d.rated)] for d in s.weakest])
        self.note.setText(self.tr(
            "Only values with at least {min} scored answers are shown; {hidden} with fewer are "
            "left out.").format(min=MIN_ANSWERS, hidden=s.hidden))
        effect_words = lambda key: QCoreApplication.translate("EarlyWarning",  # noqa: E731
                                                              EFFECT_WORDS[key])
        rows = []
        for action, cause, effect, _warning in s.improvements:
            before = after = ""
            verdict = effect_words("not_done")
            if isinstance(effect, Effect):  # None until the improvement is done
                before, after = f"{effect.before_rate:.1f}", f"{effect.after_rate:.1f}"
                verdict = effect_words(effect.verdict)
            rows.append([action.title, action.owner,
                         action.due_on.isoformat() if action.due_on else "",
                         _label(action.status), _label(Cause(cause)), before, after, verdict])
        _fill(self.improvements, rows)
        self.improvements.resizeColumnToContents(7)  # the effect in words, never cut
