"""Printing one case on paper from the window: the case sheet, the job tag, the blank form.

Each action reads what it needs from the archive on the GUI thread (one connection per thread),
lays the PDF out on the PDF worker, and shows it in a preview with Print and Save as PDF.
The case view and the main window call the three functions; they return the dialog shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.archive import Archive
from desktop_app.domain.model import Language, paper_language
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.preview import PaperDialog
from desktop_app.ui.workers import worker_path

# (language, full attachments) -> PDF bytes; runs on the worker, touches no archive.
Renderer = Callable[[Language, bool], bytes]


class PrintPreviewDialog(PaperDialog):
    """A document in a chosen language, re-made when the language (or an option) changes."""

    def __init__(self, title: str, file_name: str, render: Renderer, language: Language,
                 parent: QWidget | None = None, offer_full_pages: bool = False,
                 texts: list[str] | Callable[[], list[str]] | None = None,
                 log_folder: Path | None = None):
        super().__init__(parent, log_folder)
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 900)
        self._render, self._file_name, self._texts = render, file_name, texts or []
        self.language_combo = QComboBox()
        for member in Language:
            self.language_combo.addItem(
                QCoreApplication.translate(member.context(), member.label), member.value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.full_pages = QCheckBox(self.tr("Attachments as full pages"))
        self.full_pages.setVisible(offer_full_pages)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language_combo)
        top.addWidget(self.full_pages)
        top.addStretch(1)
        self.paper_layout(top).addWidget(self.preview, 1)
        self.language_combo.currentIndexChanged.connect(self.generate)
        self.full_pages.toggled.connect(self.generate)
        self.generate()

    def generate(self) -> None:
        language = Language(self.language_combo.currentData())
        full = self.full_pages.isChecked()
        render = self._render
        # "Job tag 2026-0001 简体中文", never a code such as "zh_CN" in a shop owner's folder.
        name = f"{self._file_name} {self.language_combo.currentText()}"
        self.make_pdf(lambda: render(language, full), name, self._texts)


class CaseOnWorker:
    """A case file read on the PDF worker, on a connection of its own, the first time a paper
    needs it (the photos of a big case take the GUI thread well over 50 ms); then kept. PDF
    jobs run one at a time, so it is never read twice at once."""

    def __init__(self, archive, complaint_id: int, full_attachments: bool):
        self._args = (complaint_id, full_attachments)
        path, now = worker_path(archive), archive.now
        self._open = (lambda: Archive.reader(path, now)) if path else None
        self.case = None if self._open else archive.case_files.case_file(*self._args)

    def get(self):
        if self.case is None and self._open is not None:
            archive = self._open()
            try:
                self.case = archive.case_files.case_file(
                    self._args[0], full_attachments=self._args[1]
                )
            finally:
                archive.close()
        return self.case

    def texts(self) -> list[str]:
        return case_texts(self.get())


def _case_sheet(case, language: Language, full: bool) -> bytes:
    from desktop_app.documents.case_sheet import render_case_sheet  # ReportLab: on the worker

    return render_case_sheet(case, language, full)


def _job_tag(case, language: Language) -> bytes:
    from desktop_app.documents.job_tag import render_job_tag

    return render_job_tag(case, language)


def _intake_form(shop, language: Language) -> bytes:
    from desktop_app.documents.intake_form import render_intake_form

    return render_intake_form(shop, language)


def case_texts(case) -> list[str]:
    """Everything a customer or the staff typed that a case paper prints."""
    complaint, customer = case.complaint, case.customer
    return [customer.name, customer.address, complaint.description, complaint.product,
            complaint.order_no, complaint.root_cause, complaint.improvement,
            *(r.description for r in case.remedies), *case.staff.values(),
            *(a.filename for a in case.attachments)]


def _folder(archive) -> Path | None:
    path = getattr(archive, "path", None)
    return Path(path).parent if path else None


def _show(dialog: PrintPreviewDialog) -> PrintPreviewDialog:
    dialog.show()
    return dialog


def print_case_sheet(archive, complaint_id: int, parent: QWidget | None = None
                     ) -> PrintPreviewDialog:
    """The whole case in the customer's language, with the photos as full pages on request."""
    complaint = archive.cases.complaint(
        complaint_id
    )  # two quick reads; the case file on the worker
    language = paper_language(
        None, archive.customers.customer(complaint.customer_id), archive.shop()
    )
    case = CaseOnWorker(archive, complaint_id, full_attachments=True)
    title = QCoreApplication.translate("PrintPreviewDialog", "Case sheet {ref}").format(
        ref=complaint.ref)
    return _show(PrintPreviewDialog(
        title, title, lambda lang, full: _case_sheet(case.get(), lang, full),
        language, parent, offer_full_pages=True, texts=case.texts,
        log_folder=_folder(archive)))


def print_job_tag(archive, complaint_id: int, parent: QWidget | None = None
                  ) -> PrintPreviewDialog:
    """The 62 × 100 mm label for a returned item, in the shop's language."""
    case = archive.case_files.case_file(complaint_id)
    ref = case.complaint.ref
    title = QCoreApplication.translate("PrintPreviewDialog", "Job tag {ref}").format(ref=ref)
    return _show(PrintPreviewDialog(
        title, title, lambda lang, _full: _job_tag(case, lang),
        paper_language(None, None, case.shop), parent, texts=case_texts(case),
        log_folder=_folder(archive)))


def print_blank_form(archive, parent: QWidget | None = None) -> PrintPreviewDialog:
    """The blank intake form with the shop's letterhead, to fill in by hand."""
    shop = archive.shop()
    title = QCoreApplication.translate("PrintPreviewDialog", "Blank intake form")
    return _show(
        PrintPreviewDialog(
            title,
            title,
            lambda lang, _full: _intake_form(shop, lang),
            paper_language(None, None, shop),
            parent,
            texts=[shop.name, shop.address, shop.phone, shop.email],
            log_folder=_folder(archive),
        )
    )
