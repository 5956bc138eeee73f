"""Printing from an open case: Case sheet… and Job tag… show the real PDF in a preview."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_app.ui.print_actions import PrintPreviewDialog
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window


@pytest.fixture
def view(qtbot, archive, settings):
    complaint = archive.cases.record_complaint(customer_input(name="Zhou Ming"), complaint_input())
    window = show_main_window(qtbot, archive, settings)
    window.open_case(complaint.id)
    shown = window.recovery.case_windows[complaint.id]
    qtbot.waitExposed(shown)
    return shown


def click_and_preview(qtbot, view, button) -> PrintPreviewDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [dialog] = view.findChildren(PrintPreviewDialog)
    qtbot.waitUntil(lambda: bool(dialog.preview.pdf()), timeout=10_000)
    return dialog


@pytest.mark.parametrize(("button", "title", "size"), [
    ("case_sheet_button", "Case sheet", (595, 842)),  # A4 in points
    ("job_tag_button", "Job tag", (176, 283)),  # 62 x 100 mm
])
def test_a_print_button_opens_a_preview_of_the_cases_pdf(qtbot, view, button, title, size):
    dialog = click_and_preview(qtbot, view, getattr(view, button))
    assert dialog.isVisible()
    assert dialog.windowTitle() == f"{title} {view.complaint.ref}"
    page = PdfReader(BytesIO(dialog.preview.pdf())).pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == size
    assert dialog.preview.print_button.isEnabled()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()  # and freed: a case window may print many times
    assert view.findChildren(PrintPreviewDialog) == []
