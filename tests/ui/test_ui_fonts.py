"""Chinese in the window comes from the bundled sans face on Linux, whatever fonts the PC has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from desktop_app.ui.ui_fonts import use_bundled_chinese_font


def test_on_linux_chinese_falls_back_to_the_bundled_face_after_the_system_font(qapp):
    before = QApplication.font()
    try:
        family = use_bundled_chinese_font(qapp, platform="linux")
        assert family == "WenQuanYi Micro Hei"
        families = QApplication.font().families()
        assert families[0] == before.family() and families[-1] == family
        assert QFontInfo(QFont(family)).family() == family  # really loaded, not a substitute
    finally:
        QApplication.setFont(before)


def test_elsewhere_the_systems_own_chinese_font_is_kept(qapp):
    before = QApplication.font().families()
    assert use_bundled_chinese_font(qapp, platform="win32") is None
    assert QApplication.font().families() == before
