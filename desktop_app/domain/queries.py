"""What screens ask the archive for: filters and the light rows that answer them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.model import (
    Care,
    Cause,
    Channel,
    Customer,
    FollowUpMethod,
    RemedyKind,
    Segment,
    Severity,
    Status,
)
from desktop_app.domain.recovery import FollowUpBucket, Tenure


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


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list (slots: a list scrolled to its end holds 300,000 of them)."""

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


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened to a case, oldest first on the case view.

    `summary` is an English source string (context "Timeline"), `field_label` one in context
    "Field"; `old`/`new` are display values: when `value_context` is set they are enum labels to
    translate in that context (e.g. "Status"), otherwise text to show as is. `detail` is the
    clerk's own text that goes with the event (a reason, a note, a remedy's description).
    """

    event_id: int
    at: datetime
    staff_id: int | None
    staff_name: str
    entity: str
    entity_id: int | None
    action: str
    summary: str
    field: str = ""
    field_label: str = ""
    old: str = ""
    new: str = ""
    value_context: str = ""
    detail: str = ""


@dataclass(frozen=True)
class FollowUpRow:
    """One planned follow-up on the Follow-ups screen and the morning printout."""

    follow_up_id: int
    complaint_id: int
    ref: str
    customer_id: int
    customer_name: str
    customer_phone: str
    due_on: date
    method: FollowUpMethod
    bucket: FollowUpBucket
    days_overdue: int
    status: Status
    staff_name: str


@dataclass(frozen=True)
class CustomerSummary:
    """One line of the customer archive; `repeat` and `unrecovered` make it stand out."""

    id: int
    name: str
    phone: str
    email: str
    segment: Segment
    care: Care
    complaints: int
    complaints_12m: int
    open_cases: int
    last_complaint_at: datetime | None
    compensation_cents: int
    average_satisfaction: float | None
    repeat: bool
    unrecovered: bool


@dataclass(frozen=True)
class Precedent:
    """A remedy given before, for the same cause or to the same customer, to weigh a new one."""

    remedy_id: int
    complaint_id: int
    ref: str
    received_at: datetime
    customer_id: int
    customer_name: str
    same_customer: bool
    cause: Cause | None
    kind: RemedyKind
    description: str
    amount_cents: int
    cost_cents: int
    accepted: bool | None
    satisfaction: int | None


@dataclass(frozen=True)
class CustomerValue:
    """What a customer means to the shop, shown while choosing a remedy."""

    customer_id: int
    name: str
    segment: Segment
    care: Care
    customer_since: date
    tenure: Tenure
    complaints: int
    complaints_12m: int
    compensation_cents: int
    cost_cents: int
    average_satisfaction: float | None


@dataclass(frozen=True)
class MergePreview:
    """Two customer records side by side before merging the duplicate into the one kept."""

    keep: Customer
    duplicate: Customer
    keep_summary: CustomerSummary
    duplicate_summary: CustomerSummary
    moving: tuple[HistoryItem, ...]
    filled_in: tuple[str, ...]
