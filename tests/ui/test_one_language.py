"""A Chinese window speaks Chinese only: import problems, column choices, file names, labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.move_dialog import delete_dialog
from desktop_app.ui.translation import install_translator
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import ScriptedPrompt


@pytest.fixture
def chinese(qapp):
    install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")
    QLocale.setDefault(QLocale.system())


def _bad_phone_file(tmp_path):
    source = tmp_path / "customers.csv"
    source.write_text("name,phone,email\r\nWang,not a phone,w@example.com\r\n",
                      encoding="utf-8-sig")
    return source


def test_import_problems_and_column_choices_are_in_chinese(qtbot, archive, tmp_path, chinese):
    dialog = ImportDialog(archive, "customers", prompt=ScriptedPrompt())
    qtbot.addWidget(dialog)
    assert dialog.load(_bad_phone_file(tmp_path))
    qtbot.waitUntil(lambda: not dialog.checking)  # the rows are checked on a worker
    combo = dialog.preview.cellWidget(0, 1)
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert "电话" in choices and "phone" not in choices and "email" not in choices
    [problem] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problem.startswith("第 2 行：电话："), problem
    assert "phone" not in problem and "Not a phone" not in problem


def test_import_problems_name_the_field_in_english_words_too(qtbot, archive, tmp_path):
    dialog = ImportDialog(archive, "customers", prompt=ScriptedPrompt())
    qtbot.addWidget(dialog)
    dialog.load(_bad_phone_file(tmp_path))
    qtbot.waitUntil(lambda: not dialog.checking)  # the rows are checked on a worker
    problem = dialog.problems.item(0).text()
    assert problem.startswith("Line 2: Phone: "), problem


def test_a_file_that_cannot_be_read_is_explained_in_chinese(qtbot, archive, tmp_path, chinese):
    source = tmp_path / "empty.csv"
    source.write_bytes(b"")
    dialog = ImportDialog(archive, "customers", prompt=ScriptedPrompt())
    qtbot.addWidget(dialog)
    assert not dialog.load(source)
    assert dialog.file_label.text() == "文件是空的。"


def test_a_pdf_is_proposed_under_a_name_in_the_window_language(qtbot, archive, chinese):
    from desktop_app.ui.print_actions import print_job_tag

    complaint = archive.cases.record_complaint(customer_input(), complaint_input())
    dialog = print_job_tag(archive, complaint.id)
    qtbot.addWidget(dialog)
    try:
        assert complaint.ref in dialog._file_name
        assert "job-tag" not in dialog._file_name and dialog._file_name == dialog.windowTitle()
    finally:
        dialog.close()


def test_a_known_customer_without_complaints_is_not_called_a_returning_one_in_chinese(
        qtbot, archive, settings, chinese):
    customer = archive.customers.add_customer(customer_input())
    window = show_main_window(qtbot, archive, settings)
    window.intake.customer.choose(customer.id)
    qtbot.waitUntil(lambda: not window.intake.history.reading)  # read on a worker
    assert "老客户" not in window.intake.history.headline.text()
    assert "老客户" not in window.statusBar().currentMessage()


def test_delete_case_does_not_carry_the_ok_tick(qtbot):
    dialog = delete_dialog("2026-0001", lambda text: None, None)
    qtbot.addWidget(dialog)
    style = dialog.style()
    tick = style.standardIcon(QStyle.StandardPixmap.SP_DialogOkButton).pixmap(16).toImage()
    trash = style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon).pixmap(16).toImage()
    shown = dialog.ok_button.icon().pixmap(16).toImage()
    assert shown != tick and shown == trash


def test_a_first_run_case_list_says_what_to_do_next(qtbot, main_window):
    hint = main_window.first_run_hint
    assert hint.isVisible() and "Ctrl+N" in hint.text() and "demo shop" in hint.text()


def test_the_first_run_hint_goes_once_there_is_a_complaint(qtbot, archive, settings):
    archive.cases.record_complaint(customer_input(), complaint_input())
    window = show_main_window(qtbot, archive, settings)
    assert not window.first_run_hint.isVisible()
    assert QApplication.activeModalWidget() is None


def test_a_paper_in_another_language_is_named_by_the_languages_name_not_its_code(
        qtbot, archive, chinese):
    from desktop_app.ui.print_actions import print_case_sheet

    complaint = archive.cases.record_complaint(customer_input(), complaint_input())
    dialog = print_case_sheet(archive, complaint.id)
    qtbot.addWidget(dialog)
    try:
        qtbot.waitUntil(lambda: dialog.preview.document.pageCount() > 0, timeout=15000)
        for code in ("zh_TW", "en"):
            if dialog.language_combo.currentData() == code:
                continue
            with qtbot.waitSignal(dialog.pdf_ready, timeout=15000):
                dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(code))
            name = dialog.preview._name
            assert name.startswith(dialog.windowTitle()) and code not in name, name
            assert name.endswith(dialog.language_combo.currentText()), name
    finally:
        dialog.close()


def test_the_monthly_summary_is_proposed_under_a_chinese_name(qtbot, archive, chinese):
    from desktop_app.ui.summary_dialog import SummaryDialog

    dialog = SummaryDialog(archive)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.document.pageCount() > 0, timeout=15000)
    name = dialog.preview._name
    month = f"{dialog.period().start:%Y-%m}"
    assert month in name and "summary" not in name and "zh_CN" not in name, name
    assert "报告" in name, name


def test_an_import_refused_for_bad_rows_says_so_in_chinese(qtbot, archive, tmp_path, chinese):
    prompt = ScriptedPrompt()
    dialog = ImportDialog(archive, "customers", prompt=prompt)
    qtbot.addWidget(dialog)
    assert dialog.load(_bad_phone_file(tmp_path))
    qtbot.waitUntil(lambda: not dialog.checking)  # the rows are checked on a worker
    dialog.skip_bad.setChecked(False)
    dialog.run()  # what Import does should the plan still hold a bad row (on a worker)
    qtbot.waitUntil(lambda: bool(prompt.seen), timeout=15000)
    [refusal] = prompt.seen
    assert "第 2 行" in refusal and "电话" in refusal, refusal
    assert "Nothing was imported" not in refusal and "phone" not in refusal, refusal
    assert archive.profiles.count_customers() == 0


def test_an_earlier_letter_is_proposed_under_a_chinese_name(qtbot, archive, chinese):
    from desktop_app.domain.model import Language, LetterKind
    from tests.ui.test_letter_preview import _dialog, _real_pdf

    staff = archive.add_staff("李娜")
    complaint = archive.cases.record_complaint(
        customer_input(), complaint_input(received_by=staff.id)
    )
    archive.letters.log_letter(complaint.id, LetterKind.APOLOGY, Language.EN,
                       _real_pdf(archive, complaint))
    dialog = _dialog(qtbot, archive, complaint)
    dialog.history.itemActivated.emit(dialog.history.item(0))
    name = dialog.preview._name
    assert complaint.ref in name and "信函" in name and "letter" not in name, name
