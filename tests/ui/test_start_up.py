"""The whole start-up as `amends` runs it: welcome, the window, a backup on quit."""

from __future__ import annotations

import argparse
from datetime import datetime

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.app import run_gui
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.welcome import WelcomeDialog


def test_a_first_start_welcomes_then_shows_the_window_and_backs_up_on_quit(qapp, tmp_path,
                                                                             monkeypatch):
    seen: list[str] = []

    def say_later_to_the_welcome():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, WelcomeDialog):
            seen.append("welcome")
            dialog.reject()
        else:
            QTimer.singleShot(20, say_later_to_the_welcome)

    def event_loop_closing_the_window(*_args) -> int:
        QApplication.processEvents()
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        seen.append("window")
        window.close()
        return 0

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # never the user's real settings
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QApplication, "exec", event_loop_closing_the_window)
    QTimer.singleShot(0, say_later_to_the_welcome)
    try:
        code = run_gui(argparse.Namespace(data_dir=str(tmp_path / "shop")))
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    assert (code, seen) == (0, ["welcome", "window"])
    assert list((tmp_path / "shop" / "backups").glob("amends-*.db"))
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_a_restore_from_the_command_line_waits_while_the_window_is_open(qapp, tmp_path,
                                                                          monkeypatch, capsys):
    from desktop_app.archive import Archive
    from desktop_app.archive.backup import take_backup
    from desktop_app.archive.lock import lock_holder
    from desktop_app.cli import main
    from tests.conftest import complaint_input, customer_input

    shop = tmp_path / "shop"
    archive = Archive.open(shop / "amends.db")
    archive.cases.record_complaint(customer_input(), complaint_input())
    backup = take_backup(archive.path, tmp_path, datetime.now()).path
    archive.close()
    seen: list[object] = []

    def event_loop_trying_a_restore(*_args) -> int:
        QApplication.processEvents()
        seen.append(lock_holder(shop))
        seen.append(main(["restore", str(backup), "--data-dir", str(shop)]))
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                window.close()
        return 0

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QApplication, "exec", event_loop_trying_a_restore)
    try:
        assert run_gui(argparse.Namespace(data_dir=str(shop))) == 0
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    holder, restore_code = seen
    assert "the Amends window" in holder and restore_code == 2
    assert "the Amends window" in capsys.readouterr().err
    assert lock_holder(shop) is None  # released when the window closed
