"""Generate a realistic large archive for the benchmarks (default: five years of a busy shop).

    python bench/generate.py --out DIR [--complaints 100000 --customers 30000 --years 5 --seed 1]

writes DIR/amends.db through the app's archive layer (Archive.open: the real schema, triggers and
full-text indexes) and DIR/stamp.json with the parameters; a second run with the same parameters
reuses the archive. Cases move through the real workflow (workflow.move, one audit event per changed
field): older ones are mostly closed, recent ones spread over every status, a few are overdue, some
were reopened. Records are written by archive.bulk.insert_generated (see its docstring for why).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import corpus  # noqa: E402
from desktop_app.archive import Archive  # noqa: E402
from desktop_app.archive.bulk import GeneratedCase, insert_generated  # noqa: E402
from desktop_app.domain import workflow  # noqa: E402
from desktop_app.domain.model import (  # noqa: E402
    Care,
    Cause,
    Channel,
    ChecklistTick,
    Complaint,
    Customer,
    Event,
    Expectation,
    Feeling,
    FollowUp,
    FollowUpMethod,
    Language,
    RecoveryStep,
    Remedy,
    RemedyKind,
    Segment,
    Severity,
    ShopProfile,
    Spread,
    Status,
)

GENERATOR_VERSION = 2  # bump when the generated data changes, so cached archives are rebuilt
S = Status
_STAMPS = {"acknowledged_at", "first_response_at", "first_closed_at", "closed_at", "reopen_count"}
_REMEDY_FOR = {Expectation.REFUND: RemedyKind.REFUND, Expectation.EXCHANGE: RemedyKind.EXCHANGE,
               Expectation.REPAIR: RemedyKind.REPAIR, Expectation.APOLOGY: RemedyKind.APOLOGY_ONLY,
               Expectation.EXPLANATION: RemedyKind.EXPLANATION,
               Expectation.COMPENSATION: RemedyKind.VOUCHER, Expectation.OTHER: RemedyKind.GIFT}


@dataclass(frozen=True)
class Params:
    complaints: int = 100_000
    customers: int = 30_000
    years: int = 5
    seed: int = 1


def ensure_archive(out: Path, params: Params, quiet: bool = False) -> Path:
    """DIR/amends.db for `params`: reused when its stamp matches, generated otherwise."""
    out.mkdir(parents=True, exist_ok=True)
    path, stamp = out / "amends.db", out / "stamp.json"
    wanted = {**asdict(params), "generator": GENERATOR_VERSION}
    if path.exists() and stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return path
    for stale in (stamp, path, out / "amends.db-wal", out / "amends.db-shm"):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    generate(path, params)
    stamp.write_text(json.dumps(wanted))
    if not quiet:
        print(f"generated {path} ({params.complaints:,} complaints, {params.customers:,} "
              f"customers) in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def generate(path: Path, params: Params) -> None:
    archive = Archive.open(path)
    try:
        with archive.transaction():
            archive.save_shop(ShopProfile(
                name="晨光咖啡烘焙 Morning Light Café", address="上海市徐汇区漕溪北路 88 号",
                phone="021-6468 8000", email="hello@morninglight.example"))
            staff = [archive.add_staff(name).id for name in corpus.STAFF]
            shop = archive.shop()
            now = archive.now()
            maker = _Maker(random.Random(params.seed), now, shop, staff)
            times, owners = maker.skeleton(params)
            customers = maker.customers(params.customers, times, owners)
            events = [Event(None, c.created_at, None, "customer", c.id, "created", new=c.name)
                      for c in customers]
            cases = (maker.case(i + 1, at, customers[owner])
                     for i, (at, owner) in enumerate(zip(times, owners, strict=True)))
            insert_generated(archive, customers, cases, events)
    finally:
        archive.close()


class _Maker:
    """Builds the records from one seeded random stream, so a seed always gives the same archive."""

    def __init__(self, rng: random.Random, now: datetime, shop: ShopProfile, staff: list[int]):
        self.rng, self.now, self.shop, self.staff = rng, now, shop, staff
        self.seq: dict[int, int] = {}
        self.remedy_id = self.follow_up_id = 0

    def skeleton(self, p: Params) -> tuple[list[datetime], list[int]]:
        """When each complaint came in (oldest first, in opening hours) and whose it is."""
        rng, span = self.rng, p.years * 365 * 24 * 60
        times = sorted(self._opening_hours(self.now - timedelta(minutes=rng.randint(30, span)))
                       for _ in range(p.complaints))
        # A few customers complain often, most once or twice (Zipf-like weights).
        weights = [1 / (rank + 8) for rank in range(p.customers)]
        owners = rng.choices(range(p.customers), weights=weights, k=p.complaints)
        return times, owners

    def _opening_hours(self, at: datetime) -> datetime:
        """`at` moved to a random hour between 8:00 and 20:59 of its day, or the day before
        when that hour has not come yet today."""
        moved = at.replace(hour=self.rng.randint(8, 20), second=0)
        return moved - timedelta(days=1) if moved >= self.now else moved

    def customers(self, count: int, times: list[datetime], owners: list[int]) -> list[Customer]:
        first_seen: dict[int, datetime] = {}
        for at, owner in zip(times, owners, strict=True):
            first_seen.setdefault(owner, at)
        return [self._customer(i, first_seen.get(i)) for i in range(count)]

    def _customer(self, index: int, first: datetime | None) -> Customer:
        rng = self.rng
        english = rng.random() < 0.2
        name = (f"{rng.choice(corpus.FIRST)} {rng.choice(corpus.LAST)}" if english
                else rng.choice(corpus.SURNAMES) + rng.choice(corpus.GIVEN))
        digits = f"{(index * 7919 + 10_000_000) % 100_000_000:08d}"  # unique per customer
        phone = f"1{rng.choice('3578')}{rng.randint(0, 9)} {digits[:4]} {digits[4:]}"
        since = first or self.now - timedelta(days=rng.randint(1, 5 * 365))
        return Customer(
            id=index + 1, name=name, phone=phone if rng.random() < 0.95 else "",
            email=f"customer{index}@example.com" if rng.random() < 0.5 else "",
            language=Language.EN if english else Language.ZH_CN, consent=rng.random() < 0.7,
            segment=rng.choices(list(Segment), weights=[5, 60, 35])[0],
            care=rng.choices(list(Care), weights=[85, 6, 4, 3, 2])[0],
            created_at=since - timedelta(minutes=rng.randint(0, 600)))

    def case(self, cid: int, at: datetime, customer: Customer) -> GeneratedCase:
        rng = self.rng
        cause = rng.choice(list(Cause))
        english = customer.language is Language.EN
        ack_due, fix_due = workflow.due_dates(at, self.shop)
        self.seq[at.year] = seq = self.seq.get(at.year, 0) + 1
        clerk = rng.choice(self.staff)
        complaint = Complaint(
            id=cid, ref=f"{at.year}-{seq:04d}", customer_id=customer.id, received_at=at,
            channel=rng.choices(list(Channel), weights=[40, 30, 10, 18, 2])[0], received_by=clerk,
            description=self._description(cause, english),
            feeling=rng.choice(list(Feeling)), expectation=rng.choice(list(Expectation)),
            severity=rng.choices(list(Severity), weights=[4, 5, 2, 1])[0],
            spread=Spread.SEVERAL if rng.random() < 0.05 else Spread.ONE,
            product=rng.choice(corpus.PRODUCTS), order_no=f"NO.{rng.randint(10000, 99999)}",
            cause=cause if rng.random() < 0.92 else None,
            response_due=ack_due, resolution_due=fix_due)
        story = _Story(complaint, clerk)
        story.event(at, "complaint", cid, "created", new=complaint.ref)
        self._walk(story, english)
        return story.finished()

    def _description(self, cause: Cause, english: bool) -> str:
        rng = self.rng
        openings, details = ((corpus.EN_OPENINGS, corpus.EN_DETAILS) if english
                             else (corpus.ZH_OPENINGS, corpus.ZH_DETAILS))
        extra = rng.choices([0, 1, 2, 3, 4, 8], weights=[20, 30, 25, 15, 7, 3])[0]
        sep = " " if english else ""
        return sep.join([rng.choice(openings[cause]), *rng.sample(details, extra)])

    def _plan(self, age_days: float) -> list[tuple[Status, float]]:
        """The moves this case will make, each with its delay in hours; cut short if stalled."""
        rng = self.rng
        plan = [(S.ACKNOWLEDGED, rng.uniform(0.1, 30))]
        if rng.random() < 0.7:
            plan.append((S.INVESTIGATING, rng.uniform(1, 48)))
            if rng.random() < 0.05:
                return plan + [(S.NOT_RECOVERED, rng.uniform(2, 72))]
        plan += [(S.REMEDY_AGREED, rng.uniform(1, 72)), (S.REMEDY_DONE, rng.uniform(1, 72))]
        if rng.random() < 0.85:
            plan.append((S.FOLLOW_UP, self.shop.follow_up_after_days * 24 + rng.uniform(-12, 48)))
        plan.append((S.RECOVERED if rng.random() < 0.85 else S.NOT_RECOVERED, rng.uniform(0, 48)))
        if rng.random() < 0.02:
            plan += [(S.INVESTIGATING, rng.uniform(24, 400)), (S.REMEDY_AGREED, rng.uniform(1, 48)),
                     (S.REMEDY_DONE, rng.uniform(1, 48)), (S.RECOVERED, rng.uniform(1, 96))]
        stall = 0.005 if age_days > 60 else 0.25 if age_days > 14 else 0.6
        if rng.random() < stall:
            plan = plan[:rng.randint(0, len(plan) - 1)]
        return plan

    def _walk(self, story: _Story, english: bool) -> None:
        rng = self.rng
        at = story.complaint.received_at
        for target, hours in self._plan((self.now - at).total_seconds() / 86400):
            at += timedelta(hours=hours)
            if at >= self.now:
                return
            staff = rng.choice(self.staff)
            reason = "客户再次来电" if not english else "Customer called again"
            options = corpus.NOT_ACCEPTED_EN if english else corpus.NOT_ACCEPTED_ZH
            story.move(target, at, staff, reason, options)
            self._side_effects(story, target, at, staff, english)

    def _side_effects(self, story: _Story, target: Status, at: datetime, staff: int,
                      english: bool) -> None:
        rng, c = self.rng, story.complaint
        if target is S.ACKNOWLEDGED:
            story.tick(RecoveryStep.APOLOGY, at, staff)
            if rng.random() < 0.7:
                story.tick(RecoveryStep.EMPATHY, at, staff)
        elif target is S.INVESTIGATING and rng.random() < 0.5:
            story.tick(RecoveryStep.URGENT_FIX, at, staff)
            roots, fixes = ((corpus.EN_ROOT_CAUSES, corpus.EN_IMPROVEMENTS) if english
                            else (corpus.ZH_ROOT_CAUSES, corpus.ZH_IMPROVEMENTS))
            story.change(at, staff, root_cause=rng.choice(roots), improvement=rng.choice(fixes))
        elif target is S.REMEDY_AGREED:
            self.remedy_id += 1
            kind = _REMEDY_FOR[c.expectation]
            money = kind not in (RemedyKind.APOLOGY_ONLY, RemedyKind.EXPLANATION)
            amount = rng.choice([0, 1800, 3800, 5000, 12800]) if money else 0
            story.remedy(Remedy(self.remedy_id, c.id, kind, c.product, amount, amount // 2,
                                given_by=staff), at, staff)
        elif target is S.REMEDY_DONE:
            story.remedies = [r if r.given_on else replace(r, given_on=at.date(),
                                                           accepted=rng.random() < 0.95)
                              for r in story.remedies]
            story.tick(RecoveryStep.COMPENSATION, at, staff)
            self.follow_up_id += 1
            due = at.date() + timedelta(days=self.shop.follow_up_after_days)
            story.plan_follow_up(FollowUp(self.follow_up_id, c.id, due,
                                          rng.choice(list(FollowUpMethod))), at, staff)
        elif target.is_closed and story.open_follow_up():
            good = target is S.RECOVERED
            score = rng.choice([4, 5, 5] if good else [1, 2, 3])
            story.finish_follow_up(at, staff, score, will_return=good or rng.random() < 0.2)


class _Story:
    """The records of one case as it moves, with the audit events the archive would write."""

    def __init__(self, complaint: Complaint, clerk: int):
        self.complaint, self.clerk = complaint, clerk
        self.remedies: list[Remedy] = []
        self.follow_ups: list[FollowUp] = []
        self.ticks: dict[RecoveryStep, ChecklistTick] = {}
        self.events: list[Event] = []

    def event(self, at, entity, entity_id, action, staff=None, field="", old="", new=""):
        self.events.append(Event(None, at, staff or self.clerk, entity, entity_id, action,
                                 self.complaint.id, field, old, new))

    def move(self, target: Status, at: datetime, staff: int, reason: str, options: str) -> None:
        before = self.complaint
        reopening = workflow.is_reopen(before.status, target)
        self._save(workflow.move(before, target, at, reason if reopening else "", options),
                   at, staff, "moved")
        if reopening:
            self.event(at, "complaint", before.id, "reopened", staff, "reason", new=reason)

    def change(self, at: datetime, staff: int, **fields) -> None:
        self._save(replace(self.complaint, **fields), at, staff, "changed")

    def _save(self, after: Complaint, at: datetime, staff: int, action: str) -> None:
        for name, old, new in workflow.changes(self.complaint, after):
            kind = "moved" if name == "status" else "stamped" if name in _STAMPS else action
            self.event(at, "complaint", after.id, kind, staff, name, _stored(old), _stored(new))
        self.complaint = after

    def tick(self, step: RecoveryStep, at: datetime, staff: int) -> None:
        if step not in self.ticks:
            self.ticks[step] = ChecklistTick(self.complaint.id, step, at, staff)
            self.event(at, "checklist", self.complaint.id, "ticked", staff, "step", new=step.value)

    def remedy(self, remedy: Remedy, at: datetime, staff: int) -> None:
        self.remedies.append(remedy)
        self.event(at, "remedy", remedy.id, "created", staff, new=remedy.kind.value)

    def plan_follow_up(self, follow_up: FollowUp, at: datetime, staff: int) -> None:
        self.follow_ups.append(follow_up)
        self.event(at, "follow_up", follow_up.id, "planned", staff, "due_on",
                   new=follow_up.due_on.isoformat())

    def open_follow_up(self) -> bool:
        return any(f.done_at is None for f in self.follow_ups)

    def finish_follow_up(self, at: datetime, staff: int, satisfaction: int, will_return: bool):
        last = self.follow_ups[-1]
        self.follow_ups[-1] = replace(last, done_at=at, done_by=staff, satisfaction=satisfaction,
                                      recovery_accepted=satisfaction >= 4, will_return=will_return)
        self.tick(RecoveryStep.FOLLOW_UP, at, staff)
        self.event(at, "follow_up", last.id, "done", staff, "satisfaction", new=str(satisfaction))

    def finished(self) -> GeneratedCase:
        return GeneratedCase(self.complaint, tuple(self.remedies), tuple(self.follow_ups),
                             tuple(self.ticks.values()), tuple(self.events))


def _stored(value: object) -> str:
    """A value as the audit trail keeps it (the archive's convention): codes, 1/0, sortable time."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value.value if hasattr(value, "value") else value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for amends.db")
    parser.add_argument("--complaints", type=int, default=Params.complaints)
    parser.add_argument("--customers", type=int, default=Params.customers)
    parser.add_argument("--years", type=int, default=Params.years)
    parser.add_argument("--seed", type=int, default=Params.seed)
    args = parser.parse_args(argv)
    params = Params(args.complaints, args.customers, args.years, args.seed)
    print(ensure_archive(args.out, params))
    return 0


if __name__ == "__main__":
    sys.exit(main())
