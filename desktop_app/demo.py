"""A believable demo café: staff, customers and a year of complaints at every stage of recovery.

Everything is written through the archive's own actions (record, move, remedy, follow-up …), so
the demo's audit trail, timestamps and figures are exactly what real use produces. To write a year
of history the archive's clock follows the story while the demo runs; the random seed is fixed, and
every time is relative to the archive's "now", so the demo always looks current.
"""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from desktop_app.archive import Archive
from desktop_app.demo_mark import (  # noqa: F401 - where callers found them
    DEMO_FOLDER_NAME,
    DEMO_SETTING,
    demo_data_dir,
    is_demo,
)
from desktop_app.demo_stories import (
    DISMISSAL_REASON,
    EXTRAS_EN,
    EXTRAS_ZH,
    FEWER_AFTER_IMPROVEMENT,
    FOLLOW_UP_NOTES,
    IMPROVEMENT_PLANS,
    LESSONS,
    MORE_LATELY,
    NOT_ACCEPTED_EN,
    NOT_ACCEPTED_ZH,
    REOPEN_REASONS,
    STILL_WRONG,
    STORIES,
    URGENT_FIX_NOTES,
    Story,
)
from desktop_app.domain.model import (
    Care,
    Channel,
    Complaint,
    Expectation,
    Feeling,
    Language,
    RecoveryStep,
    RemedyKind,
    Segment,
    Severity,
    ShopProfile,
    Status,
)
from desktop_app.domain.recovery import FollowUpResult, RemedyInput
from desktop_app.domain.satisfaction import ImprovementAction, ImprovementStatus
from desktop_app.domain.validate import ComplaintInput, CustomerInput

S, K = Status, RemedyKind
STAFF = ["李娜", "王强", "Emma Clarke", "陈晓东"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
         "明", "超", "霞", "桂英", "建华", "玉兰", "志强", "海燕", "晓东"]
FIRST = ["Olivia", "James", "Sophie", "Daniel", "Grace", "Liam", "Chloe", "Noah", "Amelia", "Jack"]
LAST = ["Brown", "Wilson", "Taylor", "Evans", "Hughes", "Walker", "Wright", "Robinson", "Hall"]
COMPANIES = [("星河科技 行政部", Segment.KEY, Care.LARGE),
             ("Bright Kids English School", Segment.REGULAR, Care.STRATEGIC),
             ("晨跑俱乐部", Segment.OCCASIONAL, Care.POTENTIAL)]
# The same customer entered twice: one name, one phone number typed two ways.
TWINS = [CustomerInput("陈美玲", "139 1688 2046"),
         CustomerInput("陈美玲", "13916882046", "meiling.chen@example.com")]
# Where the newest cases stand, in turn, so the demo has a case at every stage: the last five
# days' cases at the early stages, the week before's at the later ones.
FRESH_STALLS: list[str | None] = [
    None, "acknowledged", "investigating", "remedy_agreed", None, "received"]
WEEK_OLD_STALLS: list[str | None] = [
    "follow_up", None, "remedy_agreed", "remedy_done", None, None, None]
REMEDY_TEXT = {K.REFUND: ("退还货款", "Refund"), K.EXCHANGE: ("免费重做一份", "Made a new one"),
               K.CORRECTION: ("更正账单并退还差价", "Bill corrected, difference refunded"),
               K.DISCOUNT: ("本单折扣", "Discount on the order"),
               K.VOUCHER: ("赠送代金券", "Voucher for the next visit"),
               K.GIFT: ("赠送甜品一份", "A pastry on the house"),
               K.APOLOGY_ONLY: ("店长当面道歉", "Apology from the manager"),
               K.EXPLANATION: ("解释了规定并致歉", "Explained the rule and apologised")}
COST_SHARE = {K.VOUCHER: 0.4, K.GIFT: 0.35}  # what a voucher or gift really costs the shop


@dataclass(frozen=True)
class _Plan:
    """What will happen to one complaint, decided before it is recorded."""

    received_at: datetime
    customer: int
    story: Story
    staff: int
    stall: str | None = None  # the stage where the case stops (still open)
    forget: bool = False  # the follow-up is never made: it turns overdue
    refused: bool = False  # the customer does not accept the shop's decision
    reopen: bool = False


class _StoryClock:
    """The archive's clock while the demo runs: it follows the story, so events get its times."""

    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def fill_demo_shop(archive: Archive, seed: int = 2026, customers: int = 300,
                   complaints: int = 1500) -> str:
    """Write the demo shop in one transaction; returns a one-line summary."""
    now = archive.now()
    clock = _StoryClock(now)
    with archive.bulk_transaction(clock):
        demo = _Demo(archive, random.Random(seed), clock, now)
        demo.shop()
        plans = demo.plans(customers, complaints)
        for plan in plans:
            demo.run(plan)
        demo.finishing_touches()
        archive.set_setting(DEMO_SETTING, "1")
    return f"{len(STAFF)} staff, {customers} customers, {len(plans)} complaints"


class _Demo:
    def __init__(self, archive: Archive, rng: random.Random, clock: _StoryClock, now: datetime):
        self.archive, self.rng, self.clock, self.now = archive, rng, clock, now
        self.staff: list[int] = []
        self.customers: list[tuple[int, bool]] = []  # (id, writes English)
        self.cases: list[Complaint] = []
        self.trend_rng = random.Random(rng.random())  # the watch list's stories; own sequence

    def shop(self) -> None:
        self.clock.at = self.now - timedelta(days=5 * 365)
        self.archive.save_shop(ShopProfile(
            name="晨光咖啡烘焙 Morning Light Café", address="上海市徐汇区漕溪北路 88 号\n200030",
            phone="021-6468 8000", email="hello@morninglight.example"))
        self.staff = [_saved(self.archive.add_staff(name).id) for name in STAFF]

    # Planning ----------------------------------------------------------------------------------

    def plans(self, customers: int, complaints: int) -> list[_Plan]:
        """Every complaint's time and customer, oldest first, and each customer written."""
        rng = self.rng
        times = sorted(self._opening_time(rng.uniform(0.02, 365)) for _ in range(complaints))
        weights = [min(rng.lognormvariate(0, 1.0), 6.0) for _ in range(customers)]
        owners = rng.choices(range(customers), weights=weights, k=complaints)
        recent_half = rng.sample(range(complaints // 2, complaints), 2)
        for twin, index in zip((0, 1), recent_half, strict=True):
            owners[index] = twin  # each twin record has at least one recent complaint
        first_seen: dict[int, datetime] = {}
        for at, owner in zip(times, owners, strict=True):
            first_seen.setdefault(owner, at)
        for index in range(customers):
            self._customer(index, first_seen.get(index, self.now))
        stalls: dict[int, str | None] = {}
        for cycle, (start, end) in ((FRESH_STALLS, (0, 5)), (WEEK_OLD_STALLS, (5, 12))):
            chosen = [i for i, at in enumerate(times)
                      if timedelta(days=start) <= self.now - at < timedelta(days=end)]
            stalls.update((i, cycle[n % len(cycle)]) for n, i in enumerate(reversed(chosen)))
        return [self._plan(at, owner, self.now - at, stalls.get(i))
                for i, (at, owner) in enumerate(zip(times, owners, strict=True))]

    def _opening_time(self, days_ago: float) -> datetime:
        """A moment `days_ago` days back, moved into opening hours (7:00–21:00)."""
        at = self.now - timedelta(days=days_ago)
        if not 7 <= at.hour < 21:
            at = at.replace(hour=self.rng.randint(7, 20))
        return min(at, self.now - timedelta(minutes=5)).replace(microsecond=0)

    def _plan(self, at: datetime, owner: int, age: timedelta, stall: str | None) -> _Plan:
        rng = self.rng
        story = self._trend(rng.choice(STORIES), at)
        plan = _Plan(at, owner, story, rng.choice(self.staff), stall=stall)
        if age > timedelta(days=12):
            if rng.random() < 0.015 and age < timedelta(days=60):
                plan = replace(plan, stall=rng.choice(["acknowledged", "investigating"]))
            plan = replace(plan, forget=rng.random() < 0.02 and age < timedelta(days=60),
                           reopen=rng.random() < 0.04 and age > timedelta(days=20))
        refusable = story.remedy in (K.EXPLANATION, K.APOLOGY_ONLY)
        return replace(plan, refused=refusable and rng.random() < 0.15)

    def _trend(self, story: Story, at: datetime) -> Story:
        """Fewer complaints of a cause once its improvement is done; one cause rising lately."""
        done = {cause: self.now - timedelta(days=ago) for cause, _, status, ago in
                IMPROVEMENT_PLANS if status == "done"}
        share = FEWER_AFTER_IMPROVEMENT.get(story.cause)
        if share and at >= done[story.cause] and self.trend_rng.random() < share:
            story = self.trend_rng.choice([s for s in STORIES if s.cause is not story.cause])
        for cause, (days, extra) in MORE_LATELY.items():
            since = done.get(cause, self.now - timedelta(days=days))
            if at >= since and self.trend_rng.random() < extra:
                story = self.trend_rng.choice([s for s in STORIES if s.cause is cause])
        return story

    def _customer(self, index: int, first: datetime) -> None:
        rng = self.rng
        english = rng.random() < 0.25
        segment = rng.choices(list(Segment), weights=[12, 50, 38])[0]
        care = Care.NONE
        if index < len(TWINS):
            data, english = TWINS[index], False
        elif index - len(TWINS) < len(COMPANIES):
            name, segment, care = COMPANIES[index - len(TWINS)]
            data = CustomerInput(name, f"021-5{index:03d} {rng.randint(1000, 9999)}",
                                 f"office{index}@example.com", consent=True)
        else:
            name = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" if english
                    else rng.choice(SURNAMES) + rng.choice(GIVEN))
            data = CustomerInput(
                name, f"1{rng.choice('3589')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} "
                f"{index:04d}", f"guest{index}@example.com" if rng.random() < 0.5 else "",
                language=Language.EN if english else Language.ZH_CN, consent=rng.random() < 0.7)
        since = first - timedelta(days=rng.choice([0, 0, rng.uniform(30, 4 * 365)]), hours=1)
        if index == 1:
            since = first - timedelta(hours=1)  # the duplicate record is the newer one
        self.clock.at = since.replace(microsecond=0)
        customer = self.archive.customers.add_customer(data, self.staff[0])
        customer_id = _saved(customer.id)
        if care is Care.NONE and self.now - since > timedelta(days=2 * 365):
            care = Care.LOYAL if rng.random() < 0.5 else Care.NONE
        if (segment, care) != (Segment.REGULAR, Care.NONE):
            self.archive.profiles.update_customer_profile(
                customer_id, segment, care, "", self.staff[0]
            )
        self.customers.append((customer_id, english))

    # Handling --------------------------------------------------------------------------------

    def run(self, plan: _Plan) -> None:
        """Record the complaint, then play its handling up to now; what lies ahead stays open."""
        case = self._record(plan)
        for at in self._handle(case, plan):
            if at >= self.now:
                break
            self.clock.at = at.replace(microsecond=0)

    def _record(self, plan: _Plan) -> Complaint:
        rng, story = self.rng, plan.story
        customer_id, english = self.customers[plan.customer]
        extra = rng.choice(EXTRAS_EN if english else EXTRAS_ZH)
        text = (story.en if english else story.zh) + (" " * english + extra if extra else "")
        severity = story.severity or rng.choices(list(Severity), weights=[5, 6, 2, 0])[0]
        self.clock.at = plan.received_at
        case = self.archive.cases.record_complaint(customer_id, ComplaintInput(
            received_at=plan.received_at,
            channel=rng.choices(list(Channel), weights=[50, 20, 10, 15, 5])[0],
            description=text,
            feeling=list(Feeling)[min(3, list(Severity).index(severity) + rng.randint(0, 1))],
            expectation=_expectation(story.remedy),
            severity=severity,
            received_by=plan.staff,
            product=story.product,
            order_no=f"NO.{rng.randint(10000, 99999)}" if rng.random() < 0.4 else "",
            cause=story.cause if rng.random() < 0.6 else None,
        ), plan.staff)
        self.cases.append(case)
        return case

    def _handle(self, case: Complaint, plan: _Plan):
        """The case's handling as a script: yields the time of each next action, then does it."""
        a, rng, cid, who = self.archive, self.rng, _saved(case.id), plan.staff
        if plan.stall == "received":
            return
        t = case.received_at + timedelta(hours=rng.choice([0.3, 1, 2, 5, 18, 30]))
        yield t
        a.recovery.move_case(cid, S.ACKNOWLEDGED, who)
        for step, share in ((RecoveryStep.APOLOGY, 0.9), (RecoveryStep.EMPATHY, 0.7)):
            if rng.random() < share:
                a.recovery.tick_step(cid, step, who)
        if plan.stall == "acknowledged":
            return
        t += timedelta(hours=rng.uniform(0.5, 20))
        yield t
        a.recovery.move_case(cid, S.INVESTIGATING, who)
        self._diagnose(case, plan)
        if plan.stall == "investigating":
            return
        t += timedelta(hours=rng.uniform(2, 40))
        yield t
        if plan.refused:
            a.recovery.move_case(
                cid, S.NOT_RECOVERED, who, not_accepted_options=self._options(plan)
            )
            return
        yield from self._remedy(case, plan, t)

    def _remedy(self, case: Complaint, plan: _Plan, t: datetime):
        a, rng, cid, who = self.archive, self.rng, _saved(case.id), plan.staff
        a.recovery.move_case(cid, S.REMEDY_AGREED, who)
        a.remedies.add_remedy(self._remedy_input(case, plan, t), who)
        if plan.stall == "remedy_agreed":
            return
        t += timedelta(hours=rng.uniform(0.2, 30))
        yield t
        a.recovery.move_case(cid, S.REMEDY_DONE, who)
        if rng.random() < 0.75:
            a.recovery.tick_step(cid, RecoveryStep.URGENT_FIX, who, rng.choice(URGENT_FIX_NOTES))
        if plan.stall == "remedy_done" or plan.forget:
            return
        yield from self._follow_up(case, plan, t)

    def _follow_up(self, case: Complaint, plan: _Plan, t: datetime):
        a, rng, cid, who = self.archive, self.rng, _saved(case.id), plan.staff
        planned = [f for f in a.follow_ups.follow_ups(cid) if f.done_at is None][-1]
        if planned.due_on == self.now.date():
            return  # today's calls are still to be made
        t = max(t, datetime.combine(planned.due_on, time(10)) + timedelta(hours=rng.uniform(0, 30)))
        yield t
        a.recovery.move_case(cid, S.FOLLOW_UP, who)
        score = rng.choices([1, 2, 3, 4, 5], weights=[2, 4, 10, 36, 48])[0]
        again = plan.stall == "follow_up"
        a.follow_ups.record_follow_up(_saved(planned.id), FollowUpResult(
            done_at=t, method=planned.method, satisfaction=3 if again else score,
            recovery_accepted=score >= 3, will_return=score >= 4 or rng.random() < 0.3,
            still_wrong=rng.choice(STILL_WRONG) if score <= 3 or again else "",
            notes=rng.choice(FOLLOW_UP_NOTES),
            next_due_on=t.date() + timedelta(days=rng.randint(3, 8)) if again else None), who)
        if again:
            return
        t += timedelta(hours=rng.uniform(0.2, 8))
        yield t
        if score >= 4 or (score == 3 and rng.random() < 0.8):
            a.recovery.move_case(cid, S.RECOVERED, who)
        else:
            a.recovery.move_case(
                cid, S.NOT_RECOVERED, who, not_accepted_options=self._options(plan)
            )
        if plan.reopen:
            yield from self._reopen(case, plan, t)

    def _reopen(self, case: Complaint, plan: _Plan, t: datetime):
        t += timedelta(days=self.rng.uniform(2, 10))
        yield t
        self.archive.recovery.move_case(_saved(case.id), S.INVESTIGATING, plan.staff,
                                        reason=self.rng.choice(REOPEN_REASONS))
        t += timedelta(hours=self.rng.uniform(1, 24))
        yield t
        yield from self._remedy(case, replace(plan, reopen=False), t)

    def _diagnose(self, case: Complaint, plan: _Plan) -> None:
        cause, case_id = plan.story.cause, _saved(case.id)
        if cause in LESSONS and self.rng.random() < 0.4:
            root, improvement = LESSONS[cause]
            self.archive.recovery.update_diagnosis(case_id, cause, root, improvement, plan.staff)
        elif case.cause is None:
            self.archive.recovery.update_diagnosis(case_id, cause, "", "", plan.staff)

    def _remedy_input(self, case: Complaint, plan: _Plan, t: datetime) -> RemedyInput:
        rng, story = self.rng, plan.story
        amount = rng.randint(*story.amount) * 100
        cost = int(amount * COST_SHARE.get(story.remedy, 1.0))
        if story.remedy is K.EXCHANGE:
            cost = rng.randint(8, 25) * 100
        english = self.customers[plan.customer][1]
        return RemedyInput(_saved(case.id), story.remedy, REMEDY_TEXT[story.remedy][english],
                           amount, cost, t.date(), plan.staff,
                           rng.choices([True, None, False], weights=[88, 7, 5])[0])

    def _options(self, plan: _Plan) -> str:
        return NOT_ACCEPTED_EN if self.customers[plan.customer][1] else NOT_ACCEPTED_ZH

    # The last touches ----------------------------------------------------------------------------

    def finishing_touches(self) -> None:
        """Photos on a few cases, and one case entered twice and deleted again (recorded)."""
        photos = [c for c in self.cases if c.product in ("芝士蛋糕", "生日蛋糕定制", "可颂")][-8:]
        for number, case in enumerate(photos):
            self.clock.at = min(case.received_at + timedelta(minutes=10), self.now)
            colour = (200 - 10 * number, 150, 90 + 12 * number)
            self.archive.attachments.add_attachment(
                _saved(case.id), f"photo_{case.ref}.png", "image/png",
                _png(160, 120, colour), _png(40, 30, colour), case.received_by)
        last = self.cases[-1]
        self.clock.at = min(last.received_at + timedelta(minutes=3), self.now)
        copy = self.archive.cases.record_complaint(last.customer_id, ComplaintInput(
            last.received_at, last.channel, last.description, last.feeling, last.expectation,
            last.severity, last.received_by, last.product), last.received_by)
        self.archive.recovery.delete_case(_saved(copy.id), self.staff[0],
                                          f"Entered twice; see {last.ref}")
        self._improvements()

    def _improvements(self) -> None:
        """The lessons as improvement actions, and one watch-list warning dismissed."""
        for cause, owner, status, days in IMPROVEMENT_PLANS:
            day = (self.now - timedelta(days=days)).date()
            self.clock.at = self.now - timedelta(days=max(days, 0) + 30)
            self.archive.intelligence.save_improvement(ImprovementAction(
                None, LESSONS[cause][1], STAFF[owner], day, ImprovementStatus(status),
                (cause.value,), day if status == "done" else None, LESSONS[cause][0]),
                self.staff[owner])
        self.clock.at = self.now
        at_risk = [w for w in self.archive.intelligence.warnings()
                   if w.kind.value == "customer_at_risk"]
        if at_risk:  # the owner called one of them already
            self.archive.intelligence.dismiss(at_risk[len(at_risk) // 2], DISMISSAL_REASON,
                                              self.staff[0])


def _saved(record_id: int | None) -> int:
    """The id of a record the demo has just saved (an unsaved one has none)."""
    assert record_id is not None
    return record_id


def _expectation(kind: RemedyKind) -> Expectation:
    return {K.REFUND: Expectation.REFUND, K.EXCHANGE: Expectation.EXCHANGE,
            K.APOLOGY_ONLY: Expectation.APOLOGY, K.EXPLANATION: Expectation.EXPLANATION,
            }.get(kind, Expectation.COMPENSATION)


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain-coloured PNG, standing in for a photo of the complaint."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    row = b"\0" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))
