"""Start-up imports only what the first screen needs: the heavy modules (PDF, charts, the
dashboard) wait until a screen that uses them is opened. Run in a new process, so the imports
of other tests cannot hide one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "PySide6.QtCharts", "PySide6.QtPdf", "desktop_app.ui.dashboard",
         "desktop_app.documents")
CHILD = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop_app.app import create_application, create_main_window
from desktop_app.archive import Archive

heavy = {heavy!r}
loaded = lambda: sorted(m for m in sys.modules if m.split(".")[0] in heavy or m in heavy
                        or any(m.startswith(h + ".") for h in heavy))
app = create_application()
folder = Path(tempfile.mkdtemp())
archive = Archive.open(folder / "amends.db")
window = create_main_window(archive, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
window.show()
for _ in range(20):
    app.processEvents()
shown = loaded()
window.show_page("{page}")
app.processEvents()
print(json.dumps({{"shown": shown, "after": loaded()}}))
window.close()
archive.close()
"""


def _imports(page: str) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD.format(heavy=HEAVY, page=page)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_shown_main_window_has_imported_no_pdf_chart_or_dashboard_module():
    found = _imports("dashboard")
    assert found["shown"] == []
    # The check sees them: opening the dashboard page does import its charts.
    assert {"desktop_app.ui.dashboard", "PySide6.QtCharts"} <= set(found["after"])
