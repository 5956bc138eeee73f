"""Opening the archive at start-up without ever showing a traceback.

A quick integrity check runs first. A damaged, truncated or garbage file leads to a plain dialog
offering the latest good backup (the broken file is moved aside, never deleted); a folder Amends
may not write into gets a clear message. Message boxes go through `Prompt`, which tests replace.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.archive import Archive, ArchiveError
from desktop_app.archive.backup import (
    BackupError,
    default_folder,
    latest_good_backup,
    restore_broken,
)
from desktop_app.archive.integrity import ended_cleanly, folder_writable, quick_check


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


def open_archive_interactively(
    path: Path | str, parent: QWidget | None = None, prompt: Prompt | None = None
) -> Archive | None:
    """The opened archive, or None when it cannot be used (the user has been told why)."""
    prompt, path = prompt or Prompt(), Path(path)
    title = QCoreApplication.translate("Startup", "Amends")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        prompt.warn(
            parent,
            title,
            QCoreApplication.translate(
                "Startup",
                "Amends cannot create the folder {folder} ({reason}). "
                "Start it with another folder: amends --data-dir DIR",
            ).format(folder=path.parent, reason=error.strerror),
        )
        return None
    if not folder_writable(path.parent):
        prompt.warn(
            parent,
            title,
            QCoreApplication.translate(
                "Startup",
                "Amends may not save in {folder}, so it cannot keep your records safe there. "
                "Ask for write permission on that folder, or start Amends with another one "
                "(amends --data-dir DIR). Nothing was changed.",
            ).format(folder=path.parent),
        )
        return None
    problem = quick_check(path, thorough=not ended_cleanly(path))
    if problem:
        return _offer_backup(path, problem, parent, prompt)
    try:
        return Archive.open(path)
    except ArchiveError as error:
        prompt.warn(parent, title, str(error))
        return None


def _offer_backup(
    path: Path, problem: str, parent: QWidget | None, prompt: Prompt
) -> Archive | None:
    title = QCoreApplication.translate("Startup", "The archive is damaged")
    folder = default_folder(path)
    backup = latest_good_backup(folder)
    if backup is None:
        prompt.warn(
            parent,
            title,
            QCoreApplication.translate(
                "Startup",
                "{problem}\n\nNo usable backup was found in {folder}. "
                "If you keep backups elsewhere (a USB stick), restore one with: "
                "amends restore FILE. The damaged file {path} is left untouched.",
            ).format(problem=problem, folder=folder, path=path),
        )
        return None
    when = QLocale().toString(backup.taken_at, QLocale.FormatType.ShortFormat)
    question = QCoreApplication.translate(
        "Startup",
        "{problem}\n\nRestore the latest good backup, taken {when} ({customers} customers, "
        "{complaints} complaints)? Records saved after it will be missing. The damaged file is "
        "kept beside the archive for an expert.",
    ).format(problem=problem, when=when, customers=backup.customers, complaints=backup.complaints)
    if not prompt.question(parent, title, question):
        return None
    try:
        aside = restore_broken(path, backup.path, datetime.now())
        archive = Archive.open(path)
    except (BackupError, ArchiveError) as error:
        prompt.warn(parent, title, str(error))
        return None
    prompt.inform(
        parent,
        QCoreApplication.translate("Startup", "Backup restored"),
        QCoreApplication.translate(
            "Startup",
            "The backup of {when} is now your archive. The damaged file was kept as {aside}.",
        ).format(when=when, aside=aside),
    )
    return archive
