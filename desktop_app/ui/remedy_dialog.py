"""Adding a remedy, with what helps choose it in view: what the shop gave before for the same
cause and to this customer, and what this customer means to the shop (segment, care, tenure).

Compensation should move the customer without burdening the shop, so the cost is asked beside
the value to the customer; money is typed in the shop's currency, formatted by the locale.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import recovery
from desktop_app.archive import Archive
from desktop_app.domain.currency import currency as currency_of
from desktop_app.domain.model import Care, Complaint, Remedy, RemedyKind
from desktop_app.domain.queries import CustomerValue, Precedent
from desktop_app.domain.recovery import MAX_CENTS, RemedyInput
from desktop_app.ui import undo
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.remedies_panel import fill_row, small_table, yes_no
from desktop_app.ui.saving_dialog import SavingDialog, YesNoCombo
from desktop_app.ui.widgets import (
    EnumCombo,
    enum_text,
    format_date,
    format_money,
    from_qdate,
    to_qdate,
)


def money_box(currency: str) -> QDoubleSpinBox:
    """An amount in the shop's currency: its sign and decimals (NT$1,250, ¥18.50), the locale's
    digits, never < 0 — written as format_money writes it in every list."""
    money = currency_of(currency)
    box = QDoubleSpinBox()
    box.setLocale(QLocale())
    box.setDecimals(money.decimals)
    box.setRange(0, MAX_CENTS / 100)
    box.setPrefix(money.symbol)
    box.setGroupSeparatorShown(True)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(140)
    return box


def show_cents(box: QDoubleSpinBox, amount_cents: int) -> None:
    """Put a stored amount in `box`, with cents shown if it has them (a currency changed in
    Settings since) rather than rounding them away unseen."""
    if amount_cents % 100:
        box.setDecimals(max(box.decimals(), 2))
    box.setValue(amount_cents / 100)


def cents(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100)


class RemedyDialog(SavingDialog):
    """Add a remedy to `complaint` (the action plans its follow-up), or correct `remedy`."""

    def __init__(self, archive: Archive, complaint: Complaint, staff_id: int | None,
                 parent: QWidget | None = None, remedy: Remedy | None = None):
        title = (self.tr("Edit a remedy of case {ref}") if remedy is not None
                 else self.tr("Add a remedy to case {ref}"))
        super().__init__(title.format(ref=complaint.ref), parent)
        self.archive, self.complaint, self.staff_id = archive, complaint, staff_id
        self.remedy = remedy
        self.currency = archive.shop().currency
        self.kind = EnumCombo(RemedyKind, self.tr("Choose…"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. new cake delivered, voucher no. 118"))
        self.amount = money_box(self.currency)
        self.amount.setToolTip(self.tr("What the remedy is worth to the customer"))
        self.cost = money_box(self.currency)
        self.cost.setToolTip(self.tr("What it costs the shop"))
        self.given_on = QDateEdit(to_qdate(archive.now().date()))
        self.given_on.setCalendarPopup(True)
        self.given_by = QComboBox()
        for person in archive.staff():
            self.given_by.addItem(person.name, person.id)
        self.given_by.setCurrentIndex(max(self.given_by.findData(staff_id), 0))
        self.customer_accepted = YesNoCombo()
        self.value_label = QLabel()
        self.value_label.setWordWrap(True)
        self.value_label.setTextFormat(Qt.TextFormat.RichText)
        self.precedents = small_table([self.tr("Case"), self.tr("Date"), self.tr("Customer"),
                                       self.tr("Cause"), self.tr("Remedy"), self.tr("Amount"),
                                       self.tr("Accepted"), self.tr("Satisfaction")],
                                      elide=(3, 4))
        self.precedents.setMinimumWidth(560)
        self.no_precedents = QLabel(self.tr("Nothing was given before for this cause or to this "
                                            "customer."))
        self.no_precedents.setStyleSheet("color: palette(dark);")
        self._build()
        self._show_help()
        if remedy is not None:
            self._show_remedy(remedy)

    def _show_remedy(self, remedy: Remedy) -> None:
        self.kind.set_value(remedy.kind)
        self.description.setText(remedy.description)
        show_cents(self.amount, remedy.amount_cents)
        show_cents(self.cost, remedy.cost_cents)
        if remedy.given_on is not None:
            self.given_on.setDate(to_qdate(remedy.given_on))
        if remedy.given_by is not None:
            self.given_by.setCurrentIndex(max(self.given_by.findData(remedy.given_by), 0))
        self.customer_accepted.set_value(remedy.accepted)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.field("kind", self.kind))
        form.addRow(self.tr("Description:"), self.field("description", self.description))
        form.addRow(self.tr("Amount to the customer:"), self.field("amount_cents", self.amount))
        form.addRow(self.tr("Cost to the shop:"), self.field("cost_cents", self.cost))
        form.addRow(self.tr("Given on:"), self.field("given_on", self.given_on))
        form.addRow(self.tr("Given by:"), self.given_by)
        form.addRow(self.tr("Accepted by the customer:"), self.customer_accepted)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        value_box = QGroupBox(self.tr("This customer"))
        QVBoxLayout(value_box).addWidget(self.value_label)
        before = QGroupBox(self.tr("Given before — this customer first, then the same cause"))
        before_layout = QVBoxLayout(before)
        before_layout.addWidget(self.no_precedents)
        before_layout.addWidget(self.precedents)
        right = QVBoxLayout()
        right.addWidget(value_box)
        right.addWidget(before, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1060, 460)

    def _show_help(self) -> None:
        value = self.archive.remedies.customer_value(self.complaint.customer_id)
        self.value_label.setText(self.value_html(value))
        found = self.archive.remedies.remedy_precedents(
            self.complaint.cause, self.complaint.customer_id, exclude_complaint_id=self.complaint.id
        )
        self.show_precedents(found)

    def value_html(self, value: CustomerValue) -> str:
        lines = [f"<b>{escape(value.name)}</b> — {escape(enum_text(value.segment))}"]
        if value.care is not Care.NONE:
            lines.append(f"<b style='color:#1d3f8f'>{escape(enum_text(value.care))}</b>")
        lines.append(escape(self.tr("{tenure}, with the shop since {since}").format(
            tenure=enum_text(value.tenure), since=format_date(value.customer_since))))
        lines.append(escape(self.tr("{n} complaints ({recent} in the last 12 months)").format(
            n=value.complaints, recent=value.complaints_12m)))
        if value.compensation_cents:
            lines.append(escape(self.tr("Given so far: {amount} (cost to the shop {cost})").format(
                amount=format_money(value.compensation_cents, self.currency),
                cost=format_money(value.cost_cents, self.currency))))
        if value.average_satisfaction is not None:
            lines.append(escape(self.tr("Average satisfaction after recovery: {score:.1f}/5")
                                .format(score=value.average_satisfaction)))
        return "<br>".join(lines)

    def show_precedents(self, found: list[Precedent]) -> None:
        self.precedents.setVisible(bool(found))
        self.no_precedents.setVisible(not found)
        self.precedents.setRowCount(len(found))
        this_customer = self.tr("this customer")
        for row, p in enumerate(found):
            score = "" if p.satisfaction is None else f"{p.satisfaction}/5"
            fill_row(self.precedents, row, [
                p.ref, format_date(p.received_at),
                this_customer if p.same_customer else p.customer_name,
                enum_text(p.cause, "—"),
                " · ".join(t for t in (enum_text(p.kind), p.description) if t),
                format_money(p.amount_cents, self.currency) if p.amount_cents else "",
                yes_no(p.accepted), score], p.remedy_id)

    def save(self) -> None:
        assert self.complaint.id is not None  # the dialog is opened on a saved case
        data = RemedyInput(
            complaint_id=self.complaint.id, kind=self.kind.value(),
            description=self.description.text(), amount_cents=cents(self.amount),
            cost_cents=cents(self.cost), given_on=from_qdate(self.given_on.date()),
            given_by=self.given_by.currentData(), accepted=self.customer_accepted.value())
        if self.remedy is None:
            undo.run(self, lambda: recovery.add_remedy(self.archive, data, self.staff_id))
        else:
            remedy_id = self.remedy.id
            assert remedy_id is not None  # a remedy being corrected is a saved one
            undo.run(self, lambda: recovery.edit_remedy(self.archive, remedy_id, data,
                                                        self.staff_id))

