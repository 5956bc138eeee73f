"""The New complaint form, driven like a clerk at the counter would drive it."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt

from desktop_app.archive import Archive
from desktop_app.domain.model import Expectation, Feeling, Severity
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui.cases import COL_CUSTOMER, COL_REF
from desktop_app.ui.startup import Prompt, open_archive_interactively
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window, type_text


def choose(combo, value) -> None:
    """Pick the item of an enum member (by its code) or of a staff id."""
    index = combo.findData(getattr(value, "value", value))
    assert index >= 0
    combo.setCurrentIndex(index)


def fill_complaint(qtbot, form, description="The cake was stale.", product="Cheesecake"):
    type_text(qtbot, form.product, product)
    type_text(qtbot, form.description, description)
    choose(form.feeling, Feeling.UPSET)
    choose(form.expectation, Expectation.REFUND)
    choose(form.severity, Severity.MEDIUM)


def counts(archive) -> tuple[int, int]:
    customers = archive.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    return customers, archive.cases.count_cases(CaseFilter())


def save(qtbot, intake) -> None:
    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)


def test_saving_a_new_customer_and_complaint_shows_it_in_the_case_list(qtbot, main_window):
    main_window.new_action.trigger()
    intake = main_window.intake
    type_text(qtbot, intake.customer.name, "王小明")
    type_text(qtbot, intake.customer.phone, "138 0013 8000")
    fill_complaint(qtbot, intake.complaint, description="奶油有酸味 sour cream")
    with qtbot.waitSignal(main_window.archive_changed):
        save(qtbot, intake)

    [row] = main_window.archive.cases.list_cases(CaseFilter())
    assert (row.customer_name, row.customer_phone) == ("王小明", "138 0013 8000")
    assert main_window.archive.cases.complaint(row.id).description == "奶油有酸味 sour cream"
    assert main_window.statusBar().currentMessage() == f"Complaint {row.ref} saved"
    main_window.show_page("cases")  # hidden behind the form, the list reloads when shown
    model = main_window.cases.model
    assert model.rowCount() == 1
    assert model.index(0, COL_REF).data() == row.ref
    assert model.index(0, COL_CUSTOMER).data() == "王小明"
    assert intake.customer.name.text() == "" and intake.complaint.description.toPlainText() == ""


def test_ctrl_s_saves_in_the_name_of_the_staff_on_duty(qtbot, archive, settings):
    emma = archive.add_staff("Emma")
    archive.add_staff("李娜")
    window = show_main_window(qtbot, archive, settings)
    choose(window.staff_combo, emma.id)
    window.new_action.trigger()
    intake = window.intake
    type_text(qtbot, intake.customer.name, "Olivia Brown")
    fill_complaint(qtbot, intake.complaint)
    # Through the window, as the system delivers it, so Qt's shortcut handling sees the key.
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [row] = archive.cases.list_cases(CaseFilter())
    assert archive.cases.complaint(row.id).received_by == emma.id
    created = archive.db.execute(
        "SELECT staff_id FROM events WHERE entity = 'complaint' AND action = 'created'").fetchone()
    assert created[0] == emma.id


def test_a_saved_complaint_is_found_again_after_reopening_the_archive(
        qtbot, main_window, archive_path, settings):
    intake = main_window.intake
    type_text(qtbot, intake.customer.name, "Grace Hughes")
    fill_complaint(qtbot, intake.complaint, description="Waited 25 minutes for a flat white.")
    save(qtbot, intake)
    main_window.close()
    main_window.archive.close()

    reopened = Archive.open(archive_path)
    try:
        window = show_main_window(qtbot, reopened, settings)
        window.find_action.trigger()
        search = window.cases.filters.search
        assert search.hasFocus()
        type_text(qtbot, search, "flat white")
        model = window.cases.model
        qtbot.waitUntil(lambda: model.query.text == "flat white")
        assert model.rowCount() == 1
        assert model.index(0, COL_CUSTOMER).data() == "Grace Hughes"
        window.close()
    finally:
        reopened.close()


def test_typing_a_known_phone_number_shows_that_customers_history(qtbot, archive, settings):
    first = archive.cases.record_complaint(customer_input(), complaint_input(product="生日蛋糕"))
    window = show_main_window(qtbot, archive, settings)
    window.new_action.trigger()
    intake = window.intake
    # Typed in another format than it was stored in: spaces, a dash, full-width digits.
    type_text(qtbot, intake.customer.lookup, "138-0013-８０００")

    assert intake.customer.customer_id == first.customer_id
    assert intake.customer.chosen.isVisible() and not intake.customer.new_customer.isVisible()
    history = intake.history
    qtbot.waitUntil(lambda: not history.reading)  # read on a worker
    assert history.headline.text().startswith("1 earlier complaint · last one")
    assert len(history.cards) == 1
    assert first.ref in history.cards[0].text() and "生日蛋糕" in history.cards[0].text()
    assert window.statusBar().currentMessage().startswith("Returning customer: 王小明")

    fill_complaint(qtbot, intake.complaint)
    save(qtbot, intake)
    assert len(archive.customers.customer_history(first.customer_id)) == 2
    assert counts(archive) == (1, 2)


def test_enter_in_the_look_up_takes_the_highlighted_customer(qtbot, archive, settings):
    known = archive.cases.record_complaint(customer_input(name="Olivia Brown"), complaint_input())
    window = show_main_window(qtbot, archive, settings)
    window.new_action.trigger()
    lookup = window.intake.customer.lookup
    type_text(qtbot, lookup, "Oliv")
    popup = window.intake.customer.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    assert window.intake.customer.customer_id == known.customer_id
    assert window.intake.complaint.product.hasFocus()


def test_invalid_input_is_shown_at_each_field_and_nothing_is_written(qtbot, main_window):
    archive = main_window.archive
    before = counts(archive)
    main_window.new_action.trigger()
    intake = main_window.intake
    type_text(qtbot, intake.customer.phone, "call me maybe")
    choose(intake.complaint.feeling, Feeling.ANGRY)
    future = QDateTime.currentDateTime().addDays(2)
    intake.complaint.received_at.setDateTime(future)
    save(qtbot, intake)

    errors = {**intake.customer.errors, **intake.complaint.errors}
    shown = {name: label.text() for name, label in errors.items() if label.isVisible()}
    assert shown == {
        "name": "This field is required.",
        "phone": "Not a phone number: use digits, spaces, + - ( ) and an extension.",
        "description": "This field is required.",
        "received_at": "This date is in the future.",
        "expectation": "Please choose one.",
        "severity": "Please choose one.",
    }
    assert intake.customer.name.hasFocus()
    assert counts(archive) == before
    assert intake.customer.phone.text() == "call me maybe"

    type_text(qtbot, intake.customer.name, "Noah")
    intake.customer.phone.clear()
    intake.complaint.received_at.setDateTime(QDateTime.currentDateTime())
    fill_complaint(qtbot, intake.complaint)
    save(qtbot, intake)
    assert not any(label.isVisible() for label in errors.values())
    assert counts(archive) == (before[0] + 1, before[1] + 1)


def test_a_long_description_with_emoji_and_markup_is_saved_exactly_as_typed(qtbot, main_window):
    main_window.new_action.trigger()
    intake = main_window.intake
    text = ("顾客说：蛋糕坏了 🎂😡 <b>&amp; \"quotes\" 'x' \\ %_ " * 1000)[:19_992]
    text += "<b>&amp;"
    assert len(text) == 20_000
    type_text(qtbot, intake.customer.name, "<i>Chloe</i> & Co")
    intake.complaint.description.insertPlainText(text)  # pasted, as a clerk would
    type_text(qtbot, intake.complaint.product, "Gift card <script>")
    choose(intake.complaint.feeling, Feeling.ANGRY)
    choose(intake.complaint.expectation, Expectation.APOLOGY)
    choose(intake.complaint.severity, Severity.HIGH)
    save(qtbot, intake)

    [row] = main_window.archive.cases.list_cases(CaseFilter())
    saved = main_window.archive.cases.complaint(row.id)
    assert saved.description == text
    assert saved.product == "Gift card <script>"
    assert row.customer_name == "<i>Chloe</i> & Co"
    assert saved.received_at <= datetime.now() + timedelta(seconds=1)


def test_an_archive_that_cannot_be_opened_is_explained_in_a_message(qtbot, tmp_path):
    (tmp_path / "amends.db").mkdir()  # a folder where the archive file should be
    seen = []

    class Recorder(Prompt):
        def warn(self, parent, title, text):
            seen.append(text)

        def question(self, parent, title, text):
            seen.append(text)
            return False

    assert open_archive_interactively(tmp_path / "amends.db", prompt=Recorder()) is None
    assert seen and "amends.db" in seen[0] and "amends.db" in seen[0]
