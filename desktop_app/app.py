"""Start the window: QApplication, open the archive named by --data-dir, show the main window.

Each start-up step is one call in `run_gui`, so further steps (translator, single-instance guard,
integrity check, first-run welcome) slot in as one line each.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.archive import Archive, ArchiveError
from desktop_app.paths import archive_path, resource
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.recovery_install import install_recovery_screens


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    archive = open_archive(args.data_dir)
    if archive is None:
        return 1
    window = create_main_window(archive, QSettings())
    window.show()
    code = app.exec()
    archive.close()
    return code


def create_application() -> QApplication:
    """The QApplication, named so QSettings and QStandardPaths find this app's folders."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    # Fractional scale factors (125 %, 150 %) as the system asks, not rounded to whole numbers.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv)
    app.setApplicationName("Amends")
    app.setOrganizationName("Amends")
    app.setApplicationDisplayName("Amends")
    app.setWindowIcon(QIcon(str(resource("icons", "amends.png"))))
    app.setDesktopFileName("amends")  # ties windows to packaging/amends.desktop (Wayland, docks)
    return app


def open_archive(data_dir: str | None) -> Archive | None:
    """The archive in `data_dir`, or None after telling the user plainly why it cannot open."""
    try:
        return Archive.open(archive_path(data_dir))
    except ArchiveError as error:
        box = QMessageBox(QMessageBox.Icon.Critical, "Amends", QCoreApplication.translate(
            "App", "The archive could not be opened, so Amends cannot start."))
        box.setInformativeText(str(error))
        box.exec()
        return None


def create_main_window(archive: Archive, settings: QSettings | None = None) -> MainWindow:
    """The main window over `archive`, laid out as the user left it last time."""
    window = MainWindow(archive, settings)
    install_recovery_screens(window)
    window.restore_layout()
    return window
