"""The case list: filters and search narrow it, pages load as the clerk scrolls, Enter opens."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import Cause, Channel, Severity, Status
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui import cases as cases_module
from desktop_app.ui.case_filters import OPEN_CASES
from desktop_app.ui.cases import (
    CASE_ID_ROLE,
    COL_CAUSE,
    COL_RECEIVED,
    COL_REF,
    COL_STAFF,
    OVERDUE_BACKGROUND,
    PAGE_SIZE,
)
from desktop_app.ui.widgets import fit_columns_to_sample
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window, type_text

NOW = datetime.now().replace(microsecond=0)


@pytest.fixture
def shop(archive):
    """Three cases: an old overdue billing one, a fresh quality one, and a closed one."""
    old = archive.cases.record_complaint(customer_input(), complaint_input(
        received_at=NOW - timedelta(days=30), cause=Cause.BILLING,
        description="会员价没有算上，多收了18元。"))
    fresh = archive.cases.record_complaint(old.customer_id, complaint_input(
        received_at=NOW - timedelta(hours=1), cause=Cause.PRODUCT_QUALITY,
        description="蛋糕奶油有酸味，要求退款。", channel=Channel.PHONE))
    closed = archive.cases.record_complaint(
        customer_input(name="Liam Walker", phone="020 7946 0000"),
        complaint_input(received_at=NOW - timedelta(days=3), description="Cold coffee."),
    )
    for status in (Status.REMEDY_AGREED, Status.REMEDY_DONE, Status.RECOVERED):
        archive.recovery.move_case(closed.id, status, None)
    return {"fresh": fresh.id, "closed": closed.id, "old": old.id}


def refs(window) -> list[str]:
    model = window.cases.model
    return [model.index(row, COL_REF).data() for row in range(model.rowCount())]


def pick(combo, data) -> None:
    index = combo.findData(getattr(data, "value", data))
    assert index >= 0
    combo.setCurrentIndex(index)


def test_the_list_shows_every_case_newest_first_with_a_count(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    newest_first = [archive.cases.complaint(shop[key]).ref for key in ("fresh", "closed", "old")]
    assert refs(window) == newest_first
    assert window.cases.filters.count.text() == "3 cases"


def test_filters_narrow_the_list_by_status_cause_and_overdue(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    filters = window.cases.filters
    pick(filters.status, OPEN_CASES)
    assert len(refs(window)) == 2
    pick(filters.status, Status.RECOVERED)
    assert refs(window) == [archive.cases.complaint(shop["closed"]).ref]
    pick(filters.status, None)
    pick(filters.cause, Cause.PRODUCT_QUALITY)
    assert refs(window) == [archive.cases.complaint(shop["fresh"]).ref]
    pick(filters.cause, None)
    qtbot.mouseClick(filters.overdue, Qt.MouseButton.LeftButton)
    assert refs(window) == [archive.cases.complaint(shop["old"]).ref]
    assert filters.count.text() == "1 case"
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    assert len(refs(window)) == 3 and not filters.overdue.isChecked()


def test_channel_severity_and_date_range_filters(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    filters = window.cases.filters
    pick(filters.channel, Channel.PHONE)
    assert refs(window) == [archive.cases.complaint(shop["fresh"]).ref]
    pick(filters.channel, None)
    pick(filters.severity, Severity.CRITICAL)
    assert refs(window) == []
    pick(filters.severity, None)
    filters.date_from.setDate(QDate.currentDate().addDays(-5))
    assert len(refs(window)) == 3  # the range only counts once it is switched on
    qtbot.mouseClick(filters.dates, Qt.MouseButton.LeftButton)
    assert len(refs(window)) == 2


def test_overdue_rows_are_marked_and_say_why(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    model = window.cases.model
    overdue_row = 2
    index = model.index(overdue_row, COL_REF)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert "Overdue: not resolved" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_REF).data(Qt.ItemDataRole.BackgroundRole) is None


def test_search_finds_a_two_character_chinese_word_in_a_sentence(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    type_text(qtbot, window.cases.filters.search, "酸味")
    qtbot.waitUntil(lambda: window.cases.model.query.text == "酸味")
    assert refs(window) == [archive.cases.complaint(shop["fresh"]).ref]
    window.cases.filters.search.clear()
    type_text(qtbot, window.cases.filters.search, "Liam")
    qtbot.waitUntil(lambda: window.cases.model.query.text == "Liam")
    assert refs(window) == [archive.cases.complaint(shop["closed"]).ref]


def test_show_cases_applies_the_filter_in_the_bar(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    window.show_page("intake")
    window.show_cases(CaseFilter(cause=Cause.BILLING, received_from=date(2000, 1, 1)))
    filters = window.cases.filters
    assert window.current_page_key() == "cases"
    assert filters.cause.value() is Cause.BILLING and filters.dates.isChecked()
    assert window.cases.model.index(0, COL_CAUSE).data() == "Billing or pricing error"
    assert len(refs(window)) == 1


def test_one_customers_cases_show_their_name_in_a_removable_chip(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    liam = archive.cases.complaint(shop["closed"]).customer_id
    window.show_cases(CaseFilter(customer_id=liam))
    chip = window.cases.filters.customer_chip
    assert chip.isVisible() and "Liam Walker" in chip.text()
    assert refs(window) == [archive.cases.complaint(shop["closed"]).ref]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert len(refs(window)) == 3 and not chip.isVisible()


def test_enter_on_a_case_asks_to_open_it(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    table = window.cases.table
    table.setFocus()
    table.setCurrentIndex(window.cases.model.index(1, 0))
    with qtbot.waitSignal(window.case_open_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [shop["closed"]]
    assert archive.cases.complaint(shop["closed"]).ref in window.statusBar().currentMessage()


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, archive, settings):
    with archive.transaction():
        customer = archive.customers.add_customer(customer_input()).id
        for minutes in range(PAGE_SIZE + 50):
            archive.cases.record_complaint(customer, complaint_input(
                received_at=NOW - timedelta(minutes=minutes)))
    window = show_main_window(qtbot, archive, settings)
    model = window.cases.model
    assert model.rowCount() == PAGE_SIZE
    assert window.cases.filters.count.text() == "250 cases"
    window.cases.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE + 50)
    ids = [model.index(row, 0).data(CASE_ID_ROLE) for row in range(model.rowCount())]
    assert len(set(ids)) == PAGE_SIZE + 50
    assert not model.canFetchMore()


def test_column_widths_and_the_current_page_are_kept_after_a_restart(
        qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    window.cases.table.horizontalHeader().resizeSection(COL_CAUSE, 333)
    window.show_page("intake")
    window.close()

    again = show_main_window(qtbot, archive, settings)
    assert again.cases.table.horizontalHeader().sectionSize(COL_CAUSE) == 333
    assert again.current_page_key() == "intake"


def test_enter_in_the_search_opens_the_only_case_found(qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    search = window.cases.filters.search
    search.setFocus()
    type_text(qtbot, search, "Liam")
    with qtbot.waitSignal(window.case_open_requested) as opened:
        qtbot.keyClick(search, Qt.Key.Key_Return)  # before the typing pause is over
    assert opened.args == [shop["closed"]]


def test_enter_in_the_search_opens_nothing_when_several_cases_match(
        qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    search = window.cases.filters.search
    search.setFocus()
    with qtbot.assertNotEmitted(window.case_open_requested):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.cases.model.total == 3


def test_down_from_the_search_selects_the_first_case_and_ctrl_o_opens_it(
        qtbot, shop, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    search = window.cases.filters.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    table = window.cases.table
    assert QApplication.focusWidget() is table
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.case_open_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == [shop["closed"]]


@pytest.mark.parametrize("width", [1366, 1440])
def test_a_long_staff_name_is_shown_in_full_however_wide_the_window(
        qtbot, archive, settings, width):
    name = "Alexandra Papadopoulou-Smythe"
    staff_id = archive.add_staff(name).id
    archive.cases.record_complaint(customer_input(), complaint_input(received_by=staff_id))
    window = show_main_window(qtbot, archive, settings)
    window.resize(width, 760)
    table = window.cases.table
    needed = table.fontMetrics().horizontalAdvance(name)
    qtbot.waitUntil(lambda: table.columnWidth(COL_STAFF) > needed)
    assert table.horizontalHeader().length() <= table.viewport().width() + 1  # none cut off


def test_fitting_columns_reads_only_the_first_rows_of_a_long_list(qtbot, archive, settings):
    with archive.transaction():
        customer = archive.customers.add_customer(customer_input()).id
        for minutes in range(PAGE_SIZE):
            archive.cases.record_complaint(customer, complaint_input(
                received_at=NOW - timedelta(minutes=minutes)))
    window = show_main_window(qtbot, archive, settings)
    model, read = window.cases.model, set()
    original = model.data

    def counting(index, role=Qt.ItemDataRole.DisplayRole):
        read.add(index.row())
        return original(index, role)

    model.data = counting
    fit_columns_to_sample(window.cases.table, (COL_STAFF,))
    assert read and max(read) < 50


def test_a_resize_shares_the_width_out_again_without_reading_the_rows_again(
        qtbot, archive, settings):
    name = "Alexandra Papadopoulou-Smythe"
    staff_id = archive.add_staff(name).id
    archive.cases.record_complaint(customer_input(), complaint_input(received_by=staff_id))
    window = show_main_window(qtbot, archive, settings)
    window.resize(1366, 760)
    table, model, read = window.cases.table, window.cases.model, []
    needed = table.fontMetrics().horizontalAdvance(name)
    qtbot.waitUntil(lambda: table.columnWidth(COL_STAFF) > needed)
    original = model.data

    def counting(index, role=Qt.ItemDataRole.DisplayRole):
        read.append(index.row())
        return original(index, role)

    model.data = counting
    viewport = table.viewport()
    QApplication.sendEvent(viewport, QResizeEvent(viewport.size(), QSize(900, 400)))
    assert read == [] and table.columnWidth(COL_STAFF) > needed  # the wanted widths were kept
    window.archive_changed.emit()  # new rows: measured again
    assert read and table.columnWidth(COL_STAFF) > needed


def test_a_row_s_texts_are_made_once_however_often_qt_asks(qtbot, archive, settings, monkeypatch):
    received = archive.cases.record_complaint(customer_input(), complaint_input()).received_at
    made = []
    real = cases_module.format_datetime
    monkeypatch.setattr(cases_module, "format_datetime", lambda value: made.append(value) or
                        real(value))
    window = show_main_window(qtbot, archive, settings)
    model = window.cases.model
    texts = {model.index(0, COL_RECEIVED).data() for _ in range(5)}
    assert made.count(received) == 1 and texts == {real(received)}
    window.archive_changed.emit()  # reloaded: made again from the new rows
    model.index(0, COL_RECEIVED).data()
    assert made.count(received) == 2
