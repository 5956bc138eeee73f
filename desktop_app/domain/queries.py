"""What screens ask the archive for: filters and the light rows that answer them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.model import Cause, Channel, Severity, Status


@dataclass(frozen=True)
class CaseFilter:
    """A case-list query; every field left at None (or empty) does not filter."""

    text: str = ""
    status: Status | None = None
    open_only: bool = False
    cause: Cause | None = None
    channel: Channel | None = None
    severity: Severity | None = None
    staff_id: int | None = None
    customer_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    overdue_only: bool = False


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    ref: str
    received_at: datetime
    customer_id: int
    customer_name: str
    customer_phone: str
    channel: Channel
    product: str
    severity: Severity
    cause: Cause | None
    status: Status
    staff_name: str
    overdue: bool


@dataclass(frozen=True)
class HistoryItem:
    """One earlier complaint of a customer, as shown beside the intake form and on their page."""

    complaint_id: int
    ref: str
    received_at: datetime
    product: str
    description: str
    cause: Cause | None
    status: Status
    remedies: str
    compensation_cents: int
    satisfaction: int | None


@dataclass(frozen=True)
class CustomerMatch:
    """A customer offered by the intake form's look-up."""

    id: int
    name: str
    phone: str
    email: str
    complaints: int
