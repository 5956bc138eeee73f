"""The records Amends keeps, as frozen dataclasses, and the closed lists they use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.labels import CodedEnum


class Channel(CodedEnum):
    IN_PERSON = "in_person", _N("Channel", "In person")
    PHONE = "phone", _N("Channel", "Phone")
    EMAIL = "email", _N("Channel", "E-mail")
    ONLINE = "online", _N("Channel", "Online / social media")
    LETTER = "letter", _N("Channel", "Letter")


class Feeling(CodedEnum):
    """How the customer felt when complaining, calmest first."""

    CALM = "calm", _N("Feeling", "Calm")
    DISAPPOINTED = "disappointed", _N("Feeling", "Disappointed")
    UPSET = "upset", _N("Feeling", "Upset")
    ANGRY = "angry", _N("Feeling", "Angry")


class Expectation(CodedEnum):
    REFUND = "refund", _N("Expectation", "Refund")
    EXCHANGE = "exchange", _N("Expectation", "Exchange")
    REPAIR = "repair", _N("Expectation", "Repair")
    APOLOGY = "apology", _N("Expectation", "Apology")
    EXPLANATION = "explanation", _N("Expectation", "Explanation")
    COMPENSATION = "compensation", _N("Expectation", "Compensation")
    OTHER = "other", _N("Expectation", "Other")


class Severity(CodedEnum):
    LOW = "low", _N("Severity", "Low")
    MEDIUM = "medium", _N("Severity", "Medium")
    HIGH = "high", _N("Severity", "High")
    CRITICAL = "critical", _N("Severity", "Critical")


class Spread(CodedEnum):
    """How widespread the problem is."""

    ONE = "one", _N("Spread", "This customer only")
    SEVERAL = "several", _N("Spread", "Several customers")


class Cause(CodedEnum):
    """Why complaints happen: the taxonomy of the customer-relationship textbooks."""

    PRODUCT_QUALITY = "product_quality", _N("Cause", "Product quality")
    STAFF_ATTITUDE = "staff_attitude", _N("Cause", "Staff attitude")
    SLOW_HANDLING = "slow_handling", _N("Cause", "Slow handling / passing the buck")
    WAITING = "waiting", _N("Cause", "Waiting time")
    BILLING = "billing", _N("Cause", "Billing or pricing error")
    BROKEN_PROMISE = "broken_promise", _N("Cause", "Broken promise")
    DETAIL = "detail", _N("Cause", "Detail overlooked")
    COMMUNICATION = "communication", _N("Cause", "Poor communication")
    DELIVERY_STOCK = "delivery_stock", _N("Cause", "Delivery or stock")
    POLICY = "policy", _N("Cause", "Policy (returns, warranty)")
    MISUNDERSTANDING = "misunderstanding", _N("Cause", "Misunderstanding")
    UNEQUAL_TREATMENT = "unequal_treatment", _N("Cause", "Unequal treatment")
    STAFF_TURNOVER = "staff_turnover", _N("Cause", "Staff turnover")
    COMPETITOR = "competitor", _N("Cause", "Competitor lure")
    CUSTOMER_MISTAKE = "customer_mistake", _N("Cause", "Customer's own mistake")
    OTHER = "other", _N("Cause", "Other")


class Status(CodedEnum):
    """The steps of the complaint-handling procedure."""

    RECEIVED = "received", _N("Status", "Received")
    ACKNOWLEDGED = "acknowledged", _N("Status", "Acknowledged")
    INVESTIGATING = "investigating", _N("Status", "Investigating")
    REMEDY_AGREED = "remedy_agreed", _N("Status", "Remedy agreed")
    REMEDY_DONE = "remedy_done", _N("Status", "Remedy carried out")
    FOLLOW_UP = "follow_up", _N("Status", "Following up")
    RECOVERED = "recovered", _N("Status", "Closed: recovered")
    NOT_RECOVERED = "not_recovered", _N("Status", "Closed: not recovered")

    @property
    def is_closed(self) -> bool:
        return self in (Status.RECOVERED, Status.NOT_RECOVERED)


class RemedyKind(CodedEnum):
    REFUND = "refund", _N("RemedyKind", "Refund")
    EXCHANGE = "exchange", _N("RemedyKind", "Exchange")
    REPAIR = "repair", _N("RemedyKind", "Repair")
    CORRECTION = "correction", _N("RemedyKind", "Correction (bill, order)")
    DISCOUNT = "discount", _N("RemedyKind", "Discount")
    VOUCHER = "voucher", _N("RemedyKind", "Voucher")
    GIFT = "gift", _N("RemedyKind", "Gift")
    UPGRADE = "upgrade", _N("RemedyKind", "Upgrade")
    APOLOGY_ONLY = "apology_only", _N("RemedyKind", "Apology only")
    EXPLANATION = "explanation", _N("RemedyKind", "Explanation")
    OTHER = "other", _N("RemedyKind", "Other")


class FollowUpMethod(CodedEnum):
    PHONE = "phone", _N("FollowUpMethod", "Phone")
    EMAIL = "email", _N("FollowUpMethod", "E-mail")
    VISIT = "visit", _N("FollowUpMethod", "Visit")
    LETTER = "letter", _N("FollowUpMethod", "Letter")


class RecoveryStep(CodedEnum):
    """The five steps of service recovery, in order."""

    APOLOGY = "apology", _N("RecoveryStep", "Apology")
    URGENT_FIX = "urgent_fix", _N("RecoveryStep", "Urgent fix")
    EMPATHY = "empathy", _N("RecoveryStep", "Empathy")
    COMPENSATION = "compensation", _N("RecoveryStep", "Compensation")
    FOLLOW_UP = "follow_up", _N("RecoveryStep", "Follow-up")


class Segment(CodedEnum):
    """A customer's value to the shop."""

    KEY = "key", _N("Segment", "Key customer")
    REGULAR = "regular", _N("Segment", "Regular customer")
    OCCASIONAL = "occasional", _N("Segment", "Occasional customer")


class Care(CodedEnum):
    """Why a customer deserves special care, if they do."""

    NONE = "none", _N("Care", "No special care")
    LOYAL = "loyal", _N("Care", "Loyal long-standing")
    LARGE = "large", _N("Care", "Profitable large customer")
    POTENTIAL = "potential", _N("Care", "Small with potential")
    STRATEGIC = "strategic", _N("Care", "Strategic new customer")


class Language(CodedEnum):
    ZH_CN = "zh_CN", _N("Language", "简体中文")
    ZH_TW = "zh_TW", _N("Language", "繁體中文")
    EN = "en", _N("Language", "English")


class LetterKind(CodedEnum):
    APOLOGY = "apology", _N("LetterKind", "Acknowledgement and apology")
    RESOLUTION = "resolution", _N("LetterKind", "Resolution")
    FOLLOW_UP = "follow-up", _N("LetterKind", "Follow-up and thanks")


@dataclass(frozen=True)
class ShopProfile:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None
    currency: str = "CNY"
    language: Language = Language.ZH_CN
    paper_size: str = "A4"
    ack_target_hours: int = 24
    resolve_target_days: int = 7
    follow_up_after_days: int = 3


@dataclass(frozen=True)
class Staff:
    id: int | None
    name: str
    active: bool = True


@dataclass(frozen=True)
class Customer:
    id: int | None
    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    language: Language = Language.ZH_CN
    consent: bool = False
    segment: Segment = Segment.REGULAR
    care: Care = Care.NONE
    notes: str = ""
    created_at: datetime | None = None
    erased: bool = False


@dataclass(frozen=True)
class Complaint:
    id: int | None
    ref: str
    customer_id: int
    received_at: datetime
    channel: Channel
    received_by: int | None
    description: str
    feeling: Feeling
    expectation: Expectation
    severity: Severity
    spread: Spread = Spread.ONE
    product: str = ""
    order_no: str = ""
    cause: Cause | None = None
    root_cause: str = ""
    improvement: str = ""
    status: Status = Status.RECEIVED
    response_due: datetime | None = None
    resolution_due: datetime | None = None
    acknowledged_at: datetime | None = None
    first_response_at: datetime | None = None
    first_closed_at: datetime | None = None
    closed_at: datetime | None = None
    reopen_count: int = 0
    not_accepted_options: str = ""


@dataclass(frozen=True)
class Remedy:
    id: int | None
    complaint_id: int
    kind: RemedyKind
    description: str = ""
    amount_cents: int = 0
    cost_cents: int = 0
    given_on: date | None = None
    given_by: int | None = None
    accepted: bool | None = None


@dataclass(frozen=True)
class FollowUp:
    id: int | None
    complaint_id: int
    due_on: date
    method: FollowUpMethod = FollowUpMethod.PHONE
    done_at: datetime | None = None
    done_by: int | None = None
    satisfaction: int | None = None
    recovery_accepted: bool | None = None
    will_return: bool | None = None
    still_wrong: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ChecklistTick:
    complaint_id: int
    step: RecoveryStep
    done_at: datetime
    done_by: int | None
    note: str = ""


@dataclass(frozen=True)
class Event:
    """One line of the audit trail: who changed what, when, from which value to which."""

    id: int | None
    at: datetime
    staff_id: int | None
    entity: str
    entity_id: int | None
    action: str
    complaint_id: int | None = None
    field: str = ""
    old: str = ""
    new: str = ""


@dataclass(frozen=True)
class LetterRecord:
    id: int | None
    complaint_id: int
    kind: LetterKind
    language: Language
    made_at: datetime
    made_by: int | None
    pdf: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class Attachment:
    id: int | None
    complaint_id: int
    filename: str
    mime: str
    added_at: datetime
    data: bytes = field(default=b"", repr=False)
    thumbnail: bytes = field(default=b"", repr=False)


def paper_language(chosen: Language | str | None, customer: Customer | None,
                   shop: ShopProfile) -> Language:
    """The language a paper is written in: the one asked for, else the customer's it is for
    (letters, case sheets), else the shop's (summaries, forms, job tags)."""
    if chosen:
        return Language(chosen)
    return customer.language if customer is not None else shop.language
