"""A customer's complaints as a model (Qt asks only for the cells it shows), and the read of
their page's figures and history that a worker makes on a read-only connection of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.archive import Archive
from desktop_app.domain.model import RemedyKind
from desktop_app.domain.queries import CustomerSummary, HistoryItem, TimelineEntry
from desktop_app.ui.list_model import ListTableModel
from desktop_app.ui.remedies_panel import ID_ROLE
from desktop_app.ui.widgets import enum_text, format_date, format_money, listed

# Rows the header reads to size its columns to their contents (Qt's default is 1,000: for a
# customer with thousands of complaints, tens of thousands of calls into Python per layout).
SIZE_SAMPLE_ROWS = 30
# Roles as plain numbers: Qt asks for a dozen roles per cell, and comparing enums costs more.
_TEXT_ROLES = frozenset((int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)))
_ID_ROLE = int(ID_ROLE)


@dataclass(frozen=True)
class PageData:
    """What the customer's page shows beyond the card: plain data, safe from a worker."""

    summary: CustomerSummary
    history: list[HistoryItem]
    timeline: list[TimelineEntry]


def read_page(archive: Archive, customer_id: int) -> PageData:
    return PageData(summary=archive.profiles.customer_summary(customer_id),
                    history=archive.customers.customer_history(customer_id),
                    timeline=archive.profiles.customer_timeline(customer_id))


def read_page_at(path: str, clock, customer_id: int) -> PageData:
    """On a worker: `read_page` on a read-only connection of this thread's own."""
    with Archive.reader(Path(path), clock) as reader:
        return read_page(reader, customer_id)


class ComplaintsModel(ListTableModel):
    """The customer's complaints, newest first; each row's texts are made when Qt first asks."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(headers, parent)
        self.items: list[HistoryItem] = []
        self._currency = ""
        self._texts: dict[int, tuple[str, ...]] = {}

    def set_items(self, items: list[HistoryItem], currency: str) -> None:
        self.beginResetModel()
        self.items, self._currency, self._texts = items, currency, {}
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Views ask only for their own valid cells: the common case first, and no isValid().
        role = int(role)
        if role in _TEXT_ROLES:
            return self.texts(index.row())[index.column()]
        if role == _ID_ROLE and index.isValid():
            return self.items[index.row()].complaint_id
        return None

    def texts(self, row: int) -> tuple[str, ...]:
        """The row's cells as shown (and as their tooltips say them whole)."""
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = _row_texts(self.items[row], self._currency)
        return texts


def _row_texts(item: HistoryItem, currency: str) -> tuple[str, ...]:
    remedies = listed(enum_text(RemedyKind.parse(code)) for code in item.remedies.split(",")
                      if code)
    return (item.ref, format_date(item.received_at), item.product, enum_text(item.cause, "—"),
            enum_text(item.status), remedies,
            format_money(item.compensation_cents, currency) if item.compensation_cents else "",
            "" if item.satisfaction is None else f"{item.satisfaction}/5")
