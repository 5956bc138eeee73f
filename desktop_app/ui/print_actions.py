"""Printing one case on paper from the window: the case sheet, the job tag, the blank form.

Each action reads what it needs from the archive on the GUI thread (one connection per thread),
lays the PDF out on the PDF worker, and shows it in a preview with Print and Save as PDF.
The case view and the main window call the three functions; they return the dialog shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.case_sheet import render_case_sheet
from desktop_app.documents.intake_form import render_intake_form
from desktop_app.documents.job_tag import render_job_tag
from desktop_app.domain.model import Language, paper_language
from desktop_app.ui.preview import PdfPreview
from desktop_app.ui.workers import run_pdf_job

# (language, full attachments) -> PDF bytes; runs on the worker, touches no archive.
Renderer = Callable[[Language, bool], bytes]


class PrintPreviewDialog(QDialog):
    """A document in a chosen language, re-made when the language (or an option) changes."""

    def __init__(self, title: str, file_name: str, render: Renderer, language: Language,
                 parent: QWidget | None = None, offer_full_pages: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 900)
        self._render, self._file_name = render, file_name
        self.language_combo = QComboBox()
        for member in Language:
            self.language_combo.addItem(
                QCoreApplication.translate(member.context(), member.label), member.value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.full_pages = QCheckBox(self.tr("Attachments as full pages"))
        self.full_pages.setVisible(offer_full_pages)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.preview = PdfPreview(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.language_combo)
        top.addWidget(self.full_pages)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        self.language_combo.currentIndexChanged.connect(self.generate)
        self.full_pages.toggled.connect(self.generate)
        self.generate()

    def generate(self) -> None:
        language = Language(self.language_combo.currentData())
        full = self.full_pages.isChecked()
        render = self._render
        self.error.hide()
        self.busy.show()
        signals = run_pdf_job(lambda: render(language, full))
        signals.finished.connect(self._on_ready)
        signals.failed.connect(self._on_failed)
        self._current = f"{self._file_name}-{language}"

    def _on_ready(self, pdf: bytes) -> None:
        self.busy.hide()
        self.preview.set_pdf(pdf, self._current)

    def _on_failed(self, message: str) -> None:
        self.busy.hide()
        self.error.setText(self.tr("The document could not be made: {error}").format(
            error=message))
        self.error.show()


def _show(dialog: PrintPreviewDialog) -> PrintPreviewDialog:
    dialog.show()
    return dialog


def print_case_sheet(archive, complaint_id: int, parent: QWidget | None = None
                     ) -> PrintPreviewDialog:
    """The whole case in the customer's language, with the photos as full pages on request."""
    case = archive.case_files.case_file(complaint_id, full_attachments=True)
    ref = case.complaint.ref
    title = QCoreApplication.translate("PrintPreviewDialog", "Case sheet {ref}").format(ref=ref)
    return _show(PrintPreviewDialog(
        title, f"case-sheet-{ref}", lambda lang, full: render_case_sheet(case, lang, full),
        paper_language(None, case.customer, case.shop), parent, offer_full_pages=True))


def print_job_tag(archive, complaint_id: int, parent: QWidget | None = None
                  ) -> PrintPreviewDialog:
    """The 62 × 100 mm label for a returned item, in the shop's language."""
    case = archive.case_files.case_file(complaint_id)
    ref = case.complaint.ref
    title = QCoreApplication.translate("PrintPreviewDialog", "Job tag {ref}").format(ref=ref)
    return _show(PrintPreviewDialog(
        title, f"job-tag-{ref}", lambda lang, _full: render_job_tag(case, lang),
        paper_language(None, None, case.shop), parent))


def print_blank_form(archive, parent: QWidget | None = None) -> PrintPreviewDialog:
    """The blank intake form with the shop's letterhead, to fill in by hand."""
    shop = archive.shop()
    title = QCoreApplication.translate("PrintPreviewDialog", "Blank intake form")
    return _show(PrintPreviewDialog(
        title, "intake-form", lambda lang, _full: render_intake_form(shop, lang),
        paper_language(None, None, shop), parent))
