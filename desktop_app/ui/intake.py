"""The New complaint form: customer, complaint in their own words, Save; their history beside.

Built for the counter: fields in the order a conversation goes, defaults for what rarely changes
(received now, in person, by the staff on duty) at the end, Ctrl+S to save, and the form clears
for the next customer. Nothing is written unless every field passes validation.

What is being typed is kept as a draft in the archive a couple of seconds after the last change,
so a crash or a power cut does not lose it; the next start offers it back (`offer_draft`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import cases
from desktop_app.archive import Archive
from desktop_app.archive.errors import ArchiveError
from desktop_app.domain.model import Staff
from desktop_app.domain.validate import ValidationError
from desktop_app.ui import undo
from desktop_app.ui.complaint_fields import COMPLAINT_FIELDS, AfterSaveBar, ComplaintFields
from desktop_app.ui.customer_lookup import FIELDS as CUSTOMER_FIELDS
from desktop_app.ui.customer_lookup import CustomerSection
from desktop_app.ui.history import HistoryPanel
from desktop_app.ui.intake_draft import form_state, has_content, restore_form
from desktop_app.ui.widgets import (
    error_text,
    format_datetime,
    from_qdatetime,
    problem_text,
)

DRAFT_DELAY_MS = 2000  # after the last change: often enough to lose little, never per key
CLOCK_TICK_MS = 15_000  # "received at" moves on with the clock while nobody has set it
__all__ = ["COMPLAINT_FIELDS", "ComplaintFields", "IntakePage"]
STALE_DRAFT_SECONDS = 5 * 60  # a draft older than this asks which time is the true one


class IntakePage(QWidget):
    """Emits `saved(Complaint)` after a save and `message(str)` for the status bar."""

    saved = Signal(object)
    message = Signal(str)
    open_case_requested = Signal(int)
    draft_restored = Signal()  # the window shows the form then

    def __init__(self, archive: Archive, staff_on_duty: Callable[[], int | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.staff_on_duty = staff_on_duty
        # A seam: tests and other callers may replace how a failed write is reported.
        self.warn = lambda title, text: QMessageBox.warning(self, title, text)
        self.ask = self._ask_restore  # a seam too: (question) -> True restore, False discard,
        # None: not now (kept for the next start)
        self.clock_timer = QTimer(self, interval=CLOCK_TICK_MS)
        self.last_saved: int | None = None  # the complaint the after-save offers are about
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        # Whether the stored draft is this form's: until the start-up offer is answered it is
        # the last session's, which an untouched new form must not wipe.
        self._draft_is_mine = False
        self.customer = CustomerSection(archive)
        self.complaint = ComplaintFields()
        self.history = HistoryPanel(archive)
        self.save_button = QPushButton(self.tr("&Save complaint"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save and start the next one (Ctrl+S)"))
        self.clear_button = QPushButton(self.tr("Clear form"))
        self.required_note = QLabel(self.tr("* must be filled in"))
        self.required_note.setStyleSheet("color: palette(placeholder-text);")
        self.after_save = AfterSaveBar()
        self._lay_out()
        self._wire()
        self.complaint.set_staff(archive.staff(), staff_on_duty())
        self._reset()  # the stored draft stays until the start-up offer is answered

    def _lay_out(self) -> None:
        customer_box = QGroupBox(self.tr("Customer"))
        QVBoxLayout(customer_box).addWidget(self.customer)
        complaint_box = QGroupBox(self.tr("Complaint"))
        QVBoxLayout(complaint_box).addWidget(self.complaint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.required_note)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(10)
        column.addWidget(self.after_save)
        column.addWidget(customer_box)
        column.addWidget(complaint_box)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        # The splitter may not squeeze the form below its width (no sideways scrolling).
        scroll.setMinimumWidth(form.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 420])  # in proportion; QSettings keeps the user's own
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _wire(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.customer.customer_changed.connect(self._on_customer_changed)
        self.history.shown.connect(self._on_history_shown)
        self.history.case_requested.connect(self.open_case_requested)
        self.complaint.description.textChanged.connect(  # what worked before follows the text
            lambda: self.history.set_text(self.complaint.description.toPlainText()))
        self.draft_timer.timeout.connect(self.save_draft)
        restart = self.draft_timer.start  # every change restarts the wait: one save per pause
        self.complaint.connect_changes(lambda *_: restart())
        for line in (self.customer.lookup, self.customer.name, self.customer.phone,
                     self.customer.email, self.customer.address):
            line.textChanged.connect(lambda *_: restart())
        self.customer.language.currentIndexChanged.connect(lambda *_: restart())
        self.customer.consent.toggled.connect(lambda *_: restart())
        self.customer.customer_changed.connect(lambda *_: restart())
        self.clock_timer.timeout.connect(self.complaint.follow_clock)
        self.clock_timer.start()
        self.after_save.open_case.clicked.connect(self._open_saved_case)
        self.after_save.job_tag.clicked.connect(self.print_job_tag)
        self.after_save.letter.clicked.connect(self.apology_letter)
        for button, keys in ((self.after_save.open_case, "Ctrl+Shift+O"),
                             (self.after_save.job_tag, "Ctrl+Shift+J"),
                             (self.after_save.letter, "Ctrl+Shift+L")):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=button: self.after_save.isVisible() and b.click())
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))

    def set_staff(self, staff: list[Staff], on_duty: int | None) -> None:
        """Offer these colleagues as "received by", the one on duty chosen."""
        self.complaint.set_staff(staff, on_duty)

    def refresh_staff(self, staff: list[Staff]) -> None:
        """Offer these colleagues, keeping the choice already made in the form."""
        chosen = self.complaint.received_by.currentData()
        self.complaint.set_staff(staff, chosen if chosen is not None else self.staff_on_duty())

    def clear(self) -> None:
        """An empty form for the next customer, the cursor in the look-up; the draft goes."""
        self._reset()
        self._clear_draft()

    def _reset(self) -> None:
        self.customer.clear()
        self.complaint.reset(self.staff_on_duty())
        self.draft_timer.stop()  # clearing is not typing
        self.customer.lookup.setFocus()

    def save(self) -> None:
        """Record the complaint (and the new customer) as one action, or show what is wrong."""
        if self.customer.customer_id is None:
            self.customer.take_lookup_text()
        customer = self.customer.customer_id or self.customer.customer_input()
        try:
            complaint = undo.run(self, lambda: cases.record_complaint(
                self.archive, customer, self.complaint.complaint_input(),
                self.staff_on_duty())).result
        except ValidationError as error:
            self._show_errors(error)
            return
        except ArchiveError as error:
            self.warn(self.tr("Not saved"),
                      self.tr("The complaint could not be written to the archive:\n{error}")
                      .format(error=problem_text(error)))
            return
        self.saved.emit(complaint)
        text = self.tr("Complaint {ref} saved").format(ref=complaint.ref)
        self.message.emit(text)
        self.clear()  # and its draft: it is in the archive now
        self.last_saved = complaint.id
        self.after_save.show_saved(text)

    def _open_saved_case(self) -> None:
        if self.last_saved:
            self.open_case_requested.emit(self.last_saved)

    def print_job_tag(self) -> None:
        """The job tag of the complaint just saved, for the item the customer leaves with us."""
        if self.last_saved is None:
            return
        from desktop_app.ui.print_actions import print_job_tag  # QtPdf only when needed

        print_job_tag(self.archive, self.last_saved, self).setAttribute(
            Qt.WidgetAttribute.WA_DeleteOnClose)

    def apology_letter(self) -> None:
        """The apology letter for the complaint just saved, while the customer is still here."""
        if self.last_saved is None:
            return
        from desktop_app.ui.letter_dialog import LetterDialog  # QtPdf only when needed

        LetterDialog(self.archive, self.last_saved, self.staff_on_duty(), self).exec()

    def _show_errors(self, error: ValidationError) -> None:
        texts = {e.field: error_text(e) for e in error.errors}
        self.customer.show_errors(texts)
        self.complaint.show_errors(texts)
        for name in (*CUSTOMER_FIELDS, *COMPLAINT_FIELDS):
            if name in texts:
                owner = self.customer if name in CUSTOMER_FIELDS else self.complaint
                owner.field(name).setFocus()
                break
        self.message.emit(self.tr("Not saved: please correct the fields marked in red."))

    def _on_customer_changed(self, customer_id: int | None) -> None:
        if customer_id is not None:
            self.after_save.hide()  # the next customer is here
            self.complaint.product.setFocus()
        self.history.show_customer(customer_id)  # `shown` follows, with the count

    def _on_history_shown(self, customer_id: int | None) -> None:
        """Their earlier complaints are in (from a worker): the status bar says how many."""
        if customer_id is not None and customer_id == self.customer.customer_id:
            name = self.archive.customers.customer(customer_id).name
            n = len(self.history.items)
            self.message.emit(self.tr("Returning customer: {name} · earlier complaints: {n}")
                              .format(name=name, n=n) if n else
                              self.tr("On file, no earlier complaints: {name}").format(name=name))

    # Drafts -----------------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep what is in the form now; a form emptied by hand leaves no draft behind."""
        self.draft_timer.stop()
        state = form_state(self.customer, self.complaint)
        try:
            if has_content(state):
                self.archive.drafts.save_draft(state)
                self._draft_is_mine = True
            elif self._draft_is_mine:
                self._clear_draft()
        except ArchiveError as error:  # the form itself is still there: say so, no more
            self.message.emit(self.tr("The complaint being typed could not be kept as a "
                                      "draft: {error}").format(error=problem_text(error)))

    def offer_draft(self) -> bool:
        """If a complaint was being typed when Amends last stopped, ask whether to restore it;
        True when it is back in the form. Discarding it deletes the draft."""
        draft = self.archive.drafts.load_draft()
        if draft is None:
            return False
        question = self.tr("Restore the complaint you were typing on {when}?").format(
            when=format_datetime(draft.saved_at))
        answer = self.ask(question)
        if answer is None:  # not now: it is offered again at the next start
            return False
        if not answer:
            self._clear_draft()
            return False
        self._reset()
        restore_form(draft.payload, self.customer, self.complaint)
        self._draft_is_mine = True
        self.draft_timer.stop()  # restoring is not typing; the draft is still stored as it was
        self._ask_which_time()
        self.draft_restored.emit()
        self.complaint.product.setFocus()
        self.message.emit(self.tr("The complaint you were typing is back in the form."))
        return True

    def _ask_which_time(self) -> None:
        """A draft typed a while ago: was the complaint received then, or is it being taken now?"""
        then = self.complaint.received_at.dateTime()
        now = self.complaint.clock()
        if abs(then.secsTo(now)) < STALE_DRAFT_SECONDS:
            self.complaint.set_received_at(then, live=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Time received"), self.tr(
            "This complaint was being typed on {when}. Was it received then?").format(
            when=format_datetime(from_qdatetime(then))), parent=self)
        keep = box.addButton(self.tr("&Keep {when}").format(
            when=format_datetime(from_qdatetime(then))), QMessageBox.ButtonRole.AcceptRole)
        use_now = box.addButton(self.tr("Use &now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(use_now)
        box.exec()
        if box.clickedButton() is keep:
            self.complaint.set_received_at(then, live=False)
        else:
            self.complaint.set_received_at(now, live=True)

    def _ask_restore(self, question: str) -> bool | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved complaint"), question,
                          parent=self)
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("Not &now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)  # Esc dismisses the question and keeps the draft
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is restore else False if clicked is discard else None

    def _clear_draft(self) -> None:
        self._draft_is_mine = False
        try:
            self.archive.drafts.clear_draft()
        except ArchiveError:
            pass  # an old draft left behind is offered once more at the next start, no harm

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Leaving the form or closing the window: keep the last keystrokes now, not in 2 s.
        if self.draft_timer.isActive():
            self.save_draft()
        super().hideEvent(event)
