"""The floor for this stack: Amends' first screen built with plain PySide6 and sqlite3 only.

The same widget kinds as the real window (side list with icons and a style sheet, menu bar with
as many menus and actions, toolbar with the staff on duty, search box and filter combos, a
QTableView over a QAbstractTableModel of the same first 200 cases, the count counted on a thread
of its own, a status bar with the follow-ups badge), none of Amends' code: what start-up costs
on PySide6 + SQLite before any of the app's own structure. No `desktop_app` import, ever.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QDate, QDateTime, QLocale, QModelIndex, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# As many menus and actions as the real window (checked by tests/ui/test_bench_floor.py):
# (title, actions, separators, submenus).
MENUS = (("&File", 13, 5, 1), ("&Edit", 3, 1, 0), ("&Case", 4, 0, 0), ("&View", 7, 1, 0),
         ("&Reports", 3, 0, 0), ("&Help", 2, 0, 0))
PAGES = ("Cases", "New complaint", "Follow-ups", "Customers", "Dashboard", "Watch list")
# The filter combos: first item and how many items (as the real ones hold, their separator too).
FILTERS = (("All statuses", 11), ("Any cause", 17), ("Any channel", 6), ("Any severity", 5))
SIZE = (784, 760)  # the real window's on the offscreen screen (fitted to it)
HEADERS = ("Ref", "Received", "Customer", "Phone", "Product / service", "Channel", "Severity",
           "Cause", "Status", "Staff")
WIDTHS = (92, 116, 112, 108, 126, 124, 68, 164, 140, 90)
FIRST_PAGE = """
    WITH page AS (SELECT k.id AS id FROM complaints k WHERE k.deleted_at IS NULL
                  ORDER BY k.received_at DESC, k.id DESC LIMIT 200)
    SELECT k.ref, k.received_at, c.name, c.phone, k.product, k.channel, k.severity, k.cause,
           k.status, COALESCE(s.name, '')
    FROM page JOIN complaints k ON k.id = page.id JOIN customers c ON c.id = k.customer_id
    LEFT JOIN staff s ON s.id = k.received_by ORDER BY k.received_at DESC, k.id DESC"""
COUNT = "SELECT COUNT(*) FROM complaints WHERE deleted_at IS NULL"
DUE = """SELECT COUNT(*) FROM follow_ups f JOIN complaints k ON k.id = f.complaint_id
         WHERE f.done_at IS NULL AND f.due_on <= ? AND k.deleted_at IS NULL"""
NAV_STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid palette(mid);
                         background: palette(window); padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 7px 10px; margin: 1px 6px; border-radius: 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""
_UTC = QDateTime.currentDateTimeUtc().timeSpec()


class CaseModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple]):
        super().__init__()
        locale = QLocale()
        self.rows = [self._texts(row, locale) for row in rows]

    @staticmethod
    def _texts(row: tuple, locale: QLocale) -> tuple[str, ...]:
        when = datetime.fromisoformat(row[1])
        stamp = QDateTime(QDate(when.year, when.month, when.day),
                          QTime(when.hour, when.minute), _UTC)
        return (row[0], locale.toString(stamp, QLocale.FormatType.ShortFormat), row[2], row[3],
                row[4], *(str(v or "").replace("_", " ").capitalize() for v in row[5:9]),
                row[9])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's names
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


class FloorWindow(QMainWindow):
    def __init__(self, path: str):
        super().__init__()
        total: list[int] = []
        counting = threading.Thread(target=lambda: total.append(_count(path)))
        counting.start()
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = db.execute(FIRST_PAGE).fetchall()
        staff = [name for (name,) in db.execute("SELECT name FROM staff ORDER BY name")]
        due = db.execute(DUE, (datetime.now().date().isoformat(),)).fetchone()[0]
        db.close()
        self.setWindowTitle("Floor")
        self._menus()
        self._toolbar(staff)
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setStyleSheet(NAV_STYLE)
        style = self.style()
        for title in PAGES:
            item = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), title)
            self.navigation.addItem(item)
        self.navigation.setCurrentRow(0)
        self.navigation.setFixedWidth(180)
        self.pages = QStackedWidget()
        page, self.count = self._cases_page(rows, staff)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(page)
        self.pages.addWidget(scroll)
        for _ in PAGES[1:]:
            self.pages.addWidget(QWidget())
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        badge = QPushButton(f"{due} follow-up(s) due")
        badge.setStyleSheet("QPushButton { color: #9b1c1c; font-weight: 600; border: none; }")
        self.statusBar().addPermanentWidget(badge)
        self.statusBar().showMessage("Ready")
        counting.join()
        self.count.setText(f"{total[0]:,} cases" if total else "")
        self.resize(*SIZE)

    def _menus(self) -> None:
        number = 0
        for title, actions, separators, submenus in MENUS:
            menu = self.menuBar().addMenu(title)
            for i in range(actions):
                number += 1
                action = QAction(f"Action {number}", self)
                if i < 3:
                    action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(64 + number % 26 + 1)}"))
                menu.addAction(action)
                if i < separators:
                    menu.addSeparator()
            for i in range(submenus):
                menu.addMenu(f"Recent {i + 1}").addAction(QAction("Recent archive", self))
        self.new_action = self.menuBar().actions()[0].menu().actions()[0]

    def _toolbar(self, staff: list[str]) -> None:
        toolbar = QToolBar("Main toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.menuBar().actions()[0].menu().actions()[:3]:
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(QLabel("Staff on duty:"))
        combo = QComboBox()
        combo.addItems(staff)
        toolbar.addWidget(combo)
        self.addToolBar(toolbar)

    def _cases_page(self, rows: list[tuple], staff: list[str]) -> tuple[QWidget, QLabel]:
        page = QWidget()
        search = QLineEdit(clearButtonEnabled=True)
        search.setPlaceholderText("Search text, reference, customer name or phone…  (Ctrl+F)")
        count = QLabel()
        top = QHBoxLayout()
        top.addWidget(search, 1)
        top.addWidget(QToolButton(text="Customer"))
        top.addWidget(QCheckBox("Overdue only"))
        top.addWidget(count)
        second = QHBoxLayout()
        for first, items in FILTERS:
            combo = QComboBox()
            combo.addItems([first, *(f"{first} {i}" for i in range(1, items))])
            second.addWidget(combo)
        staff_filter = QComboBox()
        staff_filter.addItems(["Any staff", *staff])
        second.addWidget(staff_filter)
        second.addWidget(QCheckBox("Received from"))
        today = QDate.currentDate()
        for day in (today.addDays(-30), today):
            second.addWidget(QDateEdit(day, calendarPopup=True, enabled=False))
        second.addStretch(1)
        second.addWidget(QToolButton(text="Clear filters"))
        table = QTableView()
        table.setModel(CaseModel(rows))
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        for column, width in enumerate(WIDTHS):
            table.horizontalHeader().resizeSection(column, width)
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(table, 1)
        self.table = table
        return page, count


def _count(path: str) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(COUNT).fetchone()[0]
    finally:
        db.close()
