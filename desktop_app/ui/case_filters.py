"""The filter bar above the case list: search text, status, cause, channel, severity, staff, dates.

It only builds a CaseFilter; the archive does the searching (FTS for text), so the list stays fast
on a large archive. Typing is debounced so a query runs once the clerk pauses, not per keystroke.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Cause, Channel, Severity, Staff, Status
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui.widgets import EnumCombo, enum_text, format_count, from_qdate, to_qdate

DEBOUNCE_MS = 250
OPEN_CASES = "open"  # item data of the status combo's "Open cases" entry


class CaseFilterBar(QWidget):
    """Emits `filter_changed(CaseFilter)` whenever the clerk changes a criterion."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._building = False
        self._customer_id: int | None = None
        self._build()
        self._wire()

    def _build(self) -> None:
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setPlaceholderText(
            self.tr("Search text, reference, customer name or phone…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open cases"), OPEN_CASES)
        self.status.insertSeparator(2)
        for member in Status:
            self.status.addItem(enum_text(member), member.value)
        self.cause = EnumCombo(Cause, self.tr("Any cause"))
        self.channel = EnumCombo(Channel, self.tr("Any channel"))
        self.severity = EnumCombo(Severity, self.tr("Any severity"))
        self.staff = QComboBox()
        self.set_staff([])
        self.dates = QCheckBox(self.tr("Received from"))
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
        today = QDate.currentDate()
        self.date_from.setDate(today.addDays(-30))
        self.date_to.setDate(today)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        # Set by MainWindow.show_cases(customer_id=…): shown as a chip the clerk can remove.
        self.customer_chip = QToolButton()
        self.customer_chip.setToolTip(self.tr("Show every customer's cases again"))
        self.customer_chip.hide()
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of cases found"))
        self.count.setStyleSheet("color: palette(placeholder-text); font-weight: 600;")
        self._lay_out()
        self._enable_dates(False)

    def _lay_out(self) -> None:
        for combo in (self.status, self.cause, self.channel, self.severity, self.staff):
            # Long labels (causes) would make the bar wider than a laptop screen: elide in the
            # closed combo, show in full in its list.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.setAccessibleName(combo.itemText(0))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.customer_chip)
        top.addWidget(self.overdue)
        top.addSpacing(12)
        top.addWidget(self.count)
        second = QHBoxLayout()
        for widget in (self.status, self.cause, self.channel, self.severity, self.staff):
            second.addWidget(widget)
        second.addSpacing(12)
        second.addWidget(self.dates)
        second.addWidget(self.date_from)
        second.addWidget(QLabel(self.tr("to")))
        second.addWidget(self.date_to)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(second)

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._debounce.timeout.connect(self._emit)
        for combo in (self.status, self.cause, self.channel, self.severity, self.staff):
            combo.currentIndexChanged.connect(self._emit)
        for box in (self.dates, self.overdue):
            box.toggled.connect(self._emit)
        self.dates.toggled.connect(self._enable_dates)
        self.date_from.dateChanged.connect(self._on_date_changed)
        self.date_to.dateChanged.connect(self._on_date_changed)
        self.clear_button.clicked.connect(lambda: self.set_filter(CaseFilter()))
        self.customer_chip.clicked.connect(self._on_customer_chip_clicked)

    def _enable_dates(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def _on_date_changed(self) -> None:
        if self.dates.isChecked():
            self._emit()

    def _set_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.customer_chip.setVisible(customer_id is not None)

    def _on_customer_chip_clicked(self) -> None:
        self._set_customer(None)
        self._emit()

    def _emit(self) -> None:
        if not self._building:
            self._debounce.stop()
            self.filter_changed.emit(self.current_filter())

    def flush(self) -> None:
        """Run a search still waiting for the clerk's pause now."""
        if self._debounce.isActive():
            self._emit()

    def set_staff(self, staff: list[Staff]) -> None:
        """Offer these colleagues; the current choice is kept when still present."""
        chosen = self.staff.currentData()
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Any staff"), None)
        for person in staff:
            self.staff.addItem(person.name, person.id)
        self.staff.setCurrentIndex(max(self.staff.findData(chosen), 0))
        self.staff.blockSignals(False)

    def set_count(self, n: int | None, at_least: int = 0, counting: bool = False) -> None:
        """`n` cases; or, when the number is not known (yet), at least the rows shown."""
        if n is None:
            floor = format_count(at_least)
            text = (self.tr("At least {n} cases, counting…") if counting
                    else self.tr("At least {n} cases")).format(n=floor)
        else:
            text = self.tr("1 case") if n == 1 else self.tr("{n} cases").format(n=format_count(n))
        self.count.setText(text)

    def current_filter(self) -> CaseFilter:
        status = self.status.currentData()
        dated = self.dates.isChecked()
        return CaseFilter(
            text=self.search.text().strip(),
            status=Status(status) if status not in (None, OPEN_CASES) else None,
            open_only=status == OPEN_CASES,
            cause=self.cause.value(),
            channel=self.channel.value(),
            severity=self.severity.value(),
            staff_id=self.staff.currentData(),
            received_from=from_qdate(self.date_from.date()) if dated else None,
            received_to=from_qdate(self.date_to.date()) if dated else None,
            overdue_only=self.overdue.isChecked(),
            customer_id=self._customer_id,
        )

    def set_filter(self, query: CaseFilter, customer_name: str = "") -> None:
        """Show `query` in the bar and emit it once (criteria the bar cannot show are kept)."""
        self._building = True
        try:
            self.search.setText(query.text)
            status = OPEN_CASES if query.open_only else query.status and query.status.value
            self.status.setCurrentIndex(max(self.status.findData(status), 0))
            self.cause.set_value(query.cause)
            self.channel.set_value(query.channel)
            self.severity.set_value(query.severity)
            self.staff.setCurrentIndex(max(self.staff.findData(query.staff_id), 0))
            self.dates.setChecked(bool(query.received_from or query.received_to))
            if self.dates.isChecked():
                start = query.received_from or date(2000, 1, 1)
                end = query.received_to or date.today()
                self.date_from.setDate(to_qdate(start))
                self.date_to.setDate(to_qdate(max(end, start)))
            self.overdue.setChecked(query.overdue_only)
        finally:
            self._building = False
        self._set_customer(query.customer_id)
        self.customer_chip.setText(self.tr("Only {name}  ✕").format(
            name=customer_name or self.tr("one customer")))
        self._emit()

