"""The main window: menus, toolbar with the staff on duty, and pages chosen from a side list.

Other screens plug in through a small, stable API: `add_page`, `show_page`, `show_cases`,
`open_case` / `case_open_requested`, `archive_changed`, `current_staff_id` and `status`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

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
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.archive import Archive
from desktop_app.demo_mark import is_demo
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui import settings_store as keys
from desktop_app.ui.cases import CasesPage
from desktop_app.ui.fit import fit_to_screen, scrolling
from desktop_app.ui.keys import focus_first_field
from desktop_app.ui.page_install import install_intake
from desktop_app.ui.settings_store import SettingsStore
from desktop_app.ui.undo import UndoLog
from desktop_app.ui.warm_up import after_first_paint, preload_sqlite_utils

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from desktop_app.ui.intake import IntakePage
    from desktop_app.ui.recovery_install import RecoveryScreens

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
    page_shown = Signal(str)  # a page's key, each time it becomes the current page
    recovery: RecoveryScreens  # the case windows and recovery pages (ui/recovery_install.py)

    def __init__(self, archive: Archive, settings: QSettings | None = None):
        super().__init__()
        self.archive = archive
        self.settings = SettingsStore(settings)
        self.undo_log = UndoLog(archive, self.current_staff_id, self)  # one stack per window
        self._page_keys: list[str] = []
        self._page_titles: dict[str, str] = {}
        self._page_factories: dict[str, Callable[[], QWidget]] = {}  # pages not built yet
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.cases = CasesPage(archive)
        self.add_page("cases", self.cases, self.tr("Cases"),
                      self._icon("SP_FileDialogDetailedView"))
        install_intake(self, self.tr("New complaint"), self._icon("SP_FileIcon"))
        # After the form's steps (a worker importing meanwhile would slow them down): the
        # first save needs it.
        after_first_paint(self, preload_sqlite_utils)
        self._add_first_run_hint()
        self._wire()
        self._update_title()
        self.statusBar().showMessage(self.tr("Ready"))
        if self.read_only:
            self._show_read_only()

    # Public API -------------------------------------------------------------------------------

    def add_page(self, key: str, widget: QWidget, title: str, icon: QIcon | None = None) -> None:
        """Add a page to the side list; the first nine get Ctrl+1 … Ctrl+9 in the View menu."""
        # In a scroll area: a page wider or taller than a small screen scrolls, the window fits.
        self.pages.addWidget(scrolling(widget))
        self._add_entry(key, title, icon)

    def add_lazy_page(self, key: str, build: Callable[[], QWidget], title: str,
                      icon: QIcon | None = None) -> None:
        """Like `add_page`, but the page is built by `build()` the first time it is shown or
        asked for with `page(key)`: start-up pays only for the pages on the first screen."""
        self.pages.addWidget(QWidget())  # a placeholder, replaced when built
        self._page_factories[key] = build
        self._add_entry(key, title, icon)

    def is_built(self, key: str) -> bool:
        return key in self._page_keys and key not in self._page_factories

    def _add_entry(self, key: str, title: str, icon: QIcon | None) -> None:
        self._page_keys.append(key)
        self._page_titles[key] = title
        item = QListWidgetItem(icon or QIcon(), title)
        item.setSizeHint(QSize(0, 36))
        self.navigation.addItem(item)
        self.fit_navigation()
        action = QAction(icon or QIcon(), title, self)
        number = len(self._page_keys)
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=key: self._go_to_page(k))
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
    def fit_navigation(self) -> None:
        """Make the side list as wide as its longest title in the current language (call it
        again when a title changes): nothing there may end in "…"."""
        nav = self.navigation
        style = nav.style()
        text_margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
        # The style sheet's item padding (10) and margin (6) each side, the icon and its gap,
        # the text margins, the right border, and a little air so no font rounding elides it.
        chrome = 2 * (10 + 6) + nav.iconSize().width() + 8 + 2 * text_margin + 1 + 8
        texts = [nav.item(row).text() for row in range(nav.count())]
        widest = max((nav.fontMetrics().horizontalAdvance(t) for t in texts), default=0)
        nav.setFixedWidth(max(150, widest + chrome))

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self._page_keys.index(key))

    def _go_to_page(self, key: str) -> None:
        """Ctrl+1 … Ctrl+9: the page, with the focus in its first field, ready to type."""
        self.show_page(key)
        focus_first_field(self.page(key))

    def page(self, key: str) -> QWidget:
        """The page under `key`, built now if it was added lazily and not shown yet."""
        index = self._page_keys.index(key)
        build = self._page_factories.pop(key, None)
        if build is not None:
            try:
                page = build()
            except BaseException:
                self._page_factories[key] = build  # tried again when next asked for
                raise
            placeholder = self.pages.widget(index)
            current = self.pages.currentIndex() == index
            self.pages.insertWidget(index, scrolling(page))
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            if current:
                self.pages.setCurrentIndex(index)
        holder = cast("QScrollArea", self.pages.widget(index))  # fit.scrolling: every page
        return cast(QWidget, holder.widget())

    def _show_index(self, index: int) -> None:
        if 0 <= index < len(self._page_keys):
            self.page(self._page_keys[index])  # builds a lazy page on its first showing
        self.pages.setCurrentIndex(index)
        if 0 <= index < len(self._page_keys):
            self.page_shown.emit(self._page_keys[index])

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

    @property
    def read_only(self) -> bool:
        """The archive was opened read-only (a write-protected folder or medium)."""
        return bool(getattr(self.archive, "read_only", False))

    def current_staff_id(self) -> int | None:
        return self.staff_combo.currentData()

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    @property
    def intake(self) -> IntakePage:
        """The New complaint page (built now if it was not yet)."""
        return cast("IntakePage", self.page("intake"))

    def offer_draft(self) -> bool:
        """Offer back the complaint being typed when Amends last stopped, if there is one (the
        form is built for it only then); True when it is back in the form."""
        if not self.is_built("intake") and self.archive.drafts.load_draft() is None:
            return False
        return self.intake.offer_draft()

    def new_complaint(self) -> None:
        self.show_page("intake")
        self.intake.customer.lookup.setFocus()

    # Building ---------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.navigation.setStyleSheet(_NAVIGATION_STYLE)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(150)
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#readOnlyBanner { background: palette(highlight); "
                                  "color: palette(highlighted-text); padding: 6px 10px; }")
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # Said plainly on every page: invented customers, nothing here is the shop's own.
        self.demo_banner = QLabel(self.tr(
            "Demo shop: invented customers and complaints to look around. Your own archive is "
            "not touched: File › Open archive… opens it."))
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px 12px;"
                                       " font-weight: 600;")
        self.demo_banner.setVisible(is_demo(self.archive))
        column.addWidget(self.demo_banner)
        column.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)

    def _show_read_only(self) -> None:
        """Say so plainly, and switch off what would write (anything else that tries is
        refused by the archive and explained by the crash reporter)."""
        self.banner.setText(self.tr(
            "Read-only: this archive's folder cannot be written, so you can look at cases, "
            "print and export, but nothing can be changed or saved."))
        self.banner.show()
        self.new_action.setEnabled(False)
        intake_row = self._page_keys.index("intake")
        item = self.navigation.item(intake_row)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)

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
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")  # saveState() keys its place by this name
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
        self.navigation.currentRowChanged.connect(self._show_index)
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
        self.cases.reloaded.connect(self._update_first_run_hint)  # also when shown again
        self.archive_changed.connect(self._on_archive_changed)
        self.undo_log.changed.connect(self.archive_changed)

    def _add_first_run_hint(self) -> None:
        """An empty archive's case list says what to do next, not just nothing."""
        self.first_run_hint = QLabel(self.tr(
            "<b>No complaints yet.</b> When a customer complains, press <b>Ctrl+N</b> (New "
            "complaint) and write it down as they say it. To look around first, choose "
            "<b>File › Open the demo shop</b>: it opens in a window of its own."))
        self.first_run_hint.setWordWrap(True)
        self.first_run_hint.setStyleSheet("background: #eef2f6; border-radius: 6px; "
                                          "padding: 10px 12px;")
        cast(QVBoxLayout, self.cases.layout()).insertWidget(1, self.first_run_hint)
        self._update_first_run_hint()

    def _update_first_run_hint(self) -> None:
        # The case list has just counted: any row there, or an unfiltered count, answers it.
        model = self.cases.model
        empty = model.total == 0 and (model.query == CaseFilter()
                                      or self.archive.cases.count_cases(CaseFilter()) == 0)
        self.first_run_hint.setVisible(empty)

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
        name = self.archive.shop().name
        if is_demo(self.archive):
            name = self.tr("Demo shop · {name}").format(name=name)
        self.setWindowTitle(self.tr("{shop} (read-only)").format(shop=name) if self.read_only
                            else name)

    # Layout kept between sessions ------------------------------------------------------------

    def restore_layout(self) -> None:
        """Put back the window's size, splitters and columns as the user left them."""
        fit_to_screen(self, 1360, 860)
        self.restoreGeometry(self.settings.get(keys.WINDOW_GEOMETRY))
        self.restoreState(self.settings.get(keys.WINDOW_STATE))
        self.cases.table.horizontalHeader().restoreState(self.settings.get(keys.CASES_HEADER))
        page = self.settings.get(keys.CURRENT_PAGE)
        if page in self._page_keys:
            self.show_page(page)

    def save_layout(self) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        if self.is_built("intake"):  # else the splitter is as it was restored: keep that
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
        if self.is_built("intake"):  # else it reads the staff when built
            self.intake.refresh_staff(self.archive.staff())
        self.cases.refresh()
        self._update_first_run_hint()
        self._update_title()

    def _on_staff_changed(self) -> None:
        staff_id = self.current_staff_id()
        self.settings.set(keys.STAFF_ON_DUTY, staff_id or 0)
        if self.is_built("intake"):
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
