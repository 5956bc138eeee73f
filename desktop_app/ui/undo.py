"""Undo and redo for the window: each action of the session becomes a command on a QUndoStack.

Screens call `run(widget, archive, action)`: the action runs now, and when an `UndoLog` is found
up the widget's parents (the main window has one) its `Done` goes on the stack. Undo and redo
are actions of their own (audited, one transaction); after each, `changed` asks screens to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.archive.errors import ArchiveError
from desktop_app.domain.model import Status
from desktop_app.ui.widgets import enum_text, problem_text

if TYPE_CHECKING:
    from desktop_app.actions.base import Done

_N = QT_TRANSLATE_NOOP
_TEXTS = {
    "record_complaint": _N("Undo", "Record complaint {ref}"),
    "move_case": _N("Undo", "Move case {ref} to {status}"),
    "delete_case": _N("Undo", "Delete case {ref}"),
    "restore_case": _N("Undo", "Restore case {ref}"),
    "update_diagnosis": _N("Undo", "Change the diagnosis of {ref}"),
    "tick_step": _N("Undo", "Tick a step of {ref}"),
    "untick_step": _N("Undo", "Untick a step of {ref}"),
    "add_attachment": _N("Undo", "Attach a file to {ref}"),
    "add_remedy": _N("Undo", "Add a remedy to {ref}"),
    "edit_remedy": _N("Undo", "Edit a remedy of {ref}"),
    "remove_remedy": _N("Undo", "Remove a remedy from {ref}"),
    "schedule_follow_up": _N("Undo", "Plan a follow-up of {ref}"),
    "reschedule_follow_up": _N("Undo", "Reschedule a follow-up of {ref}"),
    "cancel_follow_up": _N("Undo", "Cancel a follow-up of {ref}"),
    "record_follow_up": _N("Undo", "Record a follow-up of {ref}"),
    "edit_customer": _N("Undo", "Edit customer {name}"),
    "merge_customers": _N("Undo", "Merge {name} into {into}"),
    "save_shop": _N("Undo", "Change the settings"),
    "save_setting": _N("Undo", "Change the settings"),
    "staff": _N("Undo", "Change the staff"),
    "import": _N("Undo", "Import {count} rows"),
}


def describe(done: Done) -> str:
    """What the Edit menu shows after "Undo"/"Redo", e.g. Move case 2026-0042 to Closed."""
    values = dict(done.details)
    if "status" in values:
        values["status"] = enum_text(Status(values["status"]))
    # QT_TRANSLATE_NOOP returns its text unchanged; PySide6's stubs only call it `object`.
    text = str(_TEXTS.get(done.kind, _N("Undo", "Last change")))
    return QCoreApplication.translate("Undo", text).format_map(_Blank(values))


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


class ActionCommand(QUndoCommand):
    """One done action; the stack's first redo() is skipped, the action has already run."""

    def __init__(self, log: UndoLog, done: Done):
        super().__init__(describe(done))
        self._log, self.done, self._fresh = log, done, True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._log.put_back(self, undoing=False)

    def undo(self) -> None:
        self._log.put_back(self, undoing=True)


class UndoLog(QObject):
    """The session's undo stack over one archive; `staff_id()` says who undoes."""

    changed = Signal()  # after an undo or redo: reload what the screens show
    failed = Signal(str)

    def __init__(self, archive, staff_id: Callable[[], int | None], parent: QObject | None = None):
        super().__init__(parent)
        self.archive, self.staff_id = archive, staff_id
        self.stack = QUndoStack(self)
        self.shortcut_actions: list = []  # Undo/Redo, shared with the case windows (share_keys)

    def push(self, done: Done) -> None:
        if done.undoable:
            self.stack.push(ActionCommand(self, done))

    def put_back(self, command: ActionCommand, undoing: bool) -> None:
        try:
            from desktop_app import actions  # the first undo imports them: not at start

            (actions.undo if undoing else actions.redo)(self.archive, command.done,
                                                         self.staff_id())
        except ArchiveError as error:
            # Nothing was written; the command can no longer be trusted, so it leaves the stack.
            command.setObsolete(True)
            self.failed.emit(problem_text(error))
        self.changed.emit()


def find_log(widget: QObject | None) -> UndoLog | None:
    while widget is not None:
        log = getattr(widget, "undo_log", None)
        if isinstance(log, UndoLog):
            return log
        widget = widget.parent()
    return None


def share_keys(widget: QWidget) -> None:
    """Make Ctrl+Z / Ctrl+Shift+Z work in `widget`'s own window too (a case window)."""
    log = find_log(widget.parent())
    if log is not None:
        widget.addActions(log.shortcut_actions)


def run(widget: QObject | None, action: Callable[[], Done]) -> Done:
    """Run `action` and put it on the undo stack of the window `widget` belongs to, if any."""
    done = action()
    log = find_log(widget)
    if log is not None:
        log.push(done)
    return done


def warn_failed(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Undo", "Cannot undo"), message)
