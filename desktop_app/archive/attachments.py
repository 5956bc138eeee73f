"""Attachments kept inside the archive: photos of the burnt cake, the receipt, a customer's letter.

Stored as blobs so a backup of the archive holds the whole case. The UI makes the thumbnail with Qt
and passes it in; lists carry only the thumbnail, the full file is read when it is opened.
"""

from __future__ import annotations

from desktop_app.archive.core import Core, Store
from desktop_app.archive.recovery import RecoveryStore
from desktop_app.archive.rows import stored_datetime, to_text
from desktop_app.archive.sql import insert_row
from desktop_app.domain.model import Attachment
from desktop_app.domain.recovery import check_attachment


class AttachmentStore(Store):
    """Files kept with a case."""

    def __init__(self, core: Core, recovery: RecoveryStore) -> None:
        super().__init__(core)
        self._recovery = recovery

    def add_attachment(self, complaint_id: int, filename: str, mime: str, data: bytes,
                       thumbnail: bytes, staff_id: int | None) -> Attachment:
        """Keep a file with the case; ValidationError (a ValueError) with a clear message for a
        file over 10 MB or of a kind other than PNG, JPEG, GIF, WebP or PDF."""
        name = check_attachment(filename, mime, data, thumbnail)
        with self.transaction():
            # A missing case fails here, before the blob is written.
            self._recovery.case_record(complaint_id)
            attachment_id = insert_row(self.db, "attachments", {
                "complaint_id": complaint_id, "filename": name, "mime": mime.lower(),
                "added_at": to_text(self.now()), "data": data, "thumbnail": thumbnail,
            })
            self.log_event("attachment", attachment_id, "added", staff_id,
                           complaint_id=complaint_id, field="filename", new=name)
        return self._attachments("id = ?", attachment_id)[0]

    def attachments(self, complaint_id: int) -> list[Attachment]:
        """The case's attachments with their thumbnails, oldest first; `data` left empty."""
        return self._attachments("complaint_id = ?", complaint_id)

    def attachment_data(self, attachment_id: int) -> bytes:
        """The full file of one attachment."""
        row = self.db.execute("SELECT data FROM attachments WHERE id = ?",
                              [attachment_id]).fetchone()
        if row is None:
            raise KeyError(attachment_id)
        return row[0]

    def attachment_size(self, attachment_id: int) -> int:
        """The size of the stored file in bytes, without reading it."""
        row = self.db.execute("SELECT length(data) FROM attachments WHERE id = ?",
                              [attachment_id]).fetchone()
        if row is None:
            raise KeyError(attachment_id)
        return row[0]

    def _attachments(self, where: str, key: int) -> list[Attachment]:
        rows = self.db.query(
            f"SELECT id, complaint_id, filename, mime, added_at, thumbnail FROM attachments"
            f" WHERE {where} ORDER BY added_at, id", [key])
        return [Attachment(id=r["id"], complaint_id=r["complaint_id"], filename=r["filename"],
                           mime=r["mime"], added_at=stored_datetime(r["added_at"]),
                           thumbnail=r["thumbnail"]) for r in rows]
