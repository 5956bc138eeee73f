"""The recovery part of a case: remedies, follow-ups, diagnosis and attachments, as input rules.

Also what good looks like for each of the five recovery steps, when a follow-up falls due after a
remedy, how long a customer has been with the shop, and money typed as text. Messages and hints are
English sources marked for translation; the UI shows them translated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.model import Cause, FollowUpMethod, RecoveryStep, RemedyKind, ShopProfile
from desktop_app.domain.validate import (
    EARLIEST_DATE,
    FUTURE_TOLERANCE,
    MAX_TEXT,
    FieldError,
    ValidationError,
    _text,
)

MAX_CENTS = 1_000_000_000  # 10,000,000.00 in the shop's currency: beyond that it is a typo
MAX_REMEDY_TEXT = 2000
MAX_DIAGNOSIS_TEXT = 5000
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_THUMBNAIL_BYTES = 512 * 1024

STEP_HINTS: dict[RecoveryStep, str] = {
    RecoveryStep.APOLOGY: _N(
        "RecoveryHint", "Good: you said sorry in the first minutes, in your own name, before "
        "explaining anything, and you did not argue."),
    RecoveryStep.URGENT_FIX: _N(
        "RecoveryHint", "Good: what went wrong was put right on the spot (new dish, corrected "
        "bill, redone order) and the customer knows what happens next and when."),
    RecoveryStep.EMPATHY: _N(
        "RecoveryHint", "Good: the customer heard you name the trouble it caused them and how "
        "they feel; you wrote their words down and read them back."),
    RecoveryStep.COMPENSATION: _N(
        "RecoveryHint", "Good: a gesture the customer values and the shop can afford, in "
        "proportion to the harm and to what the customer means to the shop."),
    RecoveryStep.FOLLOW_UP: _N(
        "RecoveryHint", "Good: you called back after the fix, asked whether the remedy worked and "
        "anything is still wrong, and told the team what you heard."),
}


class Tenure(CodedEnum):
    """How long a customer has been with the shop: new ones and loyal ones deserve special care."""

    NEW = "new", _N("Tenure", "New customer")
    ESTABLISHED = "established", _N("Tenure", "Established customer")
    LOYAL = "loyal", _N("Tenure", "Loyal long-standing customer")


NEW_FOR_DAYS = 180
LOYAL_AFTER_DAYS = 2 * 365


def tenure(customer_since: date, today: date) -> Tenure:
    days = (today - customer_since).days
    if days < NEW_FOR_DAYS:
        return Tenure.NEW
    return Tenure.LOYAL if days >= LOYAL_AFTER_DAYS else Tenure.ESTABLISHED


class FollowUpBucket(CodedEnum):
    """Where a planned follow-up stands on the morning list."""

    OVERDUE = "overdue", _N("FollowUpBucket", "Overdue")
    TODAY = "today", _N("FollowUpBucket", "Due today")
    UPCOMING = "upcoming", _N("FollowUpBucket", "Upcoming")


def bucket(due_on: date, today: date) -> FollowUpBucket:
    if due_on < today:
        return FollowUpBucket.OVERDUE
    return FollowUpBucket.TODAY if due_on == today else FollowUpBucket.UPCOMING


def follow_up_due_on(given_on: date, shop: ShopProfile) -> date:
    """When to check back after a remedy, under the shop's follow-up setting."""
    return given_on + timedelta(days=shop.follow_up_after_days)


def default_method(phone: str, email: str) -> FollowUpMethod:
    """How to reach a customer: a call is the most honest follow-up, e-mail if there is no phone."""
    if phone or not email:
        return FollowUpMethod.PHONE
    return FollowUpMethod.EMAIL


# Money ------------------------------------------------------------------------------------------

_MONEY = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$")
_CURRENCY_SIGNS = "¥￥$€£ \u00a0"


def parse_money(text: str) -> int:
    """Cents from what a clerk types: "12", "12.5", "1,200.00", "¥12.50". ValueError otherwise."""
    cleaned = (text or "").strip().strip(_CURRENCY_SIGNS).replace("元", "").strip()
    cleaned = cleaned.translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,"))
    if not cleaned:
        return 0
    match = _MONEY.match(cleaned)
    if not match:
        raise ValueError(f"not an amount of money: {text!r}")
    whole, fraction = match.group(1).replace(",", ""), (match.group(2) or "").ljust(2, "0")
    return int(whole) * 100 + int(fraction or 0)


def format_cents(cents: int) -> str:
    """Cents as plain "1234.50" for an edit field (documents format money per language)."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


# Remedies ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RemedyInput:
    """A remedy as the case view hands it over; `given_on` None means today."""

    complaint_id: int
    kind: RemedyKind | None
    description: str = ""
    amount_cents: int = 0
    cost_cents: int = 0
    given_on: date | None = None
    given_by: int | None = None
    accepted: bool | None = None


def _money(errors: list[FieldError], name: str, value) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        errors.append(FieldError(name, _N("Validation", "Not an amount of money.")))
    elif value < 0:
        errors.append(FieldError(name, _N("Validation", "The amount cannot be negative.")))
    elif value > MAX_CENTS:
        errors.append(FieldError(name, _N("Validation", "The amount is at most {limit}."),
                                 {"limit": "10,000,000.00"}))


def _day(errors: list[FieldError], name: str, value: date | None, today: date) -> None:
    if value is not None and value < EARLIEST_DATE.date():
        errors.append(FieldError(name, _N("Validation", "This date is too long ago.")))
    elif value is not None and value > today + timedelta(days=366):
        errors.append(FieldError(name, _N("Validation", "This date is more than a year ahead.")))


def check_remedy(data: RemedyInput, today: date) -> RemedyInput:
    """The input, trimmed and dated, or ValidationError listing every broken rule."""
    errors: list[FieldError] = []
    description = _text(errors, "description", data.description, MAX_REMEDY_TEXT, required=False)
    if data.kind is None:
        errors.append(FieldError("kind", _N("Validation", "Please choose one.")))
    _money(errors, "amount_cents", data.amount_cents)
    _money(errors, "cost_cents", data.cost_cents)
    _day(errors, "given_on", data.given_on, today)
    if errors:
        raise ValidationError(errors)
    return replace(data, description=description, given_on=data.given_on or today)


# Follow-ups -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FollowUpResult:
    """What the customer said when the shop checked back; `next_due_on` plans another call."""

    done_at: datetime | None
    method: FollowUpMethod = FollowUpMethod.PHONE
    satisfaction: int | None = None
    recovery_accepted: bool | None = None
    will_return: bool | None = None
    still_wrong: str = ""
    notes: str = ""
    next_due_on: date | None = None


def check_follow_up_result(data: FollowUpResult, now: datetime) -> FollowUpResult:
    """The result, trimmed, or ValidationError listing every broken rule."""
    errors: list[FieldError] = []
    still_wrong = _text(errors, "still_wrong", data.still_wrong, MAX_REMEDY_TEXT, required=False)
    notes = _text(errors, "notes", data.notes, MAX_TEXT, required=False)
    if data.done_at is None:
        errors.append(FieldError("done_at", _N("Validation", "This field is required.")))
    elif data.done_at > now + FUTURE_TOLERANCE:
        errors.append(FieldError("done_at", _N("Validation", "This date is in the future.")))
    elif data.done_at < EARLIEST_DATE:
        errors.append(FieldError("done_at", _N("Validation", "This date is too long ago.")))
    if data.satisfaction is not None and data.satisfaction not in range(1, 6):
        errors.append(FieldError("satisfaction", _N("Validation", "Choose from 1 to 5.")))
    if data.next_due_on is not None and data.done_at and data.next_due_on <= data.done_at.date():
        errors.append(FieldError("next_due_on", _N(
            "Validation", "The next follow-up must come after this one.")))
    if errors:
        raise ValidationError(errors)
    return replace(data, still_wrong=still_wrong, notes=notes)


def check_due_on(due_on: date | None, received_on: date, today: date) -> date:
    """A follow-up date the clerk picked, or ValidationError (field "due_on")."""
    errors: list[FieldError] = []
    if due_on is None:
        errors.append(FieldError("due_on", _N("Validation", "This field is required.")))
    elif due_on < received_on:
        errors.append(FieldError("due_on", _N(
            "Validation", "A follow-up cannot be due before the complaint was received.")))
    else:
        _day(errors, "due_on", due_on, today)
    if errors or due_on is None:  # due_on None always adds an error
        raise ValidationError(errors)
    return due_on


# Diagnosis --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Diagnosis:
    """Why it went wrong (taxonomy and the shop's own words) and what the shop changed."""

    cause: Cause | None
    root_cause: str = ""
    improvement: str = ""


def check_diagnosis(data: Diagnosis) -> Diagnosis:
    errors: list[FieldError] = []
    root = _text(errors, "root_cause", data.root_cause, MAX_DIAGNOSIS_TEXT, required=False)
    improvement = _text(errors, "improvement", data.improvement, MAX_DIAGNOSIS_TEXT,
                        required=False)
    if errors:
        raise ValidationError(errors)
    return replace(data, root_cause=root, improvement=improvement)


def check_reason(reason: str, field: str = "reason") -> str:
    """A reason the clerk must give (reopening, deleting), trimmed, or ValidationError."""
    errors: list[FieldError] = []
    reason = _text(errors, field, reason, MAX_REMEDY_TEXT, required=True)
    if errors:
        raise ValidationError(errors)
    return reason


# Attachments ------------------------------------------------------------------------------------

# The first bytes of each accepted kind of file, so a renamed .exe is not stored as a photo.
_SIGNATURES = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/webp": (b"RIFF",),
    "application/pdf": (b"%PDF-",),
}
ATTACHMENT_TYPES: dict[str, tuple[str, ...]] = {
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "application/pdf": (".pdf",),
}


def mime_for_filename(filename: str) -> str | None:
    """The accepted type a file name suggests, or None (for the UI's file dialog and drops)."""
    lower = filename.lower()
    return next((m for m, ends in ATTACHMENT_TYPES.items() if lower.endswith(ends)), None)


def _looks_like(mime: str, data: bytes) -> bool:
    if mime == "image/webp" and data[8:12] != b"WEBP":
        return False
    return data.startswith(_SIGNATURES[mime])


def check_attachment(filename: str, mime: str, data: bytes, thumbnail: bytes) -> str:
    """The cleaned file name (no folders), or ValidationError saying why the file is refused."""
    errors: list[FieldError] = []
    name = re.split(r"[\\/]", (filename or "").strip())[-1]
    name = _text(errors, "filename", name, 255, required=True)
    mime = (mime or "").lower()
    if len(data) > MAX_ATTACHMENT_BYTES:
        errors.append(FieldError("data", _N(
            "Validation", "The file is {size} MB; attachments may be at most {limit} MB. "
            "Scale the picture down or choose a smaller file."),
            {"size": f"{len(data) / 1024 / 1024:.1f}", "limit": 10}))
    elif mime not in _SIGNATURES or not _looks_like(mime, data):
        errors.append(FieldError("data", _N(
            "Validation", "Only pictures (PNG, JPEG, GIF, WebP) and PDF files can be attached.")))
    if len(thumbnail) > MAX_THUMBNAIL_BYTES:
        errors.append(FieldError("thumbnail", _N("Validation",
                                                 "The preview picture is too large.")))
    if errors:
        raise ValidationError(errors)
    return name
