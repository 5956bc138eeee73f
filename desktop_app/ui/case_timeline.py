"""Everything that happened to a case, newest last: when, who, what, and old → new values.

The archive tells the story in English source strings; this view translates them (contexts
"Timeline", "Field" and each enum's own), the same way the case printout does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop_app.domain.queries import TimelineEntry
from desktop_app.ui.widgets import format_datetime, labelled

COL_WHEN, COL_WHO, COL_WHAT, COL_DETAIL = range(4)


def _value(entry: TimelineEntry, text: str) -> str:
    if text and entry.value_context:
        return QCoreApplication.translate(entry.value_context, text)
    return text


def entry_texts(entry: TimelineEntry) -> tuple[str, str]:
    """(what happened, details) for one entry, translated."""
    what = QCoreApplication.translate("Timeline", entry.summary)
    parts = []
    if entry.field_label and (entry.old or entry.new):
        label = QCoreApplication.translate("Field", entry.field_label)
        old, new = _value(entry, entry.old), _value(entry, entry.new)
        parts.append(labelled(label, f"{old} → {new}" if old else new))
    if entry.detail:
        parts.append(entry.detail)
    return what, " — ".join(parts)


class TimelineView(QTreeWidget):
    """Call `show_entries(entries)`; the list scrolls to the newest, at the bottom."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                              self.tr("Details")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.header()
        header.setStretchLastSection(True)
        for column in (COL_WHEN, COL_WHO, COL_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Timeline"))

    def show_entries(self, entries: list[TimelineEntry]) -> None:
        self.clear()
        nobody = self.tr("—")
        for entry in entries:
            what, detail = entry_texts(entry)
            item = QTreeWidgetItem([format_datetime(entry.at), entry.staff_name or nobody, what,
                                    detail])
            item.setToolTip(COL_DETAIL, detail)
            item.setData(COL_WHEN, Qt.ItemDataRole.UserRole, entry.event_id)
            self.addTopLevelItem(item)
        last = self.topLevelItem(len(entries) - 1) if entries else None
        if last is not None:
            self.scrollToItem(last)
