"""Settings save the shop, staff, language and targets together, and survive a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop_app.archive import Archive
from desktop_app.domain.model import Language, ShopProfile
from desktop_app.ui.settings import SettingsDialog
from desktop_app.ui.translation import LANGUAGE_KEY, saved_language


@pytest.fixture
def settings_path(tmp_path):
    return str(tmp_path / "settings.ini")


def _open(qtbot, archive, settings_path) -> SettingsDialog:
    dialog = SettingsDialog(archive, QSettings(settings_path, QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _button(dialog, which):
    return dialog.findChild(QDialogButtonBox).button(which)


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _staff_item(dialog, name):
    return dialog.staff_page.list.findItems(name, Qt.MatchFlag.MatchExactly)[0]


def test_settings_persist_across_a_restart(qtbot, archive_path, settings_path):
    archive = Archive.open(archive_path)
    archive.add_staff("Emma Clarke")
    dialog = _open(qtbot, archive, settings_path)
    dialog.shop_form.name.clear()
    qtbot.keyClicks(dialog.shop_form.name, "Morning Light")
    qtbot.keyClicks(dialog.staff_page.new_name, "Wang Qiang")
    qtbot.keyClick(dialog.staff_page.new_name, Qt.Key.Key_Return)
    _staff_item(dialog, "Emma Clarke").setCheckState(Qt.CheckState.Unchecked)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("zh_CN"))
    dialog.letter_language.setCurrentIndex(dialog.letter_language.findData(Language.EN))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.ack_hours.setValue(4)
    dialog.resolve_days.setValue(3)
    dialog.follow_up_days.setValue(10)
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.language_changed
    archive.close()

    reopened = Archive.open(archive_path)
    again = _open(qtbot, reopened, settings_path)
    shop = reopened.shop()
    assert (shop.name, shop.language, shop.paper_size) == ("Morning Light", Language.EN, "Letter")
    assert (shop.ack_target_hours, shop.resolve_target_days, shop.follow_up_after_days) == (
        4, 3, 10)
    assert [s.name for s in reopened.staff()] == ["Wang Qiang"]
    assert _staff_item(again, "Emma Clarke").checkState() == Qt.CheckState.Unchecked
    assert again.ui_language.currentData() == "zh_CN"
    assert (again.shop_form.name.text(), again.ack_hours.value()) == ("Morning Light", 4)
    reopened.close()


def test_ticking_a_former_colleague_again_brings_them_back(qtbot, archive, settings_path):
    archive.save_shop(ShopProfile(name="Morning Light"))
    emma = archive.add_staff("Emma Clarke")
    archive.set_staff_active(emma.id, False)
    dialog = _open(qtbot, archive, settings_path)
    _staff_item(dialog, "Emma Clarke").setCheckState(Qt.CheckState.Checked)
    _ok(qtbot, dialog)
    assert [s.name for s in archive.staff()] == ["Emma Clarke"]


def test_cancel_leaves_everything_as_it_was(qtbot, archive, settings_path):
    before = archive.shop()
    dialog = _open(qtbot, archive, settings_path)
    qtbot.keyClicks(dialog.shop_form.name, "Changed my mind")
    qtbot.keyClicks(dialog.staff_page.new_name, "Nobody")
    qtbot.mouseClick(dialog.staff_page.add_button, Qt.MouseButton.LeftButton)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("en"))
    dialog.ack_hours.setValue(99)
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert archive.shop() == before and archive.staff() == []
    assert saved_language(QSettings(settings_path, QSettings.Format.IniFormat)) == ""


def test_an_empty_shop_name_keeps_the_dialog_open_with_the_message_at_the_field(
        qtbot, archive, settings_path):
    dialog = _open(qtbot, archive, settings_path)
    dialog.tabs.setCurrentIndex(3)
    dialog.ack_hours.setValue(2)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert dialog.shop_form.errors["name"].text() == "This field is required."
    assert archive.shop().ack_target_hours == 24


def test_a_staff_name_with_control_characters_is_not_added(qtbot, archive, settings_path):
    dialog = _open(qtbot, archive, settings_path)
    dialog.staff_page.new_name.setText("Bad\x07name")
    qtbot.mouseClick(dialog.staff_page.add_button, Qt.MouseButton.LeftButton)
    assert dialog.staff_page.list.count() == 0
    assert "control characters" in dialog.staff_page.error.text()


def test_other_screens_can_add_their_own_settings_page(qtbot, archive, settings_path):
    from PySide6.QtWidgets import QLabel

    dialog = _open(qtbot, archive, settings_path)
    dialog.tabs.addTab(QLabel("templates"), "Letter templates")
    assert dialog.tabs.count() == 6
    assert QSettings(settings_path, QSettings.Format.IniFormat).value(LANGUAGE_KEY) is None


def test_enter_in_the_name_field_adds_the_colleague_and_keeps_settings_open(
        qtbot, archive, settings_path):
    dialog = _open(qtbot, archive, settings_path)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.staff_page.new_name, "Wang Qiang")
    qtbot.keyClick(dialog.staff_page.new_name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.staff_page.new_name.text() == ""
    assert _staff_item(dialog, "Wang Qiang").checkState() == Qt.CheckState.Checked
    assert archive.staff() == []  # written only on OK


def test_currency_and_opening_hours_are_set_in_settings(qtbot, archive, settings_path):
    from PySide6.QtCore import QTime

    from desktop_app.ui.widgets import format_money

    dialog = _open(qtbot, archive, settings_path)
    qtbot.keyClicks(dialog.shop_form.name, "Morning Light")
    codes = [dialog.currency.itemData(i) for i in range(dialog.currency.count())]
    assert {"CNY", "HKD", "TWD", "MOP", "USD", "EUR", "GBP"} <= set(codes)
    dialog.currency.setCurrentIndex(dialog.currency.findData("TWD"))
    dialog.opens.setTime(QTime(10, 30))
    dialog.closes.setTime(QTime(22, 0))
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert archive.shop().currency == "TWD"
    assert str(archive.reporting.opening_hours()) == "10:30–22:00"
    assert format_money(125_000, "TWD") == "NT$1,250"  # no decimals for the Taiwan dollar
    assert format_money(125_050, "HKD") == "HK$1,250.50"


def test_opening_hours_that_close_before_they_open_are_refused(qtbot, archive, settings_path):
    from PySide6.QtCore import QTime

    dialog = _open(qtbot, archive, settings_path)
    qtbot.keyClicks(dialog.shop_form.name, "Morning Light")
    dialog.opens.setTime(QTime(21, 0))
    dialog.closes.setTime(QTime(9, 0))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and not dialog.hours_error.isHidden()
    assert archive.setting("opening_hours") == ""
