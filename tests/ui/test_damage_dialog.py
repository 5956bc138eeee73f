"""A damaged archive at start-up and later: the damage dialog offers the newest good backup,
restores every record, and the damaged file stays on disk."""

from __future__ import annotations

import argparse
import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.app import run_gui
from desktop_app.archive import Archive
from desktop_app.archive.backup import backup_folder, take_backup
from desktop_app.ui.damage_dialog import DamageDialog, is_damage, plain_problem
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.startup import open_archive_interactively
from tests.conftest import complaint_input, customer_input
from tests.ui.dialog_driver import ScriptedPrompt, drive_dialog

NOW = datetime(2026, 11, 23, 18, 30)
CLICK = Qt.MouseButton.LeftButton



def shop_with_backup(path, complaints: int = 120, backups=None) -> None:
    """An archive of `complaints` complaints (one customer each), backed up, closed cleanly."""
    archive = Archive.open(path)
    with archive.transaction():
        for number in range(complaints):
            archive.cases.record_complaint(customer_input(phone=f"138 0000 {number:04d}"),
                                     complaint_input(description="长" * 400))
    take_backup(path, backups or backup_folder(archive), NOW)
    archive.close()


def overwrite_a_middle_page(path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page_size // 2) * page_size
    data[middle:middle + page_size] = b"\x5a" * page_size
    path.write_bytes(bytes(data))


def sqlite_verdict(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        conn.close()


def test_a_zero_length_archive_is_damage_and_restore_brings_back_every_record(qtbot,
                                                                            archive_path):
    shop_with_backup(archive_path)
    archive_path.write_bytes(b"")
    prompt, seen = ScriptedPrompt(), []

    def restore(dialog):
        assert isinstance(dialog, DamageDialog)
        seen.append(dialog.offer.text())
        qtbot.mouseClick(dialog.restore_button, CLICK)

    opened = []
    drive_dialog(restore, lambda: opened.append(
        open_archive_interactively(archive_path, prompt=prompt)))
    archive = opened[0]
    assert "120 customers, 120 complaints" in seen[0]
    assert archive.db["complaints"].count == 120 and archive.shop() is not None
    kept = list(archive_path.parent.glob("amends.db.broken-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0  # the damaged file, kept aside
    assert "kept as" in prompt.seen[-1]
    archive.close()


def test_a_zero_length_archive_without_backups_is_not_a_first_run(qtbot, archive_path):
    archive_path.write_bytes(b"")

    def look_then_quit(dialog):
        assert not dialog.restore_button.isEnabled()
        assert "No usable backup" in dialog.offer.text()
        qtbot.mouseClick(dialog.quit_button, CLICK)

    opened = []
    drive_dialog(look_then_quit, lambda: opened.append(open_archive_interactively(archive_path)))
    assert opened == [None]
    assert archive_path.exists() and archive_path.stat().st_size == 0  # left untouched


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_archive_at_start_offers_the_newest_good_backup(qtbot, archive_path, damage):
    shop_with_backup(archive_path, complaints=200)
    data = archive_path.read_bytes()
    archive_path.write_bytes(data[: len(data) // 3] if damage == "truncated" else b"\x13" * 9999)
    opened = []
    drive_dialog(lambda dialog: qtbot.mouseClick(dialog.restore_button, CLICK),
                 lambda: opened.append(open_archive_interactively(
                     archive_path, prompt=ScriptedPrompt())))
    assert opened[0].db["complaints"].count == 200
    assert len(list(archive_path.parent.glob("amends.db.broken-*"))) == 1
    opened[0].close()


def test_another_backup_can_be_chosen_and_a_bad_choice_is_explained(qtbot, archive_path,
                                                                    tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    shop_with_backup(archive_path, complaints=30, backups=stick)
    (tmp_path / "junk.db").write_bytes(b"no backup")
    archive_path.write_bytes(b"\x00" * 4096)
    answers = [str(tmp_path / "junk.db"), str(next(stick.glob("amends-*.db")))]

    def choose(dialog):
        assert not dialog.restore_button.isEnabled()  # nothing in the default folder
        dialog._ask_file = lambda: answers.pop(0)
        qtbot.mouseClick(dialog.choose_button, CLICK)
        assert "not a usable backup" in dialog.message.text() and dialog.isVisible()
        qtbot.mouseClick(dialog.choose_button, CLICK)

    opened = []
    drive_dialog(choose, lambda: opened.append(
        open_archive_interactively(archive_path, prompt=ScriptedPrompt())))
    assert opened[0].db["complaints"].count == 30
    opened[0].close()


def test_the_damage_dialog_speaks_chinese(qtbot, archive_path):
    from desktop_app.ui.translation import install_translator
    app = QApplication.instance()
    install_translator(app, "zh_CN")
    try:
        dialog = DamageDialog(archive_path, "file is not a database")
        qtbot.addWidget(dialog)
        texts = [dialog.windowTitle(), dialog.restore_button.text(), dialog.offer.text(),
                 dialog.choose_button.text(), dialog.quit_button.text()]
    finally:
        install_translator(app, "en")
    for text in texts:
        assert any("\u4e00" <= char <= "\u9fff" for char in text), text


def test_damage_is_told_apart_from_a_busy_or_full_disk():
    assert is_damage(sqlite3.DatabaseError("database disk image is malformed"))
    assert is_damage(sqlite3.DatabaseError("file is not a database"))
    assert is_damage(sqlite3.OperationalError("disk I/O error"))
    assert not is_damage(sqlite3.OperationalError("database is locked"))
    assert not is_damage(sqlite3.OperationalError("database or disk is full"))
    wrapped = sqlite3.DatabaseError(
        "Error calling Python override of QWidget::event(): database disk image is malformed")
    assert is_damage(wrapped) and plain_problem(wrapped) == "database disk image is malformed"


def test_a_page_overwritten_after_a_clean_exit_leads_to_the_dialog_not_a_traceback(
        qapp, tmp_path, monkeypatch):
    path = tmp_path / "shop" / "amends.db"
    path.parent.mkdir()
    shop_with_backup(path, complaints=300)
    overwrite_a_middle_page(path)
    assert sqlite_verdict(path) != "ok"  # the test's premise: SQLite itself rejects the file
    steps: list[str] = []

    def drive():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DamageDialog):
            steps.append("damage: " + dialog.offer.text())
            QTimer.singleShot(0, dialog.restore_button.click)  # what follows runs in the click
        elif isinstance(dialog, QMessageBox):
            steps.append("told: " + dialog.text())
            QTimer.singleShot(0, dialog.accept)
        elif steps and steps[-1].startswith("told"):
            window = next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, MainWindow) and w.isVisible()), None)
            if window is not None:
                steps.append(f"window: {window.archive.db['complaints'].count}")
                QTimer.singleShot(0, window.close)
                return
        QTimer.singleShot(20, drive)

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QTimer.singleShot(0, drive)
    safety = QTimer(singleShot=True, interval=60_000)
    safety.timeout.connect(qapp.quit)  # a broken start-up fails the test instead of hanging it
    safety.start()
    try:
        code = run_gui(argparse.Namespace(data_dir=str(path.parent)))
    finally:
        safety.stop()
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    assert code == 0, steps
    assert len(steps) == 3, steps
    assert "300 complaints" in steps[0] and "kept as" in steps[1] and steps[2] == "window: 300"
    kept = list(path.parent.glob("amends.db.broken-*"))
    assert len(kept) == 1 and kept[0].stat().st_size > 0
    assert Archive.open(path).db["complaints"].count == 300
