"""One PNG per window and dialog, at the size each really opens with on a screen of a given size.

Usage (from the repository root; under Xvfb on a server, or with QT_QPA_PLATFORM=offscreen):

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 python tools/screenshots.py --size 1366x768 --out docs/screenshots --lang en zh_CN

Every screen of desktop_app/ui/catalogue.py is opened over a fresh demo shop (each page of the
main window, each tab of a dialog) and written as DIR/<screen>.<language>.png. Windows are sized
as on a screen of --size (its whole area usable; a real one loses a task bar): the same rule the
app follows. The demo archive and the window settings live in a temporary folder, so nothing of
the user's is touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from desktop_app.app import create_application, create_main_window  # noqa: E402
from desktop_app.archive import Archive  # noqa: E402
from desktop_app.demo import fill_demo_shop  # noqa: E402
from desktop_app.domain.model import Status  # noqa: E402
from desktop_app.domain.queries import CaseFilter  # noqa: E402
from desktop_app.ui.catalogue import SCREENS, Scene, open_screen, views  # noqa: E402
from desktop_app.ui.fit import pretend_screen  # noqa: E402
from desktop_app.ui.guidance import GuidancePanel  # noqa: E402
from desktop_app.ui.translation import install_translator  # noqa: E402


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    picture = widget.grab()
    # A thin frame, so a picture in the guide is not mistaken for the live window around it.
    painter = QPainter(picture)
    painter.setPen(QColor("#8a8a8a"))
    painter.drawRect(picture.rect().adjusted(0, 0, -1, -1))
    painter.end()
    picture.save(str(path))
    print(f"{path.name}  {widget.width()}×{widget.height()}")


def _wait_for_pdf(screen: QWidget) -> None:
    """Make a preview's PDF (pressing Make letter where there is one), let its pages show."""
    preview = getattr(screen, "preview", None)
    if preview is None or not hasattr(preview, "pdf"):
        return
    if hasattr(screen, "make_letter"):
        screen.make_letter()
    deadline = time.monotonic() + 60
    while not preview.pdf() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):  # QPdfView renders its pages a moment later
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(language: str, folder: Path, demo: Archive, out: Path) -> None:
    settings = QSettings(str(folder / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    window = create_main_window(demo, settings)
    window.show()
    scene = Scene(demo, settings, window, preferred_case=_case_in_progress(demo))
    for name in SCREENS:
        screen = open_screen(name, scene)
        _wait_for_pdf(screen)
        for view in views(name, screen):
            save(screen, out / f"{view}.{language}.png")
        if screen is not window:
            if isinstance(screen, QDialog):
                screen.reject()
            screen.close()
    panel = GuidancePanel()  # the guide shows the recovery advice on its own
    panel.set_status(Status.RECEIVED)
    panel.resize(380, 600)
    panel.show()
    save(panel, out / f"guidance.{language}.png")
    panel.close()
    window.close()


def _case_in_progress(demo: Archive) -> int:
    """A case half-way through its recovery, with a follow-up: the case window shows it all."""
    rows = demo.cases.list_cases(CaseFilter(), limit=500)
    return next(r.id for r in rows if r.status in (Status.INVESTIGATING, Status.REMEDY_AGREED)
                and demo.follow_ups.follow_ups(r.id))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768", help="screen size WxH (default 1366x768)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder")
    parser.add_argument("--lang", nargs="+", default=["en", "zh_CN"],
                        choices=["en", "zh_CN", "zh_TW"], help="languages (default en zh_CN)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as folder, pretend_screen(width, height):
        demo = Archive.open(Path(folder) / "demo" / "amends.db")
        fill_demo_shop(demo)
        for language in args.lang:
            install_translator(app, language)
            shoot(language, Path(folder), demo, out)
        demo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
