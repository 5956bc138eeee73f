"""Opening every screen of the catalogue in a test: a small demo shop and a main window over it."""

from __future__ import annotations

import importlib
import pkgutil
from functools import partial

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

import desktop_app.ui
from desktop_app.demo import fill_demo_shop
from desktop_app.ui.catalogue import Scene
from tests.ui.conftest import show_main_window

small_demo = partial(fill_demo_shop, customers=12, complaints=30)


def make_scene(qtbot, archive, settings) -> Scene:
    small_demo(archive)
    return Scene(archive, settings, show_main_window(qtbot, archive, settings))


def close(widget: QWidget) -> None:
    """Close a screen opened for a look, letting its PDF job (if any) finish first."""
    QThreadPool.globalInstance().waitForDone(20000)
    QApplication.processEvents()
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()
    QApplication.processEvents()


def window_classes() -> set[type]:
    """Every dialog and main-window class the ui package defines, bases included."""
    for info in pkgutil.iter_modules(desktop_app.ui.__path__):
        importlib.import_module(f"desktop_app.ui.{info.name}")
    found, todo = set(), [QDialog, QMainWindow]
    while todo:
        for cls in todo.pop().__subclasses__():
            if cls.__module__.startswith("desktop_app.ui."):
                found.add(cls)
            todo.append(cls)
    return found
