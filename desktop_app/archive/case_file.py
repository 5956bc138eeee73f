"""Reading one whole case for a printout: complaint, customer, recovery and history together."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from desktop_app.archive.attachments import AttachmentStore
from desktop_app.archive.core import Core, Store
from desktop_app.archive.customers import CustomerStore
from desktop_app.archive.follow_ups import FollowUpStore
from desktop_app.archive.recovery import RecoveryStore
from desktop_app.archive.remedies import RemedyStore
from desktop_app.domain.case_file import CaseFile


class CaseFileStore(Store):
    """One whole case for a printout."""

    def __init__(self, core: Core, recovery: RecoveryStore, customers: CustomerStore,
                 remedies: RemedyStore, follow_ups: FollowUpStore,
                 attachments: AttachmentStore) -> None:
        super().__init__(core)
        self._recovery = recovery
        self._customers = customers
        self._remedies = remedies
        self._follow_ups = follow_ups
        self._attachments = attachments

    def case_file(self, complaint_id: int, full_attachments: bool = False) -> CaseFile:
        """The case with everything that belongs to it; KeyError/NotFoundError if it is missing.

        With `full_attachments` each attachment also carries its full file (for printing the
        photos as whole pages); otherwise only the thumbnails are read.
        """
        complaint = self._recovery.case_record(complaint_id)
        attachments = self._attachments.attachments(complaint_id)
        if full_attachments:
            full = self._attachments.attachment_data
            # Attachments read from the archive carry their ids.
            attachments = [replace(a, data=full(cast(int, a.id))) for a in attachments]
        return CaseFile(
            shop=self.shop(),
            complaint=complaint,
            customer=self._customers.customer(complaint.customer_id),
            staff={s.id: s.name for s in self.staff(active_only=False) if s.id is not None},
            remedies=tuple(self._remedies.remedies(complaint_id)),
            follow_ups=tuple(self._follow_ups.follow_ups(complaint_id)),
            checklist=tuple(self._recovery.checklist(complaint_id)),
            timeline=tuple(self._recovery.timeline(complaint_id)),
            attachments=tuple(attachments),
        )
