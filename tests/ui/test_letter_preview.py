"""The letter dialog: the real PDF in the preview, Print to a QPrinter, Save, the letter log."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop_app.domain.model import Language, LetterKind
from desktop_app.ui.letter_dialog import FollowUpBatchDialog, LetterDialog
from desktop_app.ui.preview import unused_name
from desktop_app.ui.template_editor import TemplateEditor
from tests.conftest import complaint_input, customer_input


@pytest.fixture
def case(archive):
    staff = archive.add_staff("李娜")
    complaint = archive.cases.record_complaint(
        customer_input(), complaint_input(received_by=staff.id)
    )
    archive.db["remedies"].insert({"complaint_id": complaint.id, "kind": "refund",
                                   "description": "cake refunded", "amount_cents": 3800})
    return complaint


def _dialog(qtbot, archive, case):
    dialog = LetterDialog(archive, case.id, archive.staff()[0].id)
    qtbot.addWidget(dialog)
    return dialog


def _make(qtbot, dialog):
    with qtbot.waitSignal(dialog.letter_ready, timeout=10_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)


def test_making_a_letter_shows_the_real_pdf_in_the_preview(qtbot, archive, case):
    dialog = _dialog(qtbot, archive, case)
    assert dialog.language_combo.currentData() == Language.ZH_CN.value  # the customer's language
    _make(qtbot, dialog)
    assert dialog.preview.document.pageCount() == 1
    assert case.ref in PdfReader(BytesIO(dialog.preview.pdf())).pages[0].extract_text()
    assert dialog.preview.print_button.isEnabled()


def test_print_reaches_a_qprinter_and_logs_the_letter_once(qtbot, archive, case, tmp_path):
    dialog = _dialog(qtbot, archive, case)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(LetterKind.RESOLUTION.value))
    _make(qtbot, dialog)
    target = tmp_path / "printed.pdf"

    def accept(printer: QPrinter) -> bool:  # stands in for the system print dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    dialog.preview.ask_print = accept
    with qtbot.waitSignal(dialog.preview.printed):
        qtbot.mouseClick(dialog.preview.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(target).pages) == dialog.preview.document.pageCount()
    qtbot.mouseClick(dialog.preview.print_button, Qt.MouseButton.LeftButton)
    [letter] = archive.letters.letters(case.id)
    assert letter.kind is LetterKind.RESOLUTION
    assert dialog.history.count() == 1


def test_save_writes_the_pdf_and_proposes_a_new_name_each_time(qtbot, archive, case, tmp_path):
    dialog = _dialog(qtbot, archive, case)
    _make(qtbot, dialog)
    proposals = []

    def choose(proposed: str) -> str:
        proposals.append(proposed)
        return str(tmp_path / "letter.pdf")

    dialog.preview.ask_save_path = choose
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "letter.pdf").read_bytes() == dialog.preview.pdf()
    assert case.ref in proposals[0]
    assert len(archive.letters.letters(case.id)) == 1


def test_a_new_name_is_found_when_the_file_exists(tmp_path):
    first = unused_name(tmp_path, "2026-0001 apology")
    first.write_bytes(b"x")
    assert unused_name(tmp_path, "2026-0001 apology").name == "2026-0001 apology (2).pdf"


def test_an_earlier_letter_opens_again_from_the_log(qtbot, archive, case):
    archive.letters.log_letter(case.id, LetterKind.APOLOGY, Language.EN, _real_pdf(archive, case))
    dialog = _dialog(qtbot, archive, case)
    item = dialog.history.item(0)
    dialog.history.itemActivated.emit(item)
    assert dialog.preview.document.pageCount() == 1


def _real_pdf(archive, case) -> bytes:
    from desktop_app.documents.letters import render_letter

    job = archive.letters.letter_job(case.id, LetterKind.APOLOGY, Language.EN)
    return render_letter(job.kind, job.language, job.context, job.template)


def test_a_misspelt_placeholder_is_reported_before_anything_is_made(qtbot, archive, case):
    archive.db["letter_templates"].insert({"kind": "apology", "language": "zh_CN",
                                           "body": "尊敬的{custmer_name}："})
    dialog = _dialog(qtbot, archive, case)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "did you mean {customer_name}" in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.preview.document.pageCount() == 0


def test_template_editor_refuses_a_typo_and_restores_the_default(qtbot, archive):
    editor = TemplateEditor(archive)
    qtbot.addWidget(editor)
    editor.editor.clear()
    qtbot.keyClicks(editor.editor, "Dear {custome_name},")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "did you mean {customer_name}" in editor.error.text()
    assert not archive.letters.letter_template_is_custom(LetterKind.APOLOGY, Language.ZH_CN)
    editor.editor.clear()
    qtbot.keyClicks(editor.editor, "Dear {customer_name},")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert (
        archive.letters.letter_template(LetterKind.APOLOGY, Language.ZH_CN)
        == "Dear {customer_name},"
    )
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert not archive.letters.letter_template_is_custom(LetterKind.APOLOGY, Language.ZH_CN)
    assert "{customer_name}" in editor.editor.toPlainText()


def test_follow_up_batch_shows_this_weeks_letters_in_one_pdf(qtbot, archive, case):
    other = archive.cases.record_complaint(
        customer_input(name="Olivia Brown", phone="139 1111 2222", language=Language.EN),
        complaint_input(),
    )
    today = archive.now().date()
    archive.db["remedies"].insert({"complaint_id": other.id, "kind": "refund",
                                   "amount_cents": 500, "given_on": today.isoformat()})
    archive.db["remedies"].update(1, {"given_on": today.isoformat()})
    for complaint in (case, other):
        archive.db["follow_ups"].insert({"complaint_id": complaint.id,
                                         "due_on": (today + timedelta(days=0)).isoformat()})
    dialog = FollowUpBatchDialog(archive, archive.staff()[0].id, today)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.document.pageCount() == 2, timeout=10_000)
    dialog.preview.ask_save_path = lambda proposed: str(archive.path.parent / "batch.pdf")
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
    assert [x.kind for x in archive.letters.letters(other.id)] == [LetterKind.FOLLOW_UP]
    assert len(archive.letters.letters(case.id)) == 1


def test_closing_the_dialog_while_the_letter_is_made_is_harmless(qtbot, archive, case):
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop_app.ui.workers import pdf_pool

    dialog = LetterDialog(archive, case.id, None)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert not dialog.make_button.isEnabled()  # busy while the worker runs
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert pdf_pool().waitForDone(10_000)
    QCoreApplication.processEvents()
    assert archive.letters.letters(case.id) == []
