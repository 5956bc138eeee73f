"""The File, Reports and Help menus open the tools around the case list."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.app import _claim_single_instance
from desktop_app.ui.help_dialog import HelpDialog
from desktop_app.ui.settings import SettingsDialog
from tests.conftest import complaint_input, customer_input


def _menu_texts(menu) -> list[str]:
    return [action.text().replace("&", "") for action in menu.actions() if action.text()]


def test_reports_menu_offers_the_summary_letters_and_blank_form(main_window):
    texts = _menu_texts(main_window.tools.reports_menu)
    assert texts == ["Monthly recovery summary…", "Follow-up letters due this week…",
                     "Blank intake form…"]
    menus = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert menus.index("Reports") == menus.index("Help") - 1


def test_file_menu_keeps_quit_last(main_window):
    texts = _menu_texts(main_window.file_menu)
    assert "Back up or restore…" in texts and "Settings…" in texts
    assert texts[-1] == "Quit"


def test_exporting_complaints_writes_an_excel_friendly_csv(main_window, archive, tmp_path):
    archive.cases.record_complaint(customer_input(), complaint_input(description="退款 <b>&amp;"))
    target = tmp_path / "out.csv"
    main_window.tools.ask_save_path = lambda suggested: str(target)
    main_window.tools.export("complaints")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "退款 <b>&amp;" in data.decode("utf-8-sig")
    assert str(target) in main_window.statusBar().currentMessage()


def test_export_to_a_missing_folder_is_explained_and_changes_nothing(main_window, tmp_path):
    main_window.tools.ask_save_path = lambda suggested: str(tmp_path / "gone" / "x.csv")
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    main_window.tools.export("customers")
    assert seen and "could not be written" in seen[0]
    assert not (tmp_path / "gone").exists()


def test_settings_entry_opens_the_settings_with_a_password_tab(main_window):
    seen = []

    def inspect_and_cancel():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append([dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())])
        dialog.reject()

    QTimer.singleShot(0, inspect_and_cancel)
    main_window.tools.settings()
    assert seen and seen[0][-1] == "Password"


def test_user_guide_shows_the_guide_in_the_chosen_language(qtbot):
    english = HelpDialog(language="en")
    chinese = HelpDialog(language="zh_CN")
    qtbot.addWidget(english)
    qtbot.addWidget(chinese)
    assert "Amends" in english.browser.toPlainText()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese.browser.toPlainText())


def test_a_second_copy_on_the_same_folder_does_not_get_the_archive(qapp, tmp_path):
    first = _claim_single_instance(tmp_path)
    try:
        assert first is not None
        assert _claim_single_instance(tmp_path) is None
    finally:
        first.release()
    again = _claim_single_instance(tmp_path)
    assert again is not None
    again.release()
