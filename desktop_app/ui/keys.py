"""Keyboard helpers the screens share: close a window with Esc or Ctrl+W, focus a page's first
field, so a clerk who never touches the mouse moves as fast as one who does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollArea, QWidget


def close_keys(window: QWidget, may_close: Callable[[], bool] = lambda: True) -> list[QShortcut]:
    """Esc and Ctrl+W (Cmd+W on a Mac) close `window`, once `may_close()` agrees (it may ask
    whether to drop unsaved input)."""
    shortcuts = []
    for key in ("Esc", "Ctrl+W"):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: may_close() and window.close())
        shortcuts.append(shortcut)
    return shortcuts


def focus_first_field(page: QWidget) -> QWidget | None:
    """Give the focus to the first widget of `page`, in Tab order, that takes it from the
    keyboard; the widget, or None when the page has none."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and type(widget) is not QScrollArea):  # a frame around fields, not a field
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None
