"""Conversions between SQLite rows (dicts of text and numbers) and domain records."""

from __future__ import annotations

from datetime import date, datetime
from typing import overload

from desktop_app.domain.model import (
    Care,
    Cause,
    Channel,
    Complaint,
    Customer,
    Expectation,
    Feeling,
    Language,
    Segment,
    Severity,
    ShopProfile,
    Spread,
    Staff,
    Status,
)

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@overload
def to_text(value: datetime | date) -> str: ...
@overload
def to_text(value: None) -> None: ...
@overload
def to_text(value: datetime | date | None) -> str | None: ...


def to_text(value: datetime | date | None) -> str | None:
    """Timestamps as sortable local text, to the second; dates as YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime(TIME_FORMAT)
    return value.isoformat()


def to_datetime(text: str | None) -> datetime | None:
    # fromisoformat reads TIME_FORMAT ~100x faster than strptime; a list page converts 200 of
    # them, which was most of its time (bench/bench_list.py).
    return datetime.fromisoformat(text) if text else None


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def stored_datetime(text: str) -> datetime:
    """A NOT NULL time column's value (to_datetime for a column that may be empty)."""
    return datetime.fromisoformat(text)


def stored_date(text: str) -> date:
    """A NOT NULL date column's value (to_date for a column that may be empty)."""
    return date.fromisoformat(text)


def to_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def shop_from_row(row: dict) -> ShopProfile:
    return ShopProfile(
        name=row["name"],
        address=row["address"],
        phone=row["phone"],
        email=row["email"],
        logo=row["logo"],
        currency=row["currency"],
        language=Language(row["language"]),
        paper_size=row["paper_size"],
        ack_target_hours=row["ack_target_hours"],
        resolve_target_days=row["resolve_target_days"],
        follow_up_after_days=row["follow_up_after_days"],
    )


def staff_from_row(row: dict) -> Staff:
    return Staff(id=row["id"], name=row["name"], active=bool(row["active"]))


def customer_from_row(row: dict) -> Customer:
    return Customer(
        id=row["id"],
        name=row["name"],
        phone=row["phone"],
        email=row["email"],
        address=row["address"],
        language=Language(row["language"]),
        consent=bool(row["consent"]),
        segment=Segment(row["segment"]),
        care=Care(row["care"]),
        notes=row["notes"],
        created_at=to_datetime(row["created_at"]),
        erased=bool(row["erased"]),
    )


def complaint_from_row(row: dict) -> Complaint:
    return Complaint(
        id=row["id"],
        ref=row["ref"],
        customer_id=row["customer_id"],
        received_at=stored_datetime(row["received_at"]),
        channel=Channel(row["channel"]),
        received_by=row["received_by"],
        description=row["description"],
        feeling=Feeling(row["feeling"]),
        expectation=Expectation(row["expectation"]),
        severity=Severity(row["severity"]),
        spread=Spread(row["spread"]),
        product=row["product"],
        order_no=row["order_no"],
        cause=Cause.parse(row["cause"]),
        root_cause=row["root_cause"],
        improvement=row["improvement"],
        status=Status(row["status"]),
        response_due=to_datetime(row["response_due"]),
        resolution_due=to_datetime(row["resolution_due"]),
        acknowledged_at=to_datetime(row["acknowledged_at"]),
        first_response_at=to_datetime(row["first_response_at"]),
        first_closed_at=to_datetime(row["first_closed_at"]),
        closed_at=to_datetime(row["closed_at"]),
        reopen_count=row["reopen_count"],
        not_accepted_options=row["not_accepted_options"],
    )


def complaint_to_row(c: Complaint) -> dict:
    """The stored columns of a complaint, codes for enums and text for times."""
    return {
        "ref": c.ref,
        "customer_id": c.customer_id,
        "received_at": to_text(c.received_at),
        "channel": c.channel.value,
        "received_by": c.received_by,
        "description": c.description,
        "feeling": c.feeling.value,
        "expectation": c.expectation.value,
        "severity": c.severity.value,
        "spread": c.spread.value,
        "product": c.product,
        "order_no": c.order_no,
        "cause": c.cause.value if c.cause else None,
        "root_cause": c.root_cause,
        "improvement": c.improvement,
        "status": c.status.value,
        "response_due": to_text(c.response_due),
        "resolution_due": to_text(c.resolution_due),
        "acknowledged_at": to_text(c.acknowledged_at),
        "first_response_at": to_text(c.first_response_at),
        "first_closed_at": to_text(c.first_closed_at),
        "closed_at": to_text(c.closed_at),
        "reopen_count": c.reopen_count,
        "not_accepted_options": c.not_accepted_options,
    }
