"""Adds the New complaint form, the Dashboard and the Watch list to the main window, built when
first shown (the form also once the window has painted): their modules (the form's fields and
history, QtCharts, the early-warning screens) cost start-up time the first screen does not need."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget

from desktop_app.archive import Archive
from desktop_app.ui import settings_store as keys
from desktop_app.ui.warm_up import after_first_paint
from desktop_app.ui.workers import run_job, worker_path

# The form's modules, the heaviest first (the history panel brings the early-warning domain).
_INTAKE_MODULES = ("desktop_app.ui.history", "desktop_app.ui.customer_lookup",
                   "desktop_app.ui.complaint_fields", "desktop_app.ui.intake")
# Then what the first case window needs beyond the form's, so opening it does not import them.
_CASE_WINDOW_MODULES = ("desktop_app.actions.cases", "desktop_app.archive.attachments",
                        "desktop_app.archive.remedies", "desktop_app.archive.intelligence",
                        "desktop_app.ui.case_header",
                        "desktop_app.ui.case_complaint", "desktop_app.ui.case_view")
# Then the Dashboard's and the Watch list's (QtCharts waits for the first showing), the letter
# dialog's and the CSV import's: 20, 110 and 80 ms of imports (QtPdf's library among them) on
# their first use in a session. ReportLab stays on the paper workers.
_LATER_MODULES = ("desktop_app.ui.dashboard_parts", "desktop_app.ui.dashboard",
                  "desktop_app.ui.dashboard_insights", "desktop_app.ui.improvement_form",
                  "desktop_app.ui.watch_list",
                  "desktop_app.i18n", "desktop_app.documents.letter_words",
                  "desktop_app.actions.letters", "desktop_app.ui.preview",
                  "desktop_app.ui.letter_dialog", "desktop_app.archive.transfer",
                  "desktop_app.actions.transfer", "desktop_app.ui.import_dialog",
                  "desktop_app.archive.drafts")


def install_intake(main_window, title: str, icon: QIcon) -> None:
    """The New complaint page: built when first shown or asked for (`main_window.intake`), else
    soon after the first paint in two short steps (its modules, then the page), so that pressing
    New complaint at once finds it ready or nearly."""
    def build() -> QWidget:
        from desktop_app.ui.intake import IntakePage

        page = IntakePage(main_window.archive, main_window.current_staff_id)
        page.saved.connect(lambda _complaint: main_window.archive_changed.emit())
        page.message.connect(main_window.status)
        page.draft_restored.connect(lambda: main_window.show_page("intake"))
        page.open_case_requested.connect(main_window.open_case)
        page.splitter.restoreState(main_window.settings.get(keys.INTAKE_SPLITTER))
        if main_window.read_only:
            page.setEnabled(False)
            page.draft_timer.timeout.disconnect()
        return page

    main_window.add_lazy_page("intake", build, title, icon)
    for module in _INTAKE_MODULES:  # one at a time: each step short, the window responsive
        after_first_paint(main_window, partial(importlib.import_module, module))
    after_first_paint(main_window, lambda: main_window.page("intake"))
    for module in (*_CASE_WINDOW_MODULES, *_LATER_MODULES):
        after_first_paint(main_window, partial(importlib.import_module, module))


def install_dashboard(main_window) -> None:
    """The Dashboard page (refreshed when cases change, bars open the case list, the PDF button
    opens the monthly summary dialog), then the Watch list."""
    def build():
        from desktop_app.ui.dashboard import connect_dashboard

        return connect_dashboard(main_window)

    icon = main_window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
    main_window.add_lazy_page("dashboard", build, QCoreApplication.translate(
        "MainWindow", "Dashboard"), icon)
    install_watch_list(main_window)


def install_watch_list(main_window) -> WatchBadge:
    """The Watch list page with its count on the navigation entry; the count is worked out on a
    worker at start-up and after every save, the page itself is built when first shown."""
    badge = WatchBadge(main_window)

    def build():
        from desktop_app.ui.watch_list import connect_watch_list

        page = connect_watch_list(main_window)
        badge.page = page
        return page

    icon = main_window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    main_window.add_lazy_page("watch", build, QCoreApplication.translate(
        "MainWindow", "Watch list"), icon)
    main_window.archive_changed.connect(badge.update_soon)
    # Once the window has painted: the count's worker would slow the first screen down.
    after_first_paint(main_window, badge.update_soon)
    return badge


class WatchBadge(QObject):
    """Keeps the Watch list's count beside its title while the page is not on screen."""

    def __init__(self, main_window):
        super().__init__(main_window)
        self.window, self.page = main_window, None
        self._asking = 0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._ask)

    def _page_hidden(self) -> bool:
        return self.page is None or not self.page.isVisible()  # a shown page counts itself

    def update_soon(self) -> None:
        if self._page_hidden():
            self._timer.start()

    def _ask(self) -> None:
        archive = self.window.archive
        self._asking += 1
        number, path = self._asking, worker_path(archive)
        if not path:  # no file a second connection could read
            self._answer((number, len(archive.intelligence.warnings())))
            return
        now = archive.now
        signals = run_job(lambda _report: (number, count_warnings(path, now)))
        signals.finished.connect(self._answer)
        signals.failed.connect(lambda _message: None)  # the next save asks again

    def _answer(self, result) -> None:
        number, count = result
        if number == self._asking and self._page_hidden():  # else a newer answer is coming
            self.window.set_page_badge("watch", count)


def count_warnings(path: str, now: Callable) -> int:
    """How many early warnings there are, on a read-only connection of this thread's own."""
    with Archive.reader(path, now) as archive:
        return len(archive.intelligence.warnings())
