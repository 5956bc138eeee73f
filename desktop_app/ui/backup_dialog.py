"""Back up now and Restore…: the backups and safety copies with their date and counts.

Nothing slow runs on the GUI thread: the list appears from the file names at once, a background
job reads each file's counts and then checks it, and the verdict fills in as it arrives. Back up
now and the slow part of a restore (safety copy, copy, check) are jobs too; only the last step
of a restore (close, rename, reopen: milliseconds) runs here. A restore asks first (No is the
default), and again for a backup of another shop; `restored` tells the window to reload.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.backup import (
    BACKUP_DIR_SETTING,
    BackupError,
    BackupInfo,
    backup_files,
    backup_folder,
    maybe_auto_backup,
    read_backup,
    rotate,
    safety_files,
    take_backup,
)
from desktop_app.archive.errors import ArchiveInUse
from desktop_app.archive.lock import ArchiveLock, held_here
from desktop_app.archive.restore import (
    clean_leftovers,
    finish_restore,
    from_another_shop,
    prepare_restore,
    rotate_safety_copies,
)
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.startup import Prompt
from desktop_app.ui.widgets import problem_text, to_qdatetime
from desktop_app.ui.workers import run_job

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COL_DATE, COL_KIND, COL_CUSTOMERS, COL_COMPLAINTS, COL_LAST, COL_CHECK = range(6)


def _when(value: datetime | None) -> str:
    return QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat) if value else "–"


@dataclass(frozen=True)
class Failure:
    """A job's plain-language failure, sent back as data (never a traceback)."""

    message: str
    holder: str = ""


def _read_all(paths: list[Path], report) -> int:
    """The counts of every file first (fast), then each one's integrity check (slow).

    Returns a number, never None: PySide6 mishandles None's reference count when it crosses
    threads through a Signal(object) (a "none_dealloc" abort)."""
    for verify in (False, True):
        for path in paths:
            report(read_backup(path, verify=verify))
    return len(paths)


def ask_default_no(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A question whose default answer (Enter, Escape) is No."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.No,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.exec()
    return box.clickedButton() is yes_button


class BackupDialog(QDialog):
    restored = Signal(Path)  # the safety copy of the archive as it was before the restore
    listed = Signal()  # every file's counts and check have arrived

    def __init__(self, archive: Archive, parent: QWidget | None = None,
                 prompt: Prompt | None = None, clock=datetime.now):
        super().__init__(parent)
        self.archive, self.prompt, self.clock = archive, prompt, clock
        self.backups: list[BackupInfo] = []
        self._busy, self._generation = False, 0
        self._lock: ArchiveLock | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.change_folder_button = QPushButton(self.tr("Change folder…"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"),
                                              self.tr("Customers"), self.tr("Complaints"),
                                              self.tr("Last complaint"), self.tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: SQLite's copy reports no steps
        self.progress.setVisible(False)
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
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_screen(self, 720, 380)

    def folder(self) -> Path:
        return backup_folder(self.archive)

    # The list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rows from the file names now; counts and checks arrive from a background job."""
        folder = self.folder()
        self.folder_label.setText(self.tr("Backups are kept in %1").replace("%1", str(folder)))
        paths = backup_files(folder) + safety_files(self.archive.path)
        self.backups = [read_backup_placeholder(p) for p in paths]
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            self._show_row(row, info)
        if self.backups:
            self.table.selectRow(0)
        self._generation += 1
        generation = self._generation
        signals = run_job(lambda report: (
            _read_all(paths, lambda info: report((generation, info))), generation)[1])
        # Bound methods, not lambdas over self: a dialog closed while its files are still
        # read is disconnected by Qt instead of being called on a deleted table.
        signals.progress.connect(self._arrived)
        signals.finished.connect(self._all_arrived)
        self._update_buttons()

    def _arrived(self, arrived: tuple[int, BackupInfo]) -> None:
        generation, info = arrived
        if generation != self._generation:
            return  # a newer listing is on its way
        for row, shown in enumerate(self.backups):
            if shown.path == info.path:
                self.backups[row] = info
                self._show_row(row, info)
        self._update_buttons()

    def _all_arrived(self, generation: int) -> None:
        if generation == self._generation:
            self.listed.emit()

    def _show_row(self, row: int, info: BackupInfo) -> None:
        counted = info.ok or info.checked
        cells = [_when(info.taken_at),
                 self.tr("Safety copy before a restore") if info.safety else self.tr("Backup"),
                 str(info.customers) if counted else "…",
                 str(info.complaints) if counted else "…",
                 _when(info.last_complaint) if info.ok else "–", self._verdict(info)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (COL_CUSTOMERS, COL_COMPLAINTS):
                item.setTextAlignment(_RIGHT)
            if column == COL_CHECK and info.problem:
                item.setToolTip(problem_text(info.problem))
            self.table.setItem(row, column, item)

    def _verdict(self, info: BackupInfo) -> str:
        if not info.ok and info.problem:
            return self.tr("Damaged")
        if not info.checked:
            return self.tr("Checking…")
        return self.tr("OK")

    def _update_buttons(self) -> None:
        selected = self.selected()
        usable = selected is not None and selected.ok and selected.checked
        self.restore_button.setEnabled(usable and not self._busy)
        self.backup_button.setEnabled(not self._busy)
        self.change_folder_button.setEnabled(not self._busy)
        self.close_button.setEnabled(not self._busy)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    # Jobs -----------------------------------------------------------------------------------

    def _start(self, text: str) -> None:
        self._busy = True
        self.progress.setVisible(True)
        self._say(text)
        self._update_buttons()

    def _stop(self) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self._update_buttons()

    def back_up_now(self) -> None:
        archive_path, folder, now = self.archive.path, self.folder(), self.clock()

        def job(report):
            try:
                info = take_backup(archive_path, folder, now)
                rotate(folder, now=now)
                rotate_safety_copies(archive_path, now=now)
            except (BackupError, OSError) as error:
                return Failure(problem_text(error))
            return info

        self._start(self.tr("Backing up…"))
        signals = run_job(job)
        signals.finished.connect(self._backed_up)
        signals.failed.connect(self._backup_failed)  # bound: dropped if the dialog is gone

    def _backup_failed(self, text: str) -> None:
        self._backed_up(Failure(text))

    def _backed_up(self, result) -> None:
        self._stop()
        if isinstance(result, Failure):
            self._say(result.message, error=True)
            return
        self.refresh()
        self._say(self.tr("Backed up: %1 customers, %2 complaints. The check passed.")
                  .replace("%1", str(result.customers)).replace("%2", str(result.complaints)))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.ok:
            return
        if not self._ask(self.tr("Restore a backup"), self._restore_question(info),
                         self.tr("Restore")):
            return
        force = from_another_shop(self.archive.path, info)
        if force and not self._ask(self.tr("A backup of another shop"), self.tr(
                "This backup is of the shop “%1”, but this archive is “%2”. Restore it anyway? "
                "The archive as it is now is kept as a safety copy.")
                .replace("%1", info.shop_name).replace("%2", self.archive.shop().name),
                self.tr("Restore anyway")):
            return
        if not self._take_lock():
            return
        archive_path, now = self.archive.path, self.clock()

        def job(report):
            try:
                return prepare_restore(archive_path, info.path, now, force=force)
            except (BackupError, ArchiveError, OSError) as error:
                return Failure(problem_text(error))

        self._start(self.tr("Restoring… (a safety copy is made first)"))
        signals = run_job(job)
        signals.finished.connect(self._prepared)
        signals.failed.connect(self._preparing_failed)  # bound: dropped if the dialog is gone

    def _preparing_failed(self, text: str) -> None:
        self._prepared(Failure(text))

    def _restore_question(self, info: BackupInfo) -> str:
        return (self.tr("Replace the archive by the backup taken %1 (%2 customers, "
                        "%3 complaints, last complaint %4)? Everything saved after it will "
                        "be gone from the archive; a safety copy of the archive as it is "
                        "now is kept first.")
                .replace("%1", _when(info.taken_at)).replace("%2", str(info.customers))
                .replace("%3", str(info.complaints)).replace("%4", _when(info.last_complaint)))

    def _take_lock(self) -> bool:
        """The window normally holds the archive lock already; else hold it for the restore."""
        if held_here(self.archive.path.parent) is not None:
            return True
        try:
            self._lock = ArchiveLock.acquire(self.archive.path.parent, "the Amends window")
        except ArchiveInUse as error:
            self._say(self.tr("Not restored: the archive is in use by %1. Close it and try "
                              "again.").replace("%1", problem_text(error.holder)), error=True)
            return False
        except ArchiveError as error:
            self._say(problem_text(error), error=True)
            return False
        return True

    def _prepared(self, result) -> None:
        try:
            if isinstance(result, Failure):
                self._say(result.message, error=True)
                return
            try:
                finish_restore(self.archive, result)
            except (BackupError, ArchiveError) as error:
                self._say(problem_text(error), error=True)
                return
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            self._stop()
        archive_path = self.archive.path
        def clean(_report) -> int:
            clean_leftovers(archive_path)  # frees the old file
            return 0

        run_job(clean)
        self.refresh()
        self._say(self.tr("Restored. The archive as it was is kept in %1 (listed here: "
                          "restore it to undo).").replace("%1", str(result.safety)))
        self.restored.emit(result.safety)

    def _ask(self, title: str, text: str, yes: str) -> bool:
        if self.prompt is not None:
            return self.prompt.question(self, title, text)
        return ask_default_no(self, title, text, yes)

    def reject(self) -> None:
        if not self._busy:  # a restore half-way must finish (or fail) before the dialog goes
            super().reject()

    def accept(self) -> None:
        if not self._busy:
            super().accept()

    def _change_folder(self) -> None:
        chosen = self._ask_folder()
        if chosen:
            self.archive.set_setting(BACKUP_DIR_SETTING, chosen)
            self.refresh()

    def _ask_folder(self) -> str:
        """The folder dialog; a test replaces this method."""
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                str(self.folder()))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        self.message.setText(text)


def read_backup_placeholder(path: Path) -> BackupInfo:
    """A row before anything was read from the file: its time from the name, nothing else."""
    from desktop_app.archive.backup import backup_time, safety_time

    safety = safety_time(path)
    taken = backup_time(path) or safety
    assert taken is not None, "only files named by a backup or safety copy are listed"
    return BackupInfo(path, taken, ok=False, checked=False, safety=safety is not None)


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
                                  problem_text(error))
        return None
