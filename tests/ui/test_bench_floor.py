"""The start-up bench's floor (bench/floor_window.py) stays an honest twin of the first screen:
as many menus, actions, pages, toolbar entries and filter items as the real window, and no Amends
code in it, so Amends / floor measures only what the app's own code adds."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QMenu, QTableView, QToolBar

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from floor_window import FILTERS, MENUS, PAGES, SIZE, FloorWindow  # noqa: E402


def _menus(window) -> list[tuple[str, int, int, int]]:
    shape = []
    for top in window.menuBar().actions():
        menu: QMenu = top.menu()
        actions = [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
        separators = [a for a in menu.actions() if a.isSeparator()]
        submenus = [a for a in menu.actions() if a.menu() is not None]
        shape.append((top.text(), len(actions), len(separators), len(submenus)))
    return shape


def test_the_floor_has_the_first_screens_menus_pages_and_filters(qtbot, main_window, archive):
    floor = FloorWindow(str(archive.path))
    qtbot.addWidget(floor)
    floor.show()
    assert _menus(floor) == _menus(main_window) == list(MENUS)
    assert floor.navigation.count() == main_window.navigation.count() == len(PAGES)
    real_bar, floor_bar = (w.findChild(QToolBar) for w in (main_window, floor))
    assert len(floor_bar.actions()) == len(real_bar.actions())
    real_combos = main_window.cases.findChildren(QComboBox)
    assert [c.count() for c in real_combos[:len(FILTERS)]] == [n for _, n in FILTERS]
    floor_combos = floor.pages.widget(0).findChildren(QComboBox)
    assert len(floor_combos) == len(real_combos)
    assert [c.count() for c in floor_combos[:len(FILTERS)]] == [n for _, n in FILTERS]
    real_table = main_window.cases.findChild(QTableView)
    assert floor.table.model().columnCount() == real_table.model().columnCount()
    assert (main_window.width(), main_window.height()) == SIZE == (floor.width(), floor.height())


def test_the_floor_uses_no_amends_module():
    tree = ast.parse((BENCH / "floor_window.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert imported and not {name for name in imported if name.split(".")[0] in (
        "desktop_app", "bench", "sqlite_utils")}
