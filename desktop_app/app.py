"""Start the window: QApplication, open the archive named by --data-dir, show the main window.

Start-up, in order: translator, single-instance guard, integrity check (offering the latest good
backup), password, first-run welcome, main window, draft offer; on quit, the daily backup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app.archive import Archive
from desktop_app.archive.integrity import begin_session, end_session
from desktop_app.paths import archive_path, default_data_dir, resource
from desktop_app.qt_messages import quiet_known_noise
from desktop_app.ui.backup_dialog import auto_backup_on_exit
from desktop_app.ui.dashboard import install_dashboard
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.menus import install_tools
from desktop_app.ui.password_dialog import ask_password_at_start
from desktop_app.ui.recovery_install import install_recovery_screens
from desktop_app.ui.single_instance import SingleInstance, bring_forward
from desktop_app.ui.startup import open_archive_interactively
from desktop_app.ui.translation import install_translator, saved_language
from desktop_app.ui.welcome import WelcomeDialog, needs_welcome


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    settings = QSettings()
    install_translator(app, saved_language(settings))
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    instance = _claim_single_instance(data_dir)
    if instance is None:
        return 0  # the copy already running was asked to come forward
    archive = open_archive_interactively(archive_path(data_dir))
    if archive is None:
        return 1
    begin_session(archive.path)
    try:
        if not ask_password_at_start(archive):
            return 0
        if needs_welcome(archive):
            WelcomeDialog(archive, None, settings).exec()  # "Later" goes on to an empty shop
        window = create_main_window(archive, settings)
        instance.activated.connect(lambda: bring_forward(window))
        window.show()
        window.intake.offer_draft()
        code = app.exec()
        auto_backup_on_exit(archive)
        _destroy(window)  # no screen may touch the archive once it is closed
        return code
    finally:
        archive.close()
        end_session(archive.path)
        instance.release()


def _destroy(window: MainWindow) -> None:
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _claim_single_instance(data_dir: Path) -> SingleInstance | None:
    """This process's claim on the archive folder, or None when another copy holds it."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # open_archive_interactively explains the folder problem to the user
    instance = SingleInstance(data_dir)
    return instance if instance.acquire() else None


def create_application() -> QApplication:
    """The QApplication, named so QSettings and QStandardPaths find this app's folders."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    quiet_known_noise()  # the offscreen platform's propagateSizeHints() warning on every start
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


def create_main_window(archive: Archive, settings: QSettings | None = None) -> MainWindow:
    """The main window over `archive`, laid out as the user left it last time."""
    window = MainWindow(archive, settings)
    install_recovery_screens(window)
    install_dashboard(window)
    install_tools(window)
    window.restore_layout()
    return window
