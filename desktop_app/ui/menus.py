"""The menu actions that open the tools around the case list: data safety, settings, reports.

Kept out of main_window.py so the window only knows its pages; each action here opens a screen
another module builds. `install_tools(window)` is called once, after the pages are added. The
screens are imported when first opened: ReportLab and the PDF machinery cost start-up time.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop_app.domain.problems import technical
from desktop_app.ui.archive_menu import ArchiveMenu
from desktop_app.ui.edit_menu import EditMenu
from desktop_app.ui.widgets import problem_text


class Tools:
    """The File, Reports and Help menu entries of one main window."""

    def __init__(self, window):
        self.window = window
        self.ask_save_path = self._ask_save_path  # a seam: tests answer without a file dialog
        self.edit_menu = EditMenu(window)
        self.archives = ArchiveMenu(window)
        self._add_file_entries()
        self._add_reports_menu()
        self._add_help_entries()

    def _action(self, text: str, slot,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _add_file_entries(self) -> None:
        menu, before = self.window.file_menu, self.window.quit_action
        entries = [
            self._action(
                QCoreApplication.translate("Menus", "&Back up or restore…"), self.backup, "Ctrl+B"
            ),
            None,
            self._action(
                QCoreApplication.translate("Menus", "Import &customers from CSV…"),
                lambda: self.import_csv("customers"),
            ),
            self._action(
                QCoreApplication.translate("Menus", "Import co&mplaints from CSV…"),
                lambda: self.import_csv("complaints"),
            ),
            self._action(
                QCoreApplication.translate("Menus", "Export c&ustomers to CSV…"),
                lambda: self.export("customers"),
            ),
            self._action(
                QCoreApplication.translate("Menus", "Export com&plaints to CSV…"),
                lambda: self.export("complaints"),
            ),
            self._action(
                QCoreApplication.translate("Menus", "Export e&verything (zip)…"),
                lambda: self.export("all"),
            ),
            None,
            self._action(
                QCoreApplication.translate("Menus", "&Settings…"),
                self.settings,
                "Ctrl+,",  # the Preferences convention; Qt shows Cmd+, on macOS
            ),
            self._action(QCoreApplication.translate("Menus", "&Letter templates…"), self.templates),
            None,
            *self.archives.entries(),
            None,
        ]
        for entry in entries:
            if entry is None:
                menu.insertSeparator(before)
            elif isinstance(entry, QMenu):
                menu.insertMenu(before, entry)
            else:
                menu.insertAction(before, entry)

    def _add_reports_menu(self) -> None:
        reports = QMenu(QCoreApplication.translate("Menus", "&Reports"), self.window)
        self.window.menuBar().insertMenu(self.window.help_menu.menuAction(), reports)
        reports.addAction(
            self._action(
                QCoreApplication.translate("Menus", "&Monthly recovery summary…"),
                self.summary,
                "Ctrl+Shift+M",
            )
        )
        reports.addAction(
            self._action(
                QCoreApplication.translate("Menus", "&Follow-up letters due this week…"),
                self.follow_up_letters,
            )
        )
        reports.addAction(
            self._action(
                QCoreApplication.translate("Menus", "&Blank intake form…"), self.blank_form
            )
        )
        self.reports_menu = reports

    def _add_help_entries(self) -> None:
        guide = self._action(
            QCoreApplication.translate("Menus", "&User guide"),
            self.user_guide,
            QKeySequence.StandardKey.HelpContents,
        )
        self.window.help_menu.insertAction(self.window.about_action, guide)

    # Actions ------------------------------------------------------------------------------------

    def backup(self) -> None:
        from desktop_app.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.window.archive, self.window)
        dialog.restored.connect(lambda _safety: self.window.archive_changed.emit())
        dialog.exec()

    def import_csv(self, kind: str) -> None:
        from desktop_app.ui.import_dialog import ImportDialog

        ImportDialog(self.window.archive, kind, self.window).exec()
        self.window.archive_changed.emit()

    def export(self, kind: str) -> None:
        from desktop_app.archive.transfer import (
            complaints_csv,
            customers_csv,
            export_all,
            write_file,
        )

        stamp = datetime.now().strftime("%Y-%m-%d")
        suggested = f"amends-{kind}-{stamp}." + ("zip" if kind == "all" else "csv")
        path = self.ask_save_path(suggested)
        if not path:
            return
        archive = self.window.archive
        try:
            if kind == "all":
                export_all(archive, Path(path), datetime.now())
            else:
                data = customers_csv(archive) if kind == "customers" else complaints_csv(archive)
                write_file(Path(path), data)
        except OSError as error:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Menus", "Export failed"),
                QCoreApplication.translate(
                    "Menus",
                    "The export could not be written to {path}: {reason}. Nothing else was "
                    "changed.",
                ).format(path=path, reason=problem_text(technical(error))),
            )
            return
        self.window.status(
            QCoreApplication.translate("Menus", "Exported to {path}").format(path=path)
        )

    def settings(self) -> None:
        from desktop_app.ui.password_dialog import PasswordPage
        from desktop_app.ui.settings import SettingsDialog

        dialog = SettingsDialog(self.window.archive, self.window.settings, self.window)
        dialog.tabs.addTab(
            PasswordPage(self.window.archive), QCoreApplication.translate("Menus", "Pass&word")
        )
        if dialog.exec():
            self.window.archive_changed.emit()
            self.window.status(QCoreApplication.translate("Menus", "Settings saved."))
            if dialog.language_changed:
                QMessageBox.information(
                    self.window,
                    QCoreApplication.translate("Menus", "Language"),
                    QCoreApplication.translate(
                        "Menus", "The new language is used from the next start of Amends."
                    ),
                )

    def templates(self) -> None:
        from desktop_app.ui.template_editor import TemplateEditor

        TemplateEditor(self.window.archive, self.window.current_staff_id(), self.window).exec()

    def summary(self) -> None:
        from desktop_app.ui.summary_dialog import SummaryDialog

        SummaryDialog(self.window.archive, None, self.window).open()

    def follow_up_letters(self) -> None:
        from desktop_app.ui.letter_dialog import FollowUpBatchDialog

        FollowUpBatchDialog(
            self.window.archive, self.window.current_staff_id(), parent=self.window
        ).open()

    def blank_form(self) -> None:
        from desktop_app.ui.print_actions import print_blank_form

        print_blank_form(self.window.archive, self.window)

    def user_guide(self) -> None:
        from desktop_app.ui.help_dialog import HelpDialog

        HelpDialog(self.window).show()

    def _ask_save_path(self, suggested: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Menus", "Export"),
            str(Path(folder) / suggested),
        )
        return path


def install_tools(window) -> Tools:
    window.tools = Tools(window)
    return window.tools
