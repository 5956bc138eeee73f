"""Letters in the archive: the shop's edited templates, the facts a letter needs, and the log of
every letter made (with its PDF, so it can be opened again exactly as sent). Templates are only
stored here; checking and the shipped defaults belong to actions/letters.py and documents/."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.archive.cases import CaseStore
from desktop_app.archive.core import Core, Store
from desktop_app.archive.customers import CustomerStore
from desktop_app.archive.rows import (
    stored_date,
    stored_datetime,
    to_bool,
    to_date,
    to_datetime,
    to_text,
)
from desktop_app.domain.letter_context import (
    BatchSelection,
    LetterContext,
    LetterJob,
    Voucher,
    select_follow_up_batch,
    voucher_code,
)
from desktop_app.domain.model import (
    FollowUp,
    FollowUpMethod,
    Language,
    LetterKind,
    LetterRecord,
    Remedy,
    RemedyKind,
    Staff,
    paper_language,
)

VOUCHER_DAYS_SETTING = "voucher_valid_days"
DEFAULT_VOUCHER_DAYS = 90


class LetterStore(Store):
    """Letter templates, the facts a letter needs, and the letter log."""

    def __init__(self, core: Core, cases: CaseStore, customers: CustomerStore) -> None:
        super().__init__(core)
        self._cases = cases
        self._customers = customers

    # Templates -----------------------------------------------------------------------------

    def letter_template(self, kind: LetterKind, language: Language) -> str | None:
        """The shop's edited template for this kind and language; None: the shipped default."""
        rows = list(self.db.query(
            "SELECT body FROM letter_templates WHERE kind = ? AND language = ?",
            [kind.value, language.value]))
        return rows[0]["body"] if rows else None

    def letter_template_is_custom(self, kind: LetterKind, language: Language) -> bool:
        return self.db.execute(
            "SELECT COUNT(*) FROM letter_templates WHERE kind = ? AND language = ?",
            [kind.value, language.value]).fetchone()[0] > 0

    def save_letter_template(self, kind: LetterKind, language: Language, body: str,
                             staff_id: int | None = None) -> None:
        """Store an edited template, as given: actions.letters.save_template checks it first."""
        with self.transaction():
            self.db.table("letter_templates").upsert(
                {"kind": kind.value, "language": language.value, "body": body},
                pk=("kind", "language"))
            self.log_event("letter_template", None, "changed", staff_id,
                           field=f"{kind.value}.{language.value}")

    def restore_letter_template(self, kind: LetterKind, language: Language,
                                staff_id: int | None = None) -> None:
        """Forget the edited template: the shipped default is used again."""
        with self.transaction():
            self.db.execute("DELETE FROM letter_templates WHERE kind = ? AND language = ?",
                            [kind.value, language.value])
            self.log_event("letter_template", None, "restored", staff_id,
                           field=f"{kind.value}.{language.value}")

    # The facts of a case -------------------------------------------------------------------

    def letter_context(self, complaint_id: int, signer_id: int | None = None,
                       today: date | None = None, open_due_by: date | None = None
                       ) -> LetterContext:
        """Everything a letter about this case says. The signer defaults to the staff member
        who received the complaint. With `open_due_by` the follow-up is the earliest open one
        due by then (the one a follow-up letter answers), else the latest one."""
        complaint = self._cases.complaint(complaint_id)
        today = today or self.now().date()
        remedies = tuple(self._letter_remedies(complaint_id))
        signer = self._letter_signer(signer_id or complaint.received_by)
        return LetterContext(
            shop=self.shop(),
            customer=self._customers.customer(complaint.customer_id),
            complaint=complaint,
            remedies=remedies,
            signer=signer,
            follow_up=self._letter_follow_up(complaint_id, open_due_by),
            voucher=self._letter_voucher(complaint.ref, remedies, today),
            letter_date=today,
        )

    def _letter_signer(self, staff_id: int | None) -> Staff | None:
        if staff_id is None:
            return None
        rows = list(self.db.query("SELECT * FROM staff WHERE id = ?", [staff_id]))
        return Staff(rows[0]["id"], rows[0]["name"], bool(rows[0]["active"])) if rows else None

    def _letter_remedies(self, complaint_id: int) -> list[Remedy]:
        rows = self.db.query("SELECT * FROM remedies WHERE complaint_id = ? ORDER BY id",
                             [complaint_id])
        return [Remedy(r["id"], r["complaint_id"], RemedyKind(r["kind"]), r["description"],
                       r["amount_cents"], r["cost_cents"], to_date(r["given_on"]),
                       r["given_by"], to_bool(r["accepted"])) for r in rows]

    def _letter_follow_up(self, complaint_id: int, open_due_by: date | None = None
                          ) -> FollowUp | None:
        """The latest follow-up of the case, done or planned; or the earliest open one due by
        `open_due_by`."""
        if open_due_by is None:
            rows = list(self.db.query(
                "SELECT * FROM follow_ups WHERE complaint_id = ? ORDER BY due_on DESC, id DESC"
                " LIMIT 1", [complaint_id]))
        else:
            rows = list(self.db.query(
                "SELECT * FROM follow_ups WHERE complaint_id = ? AND done_at IS NULL"
                " AND due_on <= ? ORDER BY due_on, id LIMIT 1",
                [complaint_id, open_due_by.isoformat()]))
        if not rows:
            return None
        r = rows[0]
        return FollowUp(r["id"], r["complaint_id"], stored_date(r["due_on"]),
                        FollowUpMethod(r["method"]), to_datetime(r["done_at"]), r["done_by"],
                        r["satisfaction"], to_bool(r["recovery_accepted"]),
                        to_bool(r["will_return"]), r["still_wrong"], r["notes"])

    def _letter_voucher(self, ref: str, remedies: tuple[Remedy, ...], today: date
                        ) -> Voucher | None:
        vouchers = [r for r in remedies if r.kind is RemedyKind.VOUCHER]
        if not vouchers:
            return None
        remedy = vouchers[-1]
        assert remedy.id is not None  # the case's remedies were read from the archive
        try:
            days = int(self.setting(VOUCHER_DAYS_SETTING, str(DEFAULT_VOUCHER_DAYS)))
        except ValueError:
            days = DEFAULT_VOUCHER_DAYS
        return Voucher(voucher_code(ref, remedy.id), remedy.amount_cents,
                       (remedy.given_on or today) + timedelta(days=days), remedy.description)

    # The letter log --------------------------------------------------------------------------

    def log_letter(self, complaint_id: int, kind: LetterKind, language: Language, pdf: bytes,
                   staff_id: int | None = None, edited: bool = False) -> LetterRecord:
        """Keep a letter that was made (kind, language, when, by whom, the PDF itself);
        `edited`: its wording was changed for this customer (the audit event says so)."""
        made_at = self.now()
        with self.transaction():
            letter_id = self.db.table("letters").insert({
                "complaint_id": complaint_id, "kind": kind.value, "language": language.value,
                "made_at": to_text(made_at), "made_by": staff_id, "pdf": pdf,
            }).last_pk
            self.log_event("letter", letter_id, "made", staff_id, complaint_id=complaint_id,
                           new=f"{kind.value} ({language.value}){', edited' if edited else ''}")
        return LetterRecord(letter_id, complaint_id, kind, language, made_at, staff_id, pdf)

    def letters(self, complaint_id: int) -> list[LetterRecord]:
        """The letters of a case, newest first, without their PDFs (see `letter_pdf`)."""
        rows = self.db.query(
            "SELECT id, complaint_id, kind, language, made_at, made_by FROM letters"
            " WHERE complaint_id = ? ORDER BY made_at DESC, id DESC", [complaint_id])
        return [LetterRecord(r["id"], r["complaint_id"], LetterKind(r["kind"]),
                             Language(r["language"]), stored_datetime(r["made_at"]), r["made_by"])
                for r in rows]

    def letter_pdf(self, letter_id: int) -> bytes:
        return self.db.execute("SELECT pdf FROM letters WHERE id = ?", [letter_id]).fetchone()[0]

    def letter_job(self, complaint_id: int, kind: LetterKind, language: Language | None = None,
                   signer_id: int | None = None) -> LetterJob:
        """A letter ready to render: the case's facts and the shop's template; the language
        defaults to the customer's preferred one."""
        context = self.letter_context(complaint_id, signer_id)
        language = paper_language(language, context.customer, context.shop)
        return LetterJob(kind, language, context, self.letter_template(kind, language))

    def follow_up_batch(self, week_end: date, signer_id: int | None = None
                        ) -> tuple[list[LetterJob], BatchSelection]:
        """Follow-up letters for every open follow-up due up to `week_end` (overdue ones
        included) whose case's remedy was carried out, each in its customer's language; and the
        selection, naming the cases left out and why."""
        today = self.now().date()
        candidates = [self.letter_context(complaint_id, signer_id, today, open_due_by=week_end)
                      for complaint_id in self.follow_up_letters_due(None, week_end)]
        selection = select_follow_up_batch(candidates, week_end)
        jobs = []
        for context in selection.included:
            language = paper_language(None, context.customer, context.shop)
            jobs.append(LetterJob(LetterKind.FOLLOW_UP, language, context,
                                  self.letter_template(LetterKind.FOLLOW_UP, language)))
        return jobs, selection

    def follow_up_letters_due(self, start: date | None, end: date) -> list[int]:
        """Complaints with an open follow-up due between `start` (None: any time before) and
        `end` (inclusive), the earliest due first."""
        rows = self.db.query(
            """SELECT f.complaint_id, MIN(f.due_on) AS due FROM follow_ups f
               JOIN complaints k ON k.id = f.complaint_id
               WHERE f.done_at IS NULL AND f.due_on BETWEEN ? AND ? AND k.deleted_at IS NULL
               GROUP BY f.complaint_id ORDER BY due, f.complaint_id""",
            [start.isoformat() if start else "0000-01-01", end.isoformat()])
        return [r["complaint_id"] for r in rows]
