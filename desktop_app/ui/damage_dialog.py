"""The archive file is damaged: say so in plain words and offer the newest good backup.

The same dialog at start-up and when damage surfaces later (a case, a list page). The dialog only
chooses; `restore_and_open` (startup.py) puts the backup in place and keeps the damaged file aside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive import integrity
from desktop_app.archive.backup import BackupInfo, default_folder, latest_good_backup, read_backup
from desktop_app.domain.problems import Problem
from desktop_app.ui.fit import fit_to_screen
from desktop_app.ui.widgets import problem_text


def is_damage(error: BaseException) -> bool:
    """Whether `error` (or what caused it) says the archive file itself is damaged."""
    return integrity.shows_damage(error)


def describe_backup(backup: BackupInfo) -> str:
    """"taken 23/11/2026 18:30 (12 customers, 40 complaints)" in the window's language."""
    at = backup.taken_at
    taken = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second))
    when = QLocale().toString(taken, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate(
        "DamageDialog", "taken {when} ({customers} customers, {complaints} complaints)").format(
        when=when, customers=backup.customers, complaints=backup.complaints)


class DamageDialog(QDialog):
    """Restore it / Choose another backup… / Quit; `chosen` is the backup to restore, if any."""

    def __init__(self, archive_path: Path, problem: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive_path = Path(archive_path)
        self.folder = default_folder(self.archive_path)
        self.backup = latest_good_backup(self.folder)
        self.chosen: BackupInfo | None = None
        self.setWindowTitle(self.tr("The archive is damaged"))
        self.explanation = QLabel(self._explanation(problem), wordWrap=True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.offer = QLabel(self._offer(), wordWrap=True)
        self.message = QLabel(wordWrap=True)  # a chosen file that is no usable backup
        self.message.setStyleSheet("color: palette(highlight);")
        self.message.hide()
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.restore_button = buttons.addButton(self.tr("Restore it"), role.AcceptRole)
        self.choose_button = buttons.addButton(self.tr("Choose another backup…"), role.ActionRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), role.RejectRole)
        self.restore_button.setEnabled(self.backup is not None)
        self.restore_button.setDefault(self.backup is not None)
        self.restore_button.clicked.connect(lambda: self._choose(self.backup))
        self.choose_button.clicked.connect(self._on_choose)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.offer, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        fit_to_screen(self)

    def _explanation(self, problem: str) -> str:
        return self.tr(
            "<p><b>Amends cannot read its archive file safely.</b> The file {path} is damaged: "
            "this happens after a power cut, a failing disk or a USB stick pulled out too "
            "early.</p><p>What SQLite reported: {problem}</p>").format(
            path=self.archive_path, problem=problem_text(problem))

    def _offer(self) -> str:
        kept = self.tr("Whatever you choose, the damaged file is kept beside the archive, never "
                       "deleted: an expert may still rescue the newest records from it.")
        if self.backup is None:
            return self.tr("No usable backup was found in {folder}. If you keep backups "
                           "elsewhere (a USB stick), choose one.").format(
                folder=self.folder) + "\n\n" + kept
        return self.tr("The newest good backup was {details}. Records saved after it will be "
                       "missing.").format(details=describe_backup(self.backup)) + "\n\n" + kept

    def _ask_file(self) -> str:
        """The backup file the user picks elsewhere ("" when cancelled); tests replace this."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.folder),
            self.tr("Amends backups (*.db);;All files (*)"))
        return name

    def _on_choose(self) -> None:
        name = self._ask_file()
        if not name:
            return
        info = read_backup(Path(name))
        if not info.ok:
            self.message.setText(self.tr("{file} is not a usable backup ({problem}). Choose "
                                         "another one.").format(
                                             file=name, problem=problem_text(info.problem)))
            self.message.show()
            return
        self._choose(info)

    def _choose(self, backup: BackupInfo | None) -> None:
        if backup is not None:
            self.chosen = backup
            self.accept()


_OVERRIDE_PREFIX = "Error calling Python override of "


def plain_problem(error: BaseException) -> str:
    """SQLite's own words for `error`, without the wrapper PySide6 adds to errors raised in
    virtual methods ("Error calling Python override of QWidget::event(): …"); for an
    ArchiveError without SQLite's words behind it, its own translatable text."""
    if isinstance(error, Problem):
        return str(error.__cause__) if error.__cause__ is not None else error.text
    text = str(error)
    while text.startswith(_OVERRIDE_PREFIX) and "): " in text:
        text = text.split("): ", 1)[1]
    return text
