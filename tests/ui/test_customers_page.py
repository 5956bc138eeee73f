"""The customer archive: search by name or phone, repeat and unrecovered customers stand out, the
customer page edits with an audit trail, and duplicates merge after a side-by-side check."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.model import Segment, Status
from desktop_app.ui.customer_list import (
    COL_COMPENSATION,
    COL_COMPLAINTS,
    COL_NAME,
    COL_SATISFACTION,
    REPEAT_BACKGROUND,
    UNRECOVERED_BACKGROUND,
)
from desktop_app.ui.merge_dialog import MergeDialog
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import double_click, drive_dialog

NOW = datetime.now().replace(microsecond=0)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def customers(archive):
    """Wang complained twice this year; Liam once, not recovered; Zoe once, fine; a duplicate
    of Zoe was recorded with her e-mail only."""
    wang = archive.cases.record_complaint(customer_input(), complaint_input(
        received_at=NOW - timedelta(days=40))).customer_id
    archive.cases.record_complaint(wang, complaint_input(received_at=NOW - timedelta(days=2)))
    liam = archive.cases.record_complaint(customer_input(name="Liam Walker", phone="020 7946 0000",
                                                   email=""),
                                    complaint_input(received_at=NOW - timedelta(days=5)))
    archive.recovery.move_case(liam.id, Status.INVESTIGATING, None)
    archive.recovery.move_case(liam.id, Status.NOT_RECOVERED, None, not_accepted_options="12315")
    zoe = archive.cases.record_complaint(customer_input(name="Zoe Chen", phone="139 1111 2222",
                                                  email=""),
                                   complaint_input(received_at=NOW - timedelta(days=9)))
    twin = archive.cases.record_complaint(customer_input(name="Zoe Chen", phone="",
                                                   email="zoe@example.com"),
                                    complaint_input(received_at=NOW - timedelta(days=1)))
    return {"wang": wang, "liam": liam.customer_id, "zoe": zoe.customer_id,
            "twin": twin.customer_id, "twin_case": twin.id}


@pytest.fixture
def page(qtbot, archive, settings, customers, staff_id):
    window = show_main_window(qtbot, archive, settings)
    window.staff_combo.setCurrentIndex(window.staff_combo.findData(staff_id))
    window.show_page("customers")
    return loaded(qtbot, window.recovery.customers)


def loaded(qtbot, page):
    """`page` once its list's first page, read on a worker, is shown."""
    qtbot.waitUntil(lambda: not page.model.reading)
    return page


@pytest.fixture
def staff_id(archive):
    return archive.add_staff("李娜").id


def names(page) -> list[str]:
    model = page.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def row_of(page, customer_id) -> int:
    return next(r for r, s in enumerate(page.model.rows) if s.id == customer_id)


def test_searching_by_name_or_phone_narrows_the_list(qtbot, page):
    assert names(page) == ["Liam Walker", "Zoe Chen", "Zoe Chen", "王小明"]
    assert page.count.text() in ("4 customer(s)", "4 customers")
    qtbot.keyClicks(page.search, "7946")
    qtbot.waitUntil(lambda: names(page) == ["Liam Walker"])
    page.search.clear()
    qtbot.keyClicks(page.search, "Zoe")
    qtbot.waitUntil(lambda: names(page) == ["Zoe Chen", "Zoe Chen"])


def test_repeat_and_unrecovered_customers_stand_out(qtbot, page, customers):
    def look(key, role):
        return page.model.index(row_of(page, customers[key]), COL_NAME).data(role)

    assert look("liam", Qt.ItemDataRole.BackgroundRole).color() == UNRECOVERED_BACKGROUND
    assert "not recovered" in look("liam", Qt.ItemDataRole.ToolTipRole)
    assert look("wang", Qt.ItemDataRole.BackgroundRole).color() == REPEAT_BACKGROUND
    assert look("wang", Qt.ItemDataRole.DecorationRole) is not None
    assert look("zoe", Qt.ItemDataRole.BackgroundRole) is None
    page.flagged.setChecked(True)
    assert sorted(names(loaded(qtbot, page))) == ["Liam Walker", "王小明"]


def open_customer(qtbot, page, customer_id):
    double_click(qtbot, page.table, page.model.index(row_of(page, customer_id), COL_NAME))
    assert page.stack.currentWidget() is page.detail
    return page.detail


def test_editing_a_customer_records_each_change_with_old_and_new_values(qtbot, archive, page,
                                                                         customers, staff_id):
    detail = open_customer(qtbot, page, customers["wang"])
    qtbot.waitUntil(lambda: detail.complaints_model.rowCount() == 2)
    detail.phone.clear()
    qtbot.keyClicks(detail.phone, "139 0000 1111")
    detail.segment.set_value(Segment.KEY)
    qtbot.mouseClick(detail.save_button, LEFT)

    changed = {e.field: (e.old, e.new, e.staff_id) for e in
               archive.profiles.customer_timeline(customers["wang"]) if e.action == "changed"}
    assert changed["phone"] == ("138 0013 8000", "139 0000 1111", staff_id)
    assert changed["segment"] == ("Regular customer", "Key customer", staff_id)
    assert archive.customers.customer(customers["wang"]).segment is Segment.KEY
    qtbot.waitUntil(lambda: detail.changes.topLevelItemCount() >= 3)  # created, phone, segment


def test_a_bad_e_mail_is_shown_at_its_field_and_nothing_is_saved(qtbot, archive, page,
                                                                  customers):
    detail = open_customer(qtbot, page, customers["wang"])
    detail.email.setText("not an address")
    detail.segment.set_value(Segment.KEY)
    qtbot.mouseClick(detail.save_button, LEFT)
    assert not detail.errors["email"].isHidden()
    assert archive.customers.customer(customers["wang"]).segment is Segment.REGULAR


def test_a_duplicate_is_merged_after_a_side_by_side_confirmation(qtbot, archive, page, customers):
    detail = open_customer(qtbot, page, customers["zoe"])

    def merge(dialog: MergeDialog) -> None:
        assert isinstance(dialog, MergeDialog)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.search, "Zoe")
        assert dialog.matches.count() == 1  # the kept record is not offered
        dialog.matches.setCurrentRow(0)
        kept, duplicate = (dialog.side_by_side.item(2, c).text() for c in (1, 2))
        assert (kept, duplicate) == ("", "zoe@example.com")
        assert archive.cases.complaint(customers["twin_case"]).ref in dialog.moving.text()
        dialog.ok_button.click()

    drive_dialog(merge, lambda: qtbot.mouseClick(detail.merge_button, LEFT))
    assert archive.cases.complaint(customers["twin_case"]).customer_id == customers["zoe"]
    assert archive.customers.customer(customers["zoe"]).email == "zoe@example.com"
    qtbot.waitUntil(lambda: detail.complaints_model.rowCount() == 2)
    assert any(e.action == "merged" for e in archive.profiles.customer_timeline(customers["zoe"]))
    detail.back_button.click()  # the list behind the page is read again when shown
    assert names(loaded(qtbot, page)).count("Zoe Chen") == 1


def test_clicking_last_complaint_sorts_the_newest_complainer_first(qtbot, page):
    from desktop_app.ui.customer_list import COL_LAST, COL_PHONE

    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, COL_LAST))
    assert names(loaded(qtbot, page)) == ["Zoe Chen", "王小明", "Liam Walker", "Zoe Chen"]
    assert header.sortIndicatorSection() == COL_LAST
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, COL_PHONE))
    assert header.sortIndicatorSection() == COL_LAST  # a per-page figure does not sort
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, COL_NAME))
    assert names(loaded(qtbot, page)) == sorted(names(page))


def _section_centre(header, column):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_a_hidden_customer_list_reloads_when_shown_not_on_every_save(qtbot, archive, settings,
                                                                     customers):
    window = show_main_window(qtbot, archive, settings)
    page = window.recovery.customers
    window.show_page("customers")
    loaded(qtbot, page)
    window.show_page("cases")
    archive.cases.record_complaint(customer_input(name="Ada Lovelace", phone="020 7946 1111"),
                             complaint_input(received_at=NOW))
    window.archive_changed.emit()
    assert "Ada Lovelace" not in names(page) and not page.model.reading  # hidden: not yet
    window.show_page("customers")
    assert "Ada Lovelace" in names(loaded(qtbot, page))


def test_figures_and_their_titles_are_right_aligned_alike(page):
    model = page.model
    right = Qt.AlignmentFlag.AlignRight
    for column in (COL_COMPLAINTS, COL_COMPENSATION, COL_SATISFACTION):
        title = model.headerData(column, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.TextAlignmentRole)
        cell = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        assert title == cell and Qt.AlignmentFlag(cell) & right, column
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.TextAlignmentRole) is None


def test_the_list_is_read_on_a_worker_and_an_older_search_never_wins(qtbot, page, monkeypatch):
    from desktop_app.ui import customer_list

    threads = []
    read = customer_list.read_page

    def watched(*args, **kwargs):
        import threading
        threads.append(threading.current_thread() is threading.main_thread())
        return read(*args, **kwargs)

    monkeypatch.setattr(customer_list, "read_page", watched)
    page.search.setText("Zoe")
    page.search.setText("Liam")  # before the first answer is in
    page.search.returnPressed.emit()
    page.search.setText("7946")
    page.search.returnPressed.emit()
    assert page.model.reading
    loaded(qtbot, page)
    qtbot.wait(100)  # any older answer still on its way arrives and is dropped
    assert names(page) == ["Liam Walker"] and page.model.total == 1
    assert page.count.text() in ("1 customer(s)", "1 customer")
    assert threads and not any(threads), "read on the GUI thread"


def test_a_customer_link_shows_their_page_without_reading_the_list(qtbot, archive, settings,
                                                                  customers):
    window = show_main_window(qtbot, archive, settings)
    window.recovery.show_customer(customers["liam"])
    page = window.recovery.customers
    assert page.stack.currentWidget() is page.detail
    qtbot.waitUntil(lambda: not page.detail.reading)
    assert page.model.rows == [] and not page.model.reading  # the list is not shown
    page.detail.back_button.click()
    assert names(loaded(qtbot, page)) == ["Liam Walker", "Zoe Chen", "Zoe Chen", "王小明"]


def test_scrolling_on_reads_the_next_page_on_a_worker(qtbot, archive, settings):
    from desktop_app.ui.customer_list import PAGE_SIZE

    for n in range(PAGE_SIZE + 30):
        archive.cases.record_complaint(customer_input(name=f"Kunde {n:03}", phone=f"555 {n:04}"),
                                       complaint_input(received_at=NOW))
    window = show_main_window(qtbot, archive, settings)
    window.show_page("customers")
    page = loaded(qtbot, window.recovery.customers)
    assert page.model.rowCount() == PAGE_SIZE and page.model.total == PAGE_SIZE + 30
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE + 30)
    assert names(page) == sorted(names(page)) and len(set(names(page))) == PAGE_SIZE + 30


def test_the_lists_first_showing_builds_no_customer_page_until_one_is_opened(qtbot, page,
                                                                            customers):
    from desktop_app.ui.customer_page import CustomerPage

    assert page.findChildren(CustomerPage) == []  # the list only: its first showing is short
    double_click(qtbot, page.table, page.model.index(0, COL_NAME))
    assert len(page.findChildren(CustomerPage)) == 1
    assert page.stack.currentWidget() is page.detail
