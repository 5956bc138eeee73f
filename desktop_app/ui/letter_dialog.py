"""Letters from a case: pick kind, language and signer, edit this one letter's wording, see the
real PDF, print or save it, or copy it as a message.

The case's facts are read on the GUI thread (one SQLite connection per thread); only the
rendering, which takes plain data, runs on the PDF worker. A letter is logged on the case (through
actions.letters, with the PDF as printed) the first time it is printed or saved.
`FollowUpBatchDialog` does the same for every follow-up letter due by the end of a week, as one
PDF, after listing which cases are in the batch and which are left out and why.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import letters as actions
from desktop_app.archive import Archive, ArchiveError
from desktop_app.documents.templates import TemplateError
from desktop_app.domain.letter_context import LetterJob
from desktop_app.domain.model import Language, LetterKind
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.preview import PaperDialog
from desktop_app.ui.template_editor import problems_text
from desktop_app.ui.widgets import enum_text, problem_text


class _LetterPaperDialog(PaperDialog):
    """What both dialogs share: letters rendered on the worker, logged once when they go out."""

    letter_ready = Signal()

    def __init__(self, archive: Archive, staff_id: int | None, parent: QWidget | None):
        path = getattr(archive, "path", None)
        super().__init__(parent, Path(path).parent if path else None)
        self.archive = archive
        self.staff_id = staff_id
        self.made: actions.MadeLetters | None = None
        self._logged = True
        self.preview.printed.connect(self._log)
        self.preview.saved.connect(self._log)
        self.pdf_ready.connect(self.letter_ready)
        fit_to_screen(self, 1100, 900)

    def _generate(self, jobs: list[LetterJob], name: str, texts: list[str],
                  edited: bool = False) -> None:
        self.make_pdf(lambda: actions.make_letters(jobs, edited), name, texts)

    def pdf_made(self, output: object, name: str) -> None:
        assert isinstance(output, actions.MadeLetters)  # what _generate's render returns
        self.made, self._logged = output, False
        self.preview.set_pdf(output.pdf, name)

    def _log(self) -> None:
        """Log each letter once, however often it is printed or saved."""
        if self._logged or self.made is None:
            return
        try:
            actions.log_letters(self.archive, self.made, self.staff_id)
        except ArchiveError as error:
            # Named context: tr() in a base class looks up the subclass's context at run time.
            self.show_error(QCoreApplication.translate(
                "LetterDialog", "The letter went out but could not be logged on its case: "
                "{0}").format(problem_text(error)))
            return
        self._logged = True
        self._after_log()

    def _after_log(self) -> None:
        """Refresh whatever shows the letter log."""


class LetterDialog(_LetterPaperDialog):
    def __init__(self, archive: Archive, complaint_id: int, staff_id: int | None,
                 parent: QWidget | None = None):
        super().__init__(archive, staff_id, parent)
        self.complaint = archive.cases.complaint(complaint_id)
        self.complaint_id = complaint_id
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
        self.wording = QPlainTextEdit()
        self.wording.setPlaceholderText(self.tr("The wording of this letter appears here."))
        self.wording.textChanged.connect(self._wording_changed)
        self.update_button = QPushButton(self.tr("Update preview"))
        self.update_button.clicked.connect(self.update_preview)
        self.copy_button = QPushButton(self.tr("Copy as message"))
        self.copy_button.clicked.connect(self.copy_message)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.history = QListWidget()
        self.history.setMaximumHeight(110)
        self.history.itemActivated.connect(self._open_earlier)
        self.job: LetterJob | None = None  # the letter as the template words it
        self._shown_wording = ""  # the wording the preview shows
        self._build_layout()
        self._fill_history()
        self._enable_wording(False)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Signed by:"), self.signer_combo)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignBottom)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Wording of this letter (changes apply to this letter only, "
                                 "not to the template):"))
        heading.setWordWrap(True)
        column.addWidget(heading)
        column.addWidget(self.wording, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.note)
        column.addWidget(QLabel(self.tr("Letters already made (double-click to open):")))
        column.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 680])
        self.paper_layout(top).addWidget(splitter, 1)

    def make_letter(self) -> None:
        """The letter as the template words it for this case: its wording, then its PDF."""
        # Combos hold the stored codes: Qt turns str enums into plain strings.
        kind = LetterKind(self.kind_combo.currentData())
        language = Language(self.language_combo.currentData())
        try:
            job = self.archive.letters.letter_job(self.complaint_id, kind, language,
                                          self.signer_combo.currentData())
            actions.check_templates([job])
            wording = actions.letter_wording(job)
        except TemplateError as error:
            self.show_error(self.tr("The {kind} template cannot be used:\n{problems}").format(
                kind=enum_text(kind), problems=problems_text(error)))
            return
        self.job = job
        self._shown_wording = wording
        self.wording.setPlainText(wording)
        self._render(wording)

    def update_preview(self) -> None:
        """Print what the owner wrote: the edited wording, re-rendered to PDF."""
        if self.job is not None:
            self._render(self.wording.toPlainText())

    def current_job(self, wording: str | None = None) -> LetterJob | None:
        """The letter as it goes out with `wording` (default: what the preview shows): the
        template's own job if the owner left it unchanged."""
        wording = self._shown_wording if wording is None else wording
        if self.job is None:
            return None
        if wording == actions.letter_wording(self.job):
            return self.job
        return actions.edited_job(self.job, wording)

    def pdf_made(self, output: object, name: str) -> None:
        super().pdf_made(output, name)
        self._wording_changed()  # typed on while the PDF was being made

    def _render(self, wording: str) -> None:
        self._shown_wording = wording
        job = self.current_job()
        assert job is not None  # both callers have a template's job by now
        edited = job is not self.job
        # The proposed file name in the window's language: "2026-0001 致歉信 …", not "apology".
        name = f"{self.complaint.ref} {enum_text(job.kind)} {self.archive.now():%Y-%m-%d %H%M}"
        customer = job.context.customer
        self.note.hide()
        self._generate([job], name, [customer.name, customer.address, wording], edited)

    def _wording_changed(self) -> None:
        # A preview that no longer shows the wording must not be printed.
        fresh = self.made is not None and self.wording.toPlainText() == self._shown_wording
        self.preview.set_ready(fresh and not self.busy.isVisible())
        self.update_button.setEnabled(self.job is not None and not fresh)

    def copy_message(self) -> None:
        """The letter as plain text on the clipboard, for WeChat, SMS or e-mail."""
        job = self.current_job(self.wording.toPlainText())
        if job is None:
            return
        try:
            text = actions.message(job)
        except TemplateError as error:
            self.show_error(problems_text(error))
            return
        QGuiApplication.clipboard().setText(text)
        self.note.setText(self.tr("The message is on the clipboard: paste it into WeChat, an "
                                  "SMS or an e-mail."))
        self.note.show()

    def set_working(self, on: bool) -> None:
        self.make_button.setEnabled(not on)
        self._enable_wording(not on and self.job is not None)
        if not on:
            self._wording_changed()

    def _enable_wording(self, on: bool) -> None:
        self.wording.setEnabled(on)
        self.copy_button.setEnabled(on)
        self.update_button.setEnabled(False)

    def _after_log(self) -> None:
        self._fill_history()

    def _fill_history(self) -> None:
        self.history.clear()
        names = {s.id: s.name for s in self.archive.staff(active_only=False)}
        for letter in self.archive.letters.letters(self.complaint_id):
            text = f"{letter.made_at:%Y-%m-%d %H:%M}  ·  {enum_text(letter.kind)}  ·  " \
                   f"{enum_text(letter.language)}  ·  {names.get(letter.made_by, '')}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, letter.id)
            self.history.addItem(item)

    def _open_earlier(self, item: QListWidgetItem) -> None:
        letter_id = item.data(Qt.ItemDataRole.UserRole)
        self._logged = True  # it is in the log already
        self.preview.set_pdf(self.archive.letters.letter_pdf(letter_id),
                             self.tr("{ref} letter {number}").format(
                                 ref=self.complaint.ref, number=letter_id))


class FollowUpBatchDialog(_LetterPaperDialog):
    """Every follow-up letter due by the end of the chosen week (overdue ones included), in one
    PDF, each logged on its case; the cases left out are listed with the reason."""

    def __init__(self, archive: Archive, staff_id: int | None, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(archive, staff_id, parent)
        today = today or archive.now().date()
        self.setWindowTitle(self.tr("Follow-up letters due this week"))
        self.week = QDateEdit(QDate(today.year, today.month, today.day))
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.week.dateChanged.connect(self.make_letters)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.included = QListWidget()
        self.left_out = QListWidget()
        top = QFormLayout()
        top.addRow(self.tr("Week of:"), self.week)
        lists = QWidget()
        column = QVBoxLayout(lists)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(QLabel(self.tr("In this batch:")))
        column.addWidget(self.included, 1)
        column.addWidget(QLabel(self.tr("Left out, and why:")))
        column.addWidget(self.left_out, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(lists)
        splitter.addWidget(self.preview)
        splitter.setSizes([380, 720])
        self.paper_layout(top).addWidget(splitter, 1)
        self.make_letters()

    @property
    def end(self) -> date:
        day = self.week.date().toPython()
        assert isinstance(day, date)  # a QDate becomes a datetime.date
        return day - timedelta(days=day.weekday()) + timedelta(days=6)

    def make_letters(self) -> None:
        try:
            jobs, selection = self.archive.letters.follow_up_batch(self.end, self.staff_id)
            actions.check_templates(jobs)
        except TemplateError as error:
            self.show_error(self.tr("The follow-up template cannot be used:\n{0}").format(
                problems_text(error)))
            return
        self._list(jobs, selection)
        self.summary.setText(self.tr("%n letter(s) due up to {0}, overdue ones included.", "",
                                     len(jobs)).format(self.end.isoformat()))
        if jobs:
            texts = [t for j in jobs for t in (j.context.customer.name,
                                               j.context.customer.address,
                                               actions.letter_wording(j))]
            name = self.tr("follow-up letters {week}").format(week=f"{self.end:%G-W%V}")
            self._generate(jobs, name, texts)
        else:
            self.made = None
            self.preview.set_ready(False)

    def _list(self, jobs: list[LetterJob], selection) -> None:
        self.included.clear()
        self.left_out.clear()
        for job in jobs:
            context = job.context
            assert context.follow_up is not None  # follow-up letters are made for one
            self.included.addItem(self.tr("{ref}  {name}  (due {due})").format(
                ref=context.complaint.ref, name=context.customer.name,
                due=context.follow_up.due_on.isoformat()))
        for context, reason in selection.left_out:
            self.left_out.addItem(f"{context.complaint.ref}  {context.customer.name}  —  "
                                  f"{enum_text(reason)}")
