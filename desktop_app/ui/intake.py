"""The New complaint form: customer, complaint in their own words, Save; their history beside.

Built for the counter: fields in the order a conversation goes, defaults for what rarely changes
(received now, in person, by the staff on duty) at the end, Ctrl+S to save, and the form clears
for the next customer. Nothing is written unless every field passes validation.

What is being typed is kept as a draft in the archive a couple of seconds after the last change,
so a crash or a power cut does not lose it; the next start offers it back (`offer_draft`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import cases
from desktop_app.archive import Archive
from desktop_app.archive.errors import ArchiveError
from desktop_app.domain.model import Cause, Channel, Expectation, Feeling, Severity, Spread, Staff
from desktop_app.domain.validate import ComplaintInput, ValidationError
from desktop_app.ui import undo
from desktop_app.ui.customer_lookup import FIELDS as CUSTOMER_FIELDS
from desktop_app.ui.customer_lookup import CustomerSection
from desktop_app.ui.history import HistoryPanel
from desktop_app.ui.intake_draft import form_state, has_content, restore_form
from desktop_app.ui.widgets import (
    EnumCombo,
    error_label,
    error_text,
    format_datetime,
    from_qdatetime,
    set_combo_data,
    with_error,
)

COMPLAINT_FIELDS = ("product", "order_no", "description", "feeling", "expectation", "severity",
                    "spread", "cause", "channel", "received_at", "received_by")
DRAFT_DELAY_MS = 2000  # after the last change: often enough to lose little, never per key


class ComplaintFields(QWidget):
    """The complaint part of the form: widgets by field name, each with its error label."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.product = QLineEdit()
        self.product.setPlaceholderText(self.tr("What it is about, e.g. birthday cake"))
        self.order_no = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(96)
        self.description.setPlaceholderText(
            self.tr("Write it down as the customer says it, then read it back to them."))
        choose = self.tr("Choose…")
        self.feeling = EnumCombo(Feeling, choose)
        self.expectation = EnumCombo(Expectation, choose)
        self.severity = EnumCombo(Severity, choose)
        self.spread = EnumCombo(Spread)
        self.cause = EnumCombo(Cause, self.tr("Not known yet"))
        self.channel = EnumCombo(Channel, choose)
        self.received_at = QDateTimeEdit(calendarPopup=True)
        self.received_at.setMinimumDateTime(QDateTime.fromString("1900-01-01", "yyyy-MM-dd"))
        self.received_by = QComboBox()
        self.errors = {name: error_label() for name in COMPLAINT_FIELDS}
        self._lay_out()

    def _lay_out(self) -> None:
        labels = {
            "product": self.tr("Product / &service:"), "order_no": self.tr("&Order / receipt no.:"),
            "description": self.tr("In the customer's &words:"),
            "feeling": self.tr("How they &felt:"), "expectation": self.tr("What they e&xpect:"),
            "severity": self.tr("Se&verity:"), "spread": self.tr("How &widespread:"),
            "cause": self.tr("Ca&use:"), "channel": self.tr("C&hannel:"),
            "received_at": self.tr("Rece&ived at:"), "received_by": self.tr("Received &by:"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        pairs = [("product", "order_no"), ("description",), ("feeling", "expectation"),
                 ("severity", "spread"), ("cause", "channel"), ("received_at", "received_by")]
        for row, names in enumerate(pairs):
            for i, name in enumerate(names):
                label = QLabel(labels[name])
                label.setBuddy(self.field(name))
                # As tall as a one-line field, text centred: lines up with the field's text,
                # and stays at the top when an error label makes the cell taller.
                label.setMinimumHeight(self.product.sizeHint().height())
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.field(name).setAccessibleName(labels[name].replace("&", "").rstrip(":"))
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
                grid.addWidget(label, row, i * 2, align)
                span = 3 if len(names) == 1 else 1
                grid.addWidget(with_error(self.field(name), self.errors[name]), row, i * 2 + 1,
                               1, span)
        for first, second in zip(COMPLAINT_FIELDS, COMPLAINT_FIELDS[1:], strict=False):
            QWidget.setTabOrder(self.field(first), self.field(second))

    def field(self, name: str) -> QWidget:
        return getattr(self, name)

    def connect_changes(self, slot: Callable[[], None]) -> None:
        """Call `slot` whenever any field changes, by the clerk or by the program."""
        for line in (self.product, self.order_no):
            line.textChanged.connect(slot)
        self.description.textChanged.connect(slot)
        for combo in (self.feeling, self.expectation, self.severity, self.spread, self.cause,
                      self.channel, self.received_by):
            combo.currentIndexChanged.connect(slot)
        self.received_at.dateTimeChanged.connect(slot)

    def set_staff(self, staff: list[Staff], on_duty: int | None) -> None:
        self.received_by.clear()
        self.received_by.addItem(self.tr("—"), None)
        for person in staff:
            self.received_by.addItem(person.name, person.id)
        set_combo_data(self.received_by, on_duty)

    def reset(self, on_duty: int | None) -> None:
        for widget in (self.product, self.order_no, self.description):
            widget.clear()
        for combo in (self.feeling, self.expectation, self.severity, self.spread, self.cause):
            combo.setCurrentIndex(0)
        self.channel.set_value(Channel.IN_PERSON)
        set_combo_data(self.received_by, on_duty)
        self.received_at.setDateTime(QDateTime.currentDateTime())
        self.show_errors({})

    def complaint_input(self) -> ComplaintInput:
        return ComplaintInput(
            received_at=from_qdatetime(self.received_at.dateTime()),
            channel=self.channel.value(),
            description=self.description.toPlainText(),
            feeling=self.feeling.value(),
            expectation=self.expectation.value(),
            severity=self.severity.value(),
            received_by=self.received_by.currentData(),
            product=self.product.text(),
            order_no=self.order_no.text(),
            spread=self.spread.value(),
            cause=self.cause.value(),
        )

    def show_errors(self, errors: dict) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)


class IntakePage(QWidget):
    """Emits `saved(Complaint)` after a save and `message(str)` for the status bar."""

    saved = Signal(object)
    message = Signal(str)

    def __init__(self, archive: Archive, staff_on_duty: Callable[[], int | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.staff_on_duty = staff_on_duty
        # A seam: tests and other callers may replace how a failed write is reported.
        self.warn = lambda title, text: QMessageBox.warning(self, title, text)
        self.ask = self._ask_restore  # a seam too: (question) -> True to restore a draft
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
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(10)
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
        self.draft_timer.timeout.connect(self.save_draft)
        restart = self.draft_timer.start  # every change restarts the wait: one save per pause
        self.complaint.connect_changes(lambda *_: restart())
        for line in (self.customer.lookup, self.customer.name, self.customer.phone,
                     self.customer.email, self.customer.address):
            line.textChanged.connect(lambda *_: restart())
        self.customer.language.currentIndexChanged.connect(lambda *_: restart())
        self.customer.consent.toggled.connect(lambda *_: restart())
        self.customer.customer_changed.connect(lambda *_: restart())

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
                      .format(error=error))
            return
        self.saved.emit(complaint)
        self.message.emit(self.tr("Complaint {ref} saved").format(ref=complaint.ref))
        self.clear()  # and its draft: it is in the archive now

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
        self.history.show_customer(customer_id)
        if customer_id is not None:
            self.complaint.product.setFocus()
            name = self.archive.customers.customer(customer_id).name
            n = len(self.history.items)
            self.message.emit(self.tr("Returning customer: {name} · earlier complaints: {n}")
                              .format(name=name, n=n) if n else
                              self.tr("Known customer: {name}").format(name=name))

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
                                      "draft: {error}").format(error=error))

    def offer_draft(self) -> bool:
        """If a complaint was being typed when Amends last stopped, ask whether to restore it;
        True when it is back in the form. Discarding it deletes the draft."""
        draft = self.archive.drafts.load_draft()
        if draft is None:
            return False
        question = self.tr("Restore the complaint you were typing on {when}?").format(
            when=format_datetime(draft.saved_at))
        if not self.ask(question):
            self._clear_draft()
            return False
        self._reset()
        restore_form(draft.payload, self.customer, self.complaint)
        self._draft_is_mine = True
        self.draft_timer.stop()  # restoring is not typing; the draft is still stored as it was
        self.message.emit(self.tr("The complaint you were typing is back in the form."))
        return True

    def _ask_restore(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved complaint"), question,
                          parent=self)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

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
