"""The Qt message filter drops the offscreen platform's propagateSizeHints() warning only."""

from PySide6.QtCore import QtMsgType

from desktop_app import qt_messages


def test_only_the_known_offscreen_warning_is_dropped(monkeypatch):
    passed = []
    monkeypatch.setattr(qt_messages, "_previous", lambda kind, context, text: passed.append(text))
    qt_messages._handler(QtMsgType.QtWarningMsg, None,
                         "This plugin does not support propagateSizeHints()")
    qt_messages._handler(QtMsgType.QtWarningMsg, None, "QPainter::begin: Paint device returned 0")
    qt_messages._handler(QtMsgType.QtCriticalMsg, None,
                         "This plugin does not support propagateSizeHints()")
    assert passed == ["QPainter::begin: Paint device returned 0",
                      "This plugin does not support propagateSizeHints()"]
