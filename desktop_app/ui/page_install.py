"""Adds the Dashboard and the Watch list to the main window, built when first shown: their
modules (QtCharts, the early-warning screens) cost start-up time the first screen does not need."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QStyle

from desktop_app.archive import Archive
from desktop_app.ui.workers import run_job


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
    badge.update_soon()  # once the window is up
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
        number, path = self._asking, str(getattr(archive, "path", "") or "")
        if archive.read_only or not path:  # no file a second connection could read
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
    archive = Archive.reader(path, now)
    try:
        return len(archive.intelligence.warnings())
    finally:
        archive.close()
