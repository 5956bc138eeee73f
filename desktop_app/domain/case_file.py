"""CaseFile: one whole case gathered for a printout (the case sheet, the job tag).

Plain data read in one go on the thread that owns the archive connection, then handed to the PDF
worker, which must never touch the archive itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop_app.domain.model import (
    Attachment,
    ChecklistTick,
    Complaint,
    Customer,
    FollowUp,
    Remedy,
    ShopProfile,
)
from desktop_app.domain.queries import TimelineEntry


@dataclass(frozen=True)
class CaseFile:
    """Everything known about one complaint. `attachments` carry their thumbnails; their full
    `data` is filled in only when the full pages were asked for."""

    shop: ShopProfile
    complaint: Complaint
    customer: Customer
    staff: Mapping[int, str] = field(default_factory=dict)
    remedies: tuple[Remedy, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    checklist: tuple[ChecklistTick, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    attachments: tuple[Attachment, ...] = ()

    def staff_name(self, staff_id: int | None) -> str:
        """The name of a member of staff, "" for nobody (or a removed id)."""
        return self.staff.get(staff_id, "") if staff_id is not None else ""
