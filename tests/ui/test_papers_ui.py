"""Papers from the window: edit a letter before printing, copy it as a message, the follow-up
batch's left-out cases, the template editor's menu, preview and translated errors, the warning
about characters no font has, and a failure said plainly."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.documents.letters import message_text
from desktop_app.domain.model import Language, LetterKind
from desktop_app.ui.letter_dialog import FollowUpBatchDialog, LetterDialog
from desktop_app.ui.print_actions import PrintPreviewDialog
from desktop_app.ui.template_editor import TemplateEditor
from desktop_app.ui.translation import install_translator
from tests.conftest import complaint_input, customer_input


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def case(archive):
    staff = archive.add_staff("Li Na")
    complaint = archive.cases.record_complaint(
        customer_input(name="Olivia Brown", language=Language.EN),
        complaint_input(received_by=staff.id))
    archive.db["remedies"].insert({"complaint_id": complaint.id, "kind": "refund",
                                   "description": "cake refunded", "amount_cents": 3800,
                                   "given_on": archive.now().date().isoformat()})
    return complaint


@pytest.fixture
def english(qapp):
    yield
    install_translator(qapp, "en")
    QLocale.setDefault(QLocale.system())


def _letter(qtbot, archive, case) -> LetterDialog:
    dialog = LetterDialog(archive, case.id, archive.staff()[0].id)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.letter_ready, timeout=10_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    return dialog


def _print(qtbot, dialog, target) -> None:
    def accept(printer: QPrinter) -> bool:  # stands in for the system print dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    dialog.preview.ask_print = accept
    with qtbot.waitSignal(dialog.preview.printed, timeout=10_000):
        qtbot.mouseClick(dialog.preview.print_button, Qt.MouseButton.LeftButton)


def test_an_edited_letter_is_printed_and_logged_with_the_edit(qtbot, archive, case, tmp_path):
    dialog = _letter(qtbot, archive, case)
    assert "Olivia Brown" in dialog.wording.toPlainText()  # the wording, placeholders filled
    dialog.wording.moveCursor(dialog.wording.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.wording, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.wording, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.wording, "PS Your table by the window is kept for Friday.")
    assert not dialog.preview.print_button.isEnabled()  # the preview no longer shows it
    with qtbot.waitSignal(dialog.letter_ready, timeout=10_000):
        qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    assert "table by the window" in text_of(dialog.preview.pdf())
    _print(qtbot, dialog, tmp_path / "printed.pdf")
    [letter] = archive.letters.letters(case.id)
    assert "table by the window is kept for Friday" in text_of(
        archive.letters.letter_pdf(letter.id)
    )
    assert "PS Your table" not in (
        archive.letters.letter_template(LetterKind.APOLOGY, Language.EN) or ""
    )
    events = list(archive.db.query("SELECT new FROM events WHERE entity = 'letter'"))
    assert events[-1]["new"] == "apology (en), edited"


def test_braces_typed_into_a_letter_print_as_they_are(qtbot, archive, case):
    dialog = _letter(qtbot, archive, case)
    dialog.wording.setPlainText(dialog.wording.toPlainText() + "\n\nCode {VIP} {% x %}")
    with qtbot.waitSignal(dialog.letter_ready, timeout=10_000):
        qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    assert "Code {VIP}" in text_of(dialog.preview.pdf())


def test_copy_as_message_puts_the_letter_as_plain_text_on_the_clipboard(qtbot, archive, case):
    dialog = _letter(qtbot, archive, case)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    job = archive.letters.letter_job(
        case.id, LetterKind.APOLOGY, Language.EN, archive.staff()[0].id
    )
    expected = message_text(job.kind, job.language, job.context, job.template)
    assert QGuiApplication.clipboard().text() == expected
    assert case.ref in expected and "Li Na" in expected
    assert dialog.note.text()  # it says so


def test_batch_dialog_lists_the_cases_left_out_and_why(qtbot, archive, case):
    today = archive.now().date()
    agreed = archive.cases.record_complaint(customer_input(name="Zhou Ming", phone="139 2222 3333"),
                                      complaint_input())
    archive.db["remedies"].insert({"complaint_id": agreed.id, "kind": "voucher",
                                   "amount_cents": 2000})  # agreed, not given
    bare = archive.cases.record_complaint(customer_input(name="Wang Fang", phone="139 4444 5555"),
                                    complaint_input())
    due = {case.id: today - timedelta(days=9), agreed.id: today, bare.id: today}  # one overdue
    for complaint_id, day in due.items():
        archive.db["follow_ups"].insert({"complaint_id": complaint_id,
                                         "due_on": day.isoformat()})
    dialog = FollowUpBatchDialog(archive, archive.staff()[0].id, today)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.document.pageCount() == 1, timeout=10_000)
    included = [dialog.included.item(i).text() for i in range(dialog.included.count())]
    left_out = [dialog.left_out.item(i).text() for i in range(dialog.left_out.count())]
    assert len(included) == 1 and case.ref in included[0]  # the overdue one is in
    assert any(agreed.ref in t and "agreed but not carried out" in t for t in left_out)
    assert any(bare.ref in t and "No remedy" in t for t in left_out)


def test_template_editor_inserts_a_placeholder_from_the_menu_and_previews(qtbot, archive, case):
    editor = TemplateEditor(archive)
    qtbot.addWidget(editor)
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("en"))
    editor.editor.setPlainText("Dear ")
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    [values, conditions] = [a.menu() for a in editor.insert_button.menu().actions()]
    [name] = [a for a in values.actions() if a.text().startswith("{customer_name}")]
    assert "The customer's name" in name.text()  # its meaning is shown
    name.trigger()
    assert editor.editor.toPlainText() == "Dear {customer_name}"
    assert any(a.text().startswith("if remedies_done") for a in conditions.actions())
    with qtbot.waitSignal(editor.pdf_ready, timeout=10_000):
        editor.refresh_preview()
    assert "Dear Olivia Brown" in text_of(editor.preview.pdf())


def test_a_broken_template_is_explained_in_the_windows_language(qtbot, archive, case, english):
    install_translator(QApplication.instance(), "zh_CN")
    editor = TemplateEditor(archive)
    qtbot.addWidget(editor)
    editor.editor.setPlainText("尊敬的{custome_name}：")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    shown = editor.error.text()
    assert "{custome_name}" in shown and "{customer_name}" in shown and "未知" in shown
    editor.editor.setPlainText("{% if remedies_dne %}\n尊敬的{customer_name}：")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    shown += editor.error.text()
    assert "第 1 行" in shown and "remedies_done" in shown
    assert "Unknown" not in shown and "Line" not in shown and "never" not in shown
    assert not archive.letters.letter_template_is_custom(LetterKind.APOLOGY, Language.ZH_CN)


def _answer_warning(qtbot, answer, seen: list[str]) -> None:
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(answer).click()
    QTimer.singleShot(0, click)


def test_characters_no_font_has_are_named_before_printing(qtbot, archive, tmp_path):
    staff = archive.add_staff("Li Na")
    emoji = "😀"  # no bundled font has emoji
    complaint = archive.cases.record_complaint(
        customer_input(name=f"Olivia Brown {emoji}", language=Language.EN),
        complaint_input(received_by=staff.id))
    dialog = _letter(qtbot, archive, complaint)
    assert emoji in dialog.warning.text() and dialog.warning.isVisibleTo(dialog)
    seen: list[str] = []
    _answer_warning(qtbot, QMessageBox.StandardButton.No, seen)
    dialog.preview.ask_print = lambda printer: pytest.fail("printed despite No")
    qtbot.mouseClick(dialog.preview.print_button, Qt.MouseButton.LeftButton)
    assert seen and emoji in seen[0]
    assert archive.letters.letters(complaint.id) == []
    _answer_warning(qtbot, QMessageBox.StandardButton.Yes, seen)
    _print(qtbot, dialog, tmp_path / "anyway.pdf")
    assert len(archive.letters.letters(complaint.id)) == 1


def test_a_paper_that_fails_is_said_plainly_without_the_raw_error(qtbot, tmp_path):
    def broken(language: str, full: bool) -> bytes:
        raise AttributeError("'str' object has no attribute 'wrapOn'")

    dialog = PrintPreviewDialog("Case sheet", "case-sheet", broken, "en", log_folder=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert "wrapOn" not in dialog.error.text()
    assert "could not be made" in dialog.error.text()
    assert not dialog.preview.print_button.isEnabled()


@pytest.mark.parametrize("which", ["letter", "batch", "sheet"])
def test_print_and_save_stay_visible_in_a_small_window(qtbot, archive, case, which):
    if which == "letter":
        dialog = _letter(qtbot, archive, case)
    elif which == "batch":
        dialog = FollowUpBatchDialog(archive, None)
        qtbot.addWidget(dialog)
    else:
        from desktop_app.ui.print_actions import print_case_sheet

        dialog = print_case_sheet(archive, case.id)
        qtbot.addWidget(dialog)
    dialog.resize(640, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in (dialog.preview.print_button, dialog.preview.save_button):
        assert button.isVisible()
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner)
    dialog.grab().save(f"/tmp/papers-ui-{which}.png")
