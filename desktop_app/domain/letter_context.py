"""Everything a letter says about one case, gathered by the archive and handed to documents/."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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

# Statuses in which the case's remedies have been carried out (the recovery's fix is done).
_DONE_STATUSES = frozenset({Status.REMEDY_DONE, Status.FOLLOW_UP, Status.RECOVERED,
                            Status.NOT_RECOVERED})


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
        """The case is past "remedy carried out" and at least one remedy was really given."""
        return self.complaint.status in _DONE_STATUSES and bool(self.remedies_done)

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
