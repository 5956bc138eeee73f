"""The Edit menu: Undo "…" / Redo "…" over the window's undo stack, and the Deleted cases view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.ui.undo import warn_failed

if TYPE_CHECKING:
    from desktop_app.ui.deleted_cases import DeletedCasesDialog


class EditMenu:
    """Built once per main window, between File and Case; `window.undo_log` must exist."""

    def __init__(self, window):
        self.window = window
        stack = window.undo_log.stack
        menu = QMenu(QCoreApplication.translate("EditMenu", "&Edit"), window)
        window.menuBar().insertMenu(window.case_menu.menuAction(), menu)
        self.menu = menu
        self.undo_action = QAction(window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(window)
        # Ctrl+Shift+Z everywhere; Qt's Redo standard key is Ctrl+Y on Windows, kept as second.
        keys = [QKeySequence("Ctrl+Shift+Z")]
        keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys
        ]
        self.redo_action.setShortcuts(keys)
        window.undo_log.shortcut_actions = [self.undo_action, self.redo_action]
        self.deleted_action = QAction(
            QCoreApplication.translate("EditMenu", "&Deleted cases…"), window
        )
        for action in (self.undo_action, self.redo_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.deleted_action)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        self.deleted_action.triggered.connect(self.show_deleted_cases)
        # Connected to the stack's own signals (not read back from it): the stack may already be
        # gone while the window closes.
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._show_undo_text)
        stack.redoTextChanged.connect(self._show_redo_text)
        window.undo_log.failed.connect(lambda message: warn_failed(window, message))
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._show_undo_text(stack.undoText())
        self._show_redo_text(stack.redoText())

    def _show_undo_text(self, text: str) -> None:
        self.undo_action.setText(
            QCoreApplication.translate("EditMenu", '&Undo "{action}"').format(action=text)
            if text
            else QCoreApplication.translate("EditMenu", "&Undo")
        )

    def _show_redo_text(self, text: str) -> None:
        self.redo_action.setText(
            QCoreApplication.translate("EditMenu", '&Redo "{action}"').format(action=text)
            if text
            else QCoreApplication.translate("EditMenu", "&Redo")
        )

    def show_deleted_cases(self) -> DeletedCasesDialog:
        from desktop_app.ui.deleted_cases import DeletedCasesDialog  # on first use

        window = self.window
        dialog = DeletedCasesDialog(window.archive, window.current_staff_id, window)
        dialog.restored.connect(lambda _id: window.archive_changed.emit())
        dialog.open()
        return dialog
