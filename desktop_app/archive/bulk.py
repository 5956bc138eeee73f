"""Bulk writing of generated records, for the benchmark archive (bench/generate.py) only.

The app saves one action at a time (record_complaint, move_case …), each with its checks, reads and
audit events. Replaying five years of a busy shop that way (100,000 complaints, each moved through
four or five statuses, with remedies, follow-ups and ticks) costs well over the few minutes a
benchmark set-up may take, so the generator builds the finished records with the domain's own
functions (workflow.move, due_dates) and hands them here. They go into the real tables through
sqlite-utils `insert_all`, in one transaction, so the schema, triggers and full-text indexes are
exactly the ones the app uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from desktop_app.archive.rows import complaint_to_row, to_text
from desktop_app.domain.model import ChecklistTick, Complaint, Customer, Event, FollowUp, Remedy
from desktop_app.domain.validate import phone_digits

_BATCH = 2000  # cases per insert_all round: big enough to be fast, small enough for memory


@dataclass(frozen=True)
class GeneratedCase:
    """One complaint with everything that happened to it; every record carries its own id."""

    complaint: Complaint
    remedies: tuple[Remedy, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    ticks: tuple[ChecklistTick, ...] = ()
    events: tuple[Event, ...] = ()


def insert_generated(archive, customers: Iterable[Customer], cases: Iterable[GeneratedCase],
                     customer_events: Iterable[Event] = ()) -> None:
    """Write customers, then cases batch by batch, all in one transaction of `archive`."""
    db = archive.db
    with archive.transaction():
        db["customers"].insert_all((_customer_row(c) for c in customers), batch_size=_BATCH)
        db["events"].insert_all((_event_row(e) for e in customer_events), batch_size=_BATCH)
        cases = iter(cases)
        while batch := list(islice(cases, _BATCH)):
            _insert_batch(db, batch)


def _insert_batch(db, batch: list[GeneratedCase]) -> None:
    # Parents before children: foreign keys are enforced.
    db["complaints"].insert_all(_complaint_row(case.complaint) for case in batch)
    db["remedies"].insert_all(_remedy_row(r) for case in batch for r in case.remedies)
    db["follow_ups"].insert_all(_follow_up_row(f) for case in batch for f in case.follow_ups)
    db["checklist"].insert_all(_tick_row(t) for case in batch for t in case.ticks)
    db["events"].insert_all(_event_row(e) for case in batch for e in case.events)


def _customer_row(c: Customer) -> dict:
    return {"id": c.id, "name": c.name, "phone": c.phone, "phone_digits": phone_digits(c.phone),
            "email": c.email, "address": c.address, "language": c.language.value,
            "consent": int(c.consent), "segment": c.segment.value, "care": c.care.value,
            "notes": c.notes, "created_at": to_text(c.created_at), "erased": int(c.erased)}


def _complaint_row(c: Complaint) -> dict:
    year, seq = c.ref.split("-")
    return {"id": c.id, **complaint_to_row(c), "year": int(year), "seq": int(seq)}


def _remedy_row(r: Remedy) -> dict:
    return {"id": r.id, "complaint_id": r.complaint_id, "kind": r.kind.value,
            "description": r.description, "amount_cents": r.amount_cents,
            "cost_cents": r.cost_cents, "given_on": to_text(r.given_on), "given_by": r.given_by,
            "accepted": None if r.accepted is None else int(r.accepted)}


def _follow_up_row(f: FollowUp) -> dict:
    return {"id": f.id, "complaint_id": f.complaint_id, "due_on": to_text(f.due_on),
            "method": f.method.value, "done_at": to_text(f.done_at), "done_by": f.done_by,
            "satisfaction": f.satisfaction,
            "recovery_accepted": None if f.recovery_accepted is None else int(f.recovery_accepted),
            "will_return": None if f.will_return is None else int(f.will_return),
            "still_wrong": f.still_wrong, "notes": f.notes}


def _tick_row(t: ChecklistTick) -> dict:
    return {"complaint_id": t.complaint_id, "step": t.step.value, "done_at": to_text(t.done_at),
            "done_by": t.done_by, "note": t.note}


def _event_row(e: Event) -> dict:
    return {"id": e.id, "at": to_text(e.at), "staff_id": e.staff_id, "entity": e.entity,
            "entity_id": e.entity_id, "complaint_id": e.complaint_id, "action": e.action,
            "field": e.field, "old": e.old, "new": e.new}
