"""Every paper dialog, as the first paper of a session, leaves ReportLab's import to the PDF
worker: imported on the GUI thread it froze the window (~100 ms). Each dialog runs in a new
process, so no other test has imported ReportLab already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import json, sys, tempfile, threading, time
from datetime import timedelta
from pathlib import Path

first = {{}}


class Spy:  # notes which thread imports ReportLab first; finds nothing itself
    def find_spec(self, name, path=None, target=None):
        if name == "reportlab" and "on_gui_thread" not in first:
            first["on_gui_thread"] = threading.current_thread() is threading.main_thread()
        return None


sys.meta_path.insert(0, Spy())
from PySide6.QtWidgets import QApplication
from desktop_app.archive import Archive
from tests.conftest import complaint_input, customer_input

app = QApplication([])
archive = Archive.open(Path(tempfile.mkdtemp()) / "amends.db")
staff = archive.add_staff("李娜")
case = archive.cases.record_complaint(customer_input(), complaint_input(received_by=staff.id))
today = archive.now().date()
archive.db["remedies"].insert({{"complaint_id": case.id, "kind": "refund",
                               "amount_cents": 3800, "given_on": today.isoformat()}})
archive.db["follow_ups"].insert({{"complaint_id": case.id, "due_on": today.isoformat()}})
kind, wording = "{kind}", ""
if kind == "letter":
    from desktop_app.ui.letter_dialog import LetterDialog
    dialog = LetterDialog(archive, case.id, staff.id)
    dialog.make_letter()  # the clerk's "Make letter": the wording, then the PDF on the worker
    wording = dialog.wording.toPlainText()
elif kind == "batch":
    from desktop_app.ui.letter_dialog import FollowUpBatchDialog
    dialog = FollowUpBatchDialog(archive, staff.id, today)
elif kind == "template":
    from desktop_app.ui.template_editor import TemplateEditor
    dialog = TemplateEditor(archive)
elif kind == "summary":
    from desktop_app.domain.reporting import Period
    from desktop_app.ui.summary_dialog import SummaryDialog
    dialog = SummaryDialog(archive, Period.month(today.year, today.month))
else:
    from desktop_app.ui import print_actions
    dialog = {{"case_sheet": lambda: print_actions.print_case_sheet(archive, case.id),
              "job_tag": lambda: print_actions.print_job_tag(archive, case.id),
              "intake_form": lambda: print_actions.print_blank_form(archive)}}[kind]()
dialog.show()
end = time.monotonic() + 60
while dialog.preview.document.pageCount() == 0 and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.005)
print(json.dumps({{"pages": dialog.preview.document.pageCount(), "wording": wording,
                  "on_gui_thread": first.get("on_gui_thread")}}))
dialog.close()
archive.close()
"""


def _first_paper(kind: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD.format(kind=kind)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("kind", ["letter", "batch", "template", "summary", "case_sheet",
                                  "job_tag", "intake_form"])
def test_the_first_paper_of_a_session_imports_reportlab_on_the_pdf_worker(kind):
    found = _first_paper(kind)
    assert found["pages"] > 0  # the PDF was made and shown, so ReportLab was imported
    assert found["on_gui_thread"] is False


def test_the_letter_dialog_fills_in_the_wording_for_the_editor():
    found = _first_paper("letter")
    assert "王小明" in found["wording"]  # the customer's name, filled in by the wording alone
