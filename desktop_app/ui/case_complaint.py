"""What the customer complained about, in their own words, and the shop's diagnosis of it:
cause from the taxonomy, root cause in the shop's own words, and the improvement made."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Cause, Complaint
from desktop_app.domain.recovery import Diagnosis
from desktop_app.domain.validate import ValidationError
from desktop_app.ui.widgets import EnumCombo, enum_text, error_label, show_field_error, with_error

_QUOTE = ("QLabel { background: palette(base); border-left: 4px solid #c9a227; padding: 8px 10px;"
          " font-size: 11pt; }")


def _value(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ComplaintDetails(QWidget):
    """Every field recorded at intake; the description shown as the customer's own words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.words = _value()
        self.words.setStyleSheet(_QUOTE)
        self.words.setAccessibleName(self.tr("The customer's own words"))
        self.values = {name: _value() for name in ("product", "order_no", "feeling",
                                                   "expectation", "spread", "not_accepted")}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Product / service:"), self.values["product"])
        form.addRow(self.tr("Order / receipt no.:"), self.values["order_no"])
        form.addRow(self.tr("How the customer felt:"), self.values["feeling"])
        form.addRow(self.tr("What they expect:"), self.values["expectation"])
        form.addRow(self.tr("How widespread:"), self.values["spread"])
        self._options_label = QLabel(self.tr("Options the customer was told:"))
        form.addRow(self._options_label, self.values["not_accepted"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("In the customer's words:")))
        layout.addWidget(self.words)
        layout.addLayout(form)

    def show_complaint(self, complaint: Complaint) -> None:
        self.words.setText(complaint.description)
        dash = "—"
        self.values["product"].setText(complaint.product or dash)
        self.values["order_no"].setText(complaint.order_no or dash)
        self.values["feeling"].setText(enum_text(complaint.feeling))
        self.values["expectation"].setText(enum_text(complaint.expectation))
        self.values["spread"].setText(enum_text(complaint.spread))
        options = complaint.not_accepted_options
        self.values["not_accepted"].setText(options)
        self.values["not_accepted"].setVisible(bool(options))
        self._options_label.setVisible(bool(options))


class DiagnosisEditor(QWidget):
    """Cause, root cause and improvement with a Save button; `save_requested(Diagnosis)`."""

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cause = EnumCombo(Cause, self.tr("Not known yet"))
        self.root_cause = QPlainTextEdit()
        self.root_cause.setPlaceholderText(self.tr("Why did it really happen? In your own words"))
        self.improvement = QPlainTextEdit()
        self.improvement.setPlaceholderText(self.tr("What did the shop change so it does not "
                                                    "happen again?"))
        for edit in (self.root_cause, self.improvement):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
        self.errors = {name: error_label() for name in ("cause", "root_cause", "improvement")}
        self.save_button = QPushButton(self.tr("Save diagnosis"))
        self.save_button.clicked.connect(self._on_save)
        form = QFormLayout()
        form.addRow(self.tr("Cause:"), with_error(self.cause, self.errors["cause"]))
        form.addRow(self.tr("Root cause:"), with_error(self.root_cause, self.errors["root_cause"]))
        form.addRow(self.tr("Improvement:"),
                    with_error(self.improvement, self.errors["improvement"]))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def show_diagnosis(self, complaint: Complaint) -> None:
        self.cause.set_value(complaint.cause)
        self.root_cause.setPlainText(complaint.root_cause)
        self.improvement.setPlainText(complaint.improvement)
        self.show_errors(None)

    def differs_from(self, complaint: Complaint) -> bool:
        """True when what is typed here is not the diagnosis `complaint` holds (unsaved)."""
        typed = (self.cause.value(), self.root_cause.toPlainText(), self.improvement.toPlainText())
        return typed != (complaint.cause, complaint.root_cause or "", complaint.improvement or "")

    def show_errors(self, error: ValidationError | None) -> None:
        for name, label in self.errors.items():
            show_field_error(label, error.for_field(name) if error else None)

    def _on_save(self) -> None:
        self.save_requested.emit(Diagnosis(self.cause.value(), self.root_cause.toPlainText(),
                                           self.improvement.toPlainText()))
