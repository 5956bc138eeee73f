"""The main window: menus, toolbar with the staff on duty, and pages chosen from a side list.

Other screens plug in through a small, stable API: `add_page`, `show_page`, `show_cases`,
`open_case` / `case_open_requested`, `archive_changed`, `current_staff_id` and `status`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from desktop_app import __version__
from desktop_app.archive import Archive
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui import settings_store as keys
from desktop_app.ui.cases import CasesPage
from desktop_app.ui.intake import IntakePage
from desktop_app.ui.settings_store import SettingsStore
from desktop_app.ui.undo import UndoLog

STATUS_TIMEOUT_MS = 10_000
_NAVIGATION_STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid palette(mid);
                         background: palette(window); padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 7px 10px; margin: 1px 6px; border-radius: 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    archive_changed = Signal()  # emit after any save, so every list refreshes
    case_open_requested = Signal(int)  # a case view connects here to show the complaint

    def __init__(self, archive: Archive, settings: QSettings | None = None):
        super().__init__()
        self.archive = archive
        self.settings = SettingsStore(settings)
        self.undo_log = UndoLog(archive, self.current_staff_id, self)  # one stack per window
        self._page_keys: list[str] = []
        self._page_titles: dict[str, str] = {}
        self.pages = QStackedWidget()
        self.navigation = QListWidget(objectName="navigation")
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.cases = CasesPage(archive)
        self.intake = IntakePage(archive, self.current_staff_id)
        self.add_page("cases", self.cases, self.tr("Cases"),
                      self._icon("SP_FileDialogDetailedView"))
        self.add_page("intake", self.intake, self.tr("New complaint"), self._icon("SP_FileIcon"))
        self._wire()
        self._update_title()
        self.statusBar().showMessage(self.tr("Ready"))

    # Public API -------------------------------------------------------------------------------

    def add_page(self, key: str, widget: QWidget, title: str, icon: QIcon | None = None) -> None:
        """Add a page to the side list; the first nine get Ctrl+1 … Ctrl+9 in the View menu."""
        self.pages.addWidget(widget)
        self._page_keys.append(key)
        self._page_titles[key] = title
        item = QListWidgetItem(icon or QIcon(), title)
        item.setSizeHint(QSize(0, 36))
        self.navigation.addItem(item)
        # Wide enough for the longest title: icon, paddings and margins come to about 64 px.
        needed = self.navigation.fontMetrics().horizontalAdvance(title) + 64
        self.navigation.setFixedWidth(max(self.navigation.width(), needed))
        action = QAction(icon or QIcon(), title, self)
        number = len(self._page_keys)
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
        self.view_menu.insertAction(self._view_separator, action)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def set_page_badge(self, key: str, count: int) -> None:
        """Show a count beside a page's title in the side list (none when it is 0)."""
        title = self._page_titles[key]
        text = f"{title}  ({count})" if count else title
        self.navigation.item(self._page_keys.index(key)).setText(text)
        needed = self.navigation.fontMetrics().horizontalAdvance(text) + 64
        self.navigation.setFixedWidth(max(self.navigation.width(), needed))

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self._page_keys.index(key))

    def page(self, key: str) -> QWidget:
        return self.pages.widget(self._page_keys.index(key))

    def current_page_key(self) -> str:
        return self._page_keys[self.pages.currentIndex()]

    def show_cases(self, query: CaseFilter) -> None:
        """Switch to the case list with `query` applied in its filter bar."""
        self.show_page("cases")
        self.cases.set_query(query)

    def open_case(self, complaint_id: int) -> None:
        complaint = self.archive.cases.complaint(complaint_id)
        customer = self.archive.customers.customer(complaint.customer_id)
        self.status(self.tr("Case {ref} · {customer}").format(
            ref=complaint.ref, customer=customer.name))
        self.case_open_requested.emit(complaint_id)

    def current_staff_id(self) -> int | None:
        return self.staff_combo.currentData()

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def new_complaint(self) -> None:
        self.show_page("intake")
        self.intake.customer.lookup.setFocus()

    # Building ---------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.navigation.setStyleSheet(_NAVIGATION_STYLE)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(150)
        self.navigation.setAccessibleName(self.tr("Pages"))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        self.new_action = QAction(self._icon("SP_FileIcon"), self.tr("&New complaint"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Record a new complaint (Ctrl+N)"))
        self.find_action = QAction(self._icon("SP_FileDialogContentsView"),
                                   self.tr("&Find cases"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.open_action = QAction(self.tr("&Open selected case"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_cases_action = QAction(self.tr("Show op&en cases"), self)
        self.overdue_action = QAction(self.tr("Show o&verdue cases"), self)
        self.refresh_action = QAction(self._icon("SP_BrowserReload"), self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Not every platform defines a standard Quit key (Linux desktops vary): fall back to Ctrl+Q.
        self.quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                                      or [QKeySequence("Ctrl+Q")])
        self.about_action = QAction(self.tr("&About Amends"), self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.case_menu = bar.addMenu(self.tr("&Case"))
        for action in (self.open_action, self.find_action, self.open_cases_action,
                       self.overdue_action):
            self.case_menu.addAction(action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self._view_separator = self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), objectName="mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.find_action)
        self.toolbar.addAction(self.refresh_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        label = QLabel(self.tr("Staff on duty:"))
        self.staff_combo = QComboBox()
        self.staff_combo.setMinimumContentsLength(12)
        self.staff_combo.setAccessibleName(self.tr("Staff on duty"))
        label.setBuddy(self.staff_combo)
        self.toolbar.addWidget(label)
        self.toolbar.addWidget(self.staff_combo)
        self.addToolBar(self.toolbar)
        self._fill_staff(self.settings.get(keys.STAFF_ON_DUTY))

    def _wire(self) -> None:
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.new_action.triggered.connect(self.new_complaint)
        self.find_action.triggered.connect(self._on_find)
        self.open_action.triggered.connect(self._on_open_selected)
        self.open_cases_action.triggered.connect(
            lambda: self.show_cases(CaseFilter(open_only=True)))
        self.overdue_action.triggered.connect(
            lambda: self.show_cases(CaseFilter(overdue_only=True)))
        self.refresh_action.triggered.connect(self.archive_changed)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about)
        self.staff_combo.currentIndexChanged.connect(self._on_staff_changed)
        self.cases.open_requested.connect(self.open_case)
        self.intake.saved.connect(lambda _complaint: self.archive_changed.emit())
        self.intake.message.connect(self.status)
        self.archive_changed.connect(self._on_archive_changed)
        self.undo_log.changed.connect(self.archive_changed)

    def _fill_staff(self, chosen: int | None) -> None:
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        staff = self.archive.staff()
        if not staff:
            self.staff_combo.addItem(self.tr("No staff set up"), None)
        for person in staff:
            self.staff_combo.addItem(person.name, person.id)
        self.staff_combo.setCurrentIndex(max(self.staff_combo.findData(chosen), 0))
        self.staff_combo.setEnabled(bool(staff))
        self.staff_combo.blockSignals(False)

    def _icon(self, name: str) -> QIcon:
        return self.style().standardIcon(getattr(QStyle.StandardPixmap, name))

    def _update_title(self) -> None:
        # Qt appends the application's display name ("… – Amends") to the shop's name.
        self.setWindowTitle(self.archive.shop().name)

    # Layout kept between sessions ------------------------------------------------------------

    def restore_layout(self) -> None:
        """Put back the window's size, splitters and columns as the user left them."""
        if not self.restoreGeometry(self.settings.get(keys.WINDOW_GEOMETRY)):
            available = self.screen().availableGeometry()
            self.resize(min(1360, available.width() - 40), min(860, available.height() - 40))
        self.restoreState(self.settings.get(keys.WINDOW_STATE))
        self.intake.splitter.restoreState(self.settings.get(keys.INTAKE_SPLITTER))
        self.cases.table.horizontalHeader().restoreState(self.settings.get(keys.CASES_HEADER))
        page = self.settings.get(keys.CURRENT_PAGE)
        if page in self._page_keys:
            self.show_page(page)

    def save_layout(self) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.INTAKE_SPLITTER, self.intake.splitter.saveState())
        self.settings.set(keys.CASES_HEADER, self.cases.table.horizontalHeader().saveState())
        self.settings.set(keys.CURRENT_PAGE, self.current_page_key())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        super().closeEvent(event)

    # Slots ------------------------------------------------------------------------------------

    def _on_archive_changed(self) -> None:
        self._fill_staff(self.current_staff_id())
        self.intake.refresh_staff(self.archive.staff())
        self.cases.refresh()
        self._update_title()

    def _on_staff_changed(self) -> None:
        staff_id = self.current_staff_id()
        self.settings.set(keys.STAFF_ON_DUTY, staff_id or 0)
        self.intake.set_staff(self.archive.staff(), staff_id)
        name = self.staff_combo.currentText()
        self.status(self.tr("{name} is on duty: new records are made in their name.").format(
            name=name))

    def _on_find(self) -> None:
        self.show_page("cases")
        self.cases.filters.search.setFocus()
        self.cases.filters.search.selectAll()

    def _on_open_selected(self) -> None:
        complaint_id = self.cases.current_case_id()
        if complaint_id is None:
            self.status(self.tr("Select a case in the list first."))
        else:
            self.open_case(complaint_id)

    def _on_about(self) -> None:
        text = self.tr("<b>Amends {version}</b><p>Record customer complaints, recover the "
                       "customer, and keep the shop's memory of what went wrong and how it was "
                       "put right.</p>").format(version=__version__)
        QMessageBox.about(self, self.tr("About Amends"), text)
