"""The first-run welcome sets up the shop profile and staff, or opens the demo shop."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from desktop_app.archive import Archive
from desktop_app.demo import fill_demo_shop, is_demo
from desktop_app.domain.model import Language
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui.translation import LANGUAGE_KEY, install_translator
from desktop_app.ui.welcome import WelcomeDialog, needs_welcome
from tests.conftest import complaint_input, customer_input

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def welcome(qtbot, archive, settings):
    dialog = WelcomeDialog(archive, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    install_translator(QApplication.instance(), "en")
    QLocale.setDefault(QLocale.system())


def _start(dialog: WelcomeDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_fresh_archive_needs_the_welcome_and_a_used_one_does_not(archive):
    assert needs_welcome(archive)
    archive.cases.record_complaint(customer_input(), complaint_input())
    assert not needs_welcome(archive)


def test_the_welcome_flow_creates_the_shop_profile_and_staff(qtbot, welcome, archive):
    form = welcome.shop_form
    qtbot.keyClicks(form.name, "  Morning Light  ")
    form.address.insertPlainText("上海市漕溪北路 88 号")  # as an input method commits it
    qtbot.keyClicks(form.phone, "021-6468 8000")
    qtbot.keyClicks(form.email, "hello@example.com")
    welcome.staff.insertPlainText("李娜\n\nWang Qiang\n李娜")
    welcome.paper.setCurrentIndex(welcome.paper.findData("Letter"))
    qtbot.mouseClick(_start(welcome), Qt.MouseButton.LeftButton)
    assert welcome.result() == QDialog.DialogCode.Accepted
    shop = archive.shop()
    assert (shop.name, shop.address, shop.phone, shop.email, shop.paper_size) == (
        "Morning Light", "上海市漕溪北路 88 号", "021-6468 8000", "hello@example.com", "Letter")
    assert [s.name for s in archive.staff()] == sorted(["李娜", "Wang Qiang"])
    assert not needs_welcome(archive)


def test_a_wrong_phone_number_is_shown_at_the_field_and_nothing_is_saved(qtbot, welcome, archive):
    qtbot.keyClicks(welcome.shop_form.name, "Morning Light")
    qtbot.keyClicks(welcome.shop_form.phone, "call me maybe")
    qtbot.keyClicks(welcome.staff, "Emma")
    qtbot.mouseClick(_start(welcome), Qt.MouseButton.LeftButton)
    assert welcome.isVisible()
    assert "phone number" in welcome.shop_form.errors["phone"].text()
    assert welcome.shop_form.phone.hasFocus()
    assert archive.shop().name == "" and archive.staff() == []


def test_the_shop_name_is_required(qtbot, welcome, archive):
    qtbot.mouseClick(_start(welcome), Qt.MouseButton.LeftButton)
    assert welcome.shop_form.errors["name"].text() == "This field is required."
    assert needs_welcome(archive)


def test_a_logo_image_is_kept_small_as_png(qtbot, welcome, archive, tmp_path):
    picture = QImage(2000, 500, QImage.Format.Format_RGB32)
    picture.fill(QColor("navy"))
    picture.save(str(tmp_path / "logo.jpg"))
    welcome.shop_form.pick_file = lambda: str(tmp_path / "logo.jpg")
    qtbot.mouseClick(welcome.shop_form.choose_logo, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(welcome.shop_form.name, "Morning Light")
    qtbot.mouseClick(_start(welcome), Qt.MouseButton.LeftButton)
    logo = archive.shop().logo
    assert logo.startswith(PNG_SIGNATURE)
    assert QImage.fromData(logo).size().width() == 800


def test_a_file_that_is_not_an_image_is_refused_with_a_message(qtbot, welcome, tmp_path):
    (tmp_path / "notes.txt").write_text("not a picture")
    welcome.shop_form.pick_file = lambda: str(tmp_path / "notes.txt")
    qtbot.mouseClick(welcome.shop_form.choose_logo, Qt.MouseButton.LeftButton)
    assert welcome.shop_form.logo is None
    assert "PNG or JPEG" in welcome.shop_form.errors["logo"].text()


def test_opening_the_demo_shop_never_fills_the_archive_being_set_up(
        qtbot, welcome, archive, tmp_path):
    demo_folder = tmp_path / "Demo shop"
    launched = []
    welcome.demo_dir = lambda: demo_folder
    welcome.launch = lambda folder: launched.append(folder) or True
    welcome.demo_filler = partial(fill_demo_shop, customers=20, complaints=40)
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert not welcome.shop_box.isEnabled()  # the click returned while the filling goes on
    qtbot.waitUntil(lambda: welcome.opened_demo, timeout=30_000)
    assert launched == [demo_folder]  # in a window of its own
    assert archive.cases.count_cases(CaseFilter()) == 0 and needs_welcome(archive)  # untouched
    demo = Archive.open(demo_folder / "amends.db", create=False)
    try:
        assert demo.cases.count_cases(CaseFilter()) == 40 and is_demo(demo)
        assert demo.shop().name and len(demo.staff()) >= 2
    finally:
        demo.close()
    assert welcome.isVisible() and "window of its own" in welcome.progress.text()
    welcome.reject()


def test_choosing_chinese_switches_the_welcome_at_once_and_is_remembered(
        qtbot, welcome, archive, settings):
    welcome.language.setCurrentIndex(welcome.language.findData("zh_CN"))
    assert welcome.windowTitle() == "欢迎使用 Amends"
    assert _start(welcome).text() == "开始(&S)"
    welcome.shop_form.name.insert("晨光咖啡")
    qtbot.mouseClick(_start(welcome), Qt.MouseButton.LeftButton)
    assert archive.shop().language is Language.ZH_CN
    assert settings.value(LANGUAGE_KEY) in ("zh_CN", "")


def test_the_shop_fields_are_visited_in_reading_order_with_tab(qtbot, welcome):
    form = welcome.shop_form
    order = [welcome.language, form.name, form.address, form.phone, form.email,
             form.choose_logo]
    welcome.activateWindow()
    qtbot.waitUntil(welcome.isActiveWindow)
    welcome.language.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == order


def test_the_welcome_opens_in_the_language_already_installed(qtbot, archive, settings):
    install_translator(QApplication.instance(), "zh_CN")
    dialog = WelcomeDialog(archive, settings=settings)
    qtbot.addWidget(dialog)
    try:
        assert dialog.language.currentData() == "zh_CN"
        assert dialog.windowTitle() == "欢迎使用 Amends"
    finally:
        install_translator(QApplication.instance(), "en")
        QLocale.setDefault(QLocale.system())


def test_a_demo_shop_that_cannot_be_written_is_reported_in_the_dialog(qtbot, welcome):
    def full_disk(_archive):
        raise OSError("disk full")

    welcome.demo_filler = full_disk
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.demo_button.isEnabled(), timeout=10_000)
    assert "disk full" in welcome.progress.text()
    assert welcome.isVisible() and not welcome.opened_demo


def test_a_traditional_chinese_welcome_writes_letters_in_traditional_chinese(
        qtbot, welcome, archive):
    welcome.language.setCurrentIndex(welcome.language.findData("zh_TW"))
    welcome.shop_form.name.insert("台北小店")
    qtbot.mouseClick(_start(welcome), Qt.MouseButton.LeftButton)
    assert archive.shop().language is Language.ZH_TW
