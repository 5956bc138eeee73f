"""A returning customer's earlier complaints, shown beside the intake form.

The headline says at a glance that this is a returning customer and whether they were let down
before; then their early warnings and what worked before for the complaint being typed
(case_insights); each card below is one earlier complaint: what, why, how it was put right. The
complaints are read on a worker and shown as one document (one layout, not one per card).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.archive import Archive
from desktop_app.domain.model import RemedyKind, Status
from desktop_app.domain.queries import HistoryItem
from desktop_app.ui.case_insights import InsightsPanel
from desktop_app.ui.widgets import enum_text, format_date, format_money, listed
from desktop_app.ui.workers import run_job, worker_path

MAX_CARDS = 50  # a customer with more earlier complaints gets "and N more" (see their page)
_BANNER = ("QLabel { background: %s; border: 1px solid %s; border-radius: 6px; padding: 8px 10px;"
           " font-weight: 600; }")
_QUIET = ("#eef2f6", "#d5dde6")
_RETURNING = ("#fff4e0", "#f0c36d")
_LET_DOWN = ("#fde7e7", "#efb0b0")
# Paragraphs between rules, not a table per card: the document lays out in half the time.
_CARD = "<p style='margin-top: 6px; margin-bottom: 6px;'>{body}</p>"
_RULE = "<hr>"
_CASE_SCHEME = "case"


@dataclass(frozen=True)
class HistoryCard:
    """One card as shown: its rich text and the earlier case it opens (None: the "and N more")."""

    html: str
    complaint_id: int | None

    def text(self) -> str:
        return self.html


def read_history(archive: Archive, customer_id: int,
                 exclude: int | None = None) -> tuple[list[HistoryItem], str]:
    """The customer's complaints (but `exclude`, the case being looked at) and the currency."""
    items = [item for item in archive.customers.customer_history(customer_id)
             if item.complaint_id != exclude]
    return items, archive.shop().currency


def read_history_at(path: str, clock, customer_id: int,
                    exclude: int | None) -> tuple[list[HistoryItem], str]:
    """On a worker: `read_history` on a read-only connection of this thread's own."""
    with Archive.reader(Path(path), clock) as reader:
        return read_history(reader, customer_id, exclude)


class HistoryPanel(QWidget):
    """Call `show_customer(id)` or `show_customer(None)`, and `set_text(description)` as it is
    typed; `cards` are the complaints shown, filled from a worker (`shown(customer_id)` follows;
    `reading` while it reads). Over a whole archive (at intake) `insights` shows the warnings
    and what worked before; over a case's other cases (`exclude`: that case) it is None (the case
    window shows its own). A card's reference opens that case (`case_requested`)."""

    shown = Signal(object)  # the customer id (or None) whose history is now shown
    case_requested = Signal(int)

    def __init__(self, archive: Archive, parent: QWidget | None = None,
                 exclude: int | None = None):
        super().__init__(parent)
        self.archive, self.exclude = archive, exclude
        self.items: list[HistoryItem] = []
        self.cards: list[HistoryCard] = []
        self.customer_id: int | None = None
        self.reading = False  # a worker is reading the customer's complaints
        self._generation = 0  # the newest read asked of a worker; older answers are dropped
        self.title = QLabel(self.tr("Customer history"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("History summary"))
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 4, 0)
        self._list_layout.setSpacing(8)
        self._list_layout.addStretch(1)
        self.insights = (InsightsPanel(archive) if isinstance(archive, Archive) and exclude is None
                         else None)
        self.browser = QTextBrowser()
        self.browser.setObjectName("historyCards")
        self.browser.setAccessibleName(self.tr("Customer history"))  # a string already translated
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setMinimumHeight(160)
        self.browser.anchorClicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.headline)
        if self.insights is not None:
            self._list_layout.insertWidget(0, self.insights)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self._list)
            layout.addWidget(scroll, 1)
        layout.addWidget(self.browser, 2)
        self.show_customer(None)

    def set_text(self, text: str) -> None:
        """The complaint as typed so far: what worked before follows it (after a pause)."""
        if self.insights is not None:
            self.insights.set_text(text)

    def show_customer(self, customer_id: int | None) -> None:
        """The customer's earlier complaints: from a worker's read-only connection when the
        archive is a file a second connection can read, else read here."""
        self.customer_id = customer_id
        self._generation += 1
        if self.insights is not None:
            self.insights.set_customer(customer_id)
        archive = self.archive
        path = worker_path(archive)
        if customer_id is None or not path:
            self.reading = False
            self._show(customer_id, *(read_history(archive, customer_id, self.exclude)
                                      if customer_id else ([], "")))
            return
        number, clock, exclude = self._generation, archive.clock, self.exclude
        self.reading = True
        signals = run_job(lambda _report: (number, read_history_at(path, clock, customer_id,
                                                                   exclude)))
        signals.finished.connect(self._on_read)  # bound: disconnected if the panel goes
        signals.failed.connect(self._on_read_failed)

    def _on_read(self, answer: tuple[int, tuple[list[HistoryItem], str]]) -> None:
        number, (items, currency) = answer
        if number == self._generation:  # else a newer read is under way: its answer counts
            self.reading = False
            self._show(self.customer_id, items, currency)

    def _on_read_failed(self, _message: str) -> None:
        """The worker could not read (the file was busy or went): read here, as before."""
        if self.reading and self.customer_id is not None:
            self.reading = False
            self._show(self.customer_id,
                       *read_history(self.archive, self.customer_id, self.exclude))

    def _show(self, customer_id: int | None, items: list[HistoryItem], currency: str) -> None:
        self.items = items
        self.cards = []
        if customer_id is None:
            self._banner(self.tr("Type a phone number or a name: a returning customer's earlier "
                                 "complaints appear here."), _QUIET)
        elif not items:
            self._banner(self.tr("On file, no earlier complaints."), _QUIET)
        else:
            self._banner(self.headline_text(items, date.today()), self._colours(items))
            self.cards = [HistoryCard(self._card_html(item, currency), item.complaint_id)
                          for item in items[:MAX_CARDS]]
            if len(items) > MAX_CARDS:
                self.cards.append(HistoryCard(self.tr("… and {n} older complaints.").format(
                    n=len(items) - MAX_CARDS), None))
        self.browser.setHtml(_RULE.join(_CARD.format(body=card.html) for card in self.cards))
        self.browser.setVisible(bool(self.cards))
        self.shown.emit(customer_id)

    def headline_text(self, items: list[HistoryItem], today: date) -> str:
        """E.g. "3 earlier complaints · last one 12 days ago · 1 not recovered"."""
        n = len(items)
        parts = [self.tr("1 earlier complaint") if n == 1
                 else self.tr("{n} earlier complaints").format(n=n)]
        days = (today - max(i.received_at for i in items).date()).days
        if days <= 0:
            parts.append(self.tr("last one today"))
        elif days == 1:
            parts.append(self.tr("last one yesterday"))
        else:
            parts.append(self.tr("last one {days} days ago").format(days=days))
        lost = sum(i.status is Status.NOT_RECOVERED for i in items)
        if lost:
            parts.append(self.tr("{n} not recovered").format(n=lost))
        still_open = sum(not i.status.is_closed for i in items)
        if still_open:
            parts.append(self.tr("{n} still open").format(n=still_open))
        return " · ".join(parts)

    @staticmethod
    def _colours(items: list[HistoryItem]) -> tuple[str, str]:
        if any(i.status is Status.NOT_RECOVERED for i in items):
            return _LET_DOWN
        return _RETURNING

    def _banner(self, text: str, colours: tuple[str, str]) -> None:
        self.headline.setText(text)
        self.headline.setStyleSheet(_BANNER % colours)

    def _card_html(self, item: HistoryItem, currency: str) -> str:
        """One complaint as rich text; every value typed by a person is escaped."""
        cause = enum_text(item.cause, self.tr("cause not known"))
        ref = f"<a href='{_CASE_SCHEME}:{item.complaint_id}'><b>{escape(item.ref)}</b></a>"
        top = f"{ref} · {escape(format_date(item.received_at))}"
        if item.product:
            top += f" · {escape(item.product)}"
        lines = [top, f"{escape(cause)} · <i>{escape(enum_text(item.status))}</i>"]
        outcome = [self._remedies(item.remedies)] if item.remedies else []
        if item.compensation_cents:
            outcome.append(format_money(item.compensation_cents, currency))
        if item.satisfaction is not None:
            outcome.append(self.tr("satisfaction {score}/5").format(score=item.satisfaction))
        if outcome:
            lines.append(escape(" · ".join(outcome)))
        summary = item.description if len(item.description) <= 140 else (
            item.description[:140] + "…")
        lines.append(f"<span style='color:#5f6b7a'>{escape(summary)}</span>")
        return "<br>".join(lines)

    @staticmethod
    def _remedies(codes: str) -> str:
        kinds = [RemedyKind.parse(code) for code in codes.split(",") if code]
        return listed(enum_text(kind) for kind in kinds)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == _CASE_SCHEME and url.path().isdigit():
            self.case_requested.emit(int(url.path()))
