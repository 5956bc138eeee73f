"""The window starts with the case list alone: the New complaint form is built when first asked
for or once the window has painted, and everything that waited still works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTableView

from desktop_app.app import create_main_window
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui import warm_up
from desktop_app.ui.settings_store import INTAKE_SPLITTER
from tests.ui.conftest import show_main_window, type_text
from tests.ui.test_intake import fill_complaint, save


def test_the_form_is_not_built_with_the_window(qtbot, archive, settings):
    window = create_main_window(archive, settings)
    qtbot.addWidget(window)
    assert not window.is_built("intake")
    assert window.current_page_key() == "cases"


def test_ctrl_n_right_after_start_builds_the_form_and_records_a_complaint(
        qtbot, archive, settings, monkeypatch):
    monkeypatch.setattr(warm_up, "PAUSE_MS", 2000)  # the warm-up must not build it first
    window = create_main_window(archive, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert not window.is_built("intake")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "intake" and window.is_built("intake")
    intake = window.intake
    assert QApplication.focusWidget() is intake.customer.lookup
    type_text(qtbot, intake.customer.name, "李雷")
    type_text(qtbot, intake.customer.phone, "139 0000 1111")
    fill_complaint(qtbot, intake.complaint)
    with qtbot.waitSignal(window.archive_changed):
        save(qtbot, intake)
    [row] = archive.cases.list_cases(CaseFilter())
    assert row.customer_name == "李雷"
    window.show_page("cases")  # a hidden case list reloads when shown
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1)


def test_after_the_first_paint_the_form_is_built_without_being_shown(
        qtbot, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    qtbot.waitUntil(lambda: window.is_built("intake"), timeout=5000)
    assert window.current_page_key() == "cases"
    assert window.intake.staff_on_duty() == window.current_staff_id()


def test_a_form_built_late_takes_the_staff_on_duty_chosen_before(qtbot, archive, settings):
    archive.add_staff("Ana")
    bo = archive.add_staff("Bo")
    window = create_main_window(archive, settings)
    qtbot.addWidget(window)
    window.staff_combo.setCurrentIndex(window.staff_combo.findData(bo.id))
    assert not window.is_built("intake")
    assert window.intake.complaint.received_by.currentData() == bo.id


def test_the_form_splitter_is_kept_even_when_the_form_was_never_built(
        qtbot, archive, settings):
    first = create_main_window(archive, settings)
    qtbot.addWidget(first)
    first.intake.splitter.setSizes([900, 500])
    first.save_layout()
    saved = settings.value(INTAKE_SPLITTER.key)
    second = create_main_window(archive, settings)
    qtbot.addWidget(second)
    second.save_layout()  # its form never built: what the first saved stays
    assert not second.is_built("intake") and settings.value(INTAKE_SPLITTER.key) == saved
    third = create_main_window(archive, settings)
    qtbot.addWidget(third)
    assert third.intake.splitter.saveState() == saved  # built with the saved state


def test_a_read_only_window_builds_its_form_disabled(qtbot, archive, settings, monkeypatch):
    monkeypatch.setattr(archive, "read_only", True)
    window = create_main_window(archive, settings)
    qtbot.addWidget(window)
    assert not window.new_action.isEnabled()
    assert not window.intake.isEnabled()


def test_no_warm_up_runs_once_the_archive_is_closed(qtbot, tmp_path, settings, monkeypatch):
    from desktop_app.archive import Archive

    monkeypatch.setattr(warm_up, "PAUSE_MS", 1000)
    archive = Archive.open(tmp_path / "amends.db")
    window = show_main_window(qtbot, archive, settings)
    assert not window.is_built("intake")
    archive.close()
    qtbot.wait(1300)  # past the pause after the first paint: the steps are dropped, not run
    assert not window.is_built("intake")


def test_ctrl_2_shows_the_form_with_the_cursor_in_its_first_field(qtbot, archive, settings):
    window = show_main_window(qtbot, archive, settings)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "intake"
    assert window.intake.isAncestorOf(QApplication.focusWidget())


def test_the_case_tables_own_viewport_is_set_up_as_qts_own(qtbot, archive, settings):
    window = create_main_window(archive, settings)
    qtbot.addWidget(window)
    viewport = window.cases.table.viewport()
    qt_made = QTableView()
    plain = qt_made.viewport()
    assert viewport.objectName() == plain.objectName() == "qt_scrollarea_viewport"
    assert viewport.backgroundRole() == plain.backgroundRole() == QPalette.ColorRole.Base
    assert viewport.autoFillBackground() and plain.autoFillBackground()
    assert viewport.focusProxy() is window.cases.table
