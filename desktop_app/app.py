"""Start the window: QApplication, open the archive named by --data-dir, show the main window.

Start-up, in order: translator, crash reporter, single-instance guard, light integrity check
(damage: the damage dialog; read-only folder: offer to open read-only), password, first-run
welcome, main window, thorough check in the background, draft offer; on quit, the daily backup.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

import desktop_app.ui  # noqa: F401 - first: it tunes PySide6's import hook (ui/feature_scan.py)
from desktop_app import start_gc
from desktop_app.archive import ArchiveError
from desktop_app.archive.errors import ArchiveInUse, ArchiveReadOnly
from desktop_app.archive.integrity import begin_session, end_session, ended_cleanly
from desktop_app.archive.lock import ArchiveLock
from desktop_app.paths import archive_path, default_data_dir, resource
from desktop_app.qt_messages import quiet_known_noise
from desktop_app.ui.password_dialog import ask_password_at_start
from desktop_app.ui.startup import (
    BackgroundCheck,
    Prompt,
    ask_about_damage,
    needs_welcome,
    open_archive_interactively,
    restore_and_open,
)
from desktop_app.ui.translation import install_translator, saved_language
from desktop_app.ui.ui_fonts import use_bundled_chinese_font

if TYPE_CHECKING:
    from desktop_app.archive import Archive
    from desktop_app.archive.backup import BackupInfo
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.single_instance import SingleInstance

# Screens met only on some starts (damage, a second copy, a password, the first run) or at the end
# (the backup on quit) are imported where used, and the window's modules when it is built: each
# costs start-up time, and the crash reporter must be up before the window's modules are read.
RESTORE_AFTER_DAMAGE = 75  # the event loop's exit code for "restore the chosen backup, reopen"


def run_gui(args: argparse.Namespace) -> int:
    from desktop_app.ui.crash_report import CrashReporter

    app = create_application()
    settings = QSettings()
    install_translator(app, saved_language(settings))
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    session = WindowSession(app, settings, data_dir)
    reporter = CrashReporter(data_dir, on_damage=session.on_damage)
    reporter.install()
    try:
        return session.run()
    except Exception as error:  # noqa: BLE001 - explained and logged, never a bare traceback
        reporter.report(error)
        return 1
    finally:
        reporter.uninstall()
        start_gc.release()  # if the window never painted


class WindowSession:
    """One run of the window over the archive in `data_dir`. Damage found while it runs ends
    the event loop; the chosen backup is restored and the window comes back over it."""

    def __init__(self, app: QApplication, settings: QSettings, data_dir: Path):
        self.app, self.settings, self.data_dir = app, settings, data_dir
        self.path = archive_path(data_dir)
        self.window: MainWindow | None = None
        self.pending: BackupInfo | None = None  # chosen in the damage dialog, restored next
        self.damaged = False
        self.in_loop = False

    def run(self) -> int:
        from desktop_app.ui.single_instance import FORWARDED

        instance, claim = _claim_folder(self.data_dir)
        if claim == FORWARDED:
            return 0  # the copy already running was asked to come forward
        lock = None
        try:
            lock = self._lock_archive()
            if lock is False:
                return 1
            thorough_done = not ended_cleanly(self.path)  # start-up then runs the full check
            archive = open_archive_interactively(self.path)
            return self._run_windows(archive, instance, thorough_done) if archive else 1
        finally:
            if lock:
                lock.release()
            instance.release()

    def _lock_archive(self) -> ArchiveLock | None | Literal[False]:
        """The window's hold on the archive for its whole session, so a restore or an erase
        from the command line waits for it to close; None in a folder that cannot be written
        (opened read-only, nothing can replace the file under us); False when another program
        has it (the user has been told which)."""
        try:
            return ArchiveLock.acquire(self.data_dir, "the Amends window")
        except ArchiveReadOnly:
            return None
        except ArchiveInUse as error:
            from desktop_app.ui.widgets import problem_text

            Prompt().warn(None, QCoreApplication.translate("Startup", "Amends"),
                          QCoreApplication.translate(
                              "Startup", "The archive is in use by {holder}. Wait for it to "
                              "finish, then start Amends again.").format(
                                  holder=problem_text(error.holder)))
            return False

    def _run_windows(self, archive: Archive, instance: SingleInstance, checked: bool) -> int:
        read_only = bool(getattr(archive, "read_only", False))
        if not read_only:
            begin_session(archive.path)
        first = True
        current: Archive | None = archive
        try:
            while True:
                assert current is not None  # a failed reopen has returned below
                code = self._one_window(current, instance, first, checked)
                if code != RESTORE_AFTER_DAMAGE:
                    return code
                current.close()
                assert self.pending is not None  # that exit code is used once a backup is chosen
                current = restore_and_open(self.path, self.pending)
                self.pending, self.damaged, first, checked = None, False, False, True
                if current is None:
                    return 1
        finally:
            if current is not None:
                current.close()
            if not read_only:
                end_session(self.path)

    def _one_window(self, archive: Archive, instance: SingleInstance, first: bool,
                    checked: bool) -> int:
        read_only = bool(getattr(archive, "read_only", False))
        before = set(QApplication.topLevelWidgets())
        try:
            if first and not ask_password_at_start(archive):
                return 0
            if first and not read_only and needs_welcome(archive):
                from desktop_app.ui.welcome import WelcomeDialog

                WelcomeDialog(archive, None, self.settings).exec()  # "Later": an empty shop
            window = self.window = create_main_window(archive, self.settings)
        except (sqlite3.DatabaseError, ArchiveError) as error:
            from desktop_app.ui.damage_dialog import is_damage

            if not is_damage(error):
                raise
            self.on_damage(error)
            _destroy_half_built(before)
            return self._after_damage()
        from desktop_app.ui.single_instance import bring_forward
        from desktop_app.ui.warm_up import after_first_paint

        after_first_paint(window, start_gc.release)  # held since the start (cli)

        forward = lambda: bring_forward(window)  # noqa: E731 - disconnected below
        instance.activated.connect(forward)
        check = BackgroundCheck()
        check.damaged.connect(self.on_damage)
        if not checked:  # once the window has painted: it reads the whole file meanwhile
            after_first_paint(window, lambda: check.start(archive.path))
        if not self.damaged:  # damage met while the window was built is already answered
            window.show()
        if not self.damaged and not read_only:
            window.offer_draft()
        code = self._event_loop() if not self.damaged else self._after_damage()
        if code == 0 and not read_only and not self.damaged:
            from desktop_app.ui.backup_dialog import auto_backup_on_exit

            auto_backup_on_exit(archive)
        instance.activated.disconnect(forward)
        _destroy(window)  # no screen may touch the archive once it is closed
        self.window = None
        return code

    def _event_loop(self) -> int:
        self.in_loop = True
        try:
            return self.app.exec()
        finally:
            self.in_loop = False

    def _after_damage(self) -> int:
        return RESTORE_AFTER_DAMAGE if self.pending else 1

    def on_damage(self, error: BaseException | str) -> None:
        """Damage found while the window is built or runs: the damage dialog, then the chosen
        backup is restored (the event loop ends, the window is rebuilt) or Amends quits."""
        if self.damaged:
            return
        from desktop_app.ui.damage_dialog import plain_problem

        self.damaged = True
        problem = error if isinstance(error, str) else plain_problem(error)
        self.pending = ask_about_damage(self.path, problem, self.window)
        if self.in_loop:  # exit() outside the loop would end every later dialog's loop at once
            self.app.exit(self._after_damage())


def _destroy(window: QWidget) -> None:
    """Delete the window now: a deleteLater() would wait for an event loop, and a dialog shown
    after this (the restore's message) runs one while the archive is already closed."""
    window.hide()
    shiboken6.delete(window)


def _destroy_half_built(before: set[QWidget]) -> None:
    """Widgets of a window whose building failed still exist, and their views would go on
    reading the closed archive: delete every top-level widget made since `before`."""
    made = [w for w in set(QApplication.topLevelWidgets()) - before if w.parent() is None]
    for widget in made:  # children (menus) go with their parent
        if shiboken6.isValid(widget):
            _destroy(widget)


def _claim_single_instance(data_dir: Path) -> SingleInstance | None:
    """This process's claim on the archive folder, or None when another copy holds it (and was
    asked to come forward). A read-only folder is no sign of another copy: its claim is kept,
    unlocked, and opening the archive offers read-only."""
    from desktop_app.ui.single_instance import FORWARDED

    instance, claim = _claim_folder(data_dir)
    return None if claim == FORWARDED else instance


def _claim_folder(data_dir: Path) -> tuple[SingleInstance, str]:
    """The claim and how it went: FIRST, FORWARDED or NOT_WRITABLE."""
    from desktop_app.ui.single_instance import SingleInstance

    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # open_archive_interactively explains the folder problem to the user
    instance = SingleInstance(data_dir)
    return instance, instance.claim()


def create_application() -> QApplication:
    """The QApplication, named so QSettings and QStandardPaths find this app's folders."""
    existing = QApplication.instance()
    if existing is not None:  # only ever made here (or by pytest-qt), so a QApplication
        return cast(QApplication, existing)
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
    use_bundled_chinese_font(app)
    return app


def create_main_window(archive: Archive, settings: QSettings | None = None) -> MainWindow:
    """The main window over `archive`, laid out as the user left it last time."""
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.menus import install_tools
    from desktop_app.ui.page_install import install_dashboard
    from desktop_app.ui.recovery_install import install_recovery_screens

    window = MainWindow(archive, settings)
    install_recovery_screens(window)
    install_dashboard(window)
    install_tools(window)
    window.restore_layout()
    return window
