"""The plain records the monthly recovery summary is computed from, and the reporting period.

The archive fills these in a few set-based queries (archive/reporting.py); domain/metrics.py turns
them into figures. Nothing here knows SQL or Qt, so every figure can be tested on hand-made records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from desktop_app.domain.model import (
    Cause,
    Channel,
    RemedyKind,
    Severity,
    ShopProfile,
    Status,
)
from desktop_app.domain.satisfaction import Insights


@dataclass(frozen=True)
class RemedyFact:
    kind: RemedyKind
    amount_cents: int = 0
    cost_cents: int = 0


@dataclass(frozen=True)
class FollowUpFact:
    done_at: datetime | None = None
    satisfaction: int | None = None
    will_return: bool | None = None
    recovery_accepted: bool | None = None


@dataclass(frozen=True)
class CaseFacts:
    """One complaint with what the figures need: timestamps, labels, remedies, follow-ups."""

    id: int
    ref: str
    customer_id: int
    received_at: datetime
    channel: Channel
    severity: Severity
    status: Status
    cause: Cause | None = None
    product: str = ""
    staff_id: int | None = None
    acknowledged_at: datetime | None = None
    first_response_at: datetime | None = None
    first_closed_at: datetime | None = None
    closed_at: datetime | None = None
    reopen_count: int = 0
    remedies: tuple[RemedyFact, ...] = ()
    follow_ups: tuple[FollowUpFact, ...] = ()


@dataclass(frozen=True)
class OpenCase:
    """A case still open on the day the report is made, for the open and overdue tables."""

    id: int
    ref: str
    received_at: datetime
    customer_name: str
    status: Status
    cause: Cause | None = None
    staff_name: str = ""
    acknowledged_at: datetime | None = None


@dataclass(frozen=True)
class RepeatComplainer:
    customer_id: int
    name: str
    complaints: int
    last_received_at: datetime
    open_cases: int = 0


@dataclass(frozen=True)
class Improvement:
    """What the shop changed because of a complaint (从补救经历中学习)."""

    complaint_id: int
    ref: str
    cause: Cause | None
    text: str


@dataclass(frozen=True)
class MonthCount:
    """One month of the 12-month trend: complaints received and how many of them are resolved."""

    month: date
    received: int
    resolved: int


@dataclass(frozen=True)
class OpeningHours:
    """The shop's opening hours, the same every day (e.g. 09:00–21:00)."""

    opens: time = time(9, 0)
    closes: time = time(21, 0)

    @classmethod
    def parse(cls, text: str) -> OpeningHours:
        """'09:00-21:00' (also with – or ~); the default hours when the text is empty or unclear."""
        found = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*[-–~至]\s*(\d{1,2}):(\d{2})\s*", text or "")
        if not found:
            return cls()
        h1, m1, h2, m2 = (int(x) for x in found.groups())
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
            return cls()
        closes = time(23, 59, 59) if h2 == 24 else time(h2, m2)
        if closes <= time(h1, m1):
            return cls()
        return cls(time(h1, m1), closes)

    def __str__(self) -> str:
        return f"{self.opens:%H:%M}–{self.closes:%H:%M}"


@dataclass(frozen=True)
class Period:
    """Days `start` up to but not including `end` (a month is 1 Oct → 1 Nov)."""

    start: date
    end: date

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), add_months(date(year, month, 1), 1))

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """'2026-10' → October 2026; ValueError for anything else."""
        found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
        if not found or not 1 <= int(found.group(2)) <= 12:
            raise ValueError(f"not a month (YYYY-MM): {text!r}")
        return cls.month(int(found.group(1)), int(found.group(2)))

    def previous(self) -> Period:
        """The period of the same length just before (for a month: the month before)."""
        if self.is_month:
            return Period(add_months(self.start, -1), self.start)
        return Period(self.start - (self.end - self.start), self.start)

    @property
    def is_month(self) -> bool:
        return self.start.day == 1 and self.end == add_months(self.start, 1)

    def trend_start(self, months: int = 12) -> date:
        """The first day of the month `months - 1` before the period's last month."""
        last = date(self.end.year, self.end.month, 1)
        if last == self.end:
            last = add_months(last, -1)
        return add_months(last, -(months - 1))


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class ReportInputs:
    """Everything the summary of one period is computed from, read from the archive at `as_of`."""

    period: Period
    as_of: datetime
    shop: ShopProfile
    opening_hours: OpeningHours
    cases: tuple[CaseFacts, ...]
    previous: tuple[CaseFacts, ...]
    trend: tuple[MonthCount, ...] = ()
    open_cases: tuple[OpenCase, ...] = ()
    repeaters: tuple[RepeatComplainer, ...] = ()
    improvements: tuple[Improvement, ...] = ()
    staff_names: dict[int, str] = field(default_factory=dict)
    insights: Insights | None = None  # for the summary's drivers page, if read
