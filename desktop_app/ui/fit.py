"""Windows and dialogs that fit the screen they open on: sized from its available geometry, the
content in a scroll area when it would not fit, the action buttons outside it, always in sight.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Title bar and borders a window manager adds, until the real frame is known (shown once).
FRAME_ALLOWANCE = QSize(16, 40)
TITLE_BAR_BUTTONS = 140  # icon, close, minimise and maximise beside a window's title
_pretended: list[QRect] = []  # a test seam: the available geometry every screen reports


@contextmanager
def pretend_screen(width: int, height: int):
    """While active, every screen offers only width × height (tests of small laptops)."""
    _pretended.append(QRect(0, 0, width, height))
    try:
        yield
    finally:
        _pretended.pop()


def available_geometry(window: QWidget) -> QRect:
    """The part of the screen `window` opens on that windows may use (no task bar, no dock):
    the screen of its parent window when it has one, since Qt opens a dialog over its parent."""
    if _pretended:
        return QRect(_pretended[-1])
    parent = window.parentWidget()
    anchor = parent.window() if parent is not None else window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(window: QWidget) -> QSize:
    """The largest client size that keeps the whole window, frame included, on its screen."""
    frame = FRAME_ALLOWANCE
    if window.isVisible() and window.frameGeometry().size() != window.size():
        frame = window.frameGeometry().size() - window.size()
    return available_geometry(window).size() - frame


def fit_to_screen(window: QWidget, width: int = 0, height: int = 0, scroll: bool = False) -> None:
    """Open `window` at width × height (without them: at the size Qt gives it), or smaller where
    its screen is smaller; each time it is shown it is fitted again (it may open on another
    screen). With `scroll`, everything but the last row of its top-level box layout (the action
    buttons) moves into a scroll area, so a form taller than the screen scrolls while OK and
    Cancel stay in sight."""
    if scroll:
        scroll_all_but_buttons(window)
    if width and height:
        window.resize(QSize(width, height).boundedTo(room(window)).expandedTo(QSize(1, 1)))
    refitter = window.findChild(_Refitter, "refitter", Qt.FindChildOption.FindDirectChildrenOnly)
    if refitter is None:
        refitter = _Refitter(window)
        window.installEventFilter(refitter)
    if width and height:  # a size asked for (perhaps after a base class asked for none)
        refitter.natural = False


def natural_size(window: QWidget) -> QSize:
    """What `window` asks for with nothing scrolled, wide enough to read its title."""
    title = window.fontMetrics().horizontalAdvance(window.windowTitle()) + TITLE_BAR_BUTTONS
    wanted = window.sizeHint().expandedTo(window.minimumSizeHint())
    return wanted.expandedTo(QSize(title, 0)).boundedTo(room(window))


class _Scroll(QScrollArea):
    """A scroll area that asks for its content's whole size: Qt's own asks for a fixed few
    lines, so a dialog around it would open scrolling on a screen with room to spare."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        if content is None:
            return super().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return content.sizeHint() + QSize(bar + 2 * self.frameWidth(), 2 * self.frameWidth())


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: it fills the area, and scrolls once it is larger."""
    area = _Scroll()
    area.setObjectName("fitScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a wrapper, not a stop on the Tab walk
    area.setWidget(widget)
    return area


def scroll_all_but_buttons(window: QWidget) -> QScrollArea | None:
    """Move every item of `window`'s top-level box layout except the last into a scroll area."""
    layout = window.layout()
    if not isinstance(layout, QBoxLayout) or layout.count() < 2:
        return None
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(layout.spacing())
    moved = []
    while layout.count() > 1:
        stretch = layout.stretch(0)
        moved.append((layout.takeAt(0), stretch))
    for item, stretch in moved:
        if item is None:
            continue
        if (child_widget := item.widget()) is not None:
            inner.addWidget(child_widget, stretch)
        elif (child := item.layout()) is not None:
            child.setParent(None)
            inner.addLayout(child, stretch)
        elif item.spacerItem() is not None:
            inner.addStretch(max(stretch, 1))
    area = scrolling(body)
    # As wide as the form wants, so it never scrolls sideways on a screen that has the room.
    bar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(min(body.minimumSizeHint().width() + bar, room(window).width() - 40))
    layout.insertWidget(0, area, 1)
    return area


def keep_on_screen(window: QWidget) -> None:
    """Shrink `window` to its screen's room and move it so its frame lies within the screen."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    area = available_geometry(window)
    size = window.size().boundedTo(room(window))
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if QPoint(x, y) != frame.topLeft():
        window.move(max(x, area.left()), max(y, area.top()))


class _Refitter(QObject):
    """Fits its window again whenever it is shown; the first time at its natural size when it
    was given none (Qt's own first size is capped at two thirds of the screen, at least 200 px
    wide whatever the title)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("refitter")
        self.natural = not isinstance(window, QMessageBox)  # a message box sizes itself

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if self.natural:
                self.natural = False
                before = watched.size()
                watched.resize(natural_size(watched))
                # Qt centred it over its parent at its old size: keep it centred.
                shift = (before - watched.size()) / 2
                watched.move(watched.pos() + QPoint(shift.width(), shift.height()))
            keep_on_screen(watched)
        return False
