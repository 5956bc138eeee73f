"""Backups, restore, damaged archives at start-up, CSV import, password and a second copy of the
app, driven through their real widgets."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desktop_app.archive import Archive
from desktop_app.archive.backup import backup_folder, take_backup
from desktop_app.domain.password import hash_password
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.password_dialog import PasswordPage, UnlockDialog
from desktop_app.ui.single_instance import SingleInstance
from desktop_app.ui.startup import open_archive_interactively
from tests.conftest import complaint_input, customer_input

NOW = datetime(2026, 11, 23, 18, 30)


class ScriptedPrompt:
    """Answers questions as told and records everything the user would have read."""

    def __init__(self, answer: bool = True):
        self.answer, self.seen = answer, []

    def question(self, parent, title, text):
        self.seen.append(text)
        return self.answer

    def inform(self, parent, title, text):
        self.seen.append(text)

    warn = inform


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_archive_at_start_offers_the_latest_good_backup(archive_path, damage):
    archive = Archive.open(archive_path)
    with archive.transaction():
        for _ in range(200):
            archive.cases.record_complaint(
                customer_input(), complaint_input(description="长" * 500)
            )
    take_backup(archive_path, backup_folder(archive), NOW)
    archive.close()
    data = archive_path.read_bytes()
    archive_path.write_bytes(data[: len(data) // 3] if damage == "truncated" else b"\x13" * 9999)
    prompt = ScriptedPrompt(answer=True)
    reopened = open_archive_interactively(archive_path, prompt=prompt)
    assert reopened is not None and reopened.db["complaints"].count == 200
    assert "200 complaints" in prompt.seen[0] and "kept as" in prompt.seen[1]
    assert len(list(archive_path.parent.glob("amends.db.broken-*"))) == 1
    reopened.close()


def test_a_damaged_archive_without_backups_is_explained_and_left_alone(archive_path):
    archive_path.write_bytes(b"not a database at all" * 100)
    prompt = ScriptedPrompt()
    assert open_archive_interactively(archive_path, prompt=prompt) is None
    assert "No usable backup" in prompt.seen[0]
    assert archive_path.read_bytes() == b"not a database at all" * 100


def test_a_read_only_folder_is_explained(archive_path, monkeypatch):
    monkeypatch.setattr("desktop_app.ui.startup.folder_writable", lambda folder: False)
    prompt = ScriptedPrompt()
    assert open_archive_interactively(archive_path, prompt=prompt) is None
    assert "may not save in" in prompt.seen[0]


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
    assert "GBK" in dialog.file_label.text()
    assert dialog.preview.item(1, 0).text() == "王小明"
    assert dialog.problems.count() == 1 and dialog.problems.item(0).text().startswith("Line 3:")
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.skip_bad, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert archive.db["customers"].count == 2 and "2 rows imported." in prompt.seen


def test_import_waits_for_the_required_columns_to_be_mapped(qtbot, archive, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("Kunde;Telefon\nAnna;0151 234567\n", encoding="utf-8-sig")
    dialog = ImportDialog(archive, "customers", prompt=ScriptedPrompt())
    qtbot.addWidget(dialog)
    dialog.load(source)
    assert "name" in dialog.status.text() and not dialog.import_button.isEnabled()
    dialog.set_column(0, "name")
    assert dialog.import_button.isEnabled()


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
