"""`amends message` prints a letter as plain text; `amends letter --batch-follow-ups` names on
stderr the cases in the batch and those left out, with the reason."""

from __future__ import annotations

import pytest

from desktop_app.actions import letters as actions
from desktop_app.cli import main as cli_main
from desktop_app.domain.model import Language, LetterKind
from tests.conftest import complaint_input, customer_input


@pytest.fixture
def case(archive):
    staff = archive.add_staff("Li Na")
    complaint = archive.cases.record_complaint(customer_input(name="Olivia Brown"),
                                         complaint_input(received_by=staff.id))
    archive.db["remedies"].insert({"complaint_id": complaint.id, "kind": "refund",
                                   "amount_cents": 3800, "given_on": "2026-11-03"})
    return complaint


@pytest.mark.parametrize("language", [None, "en", "zh_TW"])
def test_message_prints_the_letter_as_plain_text(archive, case, archive_path, capsys, language):
    argv = ["message", case.ref, "--kind", "resolution", "--data-dir", str(archive_path.parent)]
    code = cli_main(argv + (["--lang", language] if language else []))
    assert code == 0
    job = archive.letters.letter_job(case.id, LetterKind.RESOLUTION,
                             Language(language) if language else None)
    out = capsys.readouterr().out
    assert out == actions.message(job) + "\n"
    assert case.ref in out and "Li Na" in out
    assert archive.letters.letters(case.id) == []  # a message is not a logged letter


def test_message_for_an_unknown_case_is_refused_in_one_line(archive, archive_path, capsys):
    code = cli_main(["message", "2099-9999", "--kind", "apology",
                     "--data-dir", str(archive_path.parent)])
    assert code == 2
    assert "no case with reference" in capsys.readouterr().err


def test_batch_lists_overdue_letters_and_the_cases_left_out_on_stderr(
        archive, case, archive_path, tmp_path, capsys):
    agreed = archive.cases.record_complaint(customer_input(name="Zhou Ming", phone="139 2222 3333"),
                                      complaint_input())
    archive.db["remedies"].insert({"complaint_id": agreed.id, "kind": "voucher",
                                   "amount_cents": 2000})
    archive.db["follow_ups"].insert({"complaint_id": case.id, "due_on": "2026-11-10"})  # overdue
    archive.db["follow_ups"].insert({"complaint_id": agreed.id, "due_on": "2026-11-25"})
    out = tmp_path / "batch.pdf"
    code = cli_main(["letter", "--batch-follow-ups", "--week", "2026-W48", "--out", str(out),
                     "--data-dir", str(archive_path.parent)])
    assert code == 0
    err = capsys.readouterr().err
    head, left = err.split("Left out")
    assert case.ref in head and agreed.ref not in head
    assert agreed.ref in left and "agreed but not carried out" in left
    assert [x.kind for x in archive.letters.letters(case.id)] == [LetterKind.FOLLOW_UP]
    assert archive.letters.letters(agreed.id) == []


def test_letter_names_characters_no_font_has_on_stderr(archive, archive_path, tmp_path, capsys):
    complaint = archive.cases.record_complaint(customer_input(name="Olivia 😀"), complaint_input())
    code = cli_main(["letter", complaint.ref, "--kind", "apology", "--out",
                     str(tmp_path / "l.pdf"), "--data-dir", str(archive_path.parent)])
    assert code == 0
    err = capsys.readouterr().err
    assert complaint.ref in err and "😀" in err
