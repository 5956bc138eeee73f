"""The Backups dialog: listed at once and checked in the background, backing up and restoring off
the GUI thread, asking (No by default) before a restore and again for another shop's backup."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desktop_app.archive import Archive
from desktop_app.archive.backup import backup_folder, take_backup
from desktop_app.domain.model import ShopProfile
from desktop_app.ui.backup_dialog import (
    COL_CHECK,
    COL_COMPLAINTS,
    COL_KIND,
    BackupDialog,
    auto_backup_on_exit,
)
from tests.conftest import complaint_input, customer_input
from tests.ui.dialog_driver import ScriptedPrompt, drive_dialog

NOW = datetime(2026, 11, 23, 18, 30)



def _dialog(qtbot, archive, prompt=None) -> BackupDialog:
    dialog = BackupDialog(archive, prompt=prompt, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def _cell(dialog, row, column) -> str:
    return dialog.table.item(row, column).text()


def _wait_listed(qtbot, dialog) -> None:
    """Until every row has its verdict (the background check has reported)."""
    rows = range(dialog.table.rowCount())
    qtbot.waitUntil(lambda: all(_cell(dialog, r, COL_CHECK) != "Checking…" for r in rows),
                    timeout=10_000)


def _named(archive: Archive, name: str) -> None:
    archive.save_shop(ShopProfile(**{**archive.shop().__dict__, "name": name}))


def test_the_list_appears_at_once_and_its_check_arrives_from_the_background(qtbot, archive):
    archive.cases.record_complaint(customer_input(), complaint_input())
    take_backup(archive.path, backup_folder(archive), NOW)
    dialog = _dialog(qtbot, archive)
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        assert dialog.table.rowCount() == 1 and _cell(dialog, 0, COL_CHECK) == "Checking…"
        assert not dialog.restore_button.isEnabled()  # not before the verdict
    assert [_cell(dialog, 0, c) for c in (COL_KIND, COL_COMPLAINTS, COL_CHECK)] == [
        "Backup", "1", "OK"]
    assert dialog.restore_button.isEnabled()


def test_back_up_now_runs_in_the_background_and_lists_the_backup(qtbot, archive):
    archive.cases.record_complaint(customer_input(), complaint_input())
    dialog = _dialog(qtbot, archive)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisibleTo(dialog) and not dialog.backup_button.isEnabled()
    qtbot.waitUntil(lambda: "The check passed" in dialog.message.text(), timeout=10_000)
    _wait_listed(qtbot, dialog)
    assert dialog.table.rowCount() == 1 and dialog.backup_button.isEnabled()


def test_restore_asks_then_brings_the_backup_back_and_lists_the_safety_copy(qtbot, archive):
    archive.cases.record_complaint(customer_input(), complaint_input())
    take_backup(archive.path, backup_folder(archive), NOW)
    archive.cases.record_complaint(customer_input(name="Later", phone="139 1234 5678"),
                             complaint_input())
    prompt = ScriptedPrompt(True)
    dialog = _dialog(qtbot, archive, prompt)
    _wait_listed(qtbot, dialog)
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "1 customers, 1 complaints" in prompt.seen[0]
    assert archive.db["complaints"].count == 1
    assert Archive.open(restored.args[0]).db["complaints"].count == 2
    kinds = [_cell(dialog, r, COL_KIND) for r in range(dialog.table.rowCount())]
    assert kinds == ["Backup", "Safety copy before a restore"]


def test_the_restore_question_says_no_when_enter_is_pressed(qtbot, archive):
    archive.cases.record_complaint(customer_input(), complaint_input())
    take_backup(archive.path, backup_folder(archive), NOW)
    archive.cases.record_complaint(1, complaint_input())
    dialog = _dialog(qtbot, archive)  # the real question box
    _wait_listed(qtbot, dialog)
    drive_dialog(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return),
                 lambda: qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton))
    assert archive.db["complaints"].count == 2 and not dialog.progress.isVisibleTo(dialog)


def test_a_backup_of_another_shop_asks_again_and_declining_changes_nothing(qtbot, archive,
                                                                           tmp_path):
    other = Archive.open(tmp_path / "other" / "amends.db")
    _named(other, "Bakery Li")
    other.cases.record_complaint(customer_input(), complaint_input())
    backup_folder(archive).mkdir(parents=True, exist_ok=True)
    take_backup(other.path, backup_folder(archive), NOW)
    other.close()
    _named(archive, "Tea House Wang")
    archive.cases.record_complaint(customer_input(), complaint_input())
    archive.cases.record_complaint(1, complaint_input())
    prompt = ScriptedPrompt(True, False)
    dialog = _dialog(qtbot, archive, prompt)
    _wait_listed(qtbot, dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Bakery Li" in prompt.seen[1] and "Tea House Wang" in prompt.seen[1]
    assert archive.db["complaints"].count == 2 and not dialog.progress.isVisibleTo(dialog)


def test_an_unplugged_backup_stick_is_a_message_not_a_crash(qtbot, archive, tmp_path):
    archive.set_setting("backup_dir", str(tmp_path / "usb"))
    dialog = _dialog(qtbot, archive)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "plug it in" in dialog.message.text(), timeout=10_000)
    prompt = ScriptedPrompt()
    assert auto_backup_on_exit(archive, prompt=prompt, now=NOW) is None
    assert "plug it in" in prompt.seen[0]


def test_a_dialog_closed_while_its_backups_are_still_read_is_not_called_afterwards(
        qtbot, archive):
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop_app.ui.workers import background_pool

    archive.cases.record_complaint(customer_input(), complaint_input())
    for second in range(3):
        take_backup(archive.path, backup_folder(archive), NOW.replace(second=second))
    dialog = BackupDialog(archive, clock=lambda: NOW)  # not kept alive by qtbot
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    background_pool().waitForDone(10_000)
    for _ in range(5):  # the listing's reports arrive: none may reach the deleted table
        QCoreApplication.processEvents()
