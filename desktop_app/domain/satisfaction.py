"""Satisfaction management: CSAT and the recovered share by customer type and by what the shop
did (channel, cause, remedy, staff, speed), shown only where enough answers back a figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.labels import CodedEnum

if TYPE_CHECKING:
    from desktop_app.domain.early_warnings import EarlyWarning, Effect

MIN_ANSWERS = 20  # below this a share swings by 10 points or more with one answer: not shown


class Factor(CodedEnum):
    SEGMENT = "segment", _N("Factor", "Customer segment")
    CARE = "care", _N("Factor", "Special care")
    CHANNEL = "channel", _N("Factor", "Channel")
    CAUSE = "cause", _N("Factor", "Cause")
    REMEDY = "remedy", _N("Factor", "Remedy given")
    STAFF = "staff", _N("Factor", "Staff member")
    ACK_SPEED = "ack_speed", _N("Factor", "Acknowledged")
    FIX_SPEED = "fix_speed", _N("Factor", "Resolved")


class Speed(CodedEnum):
    ACK_ON_TIME = "ack_on_time", _N("Speed", "Within target")
    ACK_LATE = "ack_late", _N("Speed", "Late or never")
    DAY_1 = "1d", _N("Speed", "Within 1 day")
    DAYS_3 = "3d", _N("Speed", "Within 3 days")
    DAYS_7 = "7d", _N("Speed", "Within 7 days")
    LATER = "later", _N("Speed", "Later")
    NOT_YET = "not_yet", _N("Speed", "Not resolved")


@dataclass(frozen=True)
class Answer:
    """A case's last follow-up answer, with the facts it may depend on (codes, not labels)."""

    satisfaction: int | None
    will_return: bool | None
    segment: str
    care: str
    channel: str
    cause: str | None
    remedies: tuple[str, ...]
    staff: str
    acknowledged_on_time: bool  # acknowledged by the target time (False: late or never)
    days_to_close: float | None  # received → first closed, calendar days; None: not yet


@dataclass(frozen=True)
class Driver:
    """One value of one factor: how many answers, the CSAT share and the recovered share."""

    factor: Factor
    value: str  # a code (or a staff name)
    answers: int
    satisfied: int  # answers of 4 or 5
    rated: int  # answers with a score
    returning: int  # said they will come back
    asked_return: int

    @property
    def csat(self) -> float | None:
        return self.satisfied / self.rated if self.rated else None

    @property
    def recovered(self) -> float | None:
        return self.returning / self.asked_return if self.asked_return else None

    @property
    def enough(self) -> bool:
        return self.rated >= MIN_ANSWERS


def ack_speed(a: Answer) -> Speed:
    """Acknowledged by the target time, or not (late or never)."""
    return Speed.ACK_ON_TIME if a.acknowledged_on_time else Speed.ACK_LATE


def fix_speed(a: Answer) -> Speed:
    """Received → first closed, in calendar days: ≤ 1, ≤ 3, ≤ 7, later, or not yet."""
    if a.days_to_close is None:
        return Speed.NOT_YET
    days = a.days_to_close
    for limit, speed in ((1, Speed.DAY_1), (3, Speed.DAYS_3), (7, Speed.DAYS_7)):
        if days <= limit:
            return speed
    return Speed.LATER


def _values(a: Answer) -> list[tuple[Factor, str]]:
    values = [(Factor.SEGMENT, a.segment), (Factor.CARE, a.care), (Factor.CHANNEL, a.channel),
              (Factor.CAUSE, a.cause or ""), (Factor.STAFF, a.staff),
              (Factor.ACK_SPEED, ack_speed(a).value), (Factor.FIX_SPEED, fix_speed(a).value)]
    values += [(Factor.REMEDY, kind) for kind in sorted(set(a.remedies))]
    return [(f, v) for f, v in values if v]


def drivers(answers: list[Answer]) -> list[Driver]:
    """Every factor value met in `answers`, worst CSAT first within each factor; values with
    fewer than MIN_ANSWERS scored answers are kept (with their n) but marked not `enough`."""
    tallies: dict[tuple[Factor, str], list[int]] = {}
    for a in answers:
        rated, asked = a.satisfaction is not None, a.will_return is not None
        satisfied = a.satisfaction is not None and a.satisfaction >= 4
        returning = bool(a.will_return)
        for key in _values(a):
            t = tallies.get(key)
            if t is None:
                t = tallies[key] = [0, 0, 0, 0, 0]
            t[0] += 1
            t[1] += satisfied
            t[2] += rated
            t[3] += returning
            t[4] += asked
    return ordered([Driver(f, v, *t) for (f, v), t in tallies.items()])


def ordered(found: list[Driver]) -> list[Driver]:
    """Factor by factor in their order; worst CSAT first within each (no answers: last)."""
    order = list(Factor)
    return sorted(found, key=lambda d: (order.index(d.factor), d.csat if d.csat is not None
                                        else 2.0, d.value))


def overall(answers: list[Answer]) -> Driver:
    """All answers together (factor SEGMENT, value "") — the CSAT the drivers are compared with."""
    rated = [a.satisfaction for a in answers if a.satisfaction is not None]
    asked = [a for a in answers if a.will_return is not None]
    return Driver(Factor.SEGMENT, "", len(answers), sum(score >= 4 for score in rated),
                  len(rated), sum(bool(a.will_return) for a in asked), len(asked))


def weakest(found: list[Driver], limit: int = 5) -> list[Driver]:
    """The factor values with enough answers and the lowest CSAT: where recovery goes worst."""
    shown = [d for d in found if d.enough and d.csat is not None]
    return sorted(shown, key=lambda d: (d.csat, -d.rated))[:limit]


class ImprovementStatus(CodedEnum):
    PLANNED = "planned", _N("ImprovementStatus", "Planned")
    IN_PROGRESS = "in_progress", _N("ImprovementStatus", "In progress")
    DONE = "done", _N("ImprovementStatus", "Done")
    DROPPED = "dropped", _N("ImprovementStatus", "Dropped")


@dataclass(frozen=True)
class ImprovementAction:
    """What the shop changed because of a root cause (从补救经历中学习), as an action."""

    id: int | None
    title: str
    owner: str
    due_on: date | None
    status: ImprovementStatus
    causes: tuple[str, ...]  # cause codes
    done_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class SimilarCase:
    """A closed past complaint whose text is like a new one: what was given, did it work."""

    complaint_id: int
    ref: str
    received_at: datetime
    description: str
    cause: str | None
    remedies: tuple[str, ...]  # remedy kind codes
    recovered: bool
    satisfaction: int | None
    score: float  # bm25: lower is more similar


@dataclass(frozen=True)
class Insights:
    """The dashboard section and the summary page: drivers of the 12 months to `end`, and every
    improvement with its effect per cause (effect None until done)."""

    start: date
    end: date
    overall: Driver
    drivers: tuple[Driver, ...]
    # Each improvement and cause: its effect (None until done) and any warning about it.
    improvements: tuple[tuple[ImprovementAction, str, Effect | None, EarlyWarning | None], ...]

    @property
    def weakest(self) -> list[Driver]:
        return weakest(list(self.drivers))

    @property
    def hidden(self) -> int:
        """Factor values left out for having fewer than MIN_ANSWERS scored answers."""
        return sum(not d.enough for d in self.drivers)
