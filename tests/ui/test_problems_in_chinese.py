"""A Chinese window says what went wrong in Chinese: a full disk, a lock held by another program
(named in Chinese), a refused move; the command line keeps its English."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.actions import recovery
from desktop_app.archive.backup import BACKUP_DIR_SETTING, backup_folder, take_backup
from desktop_app.archive.errors import ArchiveInUse
from desktop_app.archive.lock import ArchiveLock, Holder
from desktop_app.domain.model import RemedyKind, Status
from desktop_app.domain.recovery import RemedyInput
from desktop_app.ui.backup_dialog import COL_CHECK, BackupDialog
from desktop_app.ui.translation import install_translator
from desktop_app.ui.widgets import problem_text
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window, type_text
from tests.ui.dialog_driver import ScriptedPrompt, drive_dialog
from tests.ui.test_intake import fill_complaint, save

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.now().replace(microsecond=0)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def chinese(qapp):
    install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def window(qtbot, archive, settings, chinese):
    staff = archive.add_staff("李娜").id
    shown = show_main_window(qtbot, archive, settings)
    shown.staff_combo.setCurrentIndex(shown.staff_combo.findData(staff))
    return shown


def _open_case(qtbot, window, archive):
    case = archive.cases.record_complaint(customer_input(), complaint_input(
        received_at=NOW - timedelta(hours=2)))
    window.open_case(case.id)
    view = window.recovery.case_windows[case.id]
    qtbot.waitExposed(view)
    return view


def _warning_text(trigger) -> str:
    """The text of the warning box `trigger` opens, read as the clerk would, then closed."""
    seen: list[str] = []

    def read(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    drive_dialog(read, trigger)
    return seen[0]


def _no_english_words(text: str) -> bool:
    """No run of three Latin letters outside the names Amends and amends commands keep."""
    import re

    rest = re.sub(r"amends [a-z-]+|Amends", "", text)
    return re.search(r"[A-Za-z]{3}", rest) is None


def test_a_full_disk_when_saving_is_said_in_chinese_in_the_case_window(qtbot, window, archive):
    view = _open_case(qtbot, window, archive)
    conn = archive.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL from here on
    try:
        view.tabs.setCurrentIndex(0)
        view.diagnosis.root_cause.setPlainText("奶油隔夜没放冰箱" * 600)
        view.diagnosis.improvement.setPlainText("关店前检查冰箱温度" * 500)
        text = _warning_text(lambda: qtbot.mouseClick(view.diagnosis.save_button, LEFT))
    finally:
        conn.execute("PRAGMA max_page_count = 1073741823")
    assert text == "磁盘已满，因此没有保存任何内容。请释放一些空间后再试。"
    assert archive.cases.complaint(view.complaint_id).root_cause == ""  # nothing was saved


def test_a_refused_move_is_said_in_chinese_with_the_statuses_by_name(qtbot, window, archive):
    view = _open_case(qtbot, window, archive)
    button = view.moves.buttons[Status.ACKNOWLEDGED]
    # Another window acknowledges it and starts investigating; this one still offers the old move.
    archive.recovery.move_case(view.complaint_id, Status.ACKNOWLEDGED, None)
    archive.recovery.move_case(view.complaint_id, Status.INVESTIGATING, None)
    text = _warning_text(lambda: qtbot.mouseClick(button, LEFT))
    assert "调查中" in text and "已受理" in text, text
    assert _no_english_words(text), text


def _hold_lock(folder: Path, kind: str) -> subprocess.Popen:
    hold = ("import sys, time\nfrom desktop_app.archive.lock import ArchiveLock\n"
            f"l = ArchiveLock.acquire(sys.argv[1], {kind!r})\nprint('held', flush=True)"
            "\ntime.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", hold, str(folder)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_the_backups_dialog_names_the_program_holding_the_archive_in_chinese(
        qtbot, archive, chinese):
    archive.cases.record_complaint(customer_input(), complaint_input())
    take_backup(archive.path, backup_folder(archive), NOW)
    dialog = BackupDialog(archive, prompt=ScriptedPrompt(True), clock=lambda: NOW)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1
                    and dialog.table.item(0, COL_CHECK).text() == "正常", timeout=10_000)
    dialog.table.selectRow(0)
    child = _hold_lock(archive.path.parent, "amends restore")
    try:
        qtbot.mouseClick(dialog.restore_button, LEFT)
    finally:
        child.kill()
        child.wait()
    assert dialog.message.text() == (
        f"未恢复：档案正被 恢复命令 amends restore（进程 {child.pid}） 使用。请关闭后重试。")


def test_a_lock_refusal_reads_in_chinese_and_stays_english_for_the_command_line(
        qtbot, tmp_path, chinese):
    with ArchiveLock.acquire(tmp_path, "the Amends window") as held:
        with pytest.raises(ArchiveInUse) as refused:
            ArchiveLock.acquire(tmp_path, "amends restore")
    pid = held.holder.pid
    assert str(refused.value) == (f"The archive in {tmp_path} is in use by the Amends window "
                                  f"(process {pid}). Close it (or wait for it to finish) and "
                                  "try again.")
    assert problem_text(refused.value) == (
        f"{tmp_path} 中的档案正被 Amends 窗口（进程 {pid}） 使用。请关闭它（或等它完成）后再试。")


def test_an_old_lock_file_in_plain_words_is_still_read():
    assert Holder.parse("amends backup (process 42)") == "amends backup (process 42)"
    assert (Holder.parse("amends backup (process 42)").kind,
            Holder.parse("amends backup (process 42)").pid) == ("amends backup", 42)
    assert Holder.parse("some other tool").kind == "some other tool"
    assert Holder.parse("").kind == "another Amends program"


def test_an_unexpected_error_is_said_in_chinese_with_its_own_words_as_a_technical_detail(
        chinese):
    text = problem_text(KeyError("shop"))
    assert text.startswith("出了点问题（技术细节：") and "shop" in text


def test_an_undo_refused_because_of_a_later_change_is_said_in_chinese(qtbot, window, archive):
    case = archive.cases.record_complaint(customer_input(), complaint_input(
        received_at=NOW - timedelta(hours=2)))
    remedy = recovery.add_remedy(archive, RemedyInput(case.id, RemedyKind.REFUND, "", 1000),
                                 None).result
    window.open_case(case.id)
    view = window.recovery.case_windows[case.id]
    qtbot.waitExposed(view)
    view.tabs.setCurrentIndex(1)
    view.remedies.table.selectRow(0)

    def to_twenty(dialog):
        dialog.amount.setValue(20)
        dialog.ok_button.click()
    drive_dialog(to_twenty, lambda: qtbot.mouseClick(view.remedies.edit_button, LEFT))
    # Another computer corrects the same remedy meanwhile.
    archive.remedies.update_remedy(remedy.id, RemedyInput(case.id, RemedyKind.REFUND, "", 3000),
                                   None)
    text = _warning_text(window.tools.edit_menu.undo_action.trigger)
    assert text == ("这项内容之后又被修改过（可能是在另一台电脑上），撤销或重做都会丢掉那次修改，"
                    "因此无法进行。")


def test_a_backup_into_an_unplugged_stick_is_said_in_chinese_from_the_background(
        qtbot, archive, tmp_path, chinese):
    stick = tmp_path / "usb-stick"
    archive.set_setting(BACKUP_DIR_SETTING, str(stick))
    dialog = BackupDialog(archive, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, LEFT)
    qtbot.waitUntil(lambda: dialog.backup_button.isEnabled(), timeout=10_000)
    assert dialog.message.text() == (
        f"找不到备份文件夹 {stick}。如果它在 U 盘或移动硬盘上，请插上后再试。")


def test_a_full_disk_when_saving_a_new_complaint_is_said_in_chinese(qtbot, window, archive):
    window.new_action.trigger()
    intake = window.intake
    type_text(qtbot, intake.customer.name, "王小明")
    fill_complaint(qtbot, intake.complaint, description="奶油有酸味")
    intake.complaint.description.setPlainText("奶油有酸味，蛋糕不新鲜。" * 1500)
    conn = archive.db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    try:
        text = _warning_text(lambda: save(qtbot, intake))
    finally:
        conn.execute("PRAGMA max_page_count = 1073741823")
    assert text.endswith("\n磁盘已满，因此没有保存任何内容。请释放一些空间后再试。"), text
    assert _no_english_words(text), text
    assert archive.db.execute("SELECT COUNT(*) FROM complaints").fetchone()[0] == 0
