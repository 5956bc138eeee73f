"""A long session of widget calls does not abort the process (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 300_000  # far more than None's ~5,000 references at start, as a busy day makes

SESSION = f"""
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem
import desktop_app.ui  # what every screen imports first
app = QApplication([])
label, table = QLabel(), QTableWidget(50, 4)
for i in range({CALLS}):
    label.setText("x")
    if i % 10 == 0:
        table.setItem(i % 50, 0, QTableWidgetItem("y"))
print("done")
"""


def test_hundreds_of_thousands_of_widget_calls_do_not_abort_the_process():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SESSION], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0 and "done" in done.stdout, done.stderr[-2000:]
