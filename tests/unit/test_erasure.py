"""Erasing a customer leaves none of their values in the archive's files, whatever was typed
where; the erasure is all or nothing, and the shop's figures do not change."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.archive import Archive
from desktop_app.domain.erasure import ERASED_TEXT, Scrubber
from desktop_app.domain.model import Language, LetterKind, RecoveryStep, RemedyKind, Status
from desktop_app.domain.queries import CaseFilter
from desktop_app.domain.recovery import FollowUpResult, RemedyInput
from desktop_app.domain.reporting import Period
from desktop_app.domain.validate import CustomerInput
from tests.conftest import complaint_input, customer_input

NAME = "䶮𠀋 Quinnell 😀"
OLD_NAME = "Zephyrine 䶮𠀋"
PHONE = "+86 139-7654-2108"
OLD_PHONE = "(0571) 8765 4321"
EMAIL = "quinnell.zx@example.org"
ADDRESS = "翡翠路 77 号 Quinnell Court 😀"
SECRETS = (NAME, OLD_NAME, PHONE, OLD_PHONE, EMAIL, ADDRESS, "Quinnell", "Zephyrine",
           "13976542108", "139 7654 2108", "057187654321", "䶮𠀋", "翡翠路 77 号")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def encodings(secret: str) -> list[bytes]:
    return [secret.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def found_in(folder: Path) -> list[tuple[str, str]]:
    """(file, value) for every value of the erased customer in any file under `folder`."""
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        hits += [(path.name, secret) for secret in SECRETS
                 if any(code in raw for code in encodings(secret))]
    return hits


def put_everywhere(archive: Archive) -> tuple[int, int]:
    """The customer, typed into every place a user can type; returns (customer, other case)."""
    archive.db.execute("PRAGMA secure_delete = OFF")  # as on builds whose SQLite defaults to off
    first = archive.cases.record_complaint(
        customer_input(name=OLD_NAME, phone=OLD_PHONE, email=EMAIL, address=ADDRESS),
        complaint_input(description=f"{OLD_NAME} from {ADDRESS} says the cake was stale",
                        order_no="NO-Quinnell-1", product="Cake for Quinnell"))
    who = first.customer_id
    archive.customers.update_customer(who, CustomerInput(name=NAME, phone=PHONE, email=EMAIL,
                                               address=ADDRESS))
    case = first.id
    archive.recovery.update_diagnosis(case, None, f"Oven too hot; {NAME} noticed first",
                             f"Call {PHONE} when the new oven arrives", staff_id=None)
    remedy = archive.remedies.add_remedy(RemedyInput(case, RemedyKind.REFUND, f"refund to {NAME}",
                                            amount_cents=3800, cost_cents=3800), staff_id=None)
    follow_up = archive.follow_ups.follow_ups(case)[0]
    archive.follow_ups.cancel_follow_up(
        follow_up.id, None, f"{NAME} asked us to call {OLD_PHONE} instead"
    )
    planned = archive.follow_ups.schedule_follow_up(case, remedy.given_on + timedelta(days=3),
                                         follow_up.method, None)
    archive.follow_ups.record_follow_up(planned.id, FollowUpResult(
        datetime.now() - timedelta(minutes=1), satisfaction=4, still_wrong=f"{NAME} box",
        notes=f"spoke to {NAME} on {PHONE}"), None)
    archive.recovery.tick_step(case, RecoveryStep.APOLOGY, None, note=f"apologised to {NAME}")
    archive.recovery.move_case(case, Status.INVESTIGATING, None)
    archive.recovery.move_case(case, Status.NOT_RECOVERED, None,
                      not_accepted_options=f"{NAME} may write to {EMAIL}")
    archive.recovery.move_case(
        case, Status.INVESTIGATING, None, reason=f"{NAME} called back ({PHONE})"
    )
    archive.recovery.delete_case(case, None, f"entered twice for {NAME}")
    archive.recovery.restore_case(case, None)
    archive.attachments.add_attachment(case, f"{NAME} receipt.png", "image/png",
                           PNG + NAME.encode("utf-16-le") + ADDRESS.encode(), b"", None)
    archive.letters.log_letter(case, LetterKind.APOLOGY, Language.EN,
                       b"%PDF-1.4 " + NAME.encode() + ADDRESS.encode("utf-16-be"), None)
    duplicate = archive.cases.record_complaint(
        customer_input(name=f"{NAME} (shop)", phone="139 7654 2108", email=""),
        complaint_input(description="the second visit"))
    archive.profiles.merge_customers(who, duplicate.customer_id, None)
    other = archive.cases.record_complaint(
        customer_input(name="Li Na", phone="139 0000 1111", email="li@example.com"),
        complaint_input(description=f"Came with her friend {NAME}, reachable on {PHONE}",
                        product="Cheesecake"))
    # A long draft discarded: its pages go to the free list, holding the text as it was.
    archive.drafts.save_draft({"complaint": {"description": f"{NAME} {PHONE} {ADDRESS} " * 800}})
    archive.drafts.clear_draft()
    for typed in ("䶮", NAME, f"{NAME} {PHONE}"):  # a draft saved every few seconds
        archive.drafts.save_draft({"version": 1, "customer": {"name": typed, "phone": PHONE,
                                                       "email": EMAIL, "address": ADDRESS},
                            "complaint": {"description": f"{NAME} again"}})
    return who, other.id


def figures(archive: Archive) -> tuple:
    inputs = archive.reporting.report_inputs(Period.month(2026, 11))
    return (
        [(c.id, c.ref, c.status, c.cause, c.severity, c.channel, c.received_at,
          c.first_closed_at) for c in inputs.cases],
        inputs.trend, len(inputs.open_cases), len(inputs.repeaters),
        archive.db.execute("SELECT COUNT(*), SUM(amount_cents) FROM remedies").fetchone(),
        archive.db.execute("SELECT COUNT(*), AVG(satisfaction) FROM follow_ups").fetchone(),
    )


def test_an_erased_customer_is_found_in_no_file_of_the_data_folder(archive, tmp_path):
    who, _ = put_everywhere(archive)
    assert found_in(tmp_path)  # the search finds them before the erasure
    erasure = archive.privacy.erase_customer(who)
    archive.close()
    assert erasure.free_space_cleaned and erasure.journal_cleared
    assert found_in(tmp_path) == []


def test_the_shop_s_own_words_keep_their_meaning_with_the_name_replaced(archive, tmp_path):
    who, other = put_everywhere(archive)
    archive.privacy.erase_customer(who)
    case = archive.cases.complaint_by_ref("2026-0001")
    assert case.root_cause == f"Oven too hot; {ERASED_TEXT} noticed first"
    assert case.improvement == f"Call {ERASED_TEXT} when the new oven arrives"
    assert archive.cases.complaint(other).description == (
        f"Came with her friend {ERASED_TEXT}, reachable on {ERASED_TEXT}")
    reasons = [r[0] for r in archive.db.execute(
        "SELECT new FROM events WHERE field = 'reason' ORDER BY id")]
    assert reasons == [f"{ERASED_TEXT} asked us to call {ERASED_TEXT} instead",
                       f"{ERASED_TEXT} called back ({ERASED_TEXT})",
                       f"entered twice for {ERASED_TEXT}"]
    draft = archive.drafts.load_draft().payload
    assert draft["customer"] == {"name": "", "phone": "", "email": "", "address": ""}
    assert draft["complaint"]["description"] == f"{ERASED_TEXT} again"
    assert (
        archive.profiles.customer_summaries("Li")
        and archive.profiles.customer_summaries("Quinnell") == []
    )


def test_erasing_keeps_every_figure_of_the_summary(archive):
    who, _ = put_everywhere(archive)
    before = figures(archive)
    archive.privacy.erase_customer(who)
    assert figures(archive) == before
    assert archive.cases.count_cases(CaseFilter()) == 3


def test_a_failure_half_way_through_erases_nothing(archive, monkeypatch):
    who, _ = put_everywhere(archive)
    rows = {t: list(archive.db.query(f"SELECT * FROM {t}"))
            for t in ("customers", "complaints", "events", "drafts", "letters", "attachments")}

    def fail(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(
        archive.privacy, "_optimize_search_indexes", fail
    )  # after every text changed
    with pytest.raises(RuntimeError):
        archive.privacy.erase_customer(who)
    assert {t: list(archive.db.query(f"SELECT * FROM {t}")) for t in rows} == rows


_ERASE_CHILD = """
import os, signal, sys
from desktop_app.archive import Archive
archive = Archive.open(sys.argv[1])
statements, kill_at = [0], int(sys.argv[3])

def count(sql):
    statements[0] += 1
    if statements[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

archive.db.conn.set_trace_callback(count)
archive.privacy.erase_customer(int(sys.argv[2]))
print("done", statements[0], flush=True)
"""


def kill_erasure_at(path: Path, who: int, statement: int) -> str:
    """Erase in a child process that kills itself at its `statement`-th SQL statement."""
    child = subprocess.run([sys.executable, "-c", _ERASE_CHILD, str(path), str(who),
                            str(statement)], capture_output=True, text=True, cwd=Path.cwd())
    assert child.returncode in (0, -signal.SIGKILL), child.stderr
    return child.stdout


def test_a_killed_erasure_leaves_everything_or_nothing(tmp_path):
    data = tmp_path / "data"
    path = data / "amends.db"
    archive = Archive.open(path)
    who, _ = put_everywhere(archive)
    archive.close()
    pristine = tmp_path / "pristine.db"
    shutil.copy(path, pristine)
    total = int(kill_erasure_at(path, who, 10**6).split()[1])  # a full run counts statements
    outcomes = set()
    for statement in range(1, total + 1, max(1, total // 40)):
        for leftover in data.iterdir():
            leftover.unlink()
        shutil.copy(pristine, path)
        kill_erasure_at(path, who, statement)
        archive = Archive.open(path)
        try:
            erased = archive.customers.customer(who).erased
            outcomes.add(erased)
            texts = json.dumps([list(archive.db.query(f"SELECT * FROM {t}"))
                                for t in ("customers", "complaints", "events", "drafts")],
                               ensure_ascii=False)
            if erased:
                assert NAME not in texts and PHONE not in texts, statement
                assert archive.privacy.finish_erasure()  # an interrupted clean-up is done now
            else:
                assert texts.count(NAME) >= 10, statement
                assert archive.setting("erasure_cleanup_pending") == ""
        finally:
            archive.close()
        if erased:
            assert found_in(data) == [], statement
    assert outcomes == {True, False}  # kills fell both before and after the commit


def test_an_interrupted_clean_up_is_finished_later(archive, tmp_path, monkeypatch):
    who, _ = put_everywhere(archive)
    monkeypatch.setattr(archive.privacy, "_clean_file", lambda: (False, False))
    erasure = archive.privacy.erase_customer(who)
    assert not erasure.free_space_cleaned
    assert archive.setting("erasure_cleanup_pending") == "1"
    monkeypatch.undo()
    assert archive.privacy.finish_erasure()
    assert archive.setting("erasure_cleanup_pending") == ""
    archive.close()
    assert found_in(tmp_path) == []


def test_a_reader_in_another_connection_keeps_the_journal_until_it_stops(archive, tmp_path):
    who, _ = put_everywhere(archive)
    reader = sqlite3.connect(archive.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM customers").fetchone()
    erasure = archive.privacy.erase_customer(who)
    assert erasure.free_space_cleaned and not erasure.journal_cleared
    reader.execute("COMMIT")
    reader.close()
    archive.close()  # the last connection checkpoints and removes the journal
    assert found_in(tmp_path) == []


def test_a_latin_name_is_replaced_as_a_word_only():
    scrubber = Scrubber(["Li", "wang@example.com"], ["138 0013 8000"])
    assert scrubber.scrub("Li and Lily: WANG@example.com, 138-0013-8000 / 1380013800099") == (
        "[erased] and Lily: [erased], [erased] / 1380013800099")
    assert Scrubber(["王"], ["12"]).scrub("王先生 12 元") == "王先生 12 元"  # too short to erase


def test_a_customer_without_complaints_leaves_the_words_of_others_alone(archive):
    quiet = archive.customers.add_customer(
        CustomerInput(name="Rose Quinnell", phone="137 2222 3333")
    )
    case = archive.cases.record_complaint(customer_input(name="Rose Park", phone="136 4444 5555"),
                                    complaint_input(description="Rose says Rose Quinnell "
                                                    "sent her; Quinnell is a friend"))
    archive.privacy.erase_customer(quiet.id)
    assert archive.cases.complaint(case.id).description == (
        f"Rose says {ERASED_TEXT} sent her; Quinnell is a friend")
    assert archive.customers.customer(case.customer_id).name == "Rose Park"


def test_an_interrupted_clean_up_is_finished_at_the_next_opening(archive, tmp_path,
                                                                 monkeypatch):
    who, _ = put_everywhere(archive)
    monkeypatch.setattr(archive.privacy, "_clean_file", lambda: (False, False))
    archive.privacy.erase_customer(who)
    archive.close()  # as if the window had been closed (or killed) before cleaning
    monkeypatch.undo()
    reopened = Archive.open(archive.path)
    try:
        assert reopened.setting("erasure_cleanup_pending") == ""
    finally:
        reopened.close()
    assert found_in(tmp_path) == []
