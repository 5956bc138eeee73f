"""A complaint being typed survives a crash: it is kept as a draft a moment after the last key,
offered back at the next start, and gone once it is saved or the form is cleared."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desktop_app.archive import Archive
from desktop_app.domain.model import (
    Cause,
    Channel,
    Expectation,
    Feeling,
    Language,
    Severity,
    Spread,
)
from desktop_app.ui.intake_draft import form_state
from desktop_app.ui.widgets import format_datetime, to_qdatetime
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window, type_text
from tests.ui.dialog_driver import drive_dialog
from tests.ui.test_intake import choose

LEFT = Qt.MouseButton.LeftButton
WAIT = 6000  # ms: the draft is kept 2 s after the last change


def quick(intake):
    """The form with a short pause before a draft is kept, for tests not about the pause."""
    intake.draft_timer.setInterval(100)
    return intake


@pytest.fixture
def window(qtbot, archive, settings):
    archive.add_staff("Emma")
    return show_main_window(qtbot, archive, settings)


def type_a_complaint(qtbot, intake, staff_id) -> None:
    customer, form = intake.customer, intake.complaint
    type_text(qtbot, customer.name, "王小明")
    type_text(qtbot, customer.phone, "138 0013 8000")
    type_text(qtbot, customer.email, "wang@example.com")
    type_text(qtbot, customer.address, "上海市 Nanjing Rd 1")
    choose(customer.language, Language.EN)
    qtbot.mouseClick(customer.consent, LEFT)
    type_text(qtbot, form.product, "生日蛋糕")
    type_text(qtbot, form.order_no, "A-1042")
    type_text(qtbot, form.description, "奶油有酸味.")
    qtbot.keyClick(form.description, Qt.Key.Key_Return)
    type_text(qtbot, form.description, "The cream was sour.")
    for combo, member in ((form.feeling, Feeling.ANGRY), (form.expectation, Expectation.REFUND),
                          (form.severity, Severity.HIGH), (form.spread, Spread.SEVERAL),
                          (form.cause, Cause.PRODUCT_QUALITY), (form.channel, Channel.PHONE)):
        choose(combo, member)
    form.received_at.setDateTime(to_qdatetime(datetime(2026, 11, 23, 9, 15)))
    choose(form.received_by, staff_id)


def test_a_crash_while_typing_loses_nothing(qtbot, archive, archive_path, window, settings):
    saves = []
    keep = archive.drafts.save_draft
    archive.drafts.save_draft = lambda payload: saves.append(payload) or keep(payload)
    staff_id = archive.staff()[0].id
    type_a_complaint(qtbot, window.intake, staff_id)
    assert saves == []  # not on every key: only once the clerk pauses
    qtbot.waitUntil(lambda: archive.drafts.load_draft() is not None, timeout=WAIT)
    typed = form_state(window.intake.customer, window.intake.complaint)
    assert saves == [typed]

    # The process dies; Amends starts again with its own connection to the archive.
    again = Archive.open(archive_path)
    try:
        restarted = show_main_window(qtbot, again, settings)
        questions = []
        restarted.intake.ask = lambda question: questions.append(question) or True
        restored = []

        def keep_the_typed_time(box) -> None:
            assert "Was it received then?" in box.text()
            box.defaultButton().click()  # Keep …

        drive_dialog(keep_the_typed_time, lambda: restored.append(restarted.intake.offer_draft()))
        assert restored == [True]

        intake = restarted.intake
        assert form_state(intake.customer, intake.complaint) == typed
        assert intake.customer.name.text() == "王小明"
        assert intake.complaint.description.toPlainText() == "奶油有酸味.\nThe cream was sour."
        assert intake.complaint.received_by.currentData() == staff_id
        saved_at = again.drafts.load_draft().saved_at
        assert questions == [f"Restore the complaint you were typing on "
                             f"{format_datetime(saved_at)}?"]
        restarted.close()
    finally:
        again.close()


def test_a_successful_save_clears_the_draft(qtbot, archive, window):
    intake = quick(window.intake)
    type_a_complaint(qtbot, intake, archive.staff()[0].id)
    qtbot.waitUntil(lambda: archive.drafts.load_draft() is not None, timeout=WAIT)
    with qtbot.waitSignal(intake.saved):
        qtbot.mouseClick(intake.save_button, LEFT)
    assert archive.drafts.load_draft() is None
    assert not intake.draft_timer.isActive()  # the emptied form is no draft either
    assert not intake.offer_draft()


def test_clearing_the_form_discards_the_draft(qtbot, archive, window):
    intake = quick(window.intake)
    type_text(qtbot, intake.complaint.description, "Waited 25 minutes.")
    qtbot.waitUntil(lambda: archive.drafts.load_draft() is not None, timeout=WAIT)
    qtbot.mouseClick(intake.clear_button, LEFT)
    assert archive.drafts.load_draft() is None and not intake.draft_timer.isActive()


def test_a_refused_save_keeps_the_draft(qtbot, archive, window):
    intake = quick(window.intake)
    type_text(qtbot, intake.complaint.description, "No customer named yet.")
    qtbot.mouseClick(intake.save_button, LEFT)  # refused: no customer, no feeling …
    qtbot.waitUntil(lambda: archive.drafts.load_draft() is not None, timeout=WAIT)
    assert (
        archive.drafts.load_draft().payload["complaint"]["description"] == "No customer named yet."
    )


def test_discarding_the_offered_draft_deletes_it(qtbot, archive, settings):
    archive.drafts.save_draft({"version": 1, "customer": {"name": "Olivia Brown"},
                        "complaint": {"description": "Cold coffee."}})
    window = show_main_window(qtbot, archive, settings)
    window.intake.ask = lambda question: False
    assert not window.intake.offer_draft()
    assert archive.drafts.load_draft() is None
    assert window.intake.customer.name.text() == ""


def test_the_offer_is_a_question_with_restore_and_discard(qtbot, archive, settings):
    known = archive.cases.record_complaint(customer_input(), complaint_input()).customer_id
    archive.drafts.save_draft({"version": 1, "customer": {"id": known},
                        "complaint": {"product": "Cheesecake", "feeling": "no-such-code"}})
    window = show_main_window(qtbot, archive, settings)
    seen = []

    def restore(box) -> None:
        seen.append(box.text())
        assert {b.text() for b in box.buttons()} == {"&Restore", "&Discard", "Not &now"}
        assert box.defaultButton().text() == "&Restore"
        box.defaultButton().click()

    drive_dialog(restore, window.intake.offer_draft)
    assert seen[0].startswith("Restore the complaint you were typing on ")
    intake = window.intake
    assert intake.customer.customer_id == known  # the known customer, their history beside
    assert intake.complaint.product.text() == "Cheesecake"
    assert intake.complaint.feeling.value() is None  # an unknown code is left unchosen
    assert archive.drafts.load_draft() is not None  # kept until the complaint is saved


def test_an_untouched_new_form_keeps_the_last_sessions_draft_until_it_is_answered(
        qtbot, archive, settings):
    archive.drafts.save_draft({"version": 1, "customer": {"name": "Olivia Brown"},
                        "complaint": {"description": "Cold coffee."}})
    window = show_main_window(qtbot, archive, settings)
    intake = quick(window.intake)
    emma = archive.add_staff("Emma Clarke")
    intake.set_staff(archive.staff(), emma.id)  # start-up chooses who is on duty
    qtbot.waitUntil(lambda: not intake.draft_timer.isActive(), timeout=WAIT)
    assert archive.drafts.load_draft().payload["customer"]["name"] == "Olivia Brown"


def test_emptying_the_form_by_hand_removes_its_draft(qtbot, archive, window):
    intake = quick(window.intake)
    type_text(qtbot, intake.complaint.product, "Tea")
    qtbot.waitUntil(lambda: archive.drafts.load_draft() is not None, timeout=WAIT)
    for _ in "Tea":
        qtbot.keyClick(intake.complaint.product, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: archive.drafts.load_draft() is None, timeout=WAIT)
