"""The intake form as a draft: every field as JSON-able values, and back into the widgets.

Values are what the archive stores, never what the screen shows: enum codes, ISO date-times,
staff and customer ids. A draft from an older or newer Amends, or naming someone since erased,
restores what still fits and leaves the rest as a fresh form would have it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLineEdit

from desktop_app.ui.customer_lookup import CustomerSection
from desktop_app.ui.widgets import EnumCombo, from_qdatetime, to_qdatetime

VERSION = 1
_CUSTOMER_TEXTS = ("lookup", "name", "phone", "email", "address")
_COMPLAINT_TEXTS = ("product", "order_no")
_COMPLAINT_CHOICES = ("feeling", "expectation", "severity", "spread", "cause", "channel")


def form_state(customer: CustomerSection, complaint) -> dict:
    """Everything typed or chosen in the form (`complaint` is intake's ComplaintFields)."""
    who: dict[str, object]
    if customer.customer_id is not None:
        who = {"id": customer.customer_id}
    else:
        who = {name: _line(customer, name).text() for name in _CUSTOMER_TEXTS}
        who["language"] = _code(customer.language)
        who["consent"] = customer.consent.isChecked()
    what = {name: complaint.field(name).text() for name in _COMPLAINT_TEXTS}
    what["description"] = complaint.description.toPlainText()
    what.update({name: _code(complaint.field(name)) for name in _COMPLAINT_CHOICES})
    what["received_at"] = from_qdatetime(complaint.received_at.dateTime()).isoformat()
    what["received_by"] = complaint.received_by.currentData()
    return {"version": VERSION, "customer": who, "complaint": what}


def has_content(state: dict) -> bool:
    """Whether the clerk typed or chose anything about the complaint or a new customer; merely
    picking a known customer is not worth offering back."""
    who, what = state["customer"], state["complaint"]
    if any(who.get(name, "").strip() for name in _CUSTOMER_TEXTS):
        return True
    return bool(what["description"].strip() or any(what[n].strip() for n in _COMPLAINT_TEXTS)
                or any(what[n] for n in ("feeling", "expectation", "severity", "cause")))


def _line(section: CustomerSection, name: str) -> QLineEdit:
    """The line edit `name` of _CUSTOMER_TEXTS: all of them are QLineEdits."""
    widget = section.field(name)
    assert isinstance(widget, QLineEdit)
    return widget


def restore_form(state: dict, customer: CustomerSection, complaint) -> None:
    """Put a saved state back into a cleared form."""
    who, what = state.get("customer", {}), state.get("complaint", {})
    known = who.get("id")
    if isinstance(known, int) and not customer.archive.customers.customer(known).erased:
        customer.choose(known)
    else:
        for name in _CUSTOMER_TEXTS:
            _line(customer, name).setText(str(who.get(name) or ""))
        _choose(customer.language, who.get("language"))
        customer.consent.setChecked(bool(who.get("consent")))
    for name in _COMPLAINT_TEXTS:
        complaint.field(name).setText(str(what.get(name) or ""))
    complaint.description.setPlainText(str(what.get("description") or ""))
    for name in _COMPLAINT_CHOICES:
        _choose(complaint.field(name), what.get(name))
    try:
        complaint.received_at.setDateTime(to_qdatetime(datetime.fromisoformat(
            what["received_at"])))
    except (KeyError, TypeError, ValueError):
        pass  # no usable time: keep "now", which the clerk sees and can correct
    index = complaint.received_by.findData(what.get("received_by"))
    if index >= 0:  # someone no longer on the staff list: keep the one on duty
        complaint.received_by.setCurrentIndex(index)


def _code(combo: EnumCombo) -> str | None:
    member = combo.value()
    return None if member is None else member.value


def _choose(combo: EnumCombo, code: object) -> None:
    """Select the member with this code; an unknown code leaves the combo as it is."""
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
