"""Beside a customer: their current early warnings (reason, next step) and "what worked before",
the closed past complaints most like the text being typed, with the remedy given and the outcome.

The look-ups cost up to ~100 ms on a 100,000-case archive, so they run on a worker with a
connection of its own, after a pause in typing; only the newest answer is shown. A customer may
have dozens of warnings (20 for the busiest at 300,000 complaints, each a card, a reason field
and a button): the first few are shown and "Show all N warnings" adds the rest, a few rows per
turn of the event loop. Every row added lays out every card again, so 20 at once held the window
about 100 ms, and a wall of twenty cards helps no clerk at the counter either.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive.archive import Archive
from desktop_app.archive.errors import ArchiveError
from desktop_app.domain.early_warnings import EarlyWarning, reason_text
from desktop_app.domain.model import Cause, RemedyKind
from desktop_app.domain.satisfaction import SimilarCase
from desktop_app.ui.turns import in_next_turn
from desktop_app.ui.widgets import enum_text, format_date, problem_text
from desktop_app.ui.workers import run_job, worker_path

TYPING_PAUSE_MS = 350  # one look-up per pause in typing, not one per key
SIMILAR = 4
FIRST_WARNINGS = 3  # shown at once; "Show all N warnings" adds the rest
ROWS_PER_TURN = 2  # warning rows added per event-loop turn
_CARD = ("QLabel { background: %s; border: 1px solid %s; border-radius: 6px; padding: 6px 8px; }")
_WARNING = ("#fde7e7", "#efb0b0")
_WORKED = ("#e8f4ec", "#a9d3b5")
_DID_NOT = ("#f3f3f3", "#d0d0d0")


def look_up(path: str, now: Callable, customer_id: int | None, text: str,
            exclude_id: int | None) -> tuple[list[EarlyWarning], list[SimilarCase]]:
    """Both look-ups on a read-only connection of this thread's own (safe on a worker)."""
    with Archive.reader(Path(path), now) as reader:  # read-only: nothing is ever written here
        return _both(reader.intelligence, customer_id, text, exclude_id)


def _both(store, customer_id, text, exclude_id):
    warnings = store.customer_warnings(customer_id) if customer_id else []
    similar = store.similar_cases(text, SIMILAR, exclude_id) if text.strip() else []
    return warnings, similar


def why(text: str) -> str:
    """A warning's reason or next step in the window's language."""
    return QCoreApplication.translate("EarlyWarning", text)


def _card(text: str, colours: tuple[str, str]) -> QLabel:
    card = QLabel(text)
    card.setTextFormat(Qt.TextFormat.RichText)
    card.setWordWrap(True)
    card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    card.setStyleSheet(_CARD % colours)
    return card


class InsightsPanel(QWidget):
    """`show_for(customer_id, text, exclude_id)` asks; `warnings` and `similar` hold what is
    shown; `updated` follows each answer shown; with `dismissable` every warning has a reason
    field and a Dismiss button, and `dismissed` follows a dismissal."""

    updated = Signal()
    dismissed = Signal()

    def __init__(self, archive, staff_id: Callable[[], int | None] = lambda: None,
                 dismissable: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self._staff_id, self._dismissable = archive, staff_id, dismissable
        self.warnings: list[EarlyWarning] = []
        self.similar: list[SimilarCase] = []
        self.dismiss_buttons: list[QPushButton] = []
        self.reason_edits: list[QLineEdit] = []
        self._asked: tuple[int | None, str, int | None] = (None, "", None)
        self._asking = 0  # the number of the newest question; older answers are dropped
        self._shown = 0  # the number of the question whose answer is shown (or being shown)
        self.pending = False  # a question is asked and its answer not wholly shown yet
        self._rows_left: list[EarlyWarning] = []  # warnings whose rows are still to be added
        self._folded: list[EarlyWarning] = []  # the warnings "Show all" would add
        self._unfolded_for: int | None = None  # the customer whose warnings are all shown
        self._filling = 0  # the newest showing; an older one stops adding its rows
        self._to_announce = False  # `updated` is owed once the rows being added are in
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._ask)
        self.warnings_title = QLabel(self.tr("Warnings"))
        self.similar_title = QLabel(self.tr("What worked before"))
        for title in (self.warnings_title, self.similar_title):
            title.setStyleSheet("font-weight: 600;")
        self.warnings_note = QLabel()
        self.similar_note = QLabel()
        for note in (self.warnings_note, self.similar_note):
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6b7a;")
        self._warning_box, self._similar_box = QVBoxLayout(), QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.warnings_title, self.warnings_note):
            layout.addWidget(widget)
        layout.addLayout(self._warning_box)
        self.show_all_button = QPushButton()
        self.show_all_button.setFlat(True)
        self.show_all_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_all_button.setStyleSheet("QPushButton { color: palette(link); text-align: left;"
                                           " border: none; padding: 2px 0; }")
        self.show_all_button.clicked.connect(self.show_all_warnings)
        self.show_all_button.hide()
        layout.addWidget(self.show_all_button)
        for widget in (self.similar_title, self.similar_note):
            layout.addWidget(widget)
        layout.addLayout(self._similar_box)
        self._show([], [])

    # Asking ---------------------------------------------------------------------------------

    def show_for(self, customer_id: int | None, text: str = "",
                 exclude_id: int | None = None, now: bool = False) -> None:
        """Look up for this customer and text: at once (`now`) or after a pause in typing."""
        if not now and (customer_id, text.strip(), exclude_id) == self._asked:
            return
        self._asked = (customer_id, text.strip(), exclude_id)
        self.pending = True
        self._timer.start(0 if now else TYPING_PAUSE_MS)

    def set_customer(self, customer_id: int | None) -> None:
        self.show_for(customer_id, self._asked[1], self._asked[2], now=True)

    def set_text(self, text: str) -> None:
        self.show_for(self._asked[0], text, self._asked[2])

    def refresh(self) -> None:
        """Ask again (the archive changed)."""
        self.pending = True
        self._timer.start(0)

    def _ask(self) -> None:
        self._asking += 1
        number, (customer_id, text, exclude_id) = self._asking, self._asked
        if not customer_id and not text:
            self._answer(number, ([], []))
            return
        path = worker_path(self.archive)
        if not path:  # no file a second connection could read
            self._answer(number, _both(self.archive.intelligence, customer_id, text, exclude_id))
            return
        clock = self.archive.now
        signals = run_job(lambda _report: (number, look_up(path, clock, customer_id, text,
                                                           exclude_id)))
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)

    def _on_finished(self, result) -> None:
        number, found = result
        self._answer(number, found)

    def _on_failed(self, _message: str) -> None:
        # A look-up that failed (the archive busy or being restored) shows nothing new; the
        # next change asks again. The clerk's work is never interrupted by it.
        self.pending = False

    def _answer(self, number: int, found) -> None:
        if number != self._asking:
            return  # a newer question is on its way
        self._shown = number
        warnings, similar = found
        self._show(warnings, similar, announce=True)

    # Showing --------------------------------------------------------------------------------

    def _show(self, warnings: list[EarlyWarning], similar: list[SimilarCase],
              announce: bool = False) -> None:
        """Show these; the warning rows follow a few per turn, then (`announce`) `updated`."""
        self.warnings, self.similar = list(warnings), list(similar)
        for box in (self._warning_box, self._similar_box):
            while box.count():
                item = box.takeAt(0)
                if item is not None and (card := item.widget()) is not None:
                    card.hide()
                    card.deleteLater()
        self.dismiss_buttons, self.reason_edits = [], []
        customer, text, _ = self._asked
        self.warnings_title.setVisible(bool(customer))
        self.warnings_note.setVisible(bool(customer) and not warnings)
        self.warnings_note.setText(self.tr("No warning about this customer."))
        self.similar_note.setVisible(not similar)
        self.similar_note.setText(
            self.tr("No similar closed complaint yet.") if text else
            self.tr("As the complaint is described, similar past complaints and what was "
                    "done for them appear here."))
        for case in similar:
            self._similar_box.addWidget(_card(self.similar_html(case),
                                              _WORKED if case.recovered else _DID_NOT))
        self._filling += 1
        first = len(warnings) if customer and customer == self._unfolded_for else FIRST_WARNINGS
        self._rows_left, self._folded = warnings[:first], warnings[first:]
        self.show_all_button.setText(self.tr("Show all %n warning(s)", "", len(warnings)))
        self.show_all_button.setVisible(bool(self._folded))
        self._to_announce = announce
        self._add_rows(self._filling)

    def show_all_warnings(self) -> None:
        """Add the rows of the warnings not shown yet (a few per turn)."""
        self.show_all_button.hide()
        self._unfolded_for = self._asked[0]  # kept unfolded after a dismissal, say
        self._filling += 1
        self._rows_left, self._folded = self._rows_left + self._folded, []
        self._add_rows(self._filling)  # an answer still being shown is announced at the end

    def _add_rows(self, filling: int) -> None:
        if filling != self._filling:
            return  # shown anew meanwhile: those rows replace these
        batch, self._rows_left = self._rows_left[:ROWS_PER_TURN], self._rows_left[ROWS_PER_TURN:]
        for warning in batch:
            self._warning_box.addWidget(self._warning_row(warning))
        if self._rows_left:
            in_next_turn(self, partial(self._add_rows, filling))
            return
        if self._to_announce and self._shown == self._asking:  # else a newer one is pending
            self._to_announce = False
            self.pending = False
            self.updated.emit()

    def warning_html(self, w: EarlyWarning) -> str:
        return (f"<b>{escape(enum_text(w.kind))}</b><br>{escape(reason_text(w, why))}"
                f"<br>→ {escape(why(w.next_step))}")

    def similar_html(self, case: SimilarCase) -> str:
        """Ref, date and cause; what was given and whether it won the customer back; the text."""
        cause = Cause.parse(case.cause)
        top = f"<b>{escape(case.ref)}</b> · {escape(format_date(case.received_at))}"
        if cause is not None:
            top += f" · {escape(enum_text(cause))}"
        given = ", ".join(enum_text(RemedyKind.parse(k)) for k in case.remedies) or self.tr(
            "no remedy recorded")
        outcome = self.tr("recovered") if case.recovered else self.tr("not recovered")
        if case.satisfaction is not None:
            outcome += " · " + self.tr("satisfaction {score}/5").format(score=case.satisfaction)
        text = case.description if len(case.description) <= 120 else (
            case.description[:120] + "…")
        return (f"{top}<br>{escape(given)} → <b>{escape(outcome)}</b><br>"
                f"<span style='color:#5f6b7a'>{escape(text)}</span>")

    def _warning_row(self, warning: EarlyWarning) -> QWidget:
        row = QFrame()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_card(self.warning_html(warning), _WARNING))
        if self._dismissable:
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("Why is this warning not needed now?"))
            reason.setAccessibleName(self.tr("Reason for dismissing"))
            button = QPushButton(self.tr("Dismiss"))
            button.setEnabled(False)
            reason.textChanged.connect(lambda text, b=button: b.setEnabled(bool(text.strip())))
            button.clicked.connect(lambda _=False, w=warning, r=reason: self._dismiss(w, r))
            line = QHBoxLayout()
            line.addWidget(reason, 1)
            line.addWidget(button)
            column.addLayout(line)
            self.reason_edits.append(reason)
            self.dismiss_buttons.append(button)
        return row

    def _dismiss(self, warning: EarlyWarning, reason: QLineEdit) -> None:
        if not reason.text().strip():
            return
        try:
            self.archive.intelligence.dismiss(warning, reason.text(), self._staff_id())
        except ArchiveError as error:
            QMessageBox.warning(self, self.tr("Not dismissed"), self.tr(
                "The dismissal could not be written to the archive:\n{error}").format(
                    error=problem_text(error)))
            return
        self.warnings = [w for w in self.warnings if w.key != warning.key]
        self._show(self.warnings, self.similar)
        self.dismissed.emit()
