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
