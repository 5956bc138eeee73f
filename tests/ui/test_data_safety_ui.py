"""Backups, restore, damaged archives at start-up, CSV import, password and a second copy of the
app, driven through their real widgets."""

from __future__ import annotations

import argparse
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.app import run_gui
from desktop_app.archive import Archive
from desktop_app.domain.password import hash_password
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.password_dialog import PasswordPage, UnlockDialog
from desktop_app.ui.single_instance import NOT_WRITABLE, SingleInstance
from desktop_app.ui.startup import BackgroundCheck, open_archive_interactively
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import ScriptedPrompt, drive_dialog

NOW = datetime(2026, 11, 23, 18, 30)



def test_a_damaged_archive_without_backups_is_explained_and_left_alone(qtbot, archive_path):
    archive_path.write_bytes(b"not a database at all" * 100)
    seen = []

    def read_then_quit(dialog):
        seen.append(dialog.offer.text())
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)

    opened = []
    drive_dialog(read_then_quit, lambda: opened.append(open_archive_interactively(archive_path)))
    assert opened == [None] and "No usable backup" in seen[0]
    assert archive_path.read_bytes() == b"not a database at all" * 100


def test_a_read_only_folder_is_offered_read_only_and_declining_opens_nothing(archive_path,
                                                                            monkeypatch):
    Archive.open(archive_path).close()
    monkeypatch.setattr("desktop_app.ui.startup.folder_writable", lambda folder: False)
    prompt = ScriptedPrompt(False)
    assert open_archive_interactively(archive_path, prompt=prompt) is None
    assert "open the archive read-only" in prompt.seen[0]


def test_a_read_only_folder_without_an_archive_is_explained(archive_path, monkeypatch):
    monkeypatch.setattr("desktop_app.ui.startup.folder_writable", lambda folder: False)
    prompt = ScriptedPrompt()
    assert open_archive_interactively(archive_path, prompt=prompt) is None
    assert "may not save in" in prompt.seen[0] and not archive_path.exists()


def test_importing_a_gbk_file_lists_bad_rows_and_imports_only_when_allowed(qtbot, archive,
                                                                           tmp_path):
    source = tmp_path / "客户.csv"
    source.write_bytes("姓名,手机,备注\r\n王小明,138 0013 8000,老客户\r\n,139,\r\n"
                       "李娜,139 0000 1111,\r\n".encode("gbk"))
    prompt = ScriptedPrompt()
    dialog = ImportDialog(archive, "customers", prompt=prompt)
    qtbot.addWidget(dialog)
    dialog._ask_file = lambda: str(source)
    dialog.show()
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking)  # the rows are checked on a worker
    assert "GBK" in dialog.file_label.text()
    assert dialog.preview.item(1, 0).text() == "王小明"
    assert dialog.problems.count() == 1 and dialog.problems.item(0).text().startswith("Line 3:")
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.skip_bad, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.cancel_button.isEnabled()  # written on a worker
    qtbot.waitUntil(lambda: "2 rows imported." in prompt.seen)
    assert archive.db["customers"].count == 2 and not dialog.busy


def test_import_waits_for_the_required_columns_to_be_mapped(qtbot, archive, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("Kunde;Telefon\nAnna;0151 234567\n", encoding="utf-8-sig")
    dialog = ImportDialog(archive, "customers", prompt=ScriptedPrompt())
    qtbot.addWidget(dialog)
    dialog.load(source)
    assert "Name" in dialog.status.text() and not dialog.import_button.isEnabled()
    dialog.set_column(0, "name")
    qtbot.waitUntil(lambda: not dialog.checking)  # the rows are checked on a worker
    assert dialog.import_button.isEnabled()


def test_a_file_that_cannot_be_read_leaves_nothing_of_the_one_before(qtbot, archive, tmp_path):
    good, bad = tmp_path / "in.csv", tmp_path / "gone.csv"
    good.write_text("name,phone\nAnna,139 1111 2222\n", encoding="utf-8")
    dialog = ImportDialog(archive, "customers", prompt=ScriptedPrompt())
    qtbot.addWidget(dialog)
    assert dialog.load(good)
    qtbot.waitUntil(lambda: not dialog.checking)  # the rows are checked on a worker
    assert dialog.import_button.isEnabled()
    assert not dialog.load(bad)  # vanished between choosing and reading
    assert dialog.preview.columnCount() == 0 and dialog.plan is None
    assert not dialog.import_button.isEnabled()


def test_the_password_is_set_from_settings_and_asked_at_start(qtbot, archive):
    page = PasswordPage(archive)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.new, "Morning-2026")
    qtbot.keyClicks(page.repeat, "Morning-2026")
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    stored = archive.setting("password_hash")
    assert stored.startswith("scrypt$") and "Morning" not in stored
    unlock = UnlockDialog(stored)
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.password, "wrong")
    unlock.try_unlock()
    assert unlock.error.isVisibleTo(unlock) and unlock.result() == 0
    qtbot.keyClicks(unlock.password, "Morning-2026")
    unlock.try_unlock()
    assert unlock.result() == UnlockDialog.DialogCode.Accepted


def test_removing_the_password_needs_the_current_one(qtbot, archive):
    archive.set_setting("password_hash", hash_password("secret1"))
    page = PasswordPage(archive)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.current, "nope")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert archive.setting("password_hash") and page.error.isVisibleTo(page)
    qtbot.keyClicks(page.current, "secret1")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert archive.setting("password_hash") == ""


def test_a_second_copy_on_the_same_archive_brings_the_first_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not second.acquire()
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # once the first copy has quit, the archive can be opened again
    third.release()


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody can write: a read-only bind mount when running as root (root ignores
    permissions), else a folder without write permission."""
    import os
    import subprocess

    source, folder = tmp_path / "source", tmp_path / "stick"
    source.mkdir()
    folder.mkdir()
    Archive.open(source / "amends.db").close()
    if os.geteuid() != 0:
        folder.rmdir()
        source.rename(folder)
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "--bind", str(source), str(folder)]).returncode == 0
    if not mounted or subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)]).returncode:
        pytest.skip("no read-only bind mount here")
    yield folder
    subprocess.run(["umount", str(folder)])


def test_a_read_only_folder_is_not_taken_for_another_copy_running(qtbot, read_only_folder):
    instance = SingleInstance(read_only_folder)
    assert instance.claim() == NOT_WRITABLE


def test_the_window_on_a_read_only_folder_asks_instead_of_exiting_silently(
        qapp, read_only_folder, tmp_path):
    asked = []

    def decline(dialog):
        asked.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.No).click()

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    codes = []
    try:
        drive_dialog(decline, lambda: codes.append(
            run_gui(argparse.Namespace(data_dir=str(read_only_folder)))))
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    assert codes == [1] and "read-only" in asked[0]


def test_yes_on_a_read_only_folder_opens_the_archive_read_only_and_writes_nothing(
        qapp, read_only_folder, tmp_path, monkeypatch):
    from desktop_app.ui.main_window import MainWindow

    before = {p.name: p.read_bytes() for p in read_only_folder.iterdir()}
    shown = []

    def accept(dialog):
        dialog.button(QMessageBox.StandardButton.Yes).click()

    def event_loop_looking_at_the_window(*_args) -> int:
        QApplication.processEvents()
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        shown.append((window.windowTitle(), window.archive.read_only))
        window.close()
        return 0

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QApplication, "exec", event_loop_looking_at_the_window)
    codes = []
    try:
        drive_dialog(accept, lambda: codes.append(
            run_gui(argparse.Namespace(data_dir=str(read_only_folder)))))
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    assert codes == [0] and shown and shown[0][1] is True and "read-only" in shown[0][0]
    assert {p.name: p.read_bytes() for p in read_only_folder.iterdir()} == before


def test_a_read_only_archive_says_so_and_switches_off_new_complaints(qtbot, archive, settings):
    archive.read_only = True  # what Archive.open(read_only=True) sets
    window = show_main_window(qtbot, archive, settings)
    assert window.banner.isVisible() and "Read-only" in window.banner.text()
    assert "(read-only)" in window.windowTitle()
    assert not window.new_action.isEnabled() and not window.intake.isEnabled()


def test_the_thorough_check_in_the_background_reports_damage(qtbot, archive_path):
    archive = Archive.open(archive_path)
    with archive.transaction():
        for number in range(150):
            archive.cases.record_complaint(customer_input(phone=f"139 0000 {number:04d}"),
                                     complaint_input(description="长" * 400))
    archive.close()
    data = bytearray(archive_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = len(data) // page // 2 * page
    data[middle:middle + page] = b"\x77" * page
    archive_path.write_bytes(bytes(data))
    check = BackgroundCheck()
    with qtbot.waitSignal(check.damaged, timeout=10_000) as found:
        check.start(archive_path)
    assert "damaged" in found.args[0]


def test_the_rows_are_checked_on_a_worker_and_a_newer_mapping_wins(qtbot, archive, tmp_path,
                                                                    monkeypatch):
    import threading

    from desktop_app.ui import import_dialog

    on_gui_thread = []
    plan = import_dialog.plan_import

    def watched(*args):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return plan(*args)

    monkeypatch.setattr(import_dialog, "plan_import", watched)
    source = tmp_path / "in.csv"
    source.write_text("a,b\nAnna,0151 234567\n", encoding="utf-8")
    dialog = ImportDialog(archive, "customers", prompt=ScriptedPrompt())
    qtbot.addWidget(dialog)
    dialog.load(source)
    dialog.set_column(0, "name")
    dialog.set_column(1, "phone")  # before the first check's answer is in
    assert dialog.checking and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.checking)
    qtbot.wait(50)  # an older check's answer, were one still to come, is dropped
    assert dialog.plan is not None and "0151 234567" in str(dialog.plan.items[0])  # with phone
    assert dialog.import_button.isEnabled()
    assert on_gui_thread and not any(on_gui_thread)
