"""The customer part of the intake form: find a known customer by phone or name, or type a new one.

Look-up is keyboard-first: matches from the archive pop up as the clerk types, the first one is
highlighted so Enter takes it; a phone number that belongs to a known customer picks them at once.
Enter with nothing to pick starts a new customer with what was typed.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Customer, Language, ShopProfile
from desktop_app.domain.validate import CustomerInput, phone_digits
from desktop_app.ui.widgets import EnumCombo, error_label, with_error

if TYPE_CHECKING:
    from desktop_app.archive.customers import CustomerStore

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole
MIN_PHONE_DIGITS = 7  # shorter digit runs are too likely to be part of someone else's number
FIELDS = ("name", "phone", "email", "address")
_INVALID_STYLE = '*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }'


def required_label(text: str) -> str:
    """"Se&verity:" as "Se&verity*:": the star marks a field that must be filled in."""
    for colon in (":", "："):
        if text.endswith(colon):
            return text[: -len(colon)] + "*" + colon
    return text + "*"


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame around a field whose value was refused; gone again once it is fixed."""
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(_INVALID_STYLE if invalid else "")


def _looks_like_phone(text: str) -> bool:
    return not any(ch.isalpha() for ch in text) and len(phone_digits(text)) >= MIN_PHONE_DIGITS


class LookupReads(Protocol):
    """What the customer look-up reads: the customer store and the shop's profile."""

    @property
    def customers(self) -> CustomerStore: ...

    def shop(self) -> ShopProfile: ...


class CustomerSection(QWidget):
    """`customer_id`: the chosen known customer, or None and `customer_input()` is a new one."""

    customer_changed = Signal(object)  # int | None

    def __init__(self, archive: LookupReads, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.customer_id: int | None = None
        self._build()
        self._wire()
        self.clear()

    def _build(self) -> None:
        self.lookup = QLineEdit(clearButtonEnabled=True)
        self.lookup.setPlaceholderText(self.tr("Phone number or name – type to find the customer"))
        self.lookup.setAccessibleName(self.tr("Find customer"))
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.lookup)
        self.card = QLabel()
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAccessibleName(self.tr("Chosen customer"))
        self.change_button = QPushButton(self.tr("Chan&ge customer"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.language = EnumCombo(Language)
        self.consent = QCheckBox(self.tr("Agrees to be contacted about this complaint"))
        self.errors = {name: error_label() for name in FIELDS}
        self._lay_out()

    def _lay_out(self) -> None:
        self.chosen = QWidget()
        chosen_row = QHBoxLayout(self.chosen)
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.card, 1)
        chosen_row.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        self.new_customer = QWidget()
        form = QFormLayout(self.new_customer)
        form.setContentsMargins(0, 4, 0, 0)
        # No Alt key for the address: every letter of it answers something else (Alt+E: Edit).
        labels = {"name": required_label(self.tr("&Name:")), "phone": self.tr("&Phone:"),
                  "email": self.tr("E-&mail:"), "address": self.tr("&Address:")}
        for name, text in labels.items():
            widget = getattr(self, name)
            widget.setAccessibleName(text.replace("&", "").rstrip(":*"))
            form.addRow(text, with_error(widget, self.errors[name]))
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow("", self.consent)
        self.new_hint = QLabel(self.tr("New customer"))
        self.new_hint.setStyleSheet("color: palette(placeholder-text); font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lookup)
        layout.addWidget(self.chosen)
        layout.addWidget(self.new_hint)
        layout.addWidget(self.new_customer)

    def _wire(self) -> None:
        self.lookup.textEdited.connect(self._on_lookup_edited)
        self.lookup.returnPressed.connect(self._on_lookup_entered)
        # PySide6's stubs do not model choosing a signal's overload by its argument type.
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_match_activated)
        self.phone.textEdited.connect(self._on_phone_edited)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.lookup.installEventFilter(self)
        lines = {"name": self.name, "phone": self.phone, "email": self.email,
                 "address": self.address}  # FIELDS
        for name, line in lines.items():
            line.textChanged.connect(lambda *_, n=name: self._clear_error(n))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Tab out of the look-up carries a typed phone or name over, as Enter does.
        if (watched is self.lookup and event.type() == QEvent.Type.FocusOut
                and isinstance(event, QFocusEvent)
                and event.reason() in (Qt.FocusReason.TabFocusReason,
                                       Qt.FocusReason.BacktabFocusReason)
                and self.customer_id is None):
            self._popup().hide()
            self.take_lookup_text()
        return super().eventFilter(watched, event)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # QCompleter makes its default popup when asked
        return popup

    def _clear_error(self, name: str) -> None:
        self.errors[name].hide()
        mark_invalid(self.field(name), False)

    # Public API ---------------------------------------------------------------------------

    def choose(self, customer_id: int) -> None:
        """Take a known customer: show their card instead of the new-customer fields."""
        self._show_customer(self.archive.customers.customer(customer_id))
        self.customer_changed.emit(customer_id)

    def clear(self) -> None:
        """Back to an empty look-up and empty new-customer fields."""
        self.customer_id = None
        for widget in (self.lookup, self.name, self.phone, self.email, self.address):
            widget.clear()
        # A new customer most likely speaks the shop's language (繁體中文 in a Taipei shop).
        self.language.set_value(self.archive.shop().language)
        self.consent.setChecked(False)
        self.show_errors({})
        self._set_chosen(False)
        self.customer_changed.emit(None)

    def customer_input(self) -> CustomerInput:
        return CustomerInput(name=self.name.text(), phone=self.phone.text(),
                             email=self.email.text(), address=self.address.text(),
                             language=self._language(),
                             consent=self.consent.isChecked())

    def _language(self) -> Language:
        language = self.language.value()
        assert language is not None  # the language combo has no "none" item
        return language

    def show_errors(self, errors: dict) -> None:
        """`errors` maps field names to translated messages; other fields' labels are hidden."""
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
            mark_invalid(self.field(name), name in errors)

    def field(self, name: str) -> QWidget:
        return getattr(self, name)

    # Slots ---------------------------------------------------------------------------------

    def _on_lookup_edited(self, text: str) -> None:
        if _looks_like_phone(text):
            known = self.archive.customers.customer_by_phone(text)
            if known is not None:
                self._popup().hide()
                self._show_customer(known)
                self.customer_changed.emit(known.id)
                return
        self._fill_matches(text)

    def _fill_matches(self, text: str) -> None:
        self.matches.clear()
        for match in self.archive.customers.find_customers(text):
            label = " · ".join(p for p in (match.name, match.phone, match.email) if p)
            if match.complaints:
                label += "   " + (self.tr("(1 complaint)") if match.complaints == 1
                                  else self.tr("({n} complaints)").format(n=match.complaints))
            item = QStandardItem(label)
            item.setData(match.id, CUSTOMER_ID_ROLE)
            self.matches.appendRow(item)
        if self.matches.rowCount():
            self.completer.complete()
            # Highlight the best match so Enter takes it without reaching for the arrow keys.
            popup = self._popup()
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        else:
            self._popup().hide()

    def _on_match_activated(self, index: QModelIndex) -> None:
        customer_id = index.data(CUSTOMER_ID_ROLE)
        if customer_id is not None:
            self.choose(customer_id)

    def take_lookup_text(self) -> None:
        """Start a new customer with what was typed in the look-up (as phone or as name)."""
        text = self.lookup.text().strip()
        target = self.phone if not any(ch.isalpha() for ch in text) else self.name
        if text and not target.text():
            target.setText(text)

    def _on_lookup_entered(self) -> None:
        """Enter with no match to take: the typed text starts a new customer."""
        if self._popup().isVisible():
            return
        self.take_lookup_text()
        (self.phone if self.name.text() else self.name).setFocus()

    def _on_phone_edited(self, text: str) -> None:
        if _looks_like_phone(text):
            known = self.archive.customers.customer_by_phone(text)
            if known is not None:
                self._show_customer(known)
                self.customer_changed.emit(known.id)

    def _on_change_clicked(self) -> None:
        self.clear()
        self.lookup.setFocus()

    def _show_customer(self, customer: Customer) -> None:
        self.customer_id = customer.id
        contact = " · ".join(escape(p) for p in (customer.phone, customer.email) if p)
        self.card.setText(f"<span style='font-size:12pt'><b>{escape(customer.name)}</b></span>"
                          f"<br>{contact}")
        self.show_errors({})
        self._set_chosen(True)

    def _set_chosen(self, chosen: bool) -> None:
        self.lookup.setVisible(not chosen)
        self.chosen.setVisible(chosen)
        self.new_hint.setVisible(not chosen)
        self.new_customer.setVisible(not chosen)
