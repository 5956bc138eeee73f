"""Keyboard first: Tab walks the intake form in reading order, shortcuts reach their actions,
a case window closes from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.intake import COMPLAINT_FIELDS
from tests.ui.screens import make_scene


def _tab_through(qtbot, start, presses: int) -> list:
    start.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_walks_the_new_complaint_form_in_reading_order(qtbot, main_window):
    main_window.new_complaint()
    page = main_window.intake
    fields = [page.customer.lookup] + [getattr(page.customer, name) for name in
                                       ("name", "phone", "email", "address")]
    fields += [page.complaint.field(name) for name in COMPLAINT_FIELDS] + [page.save_button]
    visited = _tab_through(qtbot, page.customer.lookup, 60)

    def first_visit(widget):
        # A compound field (date-time edit, combo) takes focus in a child of its own.
        return next(i for i, w in enumerate(visited) if w is widget or widget.isAncestorOf(w))

    order = [first_visit(widget) for widget in fields]
    assert order == sorted(order)


def test_the_description_passes_tab_on_instead_of_typing_it(qtbot, main_window):
    main_window.new_complaint()
    description = main_window.intake.complaint.field("description")
    description.setFocus()
    qtbot.keyClick(description, Qt.Key.Key_Tab)
    assert description.toPlainText() == ""
    assert QApplication.focusWidget() is not description


def test_menu_shortcuts_reach_their_actions(qtbot, main_window):
    shown = {action.text().replace("&", ""): action.shortcut().toString()
             for menu in (main_window.file_menu, main_window.case_menu)
             for action in menu.actions() if action.text()}
    assert shown["New complaint"] == "Ctrl+N"
    assert shown["Find cases"] == "Ctrl+F"
    assert shown["Settings…"] == "Ctrl+,"
    assert shown["Quit"]
    main_window.show_page("cases")
    qtbot.keyClick(main_window.windowHandle(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "intake"
    qtbot.keyClick(main_window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "cases"
    assert QApplication.focusWidget() is main_window.cases.filters.search


def _open_case_window(qtbot, scene):
    view = scene.window.recovery.open_case(scene.case_id())
    qtbot.waitExposed(view)
    view.windowHandle().requestActivate()
    qtbot.waitUntil(view.isActiveWindow)
    return view


@pytest.mark.parametrize("key,modifier", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                          (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)])
def test_a_case_window_closes_from_the_keyboard(qtbot, archive, settings, key, modifier):
    scene = make_scene(qtbot, archive, settings)
    view = _open_case_window(qtbot, scene)
    qtbot.keyClick(view.windowHandle(), key, modifier)
    qtbot.waitUntil(lambda: not scene.window.recovery.case_windows)


def test_escape_over_an_unsaved_diagnosis_asks_before_closing(qtbot, archive, settings):
    scene = make_scene(qtbot, archive, settings)
    view = _open_case_window(qtbot, scene)
    asked = []
    view.confirm = lambda text: asked.append(text) or False  # "No": keep the window
    view.diagnosis.root_cause.setPlainText("The fridge was set two degrees too warm.")
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_Escape)
    assert len(asked) == 1 and view.isVisible()
    view.confirm = lambda text: True
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not scene.window.recovery.case_windows)


def test_ctrl_2_opens_the_form_with_the_focus_in_its_first_field(qtbot, main_window):
    main_window.show_page("cases")
    qtbot.keyClick(main_window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "intake"
    assert QApplication.focusWidget() is main_window.intake.customer.lookup
