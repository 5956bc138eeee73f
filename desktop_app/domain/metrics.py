"""Every figure of the monthly recovery summary, defined once as a pure function over records.

The PDF and the dashboard both show `summarise(inputs)`, so they can never disagree. Each figure's
plain-language definition is in DEFINITIONS (printed on the report's notes page). Shares keep their
numerator and denominator, so an empty month shows "—", never a division by zero.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.model import Cause, RemedyKind, ShopProfile, Status
from desktop_app.domain.reporting import (
    CaseFacts,
    Improvement,
    MonthCount,
    OpenCase,
    OpeningHours,
    Period,
    RepeatComplainer,
    ReportInputs,
)
from desktop_app.domain.satisfaction import Insights

MIN_ANSWERS = 5  # below this many follow-up answers a satisfaction percentage is not printed
_CARRIED_OUT = {Status.REMEDY_DONE, Status.FOLLOW_UP, Status.RECOVERED, Status.NOT_RECOVERED}
_Key = TypeVar("_Key")  # what pareto ranks: a cause, or its label


@dataclass(frozen=True)
class Definition:
    key: str
    title: str
    text: str


DEFINITIONS: tuple[Definition, ...] = tuple(Definition(k, t, d) for k, t, d in (
    ("received", _N("Metric", "Complaints received"), _N(
        "Metric", "Every complaint recorded with a received date in the month, whatever its "
        "channel; the arrow compares it with the month before.")),
    ("cause", _N("Metric", "Causes"), _N(
        "Metric", "Why the complaints happened, largest first; the line adds them up, so you can "
        "see which few causes make most of the complaints.")),
    ("acknowledgement", _N("Metric", "Acknowledgement time"), _N(
        "Metric", "From receiving the complaint to telling the customer \"we have it, I am on "
        "it\". Median: half the cases were faster; 90%: nine in ten were faster.")),
    ("resolution", _N("Metric", "Time to resolution"), _N(
        "Metric", "From receiving the complaint to closing it the first time; for cases that "
        "were reopened, also to the last close. In calendar time and in opening hours.")),
    ("target", _N("Metric", "Within target"), _N(
        "Metric", "Share of cases acknowledged within the shop's acknowledgement target, and "
        "share resolved within the resolution target. Cases still within their time are left "
        "out until they are done or late.")),
    ("reopen", _N("Metric", "Reopen rate"), _N(
        "Metric", "Cases that were reopened after being closed, divided by the cases closed "
        "at least once.")),
    ("resolved", _N("Metric", "Resolved"), _N(
        "Metric", "Share of the month's complaints that are closed (recovered or not) on the "
        "day the report is made.")),
    ("followed_up", _N("Metric", "Followed up"), _N(
        "Metric", "Of the complaints whose remedy was carried out, the share the shop called "
        "back afterwards to ask whether all is well now.")),
    ("csat", _N("Metric", "Satisfaction after recovery"), _N(
        "Metric", "Follow-up answers of 4 or 5 on the 1-5 scale, divided by all answers. With "
        "fewer than five answers no percentage is given.")),
    ("recovered", _N("Metric", "Customers recovered"), _N(
        "Metric", "Per customer, their latest complaint of the month: recovered when they said "
        "at the last follow-up that they will come back (or the case was closed as recovered); "
        "lost when they said they will not, or it was closed as not recovered.")),
    ("repeat", _N("Metric", "Repeat complainers"), _N(
        "Metric", "Customers with two or more complaints in the twelve months up to the end of "
        "the period.")),
    ("compensation", _N("Metric", "Compensation"), _N(
        "Metric", "Remedies given for the month's complaints, by kind: the value to the "
        "customer and what it cost the shop.")),
    ("open", _N("Metric", "Open cases"), _N(
        "Metric", "Complaints received up to the end of the period that are still open on the "
        "day the report is made, by how long ago they came in. Overdue: past the "
        "acknowledgement target without an acknowledgement, or past the resolution target.")),
    ("staff", _N("Metric", "Per staff member"), _N(
        "Metric", "Complaints each colleague took in during the month, and the satisfaction "
        "their customers gave at follow-up.")),
    ("improvements", _N("Metric", "Improvements recorded"), _N(
        "Metric", "What the shop changed because of a complaint, written down during the "
        "period, so that the same thing does not happen again.")),
))

AGE_BUCKETS: tuple[tuple[float, str], ...] = (
    (1, _N("Metric", "under 1 day")),
    (3, _N("Metric", "1-3 days")),
    (7, _N("Metric", "3-7 days")),
    (30, _N("Metric", "1-4 weeks")),
    (float("inf"), _N("Metric", "over 4 weeks")),
)


@dataclass(frozen=True)
class Share:
    """`part` of `whole`; `value` is None when there is nothing to divide (an empty month)."""

    part: int
    whole: int

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None

    @property
    def too_few(self) -> bool:
        """Fewer answers than it takes to quote the percentage with a straight face."""
        return self.whole < MIN_ANSWERS


@dataclass(frozen=True)
class TimeFigure:
    """Median and 90th percentile of some durations (in the unit the field name says)."""

    median: float | None
    p90: float | None
    n: int


@dataclass(frozen=True)
class Compensation:
    kind: RemedyKind
    count: int
    amount_cents: int
    cost_cents: int


@dataclass(frozen=True)
class StaffFigure:
    staff_id: int | None
    name: str
    cases: int
    csat: Share


@dataclass(frozen=True)
class CaseFigures:
    """The figures computed from one period's complaints."""

    received: int
    by_cause: tuple[tuple[Cause | None, int], ...]
    by_channel: tuple[tuple, ...]
    by_severity: tuple[tuple, ...]
    by_product: tuple[tuple[str, int], ...]
    ack_hours: TimeFigure
    ack_opening_hours: TimeFigure
    resolution_days: TimeFigure
    resolution_opening_hours: TimeFigure
    last_resolution_days: TimeFigure
    ack_on_target: Share
    resolved_on_target: Share
    reopen_rate: Share
    resolved: Share
    followed_up: Share
    csat: Share
    recovered: int
    lost: int
    compensation: tuple[Compensation, ...]
    staff: tuple[StaffFigure, ...]

    @property
    def compensation_amount(self) -> int:
        return sum(c.amount_cents for c in self.compensation)

    @property
    def compensation_cost(self) -> int:
        return sum(c.cost_cents for c in self.compensation)


@dataclass(frozen=True)
class Summary:
    """The monthly recovery summary: this period, the one before, and the state of open cases."""

    period: Period
    as_of: datetime
    shop: ShopProfile
    opening_hours: OpeningHours
    current: CaseFigures
    previous: CaseFigures
    trend: tuple[MonthCount, ...]
    open_by_age: tuple[tuple[str, int], ...]
    open_cases: tuple[OpenCase, ...]
    overdue: tuple[OpenCase, ...]
    repeaters: tuple[RepeatComplainer, ...]
    improvements: tuple[Improvement, ...]
    insights: Insights | None = None  # the drivers page, when it was read

    @property
    def biggest_rise(self) -> tuple[Cause | None, int, int] | None:
        return biggest_rise(self.current.by_cause, self.previous.by_cause)


# Durations and percentiles ------------------------------------------------------------------


def percentile(values: Iterable[float], fraction: float) -> float | None:
    """The value below which `fraction` of `values` lie, interpolating between neighbours."""
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def time_figure(values: Iterable[float]) -> TimeFigure:
    values = list(values)
    return TimeFigure(percentile(values, 0.5), percentile(values, 0.9), len(values))


def hours_between(start: datetime, end: datetime) -> float:
    return max((end - start).total_seconds(), 0) / 3600


def opening_hours_between(start: datetime, end: datetime, hours: OpeningHours) -> float:
    """Hours from `start` to `end` that fall inside the shop's daily opening hours."""
    if end <= start:
        return 0.0
    opens, closes = _seconds(hours.opens), _seconds(hours.closes)
    # Where in the opening hours of its day each moment falls (spelt out: the summary and the
    # dashboard call this for every case, ~16,000 times a month at 300,000 complaints).
    at_start = min(max(start.hour * 3600 + start.minute * 60 + start.second, opens), closes)
    at_end = min(max(end.hour * 3600 + end.minute * 60 + end.second, opens), closes)
    days = end.toordinal() - start.toordinal()
    if days == 0:
        return max(at_end - at_start, 0) / 3600
    return ((closes - at_start) + (days - 1) * (closes - opens) + (at_end - opens)) / 3600


def _seconds(moment) -> int:
    """Seconds since midnight of a time or datetime."""
    return moment.hour * 3600 + moment.minute * 60 + moment.second


# Figures over one period's cases -------------------------------------------------------------


def counts(cases: Iterable[CaseFacts], key: Callable[[CaseFacts], object]) -> tuple[tuple, ...]:
    """(value, number of cases) largest first; ties in first-seen order."""
    return tuple(Counter(key(c) for c in cases).most_common())


def pareto(by_cause: tuple[tuple[_Key, int], ...]) -> tuple[tuple[_Key, int, float], ...]:
    """(cause, count, cumulative share 0-1) largest first: the few causes behind most complaints.
    The summary passes cause labels instead of causes, so the key's type is left open."""
    total = sum(n for _, n in by_cause)
    running = 0
    rows: list[tuple[_Key, int, float]] = []
    for cause, n in by_cause:
        running += n
        rows.append((cause, n, running / total))
    return tuple(rows)


def biggest_rise(current: tuple, previous: tuple) -> tuple[Cause | None, int, int] | None:
    """The cause that grew most against the previous period: (cause, before, now), or None."""
    before = dict(previous)
    rises = [(n - before.get(cause, 0), cause, before.get(cause, 0), n) for cause, n in current]
    rises = [r for r in rises if r[0] > 0 and r[1] is not None]
    if not rises:
        return None
    _, cause, was, now = max(rises, key=lambda r: r[0])
    return cause, was, now


def ack_on_target(cases: Iterable[CaseFacts], shop: ShopProfile, as_of: datetime) -> Share:
    """Acknowledged within the target; unacknowledged cases count once their time is up."""
    return _on_target(cases, lambda c: c.acknowledged_at,
                      timedelta(hours=shop.ack_target_hours), as_of)


def resolved_on_target(cases: Iterable[CaseFacts], shop: ShopProfile, as_of: datetime) -> Share:
    """First closed within the resolution target; open cases count once their time is up."""
    return _on_target(cases, lambda c: c.first_closed_at,
                      timedelta(days=shop.resolve_target_days), as_of)


def _on_target(cases, done_at, allowed: timedelta, as_of: datetime) -> Share:
    met = whole = 0
    for case in cases:
        due = case.received_at + allowed
        done = done_at(case)
        if done is None and as_of <= due:
            continue  # still has time: neither met nor missed yet
        whole += 1
        met += done is not None and done <= due
    return Share(met, whole)


def reopen_rate(cases: Iterable[CaseFacts]) -> Share:
    closed = [c for c in cases if c.first_closed_at is not None]
    return Share(sum(c.reopen_count > 0 for c in closed), len(closed))


def resolved_share(cases: Iterable[CaseFacts]) -> Share:
    cases = list(cases)
    return Share(sum(c.status.is_closed for c in cases), len(cases))


def followed_up_share(cases: Iterable[CaseFacts]) -> Share:
    carried_out = [c for c in cases if c.status in _CARRIED_OUT]
    done = sum(any(f.done_at for f in c.follow_ups) for c in carried_out)
    return Share(done, len(carried_out))


def csat(cases: Iterable[CaseFacts]) -> Share:
    """Follow-up answers of 4 or 5 out of all answers given."""
    answers = [f.satisfaction for c in cases for f in c.follow_ups if f.satisfaction is not None]
    return Share(sum(a >= 4 for a in answers), len(answers))


def outcome(case: CaseFacts) -> bool | None:
    """True recovered, False lost, None not known yet (see DEFINITIONS['recovered'])."""
    said = [(f.done_at, f.will_return) for f in case.follow_ups
            if f.done_at is not None and f.will_return is not None]
    if said:
        return max(said, key=lambda pair: pair[0])[1]
    if case.status is Status.RECOVERED:
        return True
    if case.status is Status.NOT_RECOVERED:
        return False
    return None


def recovered_and_lost(cases: Iterable[CaseFacts]) -> tuple[int, int]:
    latest: dict[int, CaseFacts] = {}
    for case in cases:
        kept = latest.get(case.customer_id)
        if kept is None or (case.received_at, case.id) > (kept.received_at, kept.id):
            latest[case.customer_id] = case
    outcomes = [outcome(c) for c in latest.values()]
    return outcomes.count(True), outcomes.count(False)


def compensation(cases: Iterable[CaseFacts]) -> tuple[Compensation, ...]:
    """Per remedy kind: how many, value to customers, cost to the shop; largest value first."""
    totals: dict[RemedyKind, list[int]] = defaultdict(lambda: [0, 0, 0])
    for case in cases:
        for remedy in case.remedies:
            row = totals[remedy.kind]
            row[0] += 1
            row[1] += remedy.amount_cents
            row[2] += remedy.cost_cents
    rows = [Compensation(kind, *values) for kind, values in totals.items()]
    return tuple(sorted(rows, key=lambda r: (-r.amount_cents, -r.count, r.kind.value)))


def per_staff(cases: Iterable[CaseFacts], names: dict[int, str]) -> tuple[StaffFigure, ...]:
    grouped: dict[int | None, list[CaseFacts]] = defaultdict(list)
    for case in cases:
        grouped[case.staff_id].append(case)
    rows = [StaffFigure(sid, names.get(sid, "") if sid is not None else "", len(group),
                        csat(group)) for sid, group in grouped.items()]
    return tuple(sorted(rows, key=lambda r: (-r.cases, r.name)))


def case_figures(cases: tuple[CaseFacts, ...], shop: ShopProfile, hours: OpeningHours,
                 as_of: datetime, names: dict[int, str]) -> CaseFigures:
    acked = [(c.received_at, c.acknowledged_at) for c in cases if c.acknowledged_at is not None]
    closed = [(c.received_at, c.first_closed_at) for c in cases if c.first_closed_at is not None]
    reclosed = [(c.received_at, c.closed_at) for c in cases
                if c.reopen_count > 0 and c.closed_at is not None]
    recovered, lost = recovered_and_lost(cases)
    return CaseFigures(
        received=len(cases),
        by_cause=counts(cases, lambda c: c.cause),
        by_channel=counts(cases, lambda c: c.channel),
        by_severity=counts(cases, lambda c: c.severity),
        by_product=counts(cases, lambda c: c.product.strip()),
        ack_hours=time_figure(hours_between(start, end) for start, end in acked),
        ack_opening_hours=time_figure(
            opening_hours_between(start, end, hours) for start, end in acked),
        resolution_days=time_figure(hours_between(start, end) / 24 for start, end in closed),
        resolution_opening_hours=time_figure(
            opening_hours_between(start, end, hours) for start, end in closed),
        last_resolution_days=time_figure(
            hours_between(start, end) / 24 for start, end in reclosed),
        ack_on_target=ack_on_target(cases, shop, as_of),
        resolved_on_target=resolved_on_target(cases, shop, as_of),
        reopen_rate=reopen_rate(cases),
        resolved=resolved_share(cases),
        followed_up=followed_up_share(cases),
        csat=csat(cases),
        recovered=recovered,
        lost=lost,
        compensation=compensation(cases),
        staff=per_staff(cases, names),
    )


# Open cases and the whole summary ----------------------------------------------------------


def age_bucket(received_at: datetime, as_of: datetime) -> str:
    days = (as_of - received_at).total_seconds() / 86400
    return next(label for limit, label in AGE_BUCKETS if days < limit)


def open_by_age(open_cases: Iterable[OpenCase], as_of: datetime) -> tuple[tuple[str, int], ...]:
    """Every age bucket in order with its number of open cases (empty buckets shown as 0)."""
    found = Counter(age_bucket(c.received_at, as_of) for c in open_cases)
    return tuple((label, found[label]) for _, label in AGE_BUCKETS)


def is_overdue(case: OpenCase, shop: ShopProfile, as_of: datetime) -> bool:
    late_ack = (case.acknowledged_at is None
                and as_of > case.received_at + timedelta(hours=shop.ack_target_hours))
    return late_ack or as_of > case.received_at + timedelta(days=shop.resolve_target_days)


def summarise(inputs: ReportInputs) -> Summary:
    """The whole summary; the same call feeds the PDF and the dashboard."""
    shop, hours, as_of = inputs.shop, inputs.opening_hours, inputs.as_of
    oldest_first = tuple(sorted(inputs.open_cases, key=lambda c: (c.received_at, c.id)))
    return Summary(
        period=inputs.period,
        as_of=as_of,
        shop=shop,
        opening_hours=hours,
        current=case_figures(inputs.cases, shop, hours, as_of, inputs.staff_names),
        previous=case_figures(inputs.previous, shop, hours, as_of, inputs.staff_names),
        trend=inputs.trend,
        open_by_age=open_by_age(oldest_first, as_of),
        open_cases=oldest_first,
        overdue=tuple(c for c in oldest_first if is_overdue(c, shop, as_of)),
        repeaters=inputs.repeaters,
        improvements=inputs.improvements,
        insights=inputs.insights,
    )
