"""Everything a letter says about one case, gathered by the archive and handed to documents/."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from desktop_app.domain.labels import QT_TRANSLATE_NOOP as _N
from desktop_app.domain.labels import CodedEnum
from desktop_app.domain.model import (
    Complaint,
    Customer,
    FollowUp,
    Language,
    LetterKind,
    Remedy,
    RemedyKind,
    ShopProfile,
    Staff,
    Status,
)


@dataclass(frozen=True)
class Voucher:
    """A goodwill voucher printed as a slip under the resolution letter."""

    code: str
    amount_cents: int
    expires_on: date
    description: str = ""


@dataclass(frozen=True)
class LetterContext:
    shop: ShopProfile
    customer: Customer
    complaint: Complaint
    remedies: tuple[Remedy, ...] = ()
    signer: Staff | None = None
    follow_up: FollowUp | None = None
    voucher: Voucher | None = None
    letter_date: date | None = None

    def is_done(self, remedy: Remedy) -> bool:
        """Carried out: given on or before the letter's day, and the case is not still at
        "remedy agreed" (then every remedy is only a promise)."""
        if self.complaint.status is Status.REMEDY_AGREED:
            return False
        today = self.letter_date or date.today()
        return remedy.given_on is not None and remedy.given_on <= today

    @property
    def remedies_done(self) -> tuple[Remedy, ...]:
        return tuple(r for r in self.remedies if self.is_done(r))

    @property
    def remedies_agreed(self) -> tuple[Remedy, ...]:
        return tuple(r for r in self.remedies if not self.is_done(r))

    @property
    def agreed_on(self) -> date | None:
        """The day the agreed remedies will be carried out: the latest date given for them,
        else the case's resolution deadline."""
        today = self.letter_date or date.today()
        days = [r.given_on for r in self.remedies_agreed if r.given_on and r.given_on > today]
        if days:
            return max(days)
        due = self.complaint.resolution_due
        return due.date() if due and self.remedies_agreed else None

    @property
    def remedy_carried_out(self) -> bool:
        """At least one remedy has really been given (not only agreed)."""
        return bool(self.remedies_done)

    @property
    def compensation_cents(self) -> int:
        """Money value to the customer of every remedy given (refunds, vouchers, discounts …)."""
        return sum(r.amount_cents for r in self.remedies if r.kind is not RemedyKind.APOLOGY_ONLY)


@dataclass(frozen=True)
class LetterJob:
    """One letter to render: what kind, in which language, about what, with which template
    (None: the shipped default)."""

    kind: LetterKind
    language: Language
    context: LetterContext
    template: str | None = None


def voucher_code(ref: str, remedy_id: int) -> str:
    """A code staff can read over the phone and trace back to its case and remedy.

    The last character is a check letter so a mistyped code is noticed at the till.
    """
    body = f"{ref.replace('-', '')}{remedy_id:03d}"
    check = "ABCDEFGHJKLMNPQRSTUVWXYZ"[sum((i + 1) * ord(c) for i, c in enumerate(body)) % 24]
    return f"{ref}-V{remedy_id:03d}{check}"


class LeftOutReason(CodedEnum):
    """Why a case with a follow-up is not in this week's batch of follow-up letters."""

    REMEDY_ONLY_AGREED = "remedy_only_agreed", _N("LeftOutReason",
                                                  "The remedy is agreed but not carried out yet")
    NO_REMEDY = "no_remedy", _N("LeftOutReason", "No remedy has been recorded")
    FOLLOW_UP_DONE = "follow_up_done", _N("LeftOutReason", "The follow-up has already been done")
    NOT_DUE = "not_due", _N("LeftOutReason", "The follow-up is due after this week")
    NO_FOLLOW_UP = "no_follow_up", _N("LeftOutReason", "No follow-up is planned")


@dataclass(frozen=True)
class BatchSelection:
    """The cases a batch of follow-up letters goes to, and those left out with the reason."""

    included: tuple[LetterContext, ...]
    left_out: tuple[tuple[LetterContext, LeftOutReason], ...]


def select_follow_up_batch(candidates: Sequence[LetterContext], week_end: date
                           ) -> BatchSelection:
    """Every open follow-up due up to `week_end` (overdue ones from earlier weeks included),
    but only for cases whose remedy was carried out: thanking for a remedy that has not
    happened would not be true. Included cases come earliest due first."""
    included, left_out = [], []
    for context in candidates:
        reason = _left_out_reason(context, week_end)
        if reason is None:
            included.append(context)
        else:
            left_out.append((context, reason))
    # Every included context has a follow-up: _left_out_reason leaves out those without one.
    included.sort(key=lambda c: (cast(FollowUp, c.follow_up).due_on, c.complaint.ref))
    return BatchSelection(tuple(included), tuple(left_out))


def _left_out_reason(context: LetterContext, week_end: date) -> LeftOutReason | None:
    follow_up = context.follow_up
    if follow_up is None:
        return LeftOutReason.NO_FOLLOW_UP
    if follow_up.done_at is not None:
        return LeftOutReason.FOLLOW_UP_DONE
    if follow_up.due_on > week_end:
        return LeftOutReason.NOT_DUE
    if not context.remedies:
        return LeftOutReason.NO_REMEDY
    if not context.remedy_carried_out:
        return LeftOutReason.REMEDY_ONLY_AGREED
    return None
