"""Beside an open case: the customer's card, their other complaints, the early warnings and what
worked before, and what to do next at this step of the recovery.

The case window shows its complaint first and adds this column in the next turn of the event
loop: laid out and painted together, the two took the GUI thread 90-130 ms at once.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import Archive
from desktop_app.domain.model import Care, Complaint, Customer
from desktop_app.ui.case_insights import InsightsPanel
from desktop_app.ui.fit import scrolling
from desktop_app.ui.guidance import GuidancePanel
from desktop_app.ui.history import HistoryPanel
from desktop_app.ui.widgets import enum_text


def scrolled(*widgets: QWidget) -> QScrollArea:
    """`widgets` one under the other in a scroll area, pushed to its top."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    return scroll


class CaseSide(QSplitter):
    """Call `show_case(complaint, customer)` after every change. `customer_requested` (the
    Customer page… button), `case_requested` (another case in their history) and `dismissed`
    (a warning dismissed: the archive was written) are for the case window to pass on."""

    customer_requested = Signal(int)
    case_requested = Signal(int)
    dismissed = Signal()

    def __init__(self, archive: Archive, complaint_id: int,
                 staff_id: Callable[[], int | None], parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.customer_id: int | None = None
        self.customer_card = QLabel()
        self.customer_card.setWordWrap(True)
        self.customer_card.setTextFormat(Qt.TextFormat.RichText)
        self.customer_card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_page_button = QPushButton(self.tr("Customer page…"))
        # The customer's *other* cases (and no InsightsPanel in it: this column has its own).
        self.history = HistoryPanel(archive, exclude=complaint_id)
        self.history.title.setText(self.tr("Their other complaints"))
        self.insights = InsightsPanel(archive, staff_id, dismissable=True)
        self.guidance = GuidancePanel()
        self._build()
        self.customer_page_button.clicked.connect(self._on_customer_page)
        self.history.case_requested.connect(self.case_requested)
        self.insights.dismissed.connect(self.dismissed)

    def _build(self) -> None:
        card = QGroupBox(self.tr("Customer"))
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.customer_card)
        card_layout.addWidget(self.customer_page_button, 0, Qt.AlignmentFlag.AlignRight)
        history_layout = self.history.layout()
        if history_layout is not None:  # HistoryPanel lays itself out in __init__
            history_layout.setContentsMargins(0, 4, 0, 0)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(card)
        top_layout.addWidget(self.history, 1)
        # Scrolls rather than asking for its whole height: with the insights and guidance below
        # it, the column would not fit a 1024×600 screen otherwise.
        self.addWidget(scrolling(top))
        self.addWidget(scrolled(self.insights))
        self.addWidget(scrolled(self.guidance))
        self.setSizes([440, 260, 160])

    def show_case(self, complaint: Complaint, customer: Customer) -> None:
        self.customer_id = customer.id
        self.customer_card.setText(self._customer_html(customer))
        self.history.show_customer(customer.id)
        self.insights.show_for(customer.id, complaint.description, complaint.id, now=True)
        self.guidance.set_status(complaint.status)

    def _on_customer_page(self) -> None:
        if self.customer_id is not None:
            self.customer_requested.emit(self.customer_id)

    def _customer_html(self, customer: Customer) -> str:
        lines = [f"<b style='font-size:12pt'>{escape(customer.name)}</b>"]
        lines += [escape(v) for v in (customer.phone, customer.email, customer.address) if v]
        profile = enum_text(customer.segment)
        if customer.care is not Care.NONE:
            profile += " · " + enum_text(customer.care)
        lines.append(f"<i>{escape(profile)}</i>")
        if not customer.consent:
            lines.append(escape(self.tr("No consent to contact beyond this case")))
        if customer.notes:
            lines.append(f"<span style='color:#5f6b7a'>{escape(customer.notes)}</span>")
        return "<br>".join(lines)
