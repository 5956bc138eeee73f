"""Unhandled errors in the window: the traceback goes to a log file in the data folder, the shop
owner gets a plain dialog (what to do, where the log is) — never a traceback on stderr alone.

How PySide6 (6.5.2+, checked on 6.12) reports errors raised in Python code that Qt calls:
- a slot run from a signal (button, timer, queued call) and a virtual override run by the event
  loop (`event`, `paintEvent` …): `sys.excepthook`, then the event loop goes on;
- a virtual override run from a Python call (`sendEvent`, `QTest.mouseClick`): re-raised to that
  Python caller, prefixed "Error calling Python override of …" (same exception type);
- `QRunnable.run`/`QThread.run`: `sys.excepthook` on the worker thread; Python threads:
  `threading.excepthook`.
So both hooks are replaced, and a report from another thread is handed to the GUI thread.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.archive.errors import ArchiveReadOnly
from desktop_app.archive.integrity import shows_damage
from desktop_app.ui.fit import fit_to_screen

LOG_NAME = "amends-errors.log"
MAX_LOG_BYTES = 512 * 1024  # then the log becomes amends-errors.log.1 (one old log is kept)
_write_lock = threading.Lock()


def write_log(folder: Path, error: BaseException, when: datetime | None = None) -> Path | None:
    """Append `error` with its traceback to the log in `folder` (or, if that cannot be written,
    in the temporary folder); where it went, or None when no log could be written at all."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    entry = f"--- {(when or datetime.now()).isoformat(timespec='seconds')} ---\n{text}\n"
    for candidate in (Path(folder), Path(tempfile.gettempdir()) / "Amends"):
        path = candidate / LOG_NAME
        try:
            with _write_lock:
                candidate.mkdir(parents=True, exist_ok=True)
                if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
                    os.replace(path, path.with_name(LOG_NAME + ".1"))
                with open(path, "a", encoding="utf-8") as handle:
                    handle.write(entry)
            return path
        except OSError:
            continue
    return None


class CrashDialog(QDialog):
    """What the shop owner reads after an unexpected error: their records are safe, what to do."""

    def __init__(self, log: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amends ran into a problem"))
        text = self.tr(
            "<p><b>Something went wrong inside Amends.</b></p>"
            "<p>Everything you saved before is safe; the last thing you did may not have been "
            "saved, so please check it.</p><p>You can go on working. If the window behaves "
            "oddly, quit Amends and start it again. If this happens again, send the log file "
            "to whoever looks after your Amends.</p>")
        where = (self.tr("The details were written to {log}.").format(log=log) if log else
                 self.tr("The details could not be written to a log file."))
        self.message = QLabel(text, wordWrap=True)
        self.where = QLabel(where, wordWrap=True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("Go on working"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit Amends"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.folder_button = QPushButton(self.tr("Show the log folder"))
        self.folder_button.setEnabled(log is not None)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self._quit)
        self.folder_button.clicked.connect(
            lambda: log and QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.parent))))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        fit_to_screen(self)

    def _quit(self) -> None:
        self.reject()
        QApplication.quit()


class CrashReporter(QObject):
    """`install()` once the QApplication exists; `report(error)` for errors caught by hand.

    A damaged archive (ArchiveDamaged, or a raw malformed / not-a-database / disk I/O error; judged
    by `integrity.shows_damage`) goes to `on_damage` instead of the crash dialog. While one
    dialog is up, further errors are only logged: dialogs never stack.
    """

    _from_thread = Signal(object)

    def __init__(self, log_folder: Path,
                 on_damage: Callable[[BaseException], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.log_folder = Path(log_folder)
        self.on_damage = on_damage
        self.last_log: Path | None = None
        self.reports = 0
        self._showing = False
        self._saved: tuple | None = None
        self._from_thread.connect(self._explain, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._saved = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = lambda args: self._excepthook(
            args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        if self._saved:
            sys.excepthook, threading.excepthook = self._saved
            self._saved = None

    def report(self, error: BaseException) -> None:
        """Log `error` and explain it, from any thread."""
        self.reports += 1
        self.last_log = write_log(self.log_folder, error)
        if sys.stderr is not None:  # a developer's terminal; a shop PC usually has none
            traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
        if QThread.currentThread() is self.thread():
            self._explain(error)
        else:
            self._from_thread.emit(error)

    def _excepthook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if value is None:
            value = kind()
        self.report(value.with_traceback(tb))

    def _explain(self, error: BaseException) -> None:
        if self._showing:
            return  # already explaining one error; this one is in the log
        self._showing = True
        try:
            if shows_damage(error) and self.on_damage:
                self.on_damage(error)
            elif _read_only(error):
                _ReadOnlyNote(QApplication.activeWindow()).exec()
            else:
                CrashDialog(self.last_log, QApplication.activeWindow()).exec()
        finally:
            self._showing = False


def _read_only(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ArchiveReadOnly):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class _ReadOnlyNote(QDialog):
    """A write attempted on an archive opened read-only: nothing changed, and why."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opened read-only"))
        label = QLabel(self.tr(
            "This archive is open read-only, so nothing was changed. You can look at cases, "
            "print and export. To make changes, copy the archive folder to a disk you can "
            "write to and start Amends with that folder."), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        fit_to_screen(self)
