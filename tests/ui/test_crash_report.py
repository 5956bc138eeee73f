"""An unexpected error in the window: a plain dialog, the traceback in the data folder's log, and
the app still running; damage goes to the damage dialog instead; dialogs never stack."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop_app.ui import crash_report
from desktop_app.ui.crash_report import LOG_NAME, CrashDialog, CrashReporter, write_log
from tests.ui.dialog_driver import drive_dialog

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def reporter(qapp, tmp_path):
    damage: list[BaseException] = []
    installed = CrashReporter(tmp_path, on_damage=damage.append)
    installed.damage = damage
    yield installed  # each test installs it in its own body: pytest sets hooks per phase
    installed.uninstall()


def broken_button(qtbot, error: BaseException) -> QPushButton:
    button = QPushButton("Go")
    qtbot.addWidget(button)

    def fail():
        raise error

    button.clicked.connect(fail)
    return button


def click_later(button: QPushButton) -> None:
    """Click from the event loop, as a user's click arrives (not from a Python call)."""
    QTimer.singleShot(0, button.click)


def test_an_error_in_a_slot_shows_the_dialog_writes_the_log_and_the_app_goes_on(
        qtbot, reporter, tmp_path):
    reporter.install()
    button = broken_button(qtbot, ZeroDivisionError("a bug"))
    shown = []

    def read_and_go_on(dialog):
        assert isinstance(dialog, CrashDialog)
        shown.append(dialog.where.text())
        qtbot.mouseClick(dialog.continue_button, CLICK)

    drive_dialog(read_and_go_on,
                 lambda: (click_later(button), qtbot.waitUntil(lambda: bool(shown))))
    log = tmp_path / LOG_NAME
    assert str(log) in shown[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: a bug" in text and "in fail" in text
    label = QPushButton("still alive")  # the event loop and the widgets keep working
    qtbot.addWidget(label)
    qtbot.mouseClick(label, CLICK)


def test_a_second_error_while_the_dialog_is_open_adds_no_second_dialog(qtbot, reporter,
                                                                       tmp_path):
    reporter.install()
    button = broken_button(qtbot, ValueError("first"))
    seen = []

    def second_error_then_close(dialog):
        QTimer.singleShot(0, lambda: (_ for _ in ()).throw(ValueError("second")))
        qtbot.waitUntil(lambda: reporter.reports == 2)
        seen.append([w for w in QApplication.topLevelWidgets()
                     if isinstance(w, CrashDialog) and w.isVisible()])
        dialog.accept()

    drive_dialog(second_error_then_close,
                 lambda: (click_later(button), qtbot.waitUntil(lambda: bool(seen))))
    assert len(seen[0]) == 1
    text = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError: first" in text and "ValueError: second" in text


def test_an_error_in_a_virtual_override_run_by_the_event_loop_is_reported(qtbot, reporter):
    reporter.install()
    class Broken(QWidget):
        def event(self, event):
            if event.type() == QEvent.Type.User:
                raise RuntimeError("override")
            return super().event(event)

    widget = Broken()
    qtbot.addWidget(widget)
    drive_dialog(lambda dialog: dialog.accept(),
                 lambda: (QApplication.postEvent(widget, QEvent(QEvent.Type.User)),
                          qtbot.waitUntil(lambda: reporter.reports == 1)))
    assert reporter.reports == 1


def test_an_error_on_a_worker_thread_is_explained_on_the_gui_thread(qtbot, reporter, tmp_path):
    def work():
        raise OSError("worker")

    reporter.install()

    def start_and_wait():
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(shown))

    shown = []
    drive_dialog(lambda dialog: (shown.append(type(dialog)), dialog.accept()), start_and_wait)
    assert shown == [CrashDialog]
    assert "OSError: worker" in (tmp_path / LOG_NAME).read_text(encoding="utf-8")


def test_a_damaged_archive_error_goes_to_the_damage_dialog_not_the_crash_dialog(qtbot,
                                                                                reporter):
    reporter.install()
    button = broken_button(qtbot, sqlite3.DatabaseError("database disk image is malformed"))
    click_later(button)
    qtbot.waitUntil(lambda: bool(reporter.damage))
    assert len(reporter.damage) == 1 and QApplication.activeModalWidget() is None


def test_the_log_is_kept_small(tmp_path, monkeypatch):
    monkeypatch.setattr(crash_report, "MAX_LOG_BYTES", 2000)
    for number in range(40):
        try:
            raise ValueError(f"error {number}")
        except ValueError as error:
            log = write_log(tmp_path, error)
    assert log == tmp_path / LOG_NAME
    assert log.stat().st_size < 4000 and (tmp_path / (LOG_NAME + ".1")).stat().st_size < 4000
    assert "error 39" in log.read_text(encoding="utf-8")
    assert len(list(tmp_path.iterdir())) == 2


def test_a_data_folder_that_cannot_be_written_logs_elsewhere(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setattr(crash_report.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    log = write_log(blocked / "data", RuntimeError("where"))
    assert log == tmp_path / "tmp" / "Amends" / LOG_NAME and "where" in log.read_text()
