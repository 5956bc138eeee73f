"""The complaint part of the intake form, and the offers shown right after a save.

"Received at" follows the clock until the clerk sets it (`time_is_live`); required fields carry a
star; a refused field is framed in red and its error goes as soon as it is changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.domain.model import Cause, Channel, Expectation, Feeling, Severity, Spread, Staff
from desktop_app.domain.validate import ComplaintInput
from desktop_app.ui.customer_lookup import mark_invalid, required_label
from desktop_app.ui.widgets import (
    EnumCombo,
    error_label,
    from_qdatetime,
    set_combo_data,
    with_error,
)

COMPLAINT_FIELDS = ("product", "order_no", "description", "feeling", "expectation", "severity",
                    "spread", "cause", "channel", "received_at", "received_by")
REQUIRED = ("description", "feeling", "expectation", "severity", "channel", "received_at")


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
        # A seam: tests move the clock. While `time_is_live`, "received at" is now, not the
        # moment the form was last cleared; the clerk's own edit stops it following.
        self.clock = QDateTime.currentDateTime
        self.time_is_live = True
        self._moving_clock = False
        self.received_at.dateTimeChanged.connect(self._on_time_edited)
        self._lay_out()
        self._clear_errors_when_fixed()

    def _lay_out(self) -> None:
        labels = {
            "product": self.tr("Pro&duct / service:"), "order_no": self.tr("&Order / receipt no.:"),
            "description": self.tr("In the customer's &words:"),
            "feeling": self.tr("How they fel&t:"), "expectation": self.tr("What they e&xpect:"),
            "severity": self.tr("Severit&y:"), "spread": self.tr("How widespread:"),
            "cause": self.tr("Ca&use:"), "channel": self.tr("Channe&l:"),
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
                text = required_label(labels[name]) if name in REQUIRED else labels[name]
                label = QLabel(text)
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
        """Call `slot` whenever any field changes, by the clerk or by the program (but not when
        "received at" merely follows the clock)."""
        for line in (self.product, self.order_no):
            line.textChanged.connect(slot)
        self.description.textChanged.connect(slot)
        for combo in (self.feeling, self.expectation, self.severity, self.spread, self.cause,
                      self.channel, self.received_by):
            combo.currentIndexChanged.connect(slot)
        self.received_at.dateTimeChanged.connect(
            lambda *_: None if self._moving_clock else slot())

    def _clear_errors_when_fixed(self) -> None:
        """A field's error, text and red frame, goes as soon as the field is changed."""
        lines: dict[str, QLineEdit] = {"product": self.product, "order_no": self.order_no}
        for name, line in lines.items():
            line.textChanged.connect(lambda *_, n=name: self.clear_error(n))
        self.description.textChanged.connect(lambda: self.clear_error("description"))
        combos: dict[str, QComboBox] = {
            "feeling": self.feeling, "expectation": self.expectation, "severity": self.severity,
            "spread": self.spread, "cause": self.cause, "channel": self.channel,
            "received_by": self.received_by}
        for name, combo in combos.items():
            combo.currentIndexChanged.connect(lambda *_, n=name: self.clear_error(n))
        self.received_at.dateTimeChanged.connect(lambda *_: self.clear_error("received_at"))

    def clear_error(self, name: str) -> None:
        self.errors[name].hide()
        mark_invalid(self.field(name), False)

    def follow_clock(self) -> None:
        """Keep "received at" at now until the clerk sets it by hand."""
        if self.time_is_live:
            self.set_received_at(self.clock(), live=True)

    def set_received_at(self, value: QDateTime, live: bool) -> None:
        self._moving_clock = True
        try:
            self.received_at.setDateTime(value)
        finally:
            self._moving_clock = False
        self.time_is_live = live

    def _on_time_edited(self) -> None:
        if not self._moving_clock:
            self.time_is_live = False

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
        self.set_received_at(self.clock(), live=True)
        self.show_errors({})

    def complaint_input(self) -> ComplaintInput:
        self.follow_clock()  # saved at 15:31 means received at 15:31, not at the last clear
        spread = self.spread.value()
        assert spread is not None  # the spread combo has no "none" item
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
            spread=spread,
            cause=self.cause.value(),
        )

    def show_errors(self, errors: dict) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
            mark_invalid(self.field(name), name in errors)


class AfterSaveBar(QFrame):
    """Right after a save: what usually comes next for this complaint, one key away."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("afterSave")
        self.setStyleSheet("QFrame#afterSave { background: #e8f5e9; color: #1b5e20;"
                           " border-radius: 6px; }")
        self.text = QLabel()
        self.open_case = QPushButton(self.tr("Open &case"))
        self.job_tag = QPushButton(self.tr("Print &job tag"))
        self.letter = QPushButton(self.tr("&Apology letter"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        for button in (self.open_case, self.job_tag, self.letter):
            button.setAutoDefault(False)  # Enter in the next complaint must not print a tag
            row.addWidget(button)
        self.hide()

    def show_saved(self, text: str) -> None:
        self.text.setText(text)
        self.show()
