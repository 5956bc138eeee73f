"""One customer's page: their card to edit (every change is an audit event with old and new
value), every complaint they made, the changes to their record, merging a duplicate, and the
customer's privacy rights: a copy of everything held about them, and erasure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import people
from desktop_app.archive import Archive, ArchiveError
from desktop_app.domain.model import Care, Customer, Language, Segment
from desktop_app.domain.problems import technical
from desktop_app.domain.validate import CustomerInput, ValidationError
from desktop_app.ui import undo
from desktop_app.ui.case_timeline import TimelineView
from desktop_app.ui.customer_complaints import (
    SIZE_SAMPLE_ROWS,
    ComplaintsModel,
    PageData,
    read_page,
    read_page_at,
)
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.merge_dialog import MergeDialog
from desktop_app.ui.remedies_panel import ID_ROLE, small_view
from desktop_app.ui.turns import in_next_turn
from desktop_app.ui.widgets import (
    EnumCombo,
    error_label,
    format_date,
    format_money,
    problem_text,
    show_field_error,
    with_error,
)
from desktop_app.ui.workers import run_job, worker_path

_FIELDS = ("name", "phone", "email", "address", "notes")


class EraseDialog(QMessageBox):
    """Asks before erasing, saying what goes, what stays, and that backups keep it a while."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Erase customer"))
        self.setText(self.tr("Erase all personal data of {name}?").format(name=name))
        self.setInformativeText(self.tr(
            "Their name, phone, e-mail, address and notes are removed, and so is what they "
            "told us in their complaints; their letters and attachments are deleted. The "
            "complaints stay, anonymised, so the shop's statistics stay true.\n\n"
            "This cannot be undone. Backups made before the erasure still hold the data "
            "until rotation drops them: at most 12 months."))
        self.erase_button = self.addButton(self.tr("Erase customer"),
                                           QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)  # Enter alone never erases anyone
        self.setEscapeButton(self.cancel_button)
        fit_to_screen(self)

    def confirmed(self) -> bool:
        self.exec()
        return self.clickedButton() is self.erase_button


class CustomerPage(QWidget):
    """Call `show_customer(id)`; `back_requested` returns to the list."""

    back_requested = Signal()
    open_case_requested = Signal(int)
    changed = Signal()
    message = Signal(str)

    def __init__(self, archive: Archive, staff_id: Callable[[], int | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.archive, self.staff_id = archive, staff_id
        self.customer_id: int | None = None
        self._refreshes = 0  # how often the page was reloaded (an erasure waits for one)
        self.back_button = QPushButton("← " + self.tr("All customers"))
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(dark);")
        self.name, self.phone, self.email, self.address = (QLineEdit() for _ in range(4))
        self.language = EnumCombo(Language)
        self.consent = QCheckBox(self.tr("May be contacted (letters, follow-up calls)"))
        self.segment = EnumCombo(Segment)
        self.care = EnumCombo(Care)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.errors = {name: error_label() for name in _FIELDS}
        self.save_button = QPushButton(self.tr("Save changes"))
        self.merge_button = QPushButton(self.tr("Merge duplicate…"))
        self.export_button = QPushButton(self.tr("Export this customer's data…"))
        self.export_button.setToolTip(self.tr(
            "Everything held about them in one zip file, e.g. when they ask for a copy"))
        self.erase_button = QPushButton(self.tr("Erase customer…"))
        # Erasing scrubs every text and cleans the file: seconds on a big archive, on a worker.
        self.erasing = QProgressBar(maximum=0, textVisible=False)
        self.erasing.setMaximumWidth(160)
        self.erasing.hide()
        self._generation = 0  # the newest read asked of a worker; older answers are dropped
        self.reading = False  # a worker is reading the page's figures and complaints
        self._since: datetime | None = None  # when the shown customer was first recorded
        self.complaints_model = ComplaintsModel(
            [self.tr("Case"), self.tr("Received"), self.tr("Product"), self.tr("Cause"),
             self.tr("Status"), self.tr("Remedies"), self.tr("Compensation"),
             self.tr("Satisfaction")], self)
        self.complaints = small_view(self.complaints_model, elide=(2, 3, 5),
                                     sample_rows=SIZE_SAMPLE_ROWS)
        self.changes = TimelineView()
        self._build()
        self._wire()

    def _build(self) -> None:
        form = QFormLayout()
        for label, name, widget in ((self.tr("Name:"), "name", self.name),
                                    (self.tr("Phone:"), "phone", self.phone),
                                    (self.tr("E-mail:"), "email", self.email),
                                    (self.tr("Address:"), "address", self.address)):
            form.addRow(label, with_error(widget, self.errors[name]))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.consent)
        form.addRow(self.tr("Segment:"), self.segment)
        form.addRow(self.tr("Special care:"), self.care)
        form.addRow(self.tr("Notes:"), with_error(self.notes, self.errors["notes"]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        privacy = QHBoxLayout()
        privacy.addWidget(self.export_button)
        privacy.addWidget(self.erase_button)
        privacy.addWidget(self.erasing)
        privacy.addStretch(1)
        card = QGroupBox(self.tr("Customer card"))
        card_layout = QVBoxLayout(card)
        card_layout.addLayout(form)
        card_layout.addLayout(buttons)
        card_layout.addLayout(privacy)
        card_layout.addStretch(1)
        tabs = QTabWidget()
        tabs.addTab(self.complaints, self.tr("Complaints"))
        tabs.addTab(self.changes, self.tr("Changes to this record"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(card)
        splitter.addWidget(tabs)
        splitter.setSizes([420, 780])
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def _wire(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.save_button.clicked.connect(self._on_save)
        self.merge_button.clicked.connect(self._on_merge)
        self.export_button.clicked.connect(self._on_export)
        self.erase_button.clicked.connect(self._on_erase)
        self.complaints.activated.connect(
            lambda index: self.open_case_requested.emit(index.data(ID_ROLE)))

    # Showing ----------------------------------------------------------------------------------

    def show_customer(self, customer_id: int) -> None:
        if customer_id != self.customer_id:  # never another customer's complaints meanwhile
            self.complaints_model.set_items([], "")
            self.changes.show_entries([])
            self.summary.setText("…")
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        """The card at once (one row); the figures, complaints and changes from a worker's
        read-only connection (a customer may have thousands of complaints)."""
        if self.customer_id is None:
            return
        self._refreshes += 1
        customer = self.archive.customers.customer(self.customer_id)
        self.title.setText(customer.name)
        self.erase_button.setEnabled(not customer.erased)
        self._fill_card(customer)
        self._since = customer.created_at
        self._generation += 1
        path = worker_path(self.archive)
        if not path:  # no file a second connection could read
            self._show_page(read_page(self.archive, self.customer_id))
            return
        number, customer_id, clock = self._generation, self.customer_id, self.archive.clock
        self.reading = True
        signals = run_job(lambda _report: (number, read_page_at(path, clock, customer_id)))
        signals.finished.connect(self._on_read)  # bound: disconnected if the page goes
        signals.failed.connect(self._on_read_failed)

    def _on_read(self, answer: tuple[int, PageData]) -> None:
        number, data = answer
        if number == self._generation:  # else a newer read is under way: its answer counts
            self.reading = False
            self._show_page(data)

    def _on_read_failed(self, _message: str) -> None:
        """The worker could not read (the file was busy or went): read here, as before."""
        if self.reading and self.customer_id is not None:
            self.reading = False
            self._show_page(read_page(self.archive, self.customer_id))

    def _show_page(self, data: PageData) -> None:
        summary, currency = data.summary, self.archive.shop().currency
        parts = [self.tr("%n complaint(s)", "", summary.complaints),
                 self.tr("%n open", "", summary.open_cases)]
        if summary.compensation_cents:
            parts.append(self.tr("{amount} given").format(
                amount=format_money(summary.compensation_cents, currency)))
        if summary.average_satisfaction is not None:
            parts.append(self.tr("satisfaction {score:.1f}/5").format(
                score=summary.average_satisfaction))
        if self._since:
            parts.append(self.tr("customer since {day}").format(day=format_date(self._since)))
        self.summary.setText(" · ".join(parts))
        self.complaints_model.set_items(data.history, currency)
        self.changes.show_entries(data.timeline)

    def _fill_card(self, customer: Customer) -> None:
        for name in ("name", "phone", "email", "address"):
            getattr(self, name).setText(getattr(customer, name))
        self.language.set_value(customer.language)
        self.consent.setChecked(customer.consent)
        self.segment.set_value(customer.segment)
        self.care.set_value(customer.care)
        self.notes.setPlainText(customer.notes)
        self.show_errors(None)

    def show_errors(self, error: ValidationError | None) -> None:
        for name, label in self.errors.items():
            show_field_error(label, error.for_field(name) if error else None)

    # Doing ------------------------------------------------------------------------------------

    def _shown_id(self) -> int:
        """The shown customer's id, for the card's buttons."""
        assert self.customer_id is not None  # the page is on screen only after show_customer()
        return self.customer_id

    def _on_save(self) -> None:
        language = self.language.value()
        assert language is not None  # the language combo has no "none" item
        data = CustomerInput(name=self.name.text(), phone=self.phone.text(),
                             email=self.email.text(), address=self.address.text(),
                             language=language, consent=self.consent.isChecked())
        customer_id, staff = self._shown_id(), self.staff_id()
        try:
            # Card and profile saved together, or neither: one action.
            undo.run(self, lambda: people.edit_customer(
                self.archive, customer_id, data,
                (self.segment.value(), self.care.value(), self.notes.toPlainText()), staff))
        except ValidationError as error:
            self.show_errors(error)
            return
        self.refresh()
        self.changed.emit()
        self.message.emit(self.tr("{name}'s record saved; the changes are in its history.")
                          .format(name=self.name.text().strip()))

    def _on_merge(self) -> None:
        dialog = MergeDialog(self.archive, self._shown_id(), self.staff_id(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
            self.message.emit(self.tr("Customer records merged; the merge is recorded."))

    # Seams: tests and other callers may replace how the page asks and warns.

    def ask_export_path(self, proposed: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export this customer's data"),
                                              proposed, self.tr("Zip files (*.zip)"))
        return path

    def confirm_erase(self, name: str) -> bool:
        return EraseDialog(name, self).confirmed()

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Customer"), text)

    def _on_export(self) -> None:
        customer_id = self._shown_id()
        name = self.archive.customers.customer(customer_id).name
        proposed = Path.home() / f"customer-{customer_id}-{self.archive.now():%Y-%m-%d}.zip"
        chosen = self.ask_export_path(str(proposed))
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")
        try:
            self.archive.privacy.export_customer(customer_id, path)
        except OSError as error:
            self.warn(self.tr("Could not export to {path}: {reason}").format(
                path=path, reason=problem_text(technical(error))))
            return
        self.message.emit(self.tr("The data held about {name} was exported to {path}.").format(
            name=name, path=path))

    def _on_erase(self) -> None:
        customer_id = self._shown_id()
        name = self.archive.customers.customer(customer_id).name
        if not self.confirm_erase(name):
            return
        staff_id = self.staff_id()
        path = worker_path(self.archive)
        if not path:  # no file a second connection could write
            self._erased(name, _erase(lambda: self.archive, customer_id, staff_id))
            return
        clock = self.archive.now
        self._set_erasing(True, name)
        signals = run_job(lambda _report: _erase(lambda: Archive.open(path, clock), customer_id,
                                                 staff_id, close=True))
        signals.finished.connect(self._on_erased)  # bound: disconnected if the page goes
        signals.failed.connect(self._on_erase_failed)

    def _on_erased(self, outcome: tuple) -> None:
        self._erased(self._erasing_name, outcome)

    def _on_erase_failed(self, message: str) -> None:
        self._erased(self._erasing_name, (False, message))

    def _set_erasing(self, on: bool, name: str) -> None:
        self._erasing_name = name
        self.erasing.setVisible(on)
        for button in (self.erase_button, self.export_button, self.save_button,
                       self.merge_button):
            button.setEnabled(not on)
        if on:
            self.message.emit(self.tr("Erasing {name}'s personal data…").format(name=name))

    def _erased(self, name: str, outcome: tuple) -> None:
        self._set_erasing(False, name)
        done, reason = outcome
        if not done:
            self.warn(self.tr("{name} could not be erased: {reason}").format(name=name,
                                                                            reason=reason))
            self.refresh()
            return
        # Every screen reloads on `changed` (this page too, through the customer list when it
        # is shown there): one turn for that, this page's own reload in the next if it was not
        # reloaded by then, so the two never add up to one long stall.
        refreshed = self._refreshes

        def refresh_unless_reloaded() -> None:
            if self._refreshes == refreshed:
                self.refresh()

        self.changed.emit()
        in_next_turn(self, refresh_unless_reloaded)
        self.message.emit(self.tr("{name}'s personal data was erased; their complaints stay in "
                                  "the figures, anonymised.").format(name=name))


def _erase(open_archive, customer_id: int, staff_id: int | None, close: bool = False) -> tuple:
    """(True, "") or (False, why): plain data, safe to hand back from a worker."""
    try:
        archive = open_archive()
    except ArchiveError as error:
        return False, problem_text(error)
    try:
        archive.privacy.erase_customer(customer_id, staff_id)
        return True, ""
    except (ValueError, ArchiveError) as error:
        return False, problem_text(error)
    finally:
        if close:
            archive.close()
