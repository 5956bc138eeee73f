"""A customer's privacy rights from their page: a zip of everything held about them, and erasure
after a confirmation that says what goes, what stays and how long backups keep it."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.customer_list import COL_NAME
from desktop_app.ui.customer_page import EraseDialog
from tests.conftest import complaint_input, customer_input
from tests.ui.conftest import show_main_window
from tests.ui.dialog_driver import drive_dialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def wang(archive):
    return archive.cases.record_complaint(customer_input(), complaint_input(
        description="My name is Wang and the cake was stale."))


@pytest.fixture
def window(qtbot, archive, settings, wang):
    shown = show_main_window(qtbot, archive, settings)
    staff = archive.add_staff("李娜").id
    shown.staff_combo.setCurrentIndex(shown.staff_combo.findData(staff))
    shown.show_page("customers")
    shown.recovery.customers.show_customer(wang.customer_id)
    return shown


@pytest.fixture
def detail(window):
    return window.recovery.customers.detail


def listed_names(window) -> list[str]:
    model = window.recovery.customers.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def test_exporting_writes_a_zip_of_their_data_and_says_where(qtbot, window, detail, wang,
                                                             tmp_path):
    proposed = []
    detail.ask_export_path = lambda name: proposed.append(name) or str(tmp_path / "wang")
    qtbot.mouseClick(detail.export_button, LEFT)

    assert proposed[0].endswith(".zip")
    with zipfile.ZipFile(tmp_path / "wang.zip") as zipped:
        data = json.loads(zipped.read("customer.json"))
    assert data["customer"]["name"] == "王小明"
    assert [c["id"] for c in data["complaints"]] == [wang.id]
    assert str(tmp_path / "wang.zip") in window.statusBar().currentMessage()


def test_cancelling_the_export_writes_nothing(qtbot, window, detail, tmp_path):
    detail.ask_export_path = lambda name: ""
    qtbot.mouseClick(detail.export_button, LEFT)
    assert list(tmp_path.glob("*.zip")) == []


def test_an_export_that_cannot_be_written_is_explained(qtbot, detail, tmp_path):
    warnings = []
    detail.warn = warnings.append
    detail.ask_export_path = lambda name: str(tmp_path / "no such folder" / "wang.zip")
    qtbot.mouseClick(detail.export_button, LEFT)
    assert len(warnings) == 1 and "no such folder" in warnings[0]


def test_erasing_after_confirmation_anonymises_them_and_refreshes_the_lists(
        qtbot, archive, window, detail, wang):
    seen = []

    def confirm(dialog: EraseDialog) -> None:
        assert isinstance(dialog, EraseDialog)
        seen.append(dialog.text() + " " + dialog.informativeText())
        assert dialog.defaultButton() is dialog.cancel_button
        dialog.erase_button.click()

    with qtbot.waitSignal(detail.changed):
        drive_dialog(confirm, lambda: qtbot.mouseClick(detail.erase_button, LEFT))

    assert "王小明" in seen[0] and "anonymised" in seen[0] and "12 months" in seen[0]
    customer = archive.customers.customer(wang.customer_id)
    assert customer.name == f"Erased customer #{customer.id}"
    assert (customer.phone, customer.email) == ("", "")
    assert archive.cases.complaint(wang.id).severity == wang.severity  # the figures stay
    assert detail.title.text() == customer.name and detail.phone.text() == ""
    assert not detail.erase_button.isEnabled()
    detail.back_button.click()  # the list behind the page is read again when shown
    qtbot.waitUntil(lambda: not window.recovery.customers.model.reading)
    assert listed_names(window) == []  # erased customers leave the list
    assert "erased" in window.statusBar().currentMessage()
    for path in (p for p in archive.path.parent.rglob("*") if p.is_file()):  # window still open
        raw = path.read_bytes()
        for secret in ("王小明", "wang@example.com", "My name is Wang", "138 0013 8000",
                       "13800138000"):
            assert all(secret.encode(c) not in raw for c in ("utf-8", "utf-16-le")), (path, secret)


def test_cancelling_the_erasure_changes_nothing(qtbot, archive, window, detail, wang):
    before = archive.customers.customer(wang.customer_id)
    events = archive.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]

    def cancel(dialog: EraseDialog) -> None:
        dialog.cancel_button.click()

    with qtbot.assertNotEmitted(detail.changed):
        drive_dialog(cancel, lambda: qtbot.mouseClick(detail.erase_button, LEFT))

    assert archive.customers.customer(wang.customer_id) == before
    assert archive.cases.complaint(wang.id).description == "My name is Wang and the cake was stale."
    assert archive.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == events
    assert detail.erase_button.isEnabled() and listed_names(window) == ["王小明"]


def test_an_erased_customers_page_reloads_once_whether_or_not_a_list_reloads_it(
        qtbot, archive, window, detail, wang):
    from desktop_app.ui.customer_page import CustomerPage

    alone = CustomerPage(archive, lambda: None)  # no customer list around it to reload it
    qtbot.addWidget(alone)
    other = archive.cases.record_complaint(customer_input(name="Zhou Ming", phone="139 2222 3333"),
                                           complaint_input())
    alone.show_customer(other.customer_id)
    alone.confirm_erase = lambda _name: True
    with qtbot.waitSignal(alone.changed, timeout=10_000):
        qtbot.mouseClick(alone.erase_button, LEFT)
    qtbot.waitUntil(lambda: alone.title.text().startswith("Erased customer #"))
    assert not alone.erase_button.isEnabled()

    detail.confirm_erase = lambda _name: True
    before = detail._refreshes
    with qtbot.waitSignal(detail.changed, timeout=10_000):
        qtbot.mouseClick(detail.erase_button, LEFT)
    qtbot.wait(100)  # the page's own reload would come in a later turn
    assert detail._refreshes == before + 1  # reloaded by the list, not a second time by itself
    assert detail.title.text().startswith("Erased customer #")
