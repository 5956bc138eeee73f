"""The intake form keeps true time, says what it needs and what comes next after a save."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.domain.model import Feeling, Language, ShopProfile
from desktop_app.ui.widgets import from_qdatetime, to_qdatetime
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window, type_text
from tests.ui.dialog_driver import drive_dialog
from tests.ui.test_intake import choose, fill_complaint, save

WAIT = 6000


def new_customer(qtbot, intake, name="Olivia Brown"):
    type_text(qtbot, intake.customer.name, name)


def label_of(form, field) -> QLabel:
    return next(label for label in form.findChildren(QLabel) if label.buddy() is field)


def test_a_saved_complaint_is_received_when_saved_not_when_the_form_was_cleared(
        qtbot, main_window):
    intake = main_window.intake
    an_hour_ago = QDateTime.currentDateTime().addSecs(-3600)
    intake.complaint.set_received_at(an_hour_ago, live=True)  # cleared an hour ago, untouched
    new_customer(qtbot, intake)
    fill_complaint(qtbot, intake.complaint)
    with qtbot.waitSignal(intake.saved) as saved:
        save(qtbot, intake)
    assert abs(saved.args[0].received_at - datetime.now()) < timedelta(minutes=1)


def test_a_time_the_clerk_set_is_kept(qtbot, main_window):
    intake = main_window.intake
    set_by_hand = datetime.now().replace(microsecond=0) - timedelta(hours=2)
    intake.complaint.received_at.setFocus()
    intake.complaint.received_at.setDateTime(to_qdatetime(set_by_hand))
    intake.complaint.follow_clock()  # the clock ticks on; the clerk's time stays
    new_customer(qtbot, intake)
    fill_complaint(qtbot, intake.complaint)
    with qtbot.waitSignal(intake.saved) as saved:
        save(qtbot, intake)
    assert saved.args[0].received_at == set_by_hand


def test_the_time_follows_the_clock_while_the_form_waits(qtbot, main_window):
    form = main_window.intake.complaint
    later = QDateTime.currentDateTime().addSecs(600)
    form.clock = lambda: later
    main_window.intake.clock_timer.setInterval(20)
    main_window.intake.clock_timer.start()
    qtbot.waitUntil(lambda: form.received_at.dateTime() == later, timeout=2000)


def _old_draft(archive, hours=3):
    then = (datetime.now() - timedelta(hours=hours)).replace(microsecond=0)
    archive.drafts.save_draft({"version": 1, "customer": {"name": "Olivia Brown"},
                        "complaint": {"description": "Cold coffee.",
                                      "received_at": then.isoformat()}})
    return then


def test_a_restored_old_draft_asks_which_time_and_can_take_now(qtbot, archive, settings):
    then = _old_draft(archive)
    window = show_main_window(qtbot, archive, settings)
    window.intake.ask = lambda question: True
    asked = []

    def use_now(box) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Use &now").click()

    drive_dialog(use_now, window.intake.offer_draft)
    assert "Was it received then?" in asked[0]
    received = from_qdatetime(window.intake.complaint.received_at.dateTime())
    assert abs(received - datetime.now()) < timedelta(minutes=1)
    assert window.intake.complaint.time_is_live and received != then


def test_a_restored_old_draft_can_keep_its_original_time(qtbot, archive, settings):
    then = _old_draft(archive)
    window = show_main_window(qtbot, archive, settings)
    window.intake.ask = lambda question: True
    drive_dialog(lambda box: box.defaultButton().click(), window.intake.offer_draft)
    form = window.intake.complaint
    assert from_qdatetime(form.received_at.dateTime()) == then and not form.time_is_live


def test_after_restoring_a_draft_the_form_is_shown(qtbot, archive, settings):
    archive.drafts.save_draft({"version": 1, "customer": {"name": "Olivia Brown"},
                        "complaint": {"description": "Cold coffee."}})
    window = show_main_window(qtbot, archive, settings)
    window.show_page("cases")
    window.intake.ask = lambda question: True
    assert window.intake.offer_draft()
    assert window.current_page_key() == "intake"


def test_escape_dismisses_the_draft_offer_and_keeps_the_draft(qtbot, archive, settings):
    archive.drafts.save_draft({"version": 1, "customer": {"name": "Olivia Brown"},
                        "complaint": {"description": "Cold coffee."}})
    window = show_main_window(qtbot, archive, settings)
    answers = []
    drive_dialog(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape),
                 lambda: answers.append(window.intake.offer_draft()))
    assert answers == [False]
    assert archive.drafts.load_draft() is not None
    assert window.intake.customer.name.text() == ""


def test_picking_a_known_customer_alone_leaves_no_draft(qtbot, archive, settings):
    known = archive.cases.record_complaint(customer_input(), complaint_input()).customer_id
    window = show_main_window(qtbot, archive, settings)
    intake = window.intake
    intake.draft_timer.setInterval(50)
    intake.customer.choose(known)
    qtbot.wait(300)
    assert not intake.draft_timer.isActive()
    assert archive.drafts.load_draft() is None


def test_required_fields_are_marked(qtbot, main_window):
    form, customer = main_window.intake.complaint, main_window.intake.customer
    for name in ("description", "feeling", "expectation", "severity", "channel", "received_at"):
        assert "*" in label_of(form, form.field(name)).text(), name
    for name in ("product", "order_no", "spread", "cause"):
        assert "*" not in label_of(form, form.field(name)).text(), name
    assert "&Name*:" in [label.text() for label in customer.findChildren(QLabel)]
    assert main_window.intake.required_note.text() == "* must be filled in"


def test_a_field_loses_its_error_and_red_frame_as_soon_as_it_is_fixed(qtbot, main_window):
    intake = main_window.intake
    save(qtbot, intake)  # empty: name, description and three drop-downs refused
    form = intake.complaint
    assert not form.errors["feeling"].isHidden() and form.feeling.property("invalid")
    assert intake.customer.name.property("invalid")
    choose(form.feeling, Feeling.UPSET)
    assert form.errors["feeling"].isHidden() and not form.feeling.property("invalid")
    assert form.feeling.styleSheet() == ""
    assert form.expectation.property("invalid")  # the others still wait
    type_text(qtbot, intake.customer.name, "O")
    assert intake.customer.errors["name"].isHidden()
    assert not intake.customer.name.property("invalid")
    type_text(qtbot, form.description, "x")
    assert form.errors["description"].isHidden() and not form.description.property("invalid")


def test_an_on_file_customer_without_complaints_is_not_called_a_known_customer(
        qtbot, archive, settings):
    customer = archive.customers.add_customer(customer_input())
    window = show_main_window(qtbot, archive, settings)
    window.intake.customer.choose(customer.id)
    qtbot.waitUntil(lambda: not window.intake.history.reading)  # read on a worker
    banner = window.intake.history.headline.text()
    assert "Known customer" not in banner and "no earlier complaints" in banner
    assert "Known customer" not in window.statusBar().currentMessage()


def test_tab_out_of_the_look_up_carries_a_phone_over(qtbot, main_window):
    customer = main_window.intake.customer
    customer.lookup.setFocus()
    type_text(qtbot, customer.lookup, "0912 345 678")
    qtbot.keyClick(customer.lookup, Qt.Key.Key_Tab)
    assert customer.phone.text() == "0912 345 678"


def test_a_zh_tw_shop_takes_new_customers_in_traditional_chinese(qtbot, archive, settings):
    archive.save_shop(ShopProfile(name="台北小店", language=Language.ZH_TW))
    window = show_main_window(qtbot, archive, settings)
    combo = window.intake.customer.language
    assert combo.value() is Language.ZH_TW
    assert {combo.itemData(i) for i in range(combo.count())} == {"zh_CN", "zh_TW", "en"}


def _save_one(qtbot, window):
    intake = window.intake
    window.show_page("intake")
    new_customer(qtbot, intake)
    fill_complaint(qtbot, intake.complaint)
    with qtbot.waitSignal(intake.saved) as saved:
        save(qtbot, intake)
    return saved.args[0]


def test_after_a_save_open_case_is_one_shortcut_away(qtbot, main_window):
    complaint = _save_one(qtbot, main_window)
    bar = main_window.intake.after_save
    assert bar.isVisible() and complaint.ref in bar.text.text()
    main_window.intake.customer.lookup.setFocus()
    with qtbot.waitSignal(main_window.case_open_requested) as opened:
        qtbot.keyClick(main_window.intake.customer.lookup, Qt.Key.Key_O,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened.args == [complaint.id]


def test_after_a_save_the_job_tag_and_the_apology_letter_are_offered(qtbot, main_window):
    complaint = _save_one(qtbot, main_window)
    intake = main_window.intake
    qtbot.keyClick(intake.customer.lookup, Qt.Key.Key_J,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    tags = [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowTitle() == f"Job tag {complaint.ref}"]
    assert tags
    for tag in tags:
        tag.close()
    seen = []

    def look(dialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    drive_dialog(look, lambda: qtbot.keyClick(
        intake.customer.lookup, Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    assert seen and complaint.ref in seen[0]
