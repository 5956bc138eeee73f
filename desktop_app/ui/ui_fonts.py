"""Chinese in the window drawn with the font the papers use, where the system's may be poor.

Linux shop PCs come with whatever CJK fonts their distribution picked (often none, or a
Japanese Mincho whose punctuation sits mid-line), so Chinese text would show as boxes or with
"。" floating in the middle. There the bundled WenQuanYi Micro Hei is put after the system's
UI font: Latin text keeps the desktop's look, every Chinese character comes from one sans face.
Windows (Microsoft YaHei/JhengHei) and macOS (PingFang) already have good ones.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resource


def use_bundled_chinese_font(app: QApplication, platform: str = sys.platform) -> str | None:
    """Add the bundled face as the fallback for Chinese on Linux; its family name, or None."""
    if not platform.startswith("linux"):
        return None
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = app.font()
    font.setFamilies([font.family(), families[0]])
    app.setFont(font)
    return families[0]
