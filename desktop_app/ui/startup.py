"""Opening the archive at start-up without ever showing a traceback.

A light check runs at every start (the thorough one after a session that did not end cleanly,
else in the background once the window is up). Damage — a zero-length, garbage or malformed
file — leads to the damage dialog (the damaged file is kept aside, never deleted); a folder Amends
may not write into is offered read-only. Message boxes go through `Prompt`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.errors import ArchiveReadOnly
from desktop_app.archive.integrity import (
    ended_cleanly,
    folder_writable,
    quick_check,
    shows_damage,
)
from desktop_app.domain.problems import technical
from desktop_app.domain.queries import CaseFilter
from desktop_app.ui.widgets import problem_text
from desktop_app.ui.workers import run_pdf_job

if TYPE_CHECKING:
    from desktop_app.archive.backup import BackupInfo

# The damage dialog and the backup machinery are imported only when damage is met.


class Prompt:
    """Asks and tells the user through message boxes; a test passes a scripted replacement."""

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No)
        return answer == buttons.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


def start_problem(path: Path) -> str | None:
    """The light start-up check: the problem in plain words, or None (also for no file yet).

    A zero-length file is damage, not a first run, unless a WAL beside it may still hold the
    records (SQLite's own recovery then decides, when the archive is opened)."""
    path = Path(path)
    if path.is_dir():
        return None  # not a damaged file: opening it fails with a plain message instead
    wal = Path(f"{path}-wal")
    if path.exists() and path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size):
        return QCoreApplication.translate(
            "Startup", "The archive file is empty (0 bytes): its content has been lost.")
    return quick_check(path, thorough=not ended_cleanly(path))


def needs_welcome(archive: Archive) -> bool:
    """True for a fresh archive: no shop name yet and not a single complaint."""
    return not archive.shop().name and archive.cases.count_cases(CaseFilter()) == 0


def ask_about_damage(path: Path, problem: str, parent: QWidget | None = None) -> BackupInfo | None:
    """Show the damage dialog; the backup the user chose to restore, or None for Quit."""
    from desktop_app.ui.damage_dialog import DamageDialog

    dialog = DamageDialog(path, problem, parent)
    accepted = dialog.exec() == DamageDialog.DialogCode.Accepted
    return dialog.chosen if accepted else None


def open_archive_interactively(
    path: Path | str, parent: QWidget | None = None, prompt: Prompt | None = None,
    ask_damage: Callable[..., BackupInfo | None] = ask_about_damage,
) -> Archive | None:
    """The opened archive, or None when it cannot be used (the user has been told why).

    A folder that cannot be written is offered read-only (`archive.read_only`)."""
    prompt, path = prompt or Prompt(), Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        title = QCoreApplication.translate("Startup", "Amends")
        prompt.warn(parent, title, QCoreApplication.translate(
            "Startup",
            "Amends cannot create the folder {folder} ({reason}). If it is on a USB stick or an "
            "external disk, plug it in; otherwise ask whoever looks after this PC for permission "
            "to write there. Then start Amends again.",
        ).format(folder=path.parent, reason=problem_text(technical(error))))
        return None
    problem = start_problem(path)
    if problem:
        return _recover(path, problem, parent, prompt, ask_damage)
    if not folder_writable(path.parent):
        return _offer_read_only(path, parent, prompt)
    try:
        return Archive.open(path)
    except ArchiveReadOnly:
        return _offer_read_only(path, parent, prompt)
    except ArchiveError as error:
        if shows_damage(error):
            return _recover(path, str(error.__cause__) if error.__cause__ else error.text,
                            parent, prompt, ask_damage)
        prompt.warn(parent, QCoreApplication.translate("Startup", "Amends"), problem_text(error))
        return None


def _recover(path, problem, parent, prompt, ask_damage) -> Archive | None:
    backup = ask_damage(path, problem, parent)
    return restore_and_open(path, backup, parent, prompt) if backup else None


def restore_and_open(path: Path, backup: BackupInfo, parent: QWidget | None = None,
                     prompt: Prompt | None = None) -> Archive | None:
    """Put `backup` in place of the damaged archive at `path` (kept aside) and open it."""
    from desktop_app.archive.backup import BackupError, restore_broken
    from desktop_app.ui.damage_dialog import describe_backup

    prompt = prompt or Prompt()
    title = QCoreApplication.translate("Startup", "The archive is damaged")
    try:
        aside = restore_broken(path, backup.path, datetime.now())
        archive = Archive.open(path)
    except (BackupError, ArchiveError) as error:
        prompt.warn(parent, title, problem_text(error))
        return None
    done = QCoreApplication.translate("Startup", "Backup restored")
    prompt.inform(parent, done, QCoreApplication.translate(
        "Startup",
        "The backup {details} is now your archive. The damaged file was kept as {aside}.",
    ).format(details=describe_backup(backup), aside=aside))
    return archive


def _offer_read_only(path: Path, parent, prompt: Prompt) -> Archive | None:
    title = QCoreApplication.translate("Startup", "The archive's folder is read-only")
    if not path.exists():
        prompt.warn(parent, title, QCoreApplication.translate("Startup",
            "Amends may not save in {folder}, and there is no archive there to look at. If it "
            "is a USB stick with a write-protect switch, slide it to unlocked; otherwise ask "
            "whoever looks after this PC for permission to write there. Nothing was changed."
            ).format(folder=path.parent))
        return None
    question = QCoreApplication.translate("Startup",
        "Amends may not save in {folder} (a write-protected USB stick or disk, or a folder you "
        "have no permission for). It can open the archive read-only: you can look at cases, "
        "print and export, but not change anything. Open it read-only?").format(
        folder=path.parent)
    if not prompt.question(parent, title, question):
        return None
    try:
        return Archive.open(path, create=False, read_only=True)
    except ArchiveError as error:
        prompt.warn(parent, title, problem_text(error))
        return None


class BackgroundCheck(QObject):
    """The thorough check after a clean start, off the UI thread; `damaged` carries the problem.

    It reads through a connection of its own (quick_check is read-only), so the window keeps
    working meanwhile."""

    damaged = Signal(str)

    def start(self, path: Path) -> None:
        self.signals = run_pdf_job(lambda: quick_check(Path(path), thorough=True))
        self.signals.finished.connect(self._on_finished)

    def _on_finished(self, problem: object) -> None:
        if problem:
            self.damaged.emit(str(problem))
