"""A returning customer's earlier complaints, shown beside the intake form.

The headline says at a glance that this is a returning customer and whether they were let down
before; then their early warnings and what worked before for the complaint being typed
(case_insights); each card below is one earlier complaint: what, why, how it was put right.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.archive import Archive
from desktop_app.domain.model import RemedyKind, Status
from desktop_app.domain.queries import HistoryItem
from desktop_app.ui.case_insights import InsightsPanel
from desktop_app.ui.widgets import enum_text, format_date, format_money, listed

MAX_CARDS = 50  # a customer with more earlier complaints gets "and N more" (see their page)
_BANNER = ("QLabel { background: %s; border: 1px solid %s; border-radius: 6px; padding: 8px 10px;"
           " font-weight: 600; }")
_QUIET = ("#eef2f6", "#d5dde6")
_RETURNING = ("#fff4e0", "#f0c36d")
_LET_DOWN = ("#fde7e7", "#efb0b0")


class HistoryPanel(QWidget):
    """Call `show_customer(id)` or `show_customer(None)`, and `set_text(description)` as it is
    typed; `cards` are the complaints shown. Over a whole archive (at intake) `insights` shows
    the warnings and what worked before; over a case's other cases it is None (the case window
    shows its own)."""

    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.items: list[HistoryItem] = []
        self.cards: list[QLabel] = []
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
        self.insights = InsightsPanel(archive) if isinstance(archive, Archive) else None
        if self.insights is not None:
            self._list_layout.insertWidget(0, self.insights)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.headline)
        layout.addWidget(scroll, 1)
        self.show_customer(None)

    def set_text(self, text: str) -> None:
        """The complaint as typed so far: what worked before follows it (after a pause)."""
        if self.insights is not None:
            self.insights.set_text(text)

    def show_customer(self, customer_id: int | None) -> None:
        self.items = self.archive.customers.customer_history(customer_id) if customer_id else []
        if self.insights is not None:
            self.insights.set_customer(customer_id)
        self._clear_cards()
        if customer_id is None:
            self._banner(self.tr("Type a phone number or a name: a returning customer's earlier "
                                 "complaints appear here."), _QUIET)
            return
        if not self.items:
            self._banner(self.tr("On file, no earlier complaints."), _QUIET)
            return
        self._banner(self.headline_text(self.items, date.today()), self._colours(self.items))
        currency = self.archive.shop().currency
        for item in self.items[:MAX_CARDS]:
            self._add_card(self._card_html(item, currency))
        if len(self.items) > MAX_CARDS:
            self._add_card(self.tr("… and {n} older complaints.").format(
                n=len(self.items) - MAX_CARDS))

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
        top = f"<b>{escape(item.ref)}</b> · {escape(format_date(item.received_at))}"
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

    def _add_card(self, html: str) -> None:
        card = QLabel(html)
        card.setTextFormat(Qt.TextFormat.RichText)
        card.setWordWrap(True)
        card.setObjectName("historyCard")
        card.setStyleSheet("QLabel#historyCard { background: palette(base); border: 1px solid"
                           " palette(mid); border-radius: 6px; padding: 8px; }")
        card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._list_layout.insertWidget(self._list_layout.count() - 1, card)
        self.cards.append(card)

    def _clear_cards(self) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
