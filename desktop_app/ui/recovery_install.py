"""Plugs the service-recovery screens into the main window: the Follow-ups and Customers pages,
a window per opened case, and the count of follow-ups due (side list, status bar, start-up).

The count is read on a worker after every change: on a large archive its first reading after a
start or a save takes 30-80 ms (every due follow-up's case is looked up).
"""

from __future__ import annotations

import importlib
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton, QStyle

from desktop_app.archive import Archive
from desktop_app.ui.warm_up import after_first_paint
from desktop_app.ui.workers import run_job, worker_path

if TYPE_CHECKING:
    from desktop_app.ui.case_view import CaseView

# The Customers page's modules, imported after the first paint (after the form's and the case
# window's), so that its first showing or a case window's customer link does not import them.
_CUSTOMER_MODULES = ("desktop_app.ui.customer_complaints", "desktop_app.ui.customer_page",
                     "desktop_app.ui.customer_list", "desktop_app.archive.customer_archive",
                     "desktop_app.ui.customers", "desktop_app.ui.followups")
_BADGE_STYLE = ("QPushButton { color: #9b1c1c; font-weight: 600; border: none; padding: 0 8px; }"
                " QPushButton:hover { text-decoration: underline; }")


class RecoveryScreens(QObject):
    """Owns the pages and the open case windows; one per main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.case_windows: dict[int, CaseView] = {}
        self._due = 0  # as last counted for the badge: the start-up greeting says the same
        self._counting = 0  # the newest count asked for; an older answer is dropped
        self._greeted = False
        style = window.style()
        self._title = self.tr("Follow-ups")
        # Built when first shown: start-up pays only for the case list.
        window.add_lazy_page("followups", self._build_follow_ups, self._title,
                             style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
        self.nav_item = window.navigation.item(window.navigation.count() - 1)
        window.add_lazy_page("customers", self._build_customers, self.tr("Customers"),
                             style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon))
        self.badge = QPushButton()
        self.badge.setStyleSheet(_BADGE_STYLE)
        self.badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge.setToolTip(self.tr("Show the Follow-ups page"))
        window.statusBar().addPermanentWidget(self.badge)
        self._wire()
        self.update_badge()

    def _wire(self) -> None:
        window = self.window
        window.case_open_requested.connect(self.open_case)
        window.archive_changed.connect(self.refresh)
        self.badge.clicked.connect(lambda: window.show_page("followups"))

    @property
    def follow_ups(self):
        return self.window.page("followups")

    @property
    def customers(self):
        return self.window.page("customers")

    def _build_follow_ups(self):
        from desktop_app.ui.followups import FollowUpsPage

        page = FollowUpsPage(self.window.archive, self.window.current_staff_id)
        self._wire_page(page)
        page.open_requested.connect(self.window.open_case)
        return page

    def _build_customers(self):
        from desktop_app.ui.customers import CustomersPage

        page = CustomersPage(self.window.archive, self.window.current_staff_id)
        self._wire_page(page)
        page.open_case_requested.connect(self.window.open_case)
        return page

    def _wire_page(self, page) -> None:
        page.changed.connect(self.window.archive_changed)
        page.message.connect(self.window.status)

    def update_badge(self) -> None:
        """Count the follow-ups due (on a worker when the archive is a file a second connection
        can read); the side list's title and the status bar's badge follow the answer."""
        archive = self.window.archive
        self._counting += 1
        number, path = self._counting, worker_path(archive)
        if not path:
            self._show_badge((number, archive.follow_ups.count_due_follow_ups(
                archive.now().date())))
            return
        today, clock = archive.now().date(), archive.clock
        signals = run_job(lambda _report: (number, count_due_at(path, clock, today)))
        signals.finished.connect(self._show_badge)  # bound: disconnected if the window goes
        signals.failed.connect(self._count_failed)

    def _count_failed(self, _message: str) -> None:
        """The worker could not read (busy, being restored): the next change counts again."""

    def _show_badge(self, answer: tuple[int, int]) -> None:
        number, due = answer
        if number != self._counting:
            return  # a newer count is on its way
        self._due = due
        text = f"{self._title} ({due})" if due else self._title
        self.nav_item.setText(text)
        self.window.fit_navigation()  # the count makes this title longer
        self.badge.setText(self.tr("%n follow-up(s) due", "", due))
        self.badge.setVisible(bool(due))
        if not self._greeted:
            self._greeted = True
            self.greet()

    def greet(self) -> None:
        """Say at start-up, once the first count is in, that customers are waiting for a call
        back."""
        due = self._due
        if due:
            self.window.status(self.tr(
                "%n follow-up(s) due today or overdue: see the Follow-ups page.", "", due))

    def refresh(self) -> None:
        self.update_badge()
        # Pages not built yet load when first shown; hidden ones when next shown.
        if self.window.is_built("followups"):
            self.follow_ups.mark_stale()
        if self.window.is_built("customers"):
            self.customers.refresh()  # itself waits until shown
        for view in list(self.case_windows.values()):
            view.refresh()

    def open_case(self, complaint_id: int) -> CaseView:
        """Bring the case's window forward, opening it if it is not open yet."""
        view = self.case_windows.get(complaint_id)
        if view is None:
            from desktop_app.ui.case_view import CaseView  # on first use: a heavy screen

            view = CaseView(self.window.archive, complaint_id, self.window.current_staff_id,
                            self.window)
            # A window of its own, owned by the main window: several cases can be open at once
            # and they close with the application.
            view.setWindowFlag(Qt.WindowType.Window, True)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            view.changed.connect(self.window.archive_changed)
            view.message.connect(self.window.status)
            view.customer_requested.connect(self.show_customer)
            view.case_requested.connect(self.window.open_case)
            view.destroyed.connect(lambda _obj=None, key=complaint_id:
                                   self.case_windows.pop(key, None))
            self.case_windows[complaint_id] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def show_customer(self, customer_id: int) -> None:
        # The customer first: the list behind their page is read only when it is shown.
        self.customers.show_customer(customer_id)
        self.window.show_page("customers")
        self.window.raise_()
        self.window.activateWindow()


def count_due_at(path: str, clock, today) -> int:
    """On a worker: the follow-ups due by `today`, on a read-only connection of its own."""
    with Archive.reader(Path(path), clock) as reader:
        return reader.follow_ups.count_due_follow_ups(today)


def install_recovery_screens(main_window) -> RecoveryScreens:
    """Add the Follow-ups and Customers pages, open cases in their own windows, and show how many
    follow-ups are due; the screens refresh whenever `archive_changed` is emitted."""
    screens = RecoveryScreens(main_window)
    main_window.recovery = screens
    for module in _CUSTOMER_MODULES:  # one at a time: each step short, the window responsive
        after_first_paint(main_window, partial(importlib.import_module, module))
    return screens
