"""File › Open archive…, New archive…, Open the demo shop, Recent archives: each in its own window.

A second archive never replaces the one this window holds (its lock, session and backups stay
as they are): another Amends process is started over the chosen folder (`archives.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop_app.archive import Archive, ArchiveError
from desktop_app.demo_mark import demo_data_dir
from desktop_app.paths import ARCHIVE_FILE_NAME
from desktop_app.ui.archives import (
    archive_label,
    open_in_new_window,
    recent_archives,
    remember_archive,
)
from desktop_app.ui.widgets import problem_text

if TYPE_CHECKING:
    from desktop_app.ui.welcome import DemoFiller


class ArchiveMenu:
    """The archive entries of one main window's File menu."""

    def __init__(self, window):
        self.window = window
        self.qsettings = window.settings.qsettings
        # Seams: tests choose folders without a file dialog and start no process.
        self.ask_folder = self._ask_folder
        self.launch = open_in_new_window
        self.demo_dir = demo_data_dir
        self.demo_filler = _fill_demo_shop
        self._filler: DemoFiller | None = None
        self.here = Path(window.archive.path).parent
        remember_archive(self.qsettings, self.here)
        self.recent_menu = QMenu(QCoreApplication.translate("Menus", "&Recent archives"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def entries(self) -> list:
        def action(text, slot) -> QAction:
            made = QAction(text, self.window)
            made.triggered.connect(slot)
            return made

        self.open_action = action(
            QCoreApplication.translate("Menus", "Open &archive…"), self.open_archive
        )
        self.new_action = action(
            QCoreApplication.translate("Menus", "New arc&hive…"), self.new_archive
        )
        self.demo_action = action(
            QCoreApplication.translate("Menus", "Open the &demo shop"), self.open_demo
        )
        return [self.open_action, self.new_action, self.demo_action, self.recent_menu]

    def open_archive(self) -> None:
        folder = self.ask_folder(
            QCoreApplication.translate("Menus", "Open archive: the folder that holds it")
        )
        if not folder:
            return
        if not (Path(folder) / ARCHIVE_FILE_NAME).is_file():
            self.window.status(
                QCoreApplication.translate(
                    "Menus",
                    "No archive in {folder}. File › New archive… starts one there.",
                ).format(folder=folder)
            )
            return
        self.open_folder(Path(folder))

    def new_archive(self) -> None:
        folder = self.ask_folder(
            QCoreApplication.translate("Menus", "New archive: choose an empty folder")
        )
        if not folder:
            return
        path = Path(folder) / ARCHIVE_FILE_NAME
        if not path.is_file():
            try:
                Archive.open(path, create=True).close()
            except (ArchiveError, OSError) as error:
                self.window.status(
                    QCoreApplication.translate(
                        "Menus", "No archive could be made in {folder}: {error}"
                    ).format(folder=folder, error=problem_text(error))
                )
                return
        self.open_folder(Path(folder))

    def open_demo(self) -> None:
        """The demo shop in its own folder, filled the first time; never this archive."""
        from desktop_app.ui.welcome import DemoFiller

        folder = self.demo_dir()
        if folder == self.here:
            self.window.status(
                QCoreApplication.translate("Menus", "This window already shows the demo shop.")
            )
            return
        self.window.status(
            QCoreApplication.translate("Menus", "Filling the demo shop, a few seconds…")
        )
        self._filler = DemoFiller(folder / ARCHIVE_FILE_NAME, self.demo_filler)
        self._filler.done.connect(lambda error: self._demo_ready(folder, error))
        self._filler.start()

    def _demo_ready(self, folder: Path, error: str) -> None:
        if self._filler is not None:
            self._filler.wait()
        if error:
            self.window.status(
                QCoreApplication.translate(
                    "Menus", "The demo shop could not be filled: {error}"
                ).format(error=error)
            )
            return
        self.open_folder(folder)

    def open_folder(self, folder: Path) -> None:
        if folder == self.here:
            self.window.status(
                QCoreApplication.translate("Menus", "This archive is the one open in this window.")
            )
            return
        remember_archive(self.qsettings, folder)
        if self.launch(folder):
            self.window.status(
                QCoreApplication.translate(
                    "Menus", "{archive} opens in a window of its own."
                ).format(archive=archive_label(folder))
            )
        else:
            self.window.status(
                QCoreApplication.translate(
                    "Menus", "Amends could not be started for {folder}."
                ).format(folder=folder)
            )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for folder in recent_archives(self.qsettings):
            if folder == self.here:
                continue
            entry = self.recent_menu.addAction(archive_label(folder))
            entry.triggered.connect(lambda _checked=False, f=folder: self.open_folder(f))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(
                QCoreApplication.translate("Menus", "No other archives yet")
            ).setEnabled(False)

    def _ask_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self.window, title, str(self.here.parent))


def _fill_demo_shop(archive: Archive) -> object:
    from desktop_app.demo import fill_demo_shop  # its stories and generator: when asked for

    return fill_demo_shop(archive)
