"""Reading one whole case for a printout: complaint, customer, recovery and history together."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.case_file import CaseFile


class CaseFileStore:
    """Mixed into Archive; uses its readers of complaints, customers, remedies and the rest."""

    def case_file(self, complaint_id: int, full_attachments: bool = False) -> CaseFile:
        """The case with everything that belongs to it; KeyError/NotFoundError if it is missing.

        With `full_attachments` each attachment also carries its full file (for printing the
        photos as whole pages); otherwise only the thumbnails are read.
        """
        complaint = self.case_record(complaint_id)
        attachments = self.attachments(complaint_id)
        if full_attachments:
            attachments = [replace(a, data=self.attachment_data(a.id)) for a in attachments]
        return CaseFile(
            shop=self.shop(),
            complaint=complaint,
            customer=self.customer(complaint.customer_id),
            staff={s.id: s.name for s in self.staff(active_only=False)},
            remedies=tuple(self.remedies(complaint_id)),
            follow_ups=tuple(self.follow_ups(complaint_id)),
            checklist=tuple(self.checklist(complaint_id)),
            timeline=tuple(self.timeline(complaint_id)),
            attachments=tuple(attachments),
        )
