"""Input rules for what a clerk types: each broken rule is a FieldError naming its field.

Messages are English source strings marked for translation (context "Validation"); the UI shows
them translated next to the field. What passes is kept exactly as typed, only trimmed at the ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import datetime, timedelta

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import (
    Cause,
    Channel,
    Expectation,
    Feeling,
    Language,
    Severity,
    Spread,
)

MAX_NAME = 200
MAX_LINE = 500
MAX_TEXT = 50_000
EARLIEST_DATE = datetime(2000, 1, 1)
FUTURE_TOLERANCE = timedelta(minutes=10)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PHONE_ALLOWED = re.compile(
    r"^[0-9０-９+\-–()（）.\s/,#*]*(?:(?:ext\.?|x|转|分机)\s*[0-9]+)?$", re.I)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class FieldError:
    """A broken rule: `message` is the untranslated template, `values` fill its {placeholders}."""

    field: str
    message: str
    values: dict = dataclass_field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.message.format(**self.values)


class ValidationError(ValueError):
    """Raised when input breaks a rule; carries every FieldError found, not just the first."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.text}" for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    language: Language = Language.ZH_CN
    consent: bool = False


@dataclass(frozen=True)
class ComplaintInput:
    received_at: datetime | None
    channel: Channel | None
    description: str
    feeling: Feeling | None
    expectation: Expectation | None
    severity: Severity | None
    received_by: int | None = None
    product: str = ""
    order_no: str = ""
    spread: Spread = Spread.ONE
    cause: Cause | None = None


def phone_digits(phone: str) -> str:
    """The digits of a phone number in any format (full-width digits included), for look-ups."""
    # isdecimal, not isdigit: "²" is a digit that int() refuses (found by the property test).
    return "".join(str(int(ch)) for ch in phone if ch.isdecimal())


def _text(errors: list[FieldError], name: str, value: str, limit: int, required: bool) -> str:
    value = (value or "").strip()
    if required and not value:
        errors.append(FieldError(name, _N("Validation", "This field is required.")))
    elif len(value) > limit:
        message = _N("Validation", "Too long: at most {limit} characters.")
        errors.append(FieldError(name, message, {"limit": limit}))
    elif _CONTROL.search(value):
        errors.append(FieldError(name, _N("Validation", "Contains invisible control characters.")))
    return value


def check_customer(data: CustomerInput) -> CustomerInput:
    """The input, trimmed, or ValidationError listing every broken rule."""
    errors: list[FieldError] = []
    name = _text(errors, "name", data.name, MAX_NAME, required=True)
    phone = _text(errors, "phone", data.phone, 40, required=False)
    email = _text(errors, "email", data.email, MAX_NAME, required=False)
    address = _text(errors, "address", data.address, MAX_LINE * 2, required=False)
    if phone and not any(e.field == "phone" for e in errors):
        digits = phone_digits(phone)
        if not _PHONE_ALLOWED.match(phone) or not 3 <= len(digits) <= 20:
            errors.append(FieldError("phone", _N(
                "Validation", "Not a phone number: use digits, spaces, + - ( ) and an extension.")))
    if email and not any(e.field == "email" for e in errors) and not _EMAIL.match(email):
        message = _N("Validation", "Not an e-mail address (name@example.com).")
        errors.append(FieldError("email", message))
    if errors:
        raise ValidationError(errors)
    return replace(data, name=name, phone=phone, email=email, address=address)


def check_complaint(data: ComplaintInput, now: datetime) -> ComplaintInput:
    """The input, trimmed, or ValidationError listing every broken rule."""
    errors: list[FieldError] = []
    description = _text(errors, "description", data.description, MAX_TEXT, required=True)
    product = _text(errors, "product", data.product, MAX_LINE, required=False)
    order_no = _text(errors, "order_no", data.order_no, 100, required=False)
    if data.received_at is None:
        errors.append(FieldError("received_at", _N("Validation", "This field is required.")))
    elif data.received_at > now + FUTURE_TOLERANCE:
        errors.append(FieldError("received_at", _N("Validation", "This date is in the future.")))
    elif data.received_at < EARLIEST_DATE:
        errors.append(FieldError("received_at", _N("Validation", "This date is too long ago.")))
    for name in ("channel", "feeling", "expectation", "severity"):
        if getattr(data, name) is None:
            errors.append(FieldError(name, _N("Validation", "Please choose one.")))
    if errors:
        raise ValidationError(errors)
    return replace(data, description=description, product=product, order_no=order_no)
