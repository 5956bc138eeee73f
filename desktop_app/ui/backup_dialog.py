"""Back up now and Restore…: the backups in the chosen folder with their date and counts.

A restore asks first, showing the backup's date and counts, then keeps a safety copy of the
current archive and copies the backup into the open archive (the same Archive object stays
valid); `restored` tells the main window to reload what it shows.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import Archive
from desktop_app.archive.backup import (
    BackupError,
    BackupInfo,
    backup_folder,
    list_backups,
    maybe_auto_backup,
    restore_into,
    rotate,
    take_backup,
)
from desktop_app.ui.startup import Prompt

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COL_DATE, COL_CUSTOMERS, COL_COMPLAINTS, COL_LAST, COL_CHECK = range(5)


def _when(value: datetime | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else "–"


class BackupDialog(QDialog):
    restored = Signal(Path)  # the safety copy of the archive as it was before the restore

    def __init__(self, archive: Archive, parent: QWidget | None = None,
                 prompt: Prompt | None = None, clock=datetime.now):
        super().__init__(parent)
        self.archive, self.prompt, self.clock = archive, prompt or Prompt(), clock
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.change_folder_button = QPushButton(self.tr("Change folder…"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Customers"),
                                              self.tr("Complaints"), self.tr("Last complaint"),
                                              self.tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()
        self.change_folder_button.clicked.connect(self._change_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.change_folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(640, 360)

    def folder(self) -> Path:
        return backup_folder(self.archive)

    def refresh(self) -> None:
        folder = self.folder()
        self.folder_label.setText(self.tr("Backups are kept in %1").replace("%1", str(folder)))
        self.backups = list_backups(folder)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            check = self.tr("OK") if info.ok else self.tr("Damaged")
            cells = [_when(info.taken_at), str(info.customers), str(info.complaints),
                     _when(info.last_complaint), check]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (COL_CUSTOMERS, COL_COMPLAINTS):
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected()
        self.restore_button.setEnabled(selected is not None and selected.ok)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def back_up_now(self) -> None:
        try:
            info = take_backup(self.archive.path, self.folder(), self.clock())
            rotate(self.folder())
        except BackupError as error:
            self._say(str(error), error=True)
            return
        self.refresh()
        self._say(self.tr("Backed up: %1 customers, %2 complaints. The check passed.")
                  .replace("%1", str(info.customers)).replace("%2", str(info.complaints)))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.ok:
            return
        question = (self.tr("Replace the archive by the backup taken %1 (%2 customers, "
                            "%3 complaints, last complaint %4)? Everything saved after it will "
                            "be gone from the archive; a safety copy of the archive as it is "
                            "now is kept first.")
                    .replace("%1", _when(info.taken_at)).replace("%2", str(info.customers))
                    .replace("%3", str(info.complaints)).replace("%4", _when(info.last_complaint)))
        if not self.prompt.question(self, self.tr("Restore a backup"), question):
            return
        try:
            safety = restore_into(self.archive, info.path, self.clock())
        except BackupError as error:
            self._say(str(error), error=True)
            return
        self._say(self.tr("Restored. The archive as it was is kept in %1")
                  .replace("%1", str(safety)))
        self.restored.emit(safety)

    def _change_folder(self) -> None:
        chosen = self._ask_folder()
        if chosen:
            self.archive.set_setting("backup_dir", chosen)
            self.refresh()

    def _ask_folder(self) -> str:
        """The folder dialog; a test replaces this method."""
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                str(self.folder()))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        self.message.setText(text)


def auto_backup_on_exit(archive: Archive, parent: QWidget | None = None,
                        prompt: Prompt | None = None, now: datetime | None = None
                        ) -> BackupInfo | None:
    """Call when the main window closes: at most one backup a day, rotated.

    A failure (USB stick unplugged, disk full) is shown as a warning and never blocks quitting.
    """
    try:
        return maybe_auto_backup(archive, None, now or datetime.now())
    except BackupError as error:
        (prompt or Prompt()).warn(parent, QCoreApplication.translate("Backup", "Backup skipped"),
                                  str(error))
        return None
