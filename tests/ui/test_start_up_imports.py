"""Start-up imports only what the first screen needs: the heavy modules (PDF, charts, the
dashboard) are not imported before the window has painted (QtCharts and ReportLab wait until a
screen uses them; the dashboard's and the letter preview's modules are imported in the idle
steps after the first paint), nor is what the first screen does not need (sqlite-utils, the New
complaint form, damage and backup screens, the demo). Run in a new process: other tests'
imports cannot hide one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.archive import Archive

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "PySide6.QtCharts", "PySide6.QtPdf", "desktop_app.ui.dashboard",
         "desktop_app.documents")
# Not heavy on their own, but each costs the first paint time it does not need: sqlite-utils
# (with click, dateutil, pluggy), the form and its panels, screens met only on some starts.
AFTER_PAINT = ("sqlite_utils", "click", "dateutil", "pluggy", "desktop_app.ui.intake",
               "desktop_app.ui.history", "desktop_app.ui.damage_dialog",
               "desktop_app.archive.backup", "desktop_app.demo", "desktop_app.ui.welcome",
               "desktop_app.archive.intelligence", "desktop_app.archive.privacy",
               "desktop_app.actions")
CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings
from desktop_app.app import create_application, create_main_window
from desktop_app.archive import Archive

def loaded(names):
    return sorted(m for m in sys.modules if m in names or any(m.startswith(n + ".") for n in names))

class FirstPaint(QObject):
    seen = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = loaded({heavy!r} + {after!r})
        return False

app = create_application()
folder = Path({folder!r})  # made and upgraded beforehand: a new archive's schema is sqlite-utils'
archive = Archive.open(folder / "amends.db")
window = create_main_window(archive, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
paint = FirstPaint()
window.installEventFilter(paint)
window.show()
for _ in range(20):
    app.processEvents()
shown = loaded({heavy!r})
deadline = time.monotonic() + 20
while not (window.is_built("intake") and "sqlite_utils.db" in sys.modules) \
        and time.monotonic() < deadline:  # the warm-up after the first paint
    app.processEvents()
warm = loaded({after!r})
window.show_page("{page}")
deadline = time.monotonic() + 10
while "{page}" == "dashboard" and "PySide6.QtCharts" not in sys.modules \
        and time.monotonic() < deadline:
    app.processEvents()  # the dashboard imports its charts a few turns after its first showing
print(json.dumps({{"painted": paint.seen, "shown": shown, "warm": warm,
                   "after": loaded({heavy!r})}}))
window.close()
archive.close()
"""


def _imports(folder: Path, page: str) -> dict[str, list[str]]:
    Archive.open(folder / "amends.db").close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = CHILD.format(heavy=HEAVY, after=AFTER_PAINT, page=page, folder=str(folder))
    done = subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_shown_main_window_has_imported_no_pdf_chart_or_dashboard_module(tmp_path):
    found = _imports(tmp_path, "dashboard")
    assert found["shown"] == []
    # The check sees them: opening the dashboard page does import its charts.
    assert {"desktop_app.ui.dashboard", "PySide6.QtCharts"} <= set(found["after"])


def test_the_first_paint_comes_before_sqlite_utils_the_form_and_the_rare_screens(tmp_path):
    found = _imports(tmp_path, "cases")
    assert found["painted"] == []
    # The check sees them: once the window has painted, the form and sqlite-utils are loaded.
    assert {"desktop_app.ui.intake", "sqlite_utils"} <= set(found["warm"])


SCREENS_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop_app.app import create_application, create_main_window
from desktop_app.archive import Archive
from desktop_app.domain.queries import CaseFilter

app = create_application()
folder = Path({folder!r})
archive = Archive.open(folder / "amends.db")
window = create_main_window(archive, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
window.show()
deadline = time.monotonic() + 30
queue = window._after_first_paint  # ui/warm_up.py's steps: wait until the last has run
while (queue.steps or not queue.started) and time.monotonic() < deadline:
    app.processEvents()

def settle():
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        app.processEvents()

found = {{}}
def use(name, step):
    before = set(sys.modules)
    step()
    settle()
    found[name] = sorted(m for m in set(sys.modules) - before if m.startswith("desktop_app"))

case_id = archive.cases.list_cases(CaseFilter(), 0, 1)[0].id
use("case window", lambda: window.open_case(case_id))
view = window.recovery.case_windows[case_id]
use("recovery tab", lambda: view.tabs.setCurrentIndex(1))
use("timeline tab", lambda: view.tabs.setCurrentIndex(2))
for key in window._page_keys:
    use(key, lambda key=key: window.show_page(key))
use("customer page", lambda: window.recovery.show_customer(view.complaint.customer_id))
print(json.dumps(found))
window.close()
archive.close()
"""
# Imported on first use on purpose: QtCharts' module (its library costs start-up and memory),
# and what the dashboard's workers import on their own threads.
LAZY_ON_PURPOSE = {"desktop_app.ui.dashboard_charts", "desktop_app.archive.reporting",
                   "desktop_app.domain.metrics"}


def test_once_warmed_up_no_screen_imports_a_module_of_the_app_on_its_first_use(tmp_path):
    """Each first use of a screen that imports a module pays for it on the GUI thread, cold: the
    warm-up after the first paint imports them all (tests the lists in page_install.py and
    recovery_install.py against the screens)."""
    from desktop_app.demo import fill_demo_shop

    with Archive.open(tmp_path / "amends.db") as archive:
        fill_demo_shop(archive, customers=20, complaints=80)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCREENS_CHILD.format(folder=str(tmp_path))],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert {screen: sorted(set(modules) - LAZY_ON_PURPOSE)
            for screen, modules in found.items()} == {screen: [] for screen in found}
