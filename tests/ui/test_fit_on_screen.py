"""Every window and dialog opens within a small laptop's screen, its action buttons in sight."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.ui.catalogue import SCREENS, open_screen, views
from desktop_app.ui.fit import FRAME_ALLOWANCE, available_geometry, pretend_screen
from desktop_app.ui.translation import install_translator
from desktop_app.ui.widgets import set_up_list_table
from tests.ui.screens import close, make_scene, window_classes

SMALL_SCREENS = [(1366, 768), (1280, 720), (1024, 600)]
REAL_SCREEN = "AMENDS_TEST_REAL_SCREEN"


def _scroll_parent(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _clipped(widget: QWidget, window: QWidget) -> bool:
    """True when some part of `widget` lies outside an ancestor (so off the window, unseen)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        shown = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if not shown.contains(rect):
            return True
        if parent is window:
            return False
        parent = parent.parentWidget()
    return False


def problems_of(window: QWidget) -> list[str]:
    """What keeps `window` from fitting its (pretended) screen, in words; empty when it fits."""
    area = available_geometry(window)
    found = []
    size = window.size() + FRAME_ALLOWANCE
    if size.width() > area.width() or size.height() > area.height():
        found.append(f"opens {window.width()}×{window.height()} on a {area.width()}×"
                     f"{area.height()} screen")
    if not area.contains(window.geometry()):
        found.append(f"lies at {window.geometry().getRect()}, off the screen")
    for button in window.findChildren(QPushButton):
        if not button.isVisible() or button.window() is not window:
            continue
        scroller = _scroll_parent(button, window)
        in_box = isinstance(button.parentWidget(), QDialogButtonBox)
        if scroller is not None and in_box:
            found.append(f"“{button.text()}” scrolls away with the content")
        elif scroller is None and _clipped(button, window):
            found.append(f"“{button.text()}” is cut off")
        elif scroller is not None and _clipped(scroller.viewport(), window):
            found.append(f"“{button.text()}” sits in a scroll area that is cut off")
    return found


def _misfits(qtbot, archive, settings) -> str:
    scene = make_scene(qtbot, archive, settings)
    misfits = {}
    for name in SCREENS:
        window = open_screen(name, scene)
        for view in views(name, window):
            if found := problems_of(window):
                misfits[view] = found
        if window is not scene.window:
            close(window)
    return "\n".join(f"{view}: {'; '.join(found)}" for view, found in misfits.items())


@pytest.mark.parametrize("width,height", SMALL_SCREENS)
def test_every_window_and_dialog_fits_a_small_screen(qtbot, archive, settings, width, height):
    with pretend_screen(width, height):
        assert _misfits(qtbot, archive, settings) == ""


@pytest.mark.skipif(not os.environ.get(REAL_SCREEN), reason="run by the test below")
def test_every_window_and_dialog_fits_the_real_screen(qtbot, archive, settings):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert f"{screen.width()}x{screen.height()}" == os.environ[REAL_SCREEN]
    assert _misfits(qtbot, archive, settings) == ""


def test_on_a_real_1024x600_screen_too(tmp_path):
    """The same check without the seam: Qt's offscreen platform given a 1024×600 screen."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 600,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           REAL_SCREEN: "1024x600"}
    test = f"{__file__}::test_every_window_and_dialog_fits_the_real_screen"
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and re.search(r"\b1 passed", run.stdout), run.stdout[-3000:]


def test_every_dialog_class_is_in_the_catalogue(qtbot, archive, settings):
    scene = make_scene(qtbot, archive, settings)
    opened = set()
    for name in SCREENS:
        window = open_screen(name, scene)
        opened.update(type(window).__mro__)
        if window is not scene.window:
            close(window)
    assert window_classes() - opened == set()


def test_a_dialog_wider_than_the_screen_is_narrowed_and_kept_on_it(qtbot, archive, settings):
    with pretend_screen(800, 500):
        scene = make_scene(qtbot, archive, settings)
        dialog = open_screen("letter", scene)
        dialog.move(700, 400)
        dialog.hide()
        dialog.show()
        assert problems_of(dialog) == []
        assert dialog.height() <= 500 - FRAME_ALLOWANCE.height()
        close(dialog)


def cut_tables(window: QWidget) -> list[str]:
    """The visible tables of `window` whose columns run past their right edge (out of sight)."""
    found = []
    for table in window.findChildren(QTableView):
        header = table.horizontalHeader()
        if table.isVisible() and table.model() and header.length() > table.viewport().width() + 1:
            found.append(f"{table.accessibleName() or type(table.parentWidget()).__name__}: "
                         f"{header.length()} px of columns in {table.viewport().width()} px")
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_on_the_common_laptop_no_table_hides_columns_to_the_right(qtbot, archive, settings,
                                                                  language):
    install_translator(QApplication.instance(), language)
    try:
        with pretend_screen(1366, 768):
            scene = make_scene(qtbot, archive, settings)
            cut = {}
            for name in SCREENS:
                window = open_screen(name, scene)
                for view in views(name, window):
                    if found := cut_tables(window):
                        cut[view] = found
                if window is not scene.window:
                    close(window)
    finally:
        install_translator(QApplication.instance(), "en")
        QLocale.setDefault(QLocale.system())
    assert cut == {}


def test_a_list_column_is_never_narrower_than_its_title(qtbot):
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Staff", "Satisfaction after the follow-up call"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    set_up_list_table(table, (30, 30), "list")
    header = table.horizontalHeader()
    assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(
        "Satisfaction after the follow-up call")
    assert header.sectionSize(0) >= header.fontMetrics().horizontalAdvance("Staff")


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_no_side_list_title_is_cut_short(qtbot, archive, settings, language):
    install_translator(QApplication.instance(), language)
    try:
        window = make_scene(qtbot, archive, settings).window
    finally:
        install_translator(QApplication.instance(), "en")
        QLocale.setDefault(QLocale.system())
    nav = window.navigation
    window.recovery.nav_item.setText(window.recovery.nav_item.text() + " (1234)")
    window.fit_navigation()
    for row in range(nav.count()):
        option = QStyleOptionViewItem()
        nav.initViewItemOption(option)
        option.rect = nav.visualItemRect(nav.item(row))
        nav.itemDelegate().initStyleOption(option, nav.model().index(row, 0))
        room = nav.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, nav)
        # Qt draws the text inside that rectangle less a focus-frame margin each side.
        margin = nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
        text = nav.item(row).text()
        assert room.width() - 2 * margin >= nav.fontMetrics().horizontalAdvance(text), text
