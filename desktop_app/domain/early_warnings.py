"""Early warnings: pure rules over case histories and monthly counts that say what to do next.

Every rule has a one-line definition; `worsened` says when a dismissed warning comes back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.model import Care, Cause, Segment, Status

REPEAT_WINDOW_DAYS = 365
UNHAPPY_RECENT_DAYS = 90  # a lost customer older than this is history, not an early warning
COMPLAINS_AGAIN_DAYS = 30
FOLLOW_UP_AFTER_FIX_DAYS = 30
FOLLOW_UP_TOO_LATE_DAYS = 90  # after this a call back is no longer a follow-up of the fix
RISING_MIN_COUNT = 5
RISING_ALPHA = 0.01
RISING_HISTORY_MONTHS = 6
RECURRING_MONTHS = 3
RECURRING_MIN_COUNT = 6
EFFECT_MIN_DAYS = 60
EFFECT_MIN_EXPECTED = 5.0


class WarningKind(CodedEnum):
    CUSTOMER_AT_RISK = "customer_at_risk", _N("WarningKind", "Customer at risk")
    PROMISE_OVERDUE = "promise_overdue", _N("WarningKind", "Promise overdue")
    CAUSE_RISING = "cause_rising", _N("WarningKind", "Cause rising")
    CAUSE_RECURRING = "cause_recurring", _N("WarningKind", "Cause recurring, no improvement")
    IMPROVEMENT_NO_EFFECT = "improvement_no_effect", _N("WarningKind", "Improvement without effect")


# Reasons and next steps are templates translated in context "EarlyWarning" (see `texts`).
REASONS = {
    "repeat_open": _N("EarlyWarning",
                      "{n} complaints in 12 months and case {ref} is still open"),
    "unhappy": _N("EarlyWarning",
                  "At the last follow-up (case {ref}) the customer was dissatisfied"),
    "not_returning": _N("EarlyWarning",
                        "At the last follow-up (case {ref}) the customer said they will not "
                        "come back"),
    "special_late": _N("EarlyWarning",
                       "A key or special-care customer whose case {ref} is past its target"),
    "failed_again": _N("EarlyWarning",
                       "The recovery of case {old} failed and the customer complains again "
                       "({ref})"),
    "promise_late": _N("EarlyWarning",
                       "The agreed remedy of case {ref} was promised by {day} and is not "
                       "carried out ({days} days late)"),
    "no_follow_up": _N("EarlyWarning",
                       "Case {ref} was fixed on {day} and nobody has followed up ({days} days)"),
    "rising": _N("EarlyWarning",
                 "{n} complaints in the last 30 days where about {expected} were usual "
                 "(p = {p})"),
    "recurring": _N("EarlyWarning",
                    "{n} complaints in the last {days} days, some in every 30 of them, and no "
                    "improvement recorded"),
    "no_effect": _N("EarlyWarning",
                    "“{title}” done on {day}: {before} a month before, {after} a "
                    "month since"),
}
NEXT_STEPS = {
    WarningKind.CUSTOMER_AT_RISK: _N("EarlyWarning",
                                     "Call the customer today, in person if you can: apologise "
                                     "and agree what would win them back."),
    WarningKind.PROMISE_OVERDUE: _N("EarlyWarning",
                                    "Carry out the promise now, or call the customer, say "
                                    "when it will happen and why it is late."),
    WarningKind.CAUSE_RISING: _N("EarlyWarning",
                                 "Read this cause's cases of the last 30 days and find what "
                                 "changed."),
    WarningKind.CAUSE_RECURRING: _N("EarlyWarning",
                                    "Record an improvement with an owner and a due date."),
    WarningKind.IMPROVEMENT_NO_EFFECT: _N("EarlyWarning",
                                          "Talk with the owner: change the improvement or add "
                                          "another one."),
}
NO_FOLLOW_UP_STEP = _N("EarlyWarning", "Call the customer: is the fix still holding?")
NOTHING = _N("EarlyWarning", "Nothing to warn about.")
SEPARATOR = _N("EarlyWarning", "; ")  # between reasons of one warning


@dataclass(frozen=True)
class FollowUpAnswer:
    done_at: datetime
    satisfaction: int | None
    will_return: bool | None


@dataclass(frozen=True)
class CaseHistory:
    """One complaint as the rules need it."""

    ref: str
    received_at: datetime
    status: Status
    cause: Cause | None = None
    response_due: datetime | None = None
    resolution_due: datetime | None = None
    acknowledged_at: datetime | None = None
    closed_at: datetime | None = None
    fixed_on: date | None = None  # the day the last remedy was given
    last_answer: FollowUpAnswer | None = None
    follow_ups_done: int = 0


@dataclass(frozen=True)
class CustomerHistory:
    customer_id: int
    name: str
    phone: str = ""
    segment: Segment = Segment.REGULAR
    care: Care = Care.NONE
    cases: tuple[CaseHistory, ...] = ()  # oldest first
    last_12_months: int = 0  # complaints received in the last 12 months (`cases` may hold
    # only those some rule reads)


@dataclass(frozen=True)
class EarlyWarning:
    kind: WarningKind
    key: str  # what a dismissal is recorded against
    level: int  # how bad it is; see `worsened`
    reason: str  # a template of REASONS, in English
    args: dict = field(default_factory=dict)
    next_step: str = ""
    customer_id: int | None = None
    customer_name: str = ""
    phone: str = ""
    case_ref: str = ""
    cause: Cause | None = None
    improvement_id: int | None = None
    more: tuple[tuple[str, dict], ...] = ()  # further reasons of the same customer


def _is_open(case: CaseHistory) -> bool:
    return not case.status.is_closed


def _past_target(case: CaseHistory, now: datetime) -> bool:
    late_ack = case.acknowledged_at is None and case.response_due and now > case.response_due
    return _is_open(case) and bool(late_ack or (case.resolution_due and now > case.resolution_due))


def repeat_with_open_case(h: CustomerHistory, now: datetime) -> tuple[str, dict] | None:
    """Two or more complaints in the last 12 months, and one of them is still open."""
    recent = [c for c in h.cases if now - c.received_at <= timedelta(days=REPEAT_WINDOW_DAYS)]
    open_cases = [c for c in h.cases if _is_open(c)]
    n = max(len(recent), h.last_12_months)
    if n >= 2 and open_cases:
        return "repeat_open", {"n": n, "ref": open_cases[-1].ref}
    return None


def unhappy_at_last_follow_up(h: CustomerHistory, now: datetime) -> tuple[str, dict] | None:
    """The customer's latest follow-up (within 90 days) scored 1-2 or said "will not come back"."""
    answered = [(c.last_answer, c) for c in h.cases if c.last_answer is not None]
    if not answered:
        return None
    answer, case = max(answered, key=lambda pair: pair[0].done_at)
    if now - answer.done_at > timedelta(days=UNHAPPY_RECENT_DAYS):
        return None
    if answer.will_return is False:
        return "not_returning", {"ref": case.ref}
    if answer.satisfaction is not None and answer.satisfaction <= 2:
        return "unhappy", {"ref": case.ref}
    return None


def special_customer_past_target(h: CustomerHistory, now: datetime) -> tuple[str, dict] | None:
    """A key or special-care customer has an open case past its acknowledgement or fix target."""
    if h.segment is not Segment.KEY and h.care is Care.NONE:
        return None
    late = [c for c in h.cases if _past_target(c, now)]
    return ("special_late", {"ref": late[0].ref}) if late else None


def failed_recovery_complains_again(h: CustomerHistory, now: datetime) -> tuple[str, dict] | None:
    """The customer's latest complaint (open, or under 30 days old) came after a case closed not
    recovered: the last case received before it that was closed by then."""
    if not h.cases:
        return None
    latest = h.cases[-1]
    if not (_is_open(latest) or now - latest.received_at <= timedelta(days=COMPLAINS_AGAIN_DAYS)):
        return None
    before = [c for c in h.cases[:-1] if c.closed_at and c.closed_at < latest.received_at]
    last = max(before, key=lambda c: c.received_at, default=None)
    if last is not None and last.status is Status.NOT_RECOVERED:
        return "failed_again", {"old": last.ref, "ref": latest.ref}
    return None


CUSTOMER_RULES = (failed_recovery_complains_again, unhappy_at_last_follow_up,
                  special_customer_past_target, repeat_with_open_case)


def customer_at_risk(h: CustomerHistory, now: datetime) -> EarlyWarning | None:
    """Any customer rule holds; the level is their complaints of the last 12 months."""
    found = [hit for rule in CUSTOMER_RULES if (hit := rule(h, now))]
    if not found:
        return None
    (reason, args), more = found[0], tuple(found[1:])
    recent = sum(now - c.received_at <= timedelta(days=REPEAT_WINDOW_DAYS) for c in h.cases)
    level = max(h.last_12_months, recent)
    cause = next((c.cause for c in h.cases if c.ref == args["ref"]), None)
    return EarlyWarning(WarningKind.CUSTOMER_AT_RISK, f"customer:{h.customer_id}", level,
                        REASONS[reason], args, NEXT_STEPS[WarningKind.CUSTOMER_AT_RISK],
                        h.customer_id, h.name, h.phone, args["ref"], cause,
                        more=tuple((REASONS[r], a) for r, a in more))


def promise_overdue(h: CustomerHistory, case: CaseHistory, now: datetime) -> EarlyWarning | None:
    """A remedy was agreed and its promised date (the case's fix target) has passed."""
    if case.status is not Status.REMEDY_AGREED or not case.resolution_due:
        return None
    if now <= case.resolution_due:
        return None
    days = (now - case.resolution_due).days
    return EarlyWarning(WarningKind.PROMISE_OVERDUE, f"promise:{case.ref}", days // 7,
                        REASONS["promise_late"],
                        {"ref": case.ref, "day": case.resolution_due.date().isoformat(),
                         "days": days},
                        NEXT_STEPS[WarningKind.PROMISE_OVERDUE], h.customer_id, h.name, h.phone,
                        case.ref, case.cause)


def fixed_without_follow_up(h: CustomerHistory, case: CaseHistory,
                            today: date) -> EarlyWarning | None:
    """A remedy was given 30-90 days ago and no follow-up of the case has been done."""
    if case.fixed_on is None or case.follow_ups_done:
        return None
    days = (today - case.fixed_on).days
    if not FOLLOW_UP_AFTER_FIX_DAYS <= days <= FOLLOW_UP_TOO_LATE_DAYS:
        return None
    return EarlyWarning(WarningKind.PROMISE_OVERDUE, f"follow-up:{case.ref}", days // 30,
                        REASONS["no_follow_up"],
                        {"ref": case.ref, "day": case.fixed_on.isoformat(), "days": days},
                        NO_FOLLOW_UP_STEP, h.customer_id, h.name, h.phone, case.ref, case.cause)


def customer_warnings(h: CustomerHistory, now: datetime) -> list[EarlyWarning]:
    """Every warning about one customer and their cases."""
    found = [customer_at_risk(h, now)]
    for case in h.cases:
        found += [promise_overdue(h, case, now), fixed_without_follow_up(h, case, now.date())]
    return [w for w in found if w is not None]


# Causes ------------------------------------------------------------------------------------

def poisson_upper_tail(n: int, mean: float) -> float:
    """P(X >= n) for X ~ Poisson(mean)."""
    if n <= 0:
        return 1.0
    term = total = math.exp(-mean)
    for k in range(1, n):
        term *= mean / k
        total += term
    return max(0.0, 1.0 - total)


def poisson_lower_tail(n: int, mean: float) -> float:
    """P(X <= n) for X ~ Poisson(mean)."""
    return 1.0 - poisson_upper_tail(n + 1, mean)


def cause_rising(cause: Cause, previous: list[int], this_window: int) -> EarlyWarning | None:
    """At least 5 in the last 30 days, and so many would come by chance less than once in 100
    at the rate of the six 30-day spans before (+0.5, so a new cause is not infinitely rare)."""
    history = previous[-RISING_HISTORY_MONTHS:]
    if this_window < RISING_MIN_COUNT or len(history) < 3:
        return None
    expected = (sum(history) + 0.5) / len(history)
    p = poisson_upper_tail(this_window, expected)
    if p >= RISING_ALPHA:
        return None
    return EarlyWarning(WarningKind.CAUSE_RISING, f"rising:{cause.value}", this_window,
                        REASONS["rising"],
                        {"n": this_window, "expected": f"{expected:.1f}", "p": _p_text(p)},
                        NEXT_STEPS[WarningKind.CAUSE_RISING], cause=cause)


def _p_text(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def cause_recurring(cause: Cause, last_months: list[int],
                    has_improvement: bool) -> EarlyWarning | None:
    """Complaints in each of the last three 30-day spans, at least 6 in all, no improvement
    (not for the customer's own mistakes or "other": no shop improvement answers those)."""
    months = last_months[-RECURRING_MONTHS:]
    total = sum(months)
    if cause in (Cause.CUSTOMER_MISTAKE, Cause.OTHER):
        return None
    if has_improvement or len(months) < RECURRING_MONTHS or min(months) == 0:
        return None
    if total < RECURRING_MIN_COUNT:
        return None
    return EarlyWarning(WarningKind.CAUSE_RECURRING, f"recurring:{cause.value}", total,
                        REASONS["recurring"], {"n": total, "days": 30 * RECURRING_MONTHS},
                        NEXT_STEPS[WarningKind.CAUSE_RECURRING], cause=cause)


@dataclass(frozen=True)
class Effect:
    """A cause's monthly rate before and after an improvement, and what may be said of it."""

    before_count: int
    before_days: int
    after_count: int
    after_days: int

    @property
    def before_rate(self) -> float:
        return self.before_count * 30 / self.before_days if self.before_days else 0.0

    @property
    def after_rate(self) -> float:
        return self.after_count * 30 / self.after_days if self.after_days else 0.0

    @property
    def expected_after(self) -> float:
        """How many would have come since, had the rate stayed as before."""
        return self.before_rate * self.after_days / 30

    @property
    def verdict(self) -> str:
        """too_early, too_few, fell, unclear or no_fall (see the notes in `EFFECT_WORDS`)."""
        if self.after_days < EFFECT_MIN_DAYS:
            return "too_early"
        if self.expected_after < EFFECT_MIN_EXPECTED:
            return "too_few"
        if poisson_lower_tail(self.after_count, self.expected_after) < 0.05:
            return "fell"
        return "no_fall" if self.after_count >= self.expected_after else "unclear"


EFFECT_WORDS = {
    "too_early": _N("EarlyWarning", "too early to tell (under 60 days since)"),
    "too_few": _N("EarlyWarning", "too few complaints to tell"),
    "fell": _N("EarlyWarning", "fell"),
    "unclear": _N("EarlyWarning", "lower, but not clearly"),
    "no_fall": _N("EarlyWarning", "did not fall"),
    "not_done": _N("EarlyWarning", "not done yet"),
}


def improvement_no_effect(improvement_id: int, title: str, done_on: date, cause: Cause | None,
                          effect: Effect) -> EarlyWarning | None:
    """Done 60+ days ago, at least 5 expected at the old rate, and as many came as before."""
    if effect.verdict != "no_fall":
        return None
    return EarlyWarning(WarningKind.IMPROVEMENT_NO_EFFECT, f"improvement:{improvement_id}",
                        effect.after_count, REASONS["no_effect"],
                        {"title": title, "day": done_on.isoformat(),
                         "before": f"{effect.before_rate:.1f}",
                         "after": f"{effect.after_rate:.1f}"},
                        NEXT_STEPS[WarningKind.IMPROVEMENT_NO_EFFECT], cause=cause,
                        improvement_id=improvement_id)


def worsened(kind: WarningKind, dismissed_level: int, level: int) -> bool:
    """Whether a warning dismissed at `dismissed_level` should come back at `level`.

    Customer: a new complaint. Promise: another week late (a follow-up: another month).
    Rising: more complaints this month. Recurring and no effect: three more complaints.
    """
    if kind in (WarningKind.CAUSE_RECURRING, WarningKind.IMPROVEMENT_NO_EFFECT):
        return level >= dismissed_level + 3
    return level > dismissed_level


def visible(warnings: list[EarlyWarning], dismissed: dict[tuple[str, str], int]) -> list[
        EarlyWarning]:
    """The warnings not dismissed, or dismissed and since worsened; `dismissed` maps (kind code,
    key) to the level at the latest dismissal."""
    shown = []
    for w in warnings:
        level = dismissed.get((w.kind.value, w.key))
        if level is None or worsened(w.kind, level, w.level):
            shown.append(w)
    return shown


ORDER = list(WarningKind)


def ordered(warnings: list[EarlyWarning]) -> list[EarlyWarning]:
    """Customers first (the most complaints first), then promises, then causes."""
    return sorted(warnings, key=lambda w: (ORDER.index(w.kind), -w.level, w.key))


def reason_text(w: EarlyWarning, translate=lambda text: text) -> str:
    """The reason with its figures, through `translate` (a context-bound translator)."""
    parts = [translate(w.reason).format(**w.args)]
    parts += [translate(template).format(**args) for template, args in w.more]
    return translate(SEPARATOR).join(parts)
