"""Letters from a case: pick kind, language and signer, see the real PDF, print or save it.

The case's facts are read on the GUI thread (one SQLite connection per thread); only the
rendering, which takes plain data, runs on the PDF worker. A letter is logged on the case the
first time it is printed or saved; earlier letters can be opened again from the list.
`FollowUpBatchDialog` does the same for all follow-up letters due this week, as one PDF.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import Archive
from desktop_app.documents.letters import render_batch, render_letter
from desktop_app.documents.templates import TemplateError, parse
from desktop_app.domain.letter_context import LetterJob
from desktop_app.domain.model import Language, LetterKind
from desktop_app.ui.preview import PdfPreview
from desktop_app.ui.widgets import ERROR_STYLE, enum_text
from desktop_app.ui.workers import run_pdf_job


def _check(jobs: list[LetterJob]) -> None:
    """Raise TemplateError now, on the GUI thread, so a misspelt placeholder is reported
    before anything is drawn, let alone printed."""
    for job in jobs:
        parse(job.template)


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # indeterminate: a letter takes a moment, not a measurable while
    bar.setMaximumHeight(6)
    bar.setTextVisible(False)
    bar.hide()
    return bar


class _LetterPreviewDialog(QDialog):
    """What both dialogs share: a busy bar, an error line, the preview, and logging on use."""

    letter_ready = Signal()

    def __init__(self, archive: Archive, staff_id: int | None, parent: QWidget | None):
        super().__init__(parent)
        self.archive = archive
        self.staff_id = staff_id
        self._jobs: list[LetterJob] = []
        self._singles: list[bytes] = []
        self._logged = True
        self._pending: tuple[list[LetterJob], str] = ([], "")
        self.busy = _busy_bar()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.preview = PdfPreview(self)
        self.preview.printed.connect(self._log)
        self.preview.saved.connect(self._log)
        self.resize(900, 900)

    def _generate(self, jobs: list[LetterJob], name: str) -> None:
        """Render `jobs` off the UI thread; the result lands in the preview."""
        self.error.hide()
        self.busy.show()
        self._set_working(True)

        def work() -> list[bytes]:
            singles = [render_letter(j.kind, j.language, j.context, j.template) for j in jobs]
            return [render_batch(jobs) if len(jobs) > 1 else singles[0], *singles]

        self._pending = (jobs, name)
        signals = run_pdf_job(work)
        signals.finished.connect(self._on_ready)
        signals.failed.connect(self._on_failed)

    def _on_ready(self, result: list[bytes]) -> None:
        self.busy.hide()
        self._set_working(False)
        jobs, name = self._pending
        self._jobs, self._singles, self._logged = jobs, result[1:], False
        self.preview.set_pdf(result[0], name)
        self.letter_ready.emit()

    def _on_failed(self, message: str) -> None:
        self.busy.hide()
        self._set_working(False)
        # Named context: tr() in a base class would look up the subclass's context at run time.
        self._show_error(QCoreApplication.translate(
            "LetterDialog", "The letter could not be made: {0}").format(message))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _log(self) -> None:
        """Log each letter once, however often it is printed or saved."""
        if self._logged:
            return
        with self.archive.transaction():
            for job, pdf in zip(self._jobs, self._singles, strict=True):
                self.archive.letters.log_letter(
                    job.context.complaint.id, job.kind, job.language, pdf, self.staff_id
                )
        self._logged = True
        self._after_log()

    def _set_working(self, on: bool) -> None:
        """Disable what must not be pressed while a letter is being made."""

    def _after_log(self) -> None:
        """Refresh whatever shows the letter log."""


class LetterDialog(_LetterPreviewDialog):
    def __init__(self, archive: Archive, complaint_id: int, staff_id: int | None,
                 parent: QWidget | None = None):
        super().__init__(archive, staff_id, parent)
        self.complaint = archive.cases.complaint(complaint_id)
        customer = archive.customers.customer(self.complaint.customer_id)
        self.setWindowTitle(self.tr("Letter for case {0}").format(self.complaint.ref))
        self.kind_combo = QComboBox()
        for kind in LetterKind:
            self.kind_combo.addItem(enum_text(kind), kind.value)
        self.language_combo = QComboBox()
        for language in Language:
            self.language_combo.addItem(enum_text(language), language.value)
        self.language_combo.setCurrentIndex(self.language_combo.findData(customer.language.value))
        self.signer_combo = QComboBox()
        for staff in archive.staff():
            self.signer_combo.addItem(staff.name, staff.id)
        signer = staff_id or self.complaint.received_by
        self.signer_combo.setCurrentIndex(max(self.signer_combo.findData(signer), 0))
        self.make_button = QPushButton(self.tr("Make letter"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_letter)
        self.history = QListWidget()
        self.history.setMaximumHeight(110)
        self.history.itemActivated.connect(self._open_earlier)
        self._build_layout()
        self._fill_history()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Signed by"), self.signer_combo)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Letters already made (double-click to open):")))
        layout.addWidget(self.history)
        layout.addWidget(self.preview, 1)

    def make_letter(self) -> None:
        # Combos hold the stored codes: Qt turns str enums into plain strings.
        kind = LetterKind(self.kind_combo.currentData())
        language = Language(self.language_combo.currentData())
        try:
            job = self.archive.letters.letter_job(self.complaint.id, kind, language,
                                          self.signer_combo.currentData())
            _check([job])
        except TemplateError as error:
            self._show_error(self.tr("The {kind} template cannot be used:\n{problems}").format(
                kind=enum_text(kind), problems=str(error)))
            return
        name = f"{self.complaint.ref} {kind.value} {self.archive.now():%Y-%m-%d %H%M}"
        self._generate([job], name)

    def _set_working(self, on: bool) -> None:
        self.make_button.setEnabled(not on)

    def _after_log(self) -> None:
        self._fill_history()

    def _fill_history(self) -> None:
        self.history.clear()
        names = {s.id: s.name for s in self.archive.staff(active_only=False)}
        for letter in self.archive.letters.letters(self.complaint.id):
            text = f"{letter.made_at:%Y-%m-%d %H:%M}  ·  {enum_text(letter.kind)}  ·  " \
                   f"{enum_text(letter.language)}  ·  {names.get(letter.made_by, '')}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, letter.id)
            self.history.addItem(item)

    def _open_earlier(self, item: QListWidgetItem) -> None:
        letter_id = item.data(Qt.ItemDataRole.UserRole)
        self._logged = True  # it is in the log already
        self.preview.set_pdf(self.archive.letters.letter_pdf(letter_id),
                             f"{self.complaint.ref} letter {letter_id}")


class FollowUpBatchDialog(_LetterPreviewDialog):
    """All follow-up letters due in the week of `today`, in one PDF, each logged on its case."""

    def __init__(self, archive: Archive, staff_id: int | None, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(archive, staff_id, parent)
        today = today or archive.now().date()
        self.start = today - timedelta(days=today.weekday())
        self.end = self.start + timedelta(days=6)
        self.setWindowTitle(self.tr("Follow-up letters due this week"))
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        self.make_letters()

    def make_letters(self) -> None:
        try:
            jobs = self.archive.letters.follow_up_batch(self.start, self.end, self.staff_id)
            _check(jobs)
        except TemplateError as error:
            self._show_error(self.tr("The follow-up template cannot be used:\n{0}").format(
                str(error)))
            return
        self.summary.setText(self.tr("%n letter(s) due from {0} to {1}", "", len(jobs)).format(
            self.start.isoformat(), self.end.isoformat()))
        if jobs:
            self._generate(jobs, f"follow-up letters {self.start:%G-W%V}")
