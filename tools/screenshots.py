"""Take the user guide's screenshots in English and Simplified Chinese, from a fresh demo shop.

Usage (from the repository root; needs a screen, so on a server run it under Xvfb):

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots.py

Writes docs/screenshots/<screen>.<language>.png for the welcome, every page of the main window,
an open case, its guidance panel and the settings. The demo archive lives in a temporary folder
and the window settings in a throw-away file, so nothing of the user's is touched.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.app import create_application, create_main_window  # noqa: E402
from desktop_app.archive import Archive  # noqa: E402
from desktop_app.demo import fill_demo_shop  # noqa: E402
from desktop_app.domain.model import Status  # noqa: E402
from desktop_app.domain.queries import CaseFilter  # noqa: E402
from desktop_app.ui.guidance import GuidancePanel  # noqa: E402
from desktop_app.ui.settings import SettingsDialog  # noqa: E402
from desktop_app.ui.translation import install_translator  # noqa: E402
from desktop_app.ui.welcome import WelcomeDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "zh_CN")
WINDOW = (1280, 800)


def save(widget: QWidget, name: str, language: str) -> None:
    for _ in range(3):  # layouts and lazy models settle over a few event-loop turns
        QApplication.processEvents()
    picture = widget.grab()
    # A thin frame, so a picture in the guide is not mistaken for the live window around it.
    painter = QPainter(picture)
    painter.setPen(QColor("#8a8a8a"))
    painter.drawRect(picture.rect().adjusted(0, 0, -1, -1))
    painter.end()
    picture.save(str(OUT / f"{name}.{language}.png"))
    print(f"{name}.{language}.png")


def shoot(language: str, folder: Path, demo: Archive) -> None:
    settings = QSettings(str(folder / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    empty = Archive.open(folder / f"empty-{language}" / "amends.db")
    welcome = WelcomeDialog(empty, settings=settings)
    welcome.show()
    welcome.adjustSize()
    save(welcome, "welcome", language)
    welcome.close()
    empty.close()
    dialog = SettingsDialog(demo, settings)
    dialog.show()
    save(dialog, "settings", language)
    dialog.close()
    panel = GuidancePanel()
    panel.set_status(Status.RECEIVED)
    panel.resize(380, 600)
    panel.show()
    save(panel, "guidance", language)
    panel.close()
    window = create_main_window(demo, settings)
    window.resize(*WINDOW)
    window.show()
    for key in window._page_keys:
        window.show_page(key)
        save(window, key, language)
    _shoot_case(window, demo, language)
    window.close()


def _shoot_case(window, demo: Archive, language: str) -> None:
    """A case half-way through its recovery, in its own window."""
    rows = demo.cases.list_cases(CaseFilter(), limit=500)
    case = next(r for r in rows if r.status in (Status.INVESTIGATING, Status.REMEDY_AGREED))
    before = set(QApplication.topLevelWidgets())
    window.open_case(case.id)
    QApplication.processEvents()
    view = next(w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible())
    view.resize(WINDOW[0], WINDOW[1] + 60)
    save(view, "case", language)
    view.close()


def main() -> int:
    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        demo = Archive.open(Path(folder) / "demo" / "amends.db")
        fill_demo_shop(demo)
        for language in LANGUAGES:
            install_translator(app, language)
            shoot(language, Path(folder), demo)
        demo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
