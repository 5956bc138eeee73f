"""What every list table of the window answers alike: a flat table (no row has children) under
fixed column titles, the titles of figures right-aligned above their digits.

A model says how many rows it holds and answers `data` itself; `ListTableModel` does the rest.
It imports Qt's core module only: the case list, on the first screen, is one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

# Figures right-aligned, so ¥8.00 and ¥1,250.00 line up by their last digit.
NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ListTableModel(QAbstractTableModel):
    """A table of rows under `headers`; the columns in `figures` hold numbers and amounts.

    Subclasses give `_row_count()` (the rows held now: those loaded so far, when paged) and
    `data`; row and column counts and the header titles come from here.
    """

    def __init__(self, headers: Sequence[str], parent=None, *, figures: Collection[int] = ()):
        super().__init__(parent)
        self._headers = headers
        self._figures = figures

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if (orientation == Qt.Orientation.Horizontal and section in self._figures
                and role == Qt.ItemDataRole.TextAlignmentRole):
            return NUMBER_ALIGNMENT  # a figure's title sits above its digits
        return None
