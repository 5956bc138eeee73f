"""Printing a case from the window: the preview shows the real PDF, in the language chosen."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop_app.domain.model import Language, ShopProfile
from desktop_app.ui.print_actions import print_blank_form, print_case_sheet, print_job_tag
from tests.conftest import complaint_input, customer_input


def words(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def complaint(archive):
    archive.save_shop(ShopProfile(name="Golden Crust Bakery", language=Language.EN))
    return archive.cases.record_complaint(customer_input(name="Zhou Ming", language=Language.EN),
                                    complaint_input())


def shown_pdf(qtbot, dialog) -> bytes:
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.preview.pdf()), timeout=10000)
    return dialog.preview.pdf()


def test_case_sheet_preview_shows_the_case_and_switches_language(qtbot, archive, complaint):
    dialog = print_case_sheet(archive, complaint.id)
    pdf = shown_pdf(qtbot, dialog)
    assert complaint.ref in dialog.windowTitle()
    assert "CASESHEET" in words(pdf) and "ZhouMing" in words(pdf)
    assert dialog.preview.print_button.isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: "投诉案卷" in words(dialog.preview.pdf()), timeout=10000)


def test_case_sheet_can_add_full_page_attachments(qtbot, archive, complaint):
    photo = _png()
    archive.attachments.add_attachment(complaint.id, "cake.png", "image/png", photo, photo, None)
    dialog = print_case_sheet(archive, complaint.id)
    before = len(PdfReader(BytesIO(shown_pdf(qtbot, dialog))).pages)
    qtbot.mouseClick(dialog.full_pages, _left())
    qtbot.waitUntil(lambda: len(PdfReader(BytesIO(dialog.preview.pdf())).pages) == before + 1,
                    timeout=10000)


def test_job_tag_and_blank_form_previews(qtbot, archive, complaint):
    tag = print_job_tag(archive, complaint.id)
    assert complaint.ref in words(shown_pdf(qtbot, tag))
    assert not tag.full_pages.isVisible()
    form = print_blank_form(archive)
    assert "Complaintintakeform" in words(shown_pdf(qtbot, form))


def _png() -> bytes:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (60, 40), "#c89a5a").save(buffer, "PNG")
    return buffer.getvalue()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
